/**
 * A worker thread: prepares the config once, then lints the batches of jobs it is
 * sent. Parsing is the cost of a run; threads spread it over the machine's cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareConfig } from '../core/config/resolve.js';
import { runLintJob, type LintJob } from './lint-job.js';

const { config, source } = workerData as { config: unknown; source: string | null };
const prepared = prepareConfig(config, source);

parentPort!.on('message', (batch: { id: number; jobs: LintJob[] }) => {
  parentPort!.postMessage({ id: batch.id, results: batch.jobs.map((job) => runLintJob(job, prepared)) });
});
