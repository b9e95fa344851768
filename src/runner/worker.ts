/**
 * A lint worker process (see pool.ts): prepares the config it is sent once, then
 * lints the batches of jobs it is sent, and exits when the channel closes.
 */
import { prepareConfig, type PreparedConfig } from '../core/config/resolve.js';
import { runLintJob } from './lint-job.js';
import type { FromWorker, ToWorker } from './pool.js';

let prepared: PreparedConfig | null = null;

process.on('message', (message: ToWorker) => {
  if ('config' in message) {
    prepared = prepareConfig(message.config, message.source);
    return;
  }
  let answer: FromWorker;
  try {
    answer = { id: message.id, results: message.jobs.map((job) => runLintJob(job, prepared!)) };
  } catch (error) {
    answer = {
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
  }
  process.send!(answer);
});
process.on('disconnect', () => process.exit(0));
