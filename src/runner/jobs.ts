/**
 * The jobs step: the planned jobs linted, in worker processes when a pool runs,
 * else in this process. A ledger that changed (or vanished) under the run is a
 * problem to say, not a result.
 */
import type { LoadedConfig } from '../config/load.js';
import type { Facts } from '../core/model/facts.js';
import type { LintJob, LintJobResult, Purpose } from './lint-job.js';
import type { PlannedJob } from './plan.js';
import { runLintJobs, type LintPool } from './pool.js';
import type { Candidate } from './prepare.js';

export interface JobsOptions {
  config: LoadedConfig;
  purpose: Purpose;
  /** Fixes will be written: the texts are kept for them. */
  fixing: boolean;
  factsFor(candidate: Candidate): Facts;
  pool: LintPool | null;
}

export interface Linted {
  results: Map<Candidate, LintJobResult>;
  problems: string[];
}

export async function runJobs(jobs: readonly PlannedJob[], options: JobsOptions): Promise<Linted> {
  const { purpose, fixing } = options;
  const jobAt = (index: number): LintJob => {
    const entry = jobs[index]!;
    const { candidate, fix } = entry;
    const job: LintJob = {
      ledger: candidate.bytes ? { bytes: candidate.bytes } : { file: candidate.source.file, sha1: candidate.sha1! },
      profile: candidate.profile.name,
      configPath: candidate.source.configPath,
      facts: entry.facts ?? options.factsFor(candidate),
      purpose,
      fix,
    };
    // The one place data is let go after it was handed on: once sent, neither the text nor the facts
    // are needed again (unless fixes will be written), and a run over thousands of ledgers must not hold them all.
    entry.facts = null;
    if (!fixing) candidate.bytes = null;
    return job;
  };
  const linted = await runLintJobs(jobs.length, jobAt, options.config, options.pool);
  const out: Linted = { results: new Map(), problems: [] };
  jobs.forEach(({ candidate }, index) => {
    const result = linted[index]!;
    const display = candidate.source.display;
    if (result.changed) out.problems.push(`${display}: the file changed while ledgerlint was checking it; run again.`);
    else if (result.unreadable)
      out.problems.push(`${display}: could not be read again while ledgerlint was checking it: ${result.unreadable}`);
    else out.results.set(candidate, result);
  });
  return out;
}
