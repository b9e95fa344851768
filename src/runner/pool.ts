/** Runs lint jobs in the main thread when there are few, else in worker threads across the cores. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedConfig } from '../config/load.js';
import { runLintJob, type LintJob, type LintJobResult } from './lint-job.js';

/** Below this many ledgers, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 48;
const BATCH = 16;

/** How many threads a run of this many jobs uses: 1 is the main thread alone. */
export function threadsFor(jobs: number, workerScript: URL | undefined): number {
  const threads = Math.min(availableParallelism(), Math.ceil(jobs / (WORKER_THRESHOLD / 2)));
  return !workerScript || jobs < WORKER_THRESHOLD || threads < 2 ? 1 : threads;
}

export async function runLintJobs(jobs: readonly LintJob[], config: LoadedConfig, workerScript: URL | undefined): Promise<LintJobResult[]> {
  const threads = threadsFor(jobs.length, workerScript);
  if (!workerScript || threads === 1) return jobs.map((job) => runLintJob(job, config.prepared));

  const results = new Array<LintJobResult>(jobs.length);
  const batches: Array<{ id: number; start: number; jobs: LintJob[] }> = [];
  for (let start = 0, id = 0; start < jobs.length; start += BATCH, id++) batches.push({ id, start, jobs: jobs.slice(start, start + BATCH) });
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerScript, { workerData: { config: config.raw, source: config.prepared.source } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              const batch = batches[next++];
              if (!batch) return done();
              worker.postMessage({ id: batch.id, jobs: batch.jobs });
            };
            worker.on('message', ({ id, results: batchResults }: { id: number; results: LintJobResult[] }) => {
              const { start } = batches[id]!;
              batchResults.forEach((r, i) => (results[start + i] = r));
              send();
            });
            worker.on('error', fail);
            worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a worker thread stopped with exit code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
