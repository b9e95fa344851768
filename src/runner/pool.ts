/**
 * Runs lint jobs in the main process when there are few, else in child processes,
 * one per core. Processes rather than worker threads: every V8 heap collects its
 * garbage with helper threads, and with each core busy parsing, a worker thread's
 * helpers fight the linting for the cores. A child started with --single-threaded-gc
 * (a flag a thread cannot set for itself) took a fifth less CPU per ledger on a
 * 10,000-ledger run on 2 cores (bench/RESULTS.md). Its heap is capped, which kept
 * each worker near 140 MB instead of 200 at the same speed; a ledger too big for
 * that is linted in the main process instead.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LoadedConfig } from '../config/load.js';
import type { LintJob, LintJobResult } from './lint-job.js';

/**
 * Below this many ledgers, starting processes costs more than it saves: each worker loads the
 * bundle and warms up its own parser. On 2 cores two workers made 100–200 ledgers ~1.4× slower
 * than the main process alone, and broke even around 400 (bench/RESULTS.md).
 */
export const WORKER_THRESHOLD = 300;
const BATCH = 16;
const WORKER_FLAGS = ['--single-threaded-gc', '--max-old-space-size=128'];

/** How many processes a run of this many jobs uses: 1 is the main process alone. */
export function workersFor(jobs: number, workerScript: URL | undefined): number {
  const workers = Math.min(availableParallelism(), Math.ceil(jobs / (WORKER_THRESHOLD / 2)));
  return !workerScript || jobs < WORKER_THRESHOLD || workers < 2 ? 1 : workers;
}

/** What a worker process is sent: the config once, then batches. */
export type ToWorker = { config: unknown; source: string | null } | { id: number; jobs: LintJob[] };
/** What it answers for each batch. */
export type FromWorker = { id: number; results: LintJobResult[] } | { id: number; error: string; stack?: string };

class WorkerGone extends Error {}

export class LintPool {
  private readonly children: ChildProcess[];
  private sent = 0;
  /** Workers that died mid-run (out of memory, killed): --debug says so. */
  stopped = 0;

  /** Starts the processes now, so they load while the main process reads files and asks git. */
  constructor(
    size: number,
    private readonly config: LoadedConfig,
    workerScript: URL,
  ) {
    this.children = Array.from({ length: size }, () => {
      const child = fork(fileURLToPath(workerScript), [], {
        execArgv: WORKER_FLAGS,
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      // A worker that cannot start shows up as a lost batch, which the main process then lints.
      child.on('error', () => undefined);
      child.send({ config: config.raw, source: config.prepared.source } satisfies ToWorker, () => undefined);
      return child;
    });
  }

  get size(): number {
    return this.children.length;
  }

  /**
   * Results in the order of the jobs, which are made as they are sent, so the main
   * process does not hold them all. A worker that dies leaves its lane to the main process.
   */
  async run(count: number, jobAt: (index: number) => LintJob): Promise<LintJobResult[]> {
    const results = new Array<LintJobResult>(count);
    let next = 0;
    const lane = async (child: ChildProcess | null) => {
      while (next < count) {
        const start = next;
        next = Math.min(count, next + BATCH);
        const batch: LintJob[] = [];
        for (let i = start; i < next; i++) batch.push(jobAt(i));
        let answers: LintJobResult[] | null = null;
        if (child) {
          try {
            answers = await this.ask(child, batch);
          } catch (error) {
            if (!(error instanceof WorkerGone)) throw error;
            this.stopped++;
            child = null;
          }
        }
        answers ??= await lintHere(batch, this.config);
        answers.forEach((r, i) => (results[start + i] = r));
      }
    };
    await Promise.all(this.children.map((child) => lane(child)));
    return results;
  }

  private ask(child: ChildProcess, jobs: LintJob[]): Promise<LintJobResult[]> {
    const id = this.sent++;
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.id !== id) return;
        settle();
        if ('error' in message)
          reject(Object.assign(new Error(message.error), message.stack ? { stack: message.stack } : {}));
        else resolve(message.results);
      };
      const onGone = () => {
        settle();
        reject(new WorkerGone());
      };
      const settle = () => {
        child.off('message', onMessage);
        child.off('exit', onGone);
        child.off('disconnect', onGone);
      };
      if (!child.connected) return reject(new WorkerGone());
      child.on('message', onMessage);
      child.on('exit', onGone);
      child.on('disconnect', onGone);
      child.send({ id, jobs } satisfies ToWorker, (error) => error && onGone());
    });
  }

  /** Lets the processes go: each exits when its channel closes. */
  close(): void {
    for (const child of this.children) if (child.connected) child.disconnect();
  }
}

let linter: Promise<typeof import('./lint-job.js')> | null = null;

/**
 * The parser and rules, loaded on first use: they are most of the bundle, and
 * a run that starts loading them early (the hook) does so while git works.
 */
export function loadLinter(): Promise<typeof import('./lint-job.js')> {
  return (linter ??= import('./lint-job.js'));
}

async function lintHere(jobs: readonly LintJob[], config: LoadedConfig): Promise<LintJobResult[]> {
  const { runLintJob } = await loadLinter();
  return jobs.map((job) => runLintJob(job, config.prepared));
}

export async function runLintJobs(
  count: number,
  jobAt: (index: number) => LintJob,
  config: LoadedConfig,
  pool: LintPool | null,
): Promise<LintJobResult[]> {
  if (pool) return pool.run(count, jobAt);
  return lintHere(
    Array.from({ length: count }, (_, index) => jobAt(index)),
    config,
  );
}
