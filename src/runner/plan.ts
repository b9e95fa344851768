/**
 * The plan step: which ledgers the cache already answers for (same text, same facts),
 * and a job for each of the others, with whether its fixes may be made.
 */
import type { Facts } from '../core/model/facts.js';
import { sha1, type CachedFile, type ResultCache } from './cache.js';
import { stagedWorkingCopy, type WorkingCopy } from './fixes.js';
import type { LintJob, LintJobResult } from './lint-job.js';
import type { Candidate } from './prepare.js';

/** A ledger to lint. */
export interface PlannedJob {
  candidate: Candidate;
  /** sha1 of its facts, its cache key beside its content hash; null without a cache. */
  factsKey: string | null;
  /** Made now when the cache needed them to look the ledger up; else made when the job is sent. */
  facts: Facts | null;
  fix: LintJob['fix'];
}

export interface Plan {
  /** Results the cache holds for ledgers whose text and facts are unchanged. */
  cached: Map<Candidate, LintJobResult>;
  jobs: PlannedJob[];
  /** Cache entries to keep with a new stamp: files read again (touched, or checked out anew) but the same. */
  restamped: Array<[file: string, entry: CachedFile]>;
  /** With --staged --fix: the working copies that are what is staged, by file. */
  workingCopies: Map<string, WorkingCopy>;
}

export interface PlanOptions {
  cache: ResultCache | null;
  factsFor(candidate: Candidate): Facts;
  stamps: ReadonlyMap<Candidate, string>;
  fixing: boolean;
  staged: boolean;
}

export async function planJobs(candidates: readonly Candidate[], options: PlanOptions): Promise<Plan> {
  const { cache, stamps } = options;
  const plan: Plan = { cached: new Map(), jobs: [], restamped: [], workingCopies: new Map() };
  for (const candidate of candidates) {
    // With a cache, every candidate's sha1 is its content hash, the key of its entry.
    const hash = cache ? candidate.sha1 : undefined;
    // Facts are made when a job is sent, unless the cache needs them now: a big run should not hold them all.
    const facts = cache && hash ? options.factsFor(candidate) : null;
    const factsKey = facts ? factsKeyOf(facts) : null;
    const cached = hash ? cache!.file(candidate.source.file, hash) : undefined;
    if (cached && cached.facts === factsKey) {
      plan.cached.set(candidate, {
        messages: cached.messages,
        ...(cached.suppressed ? { suppressed: cached.suppressed } : {}),
        ...(cached.overview ? { overview: cached.overview } : {}),
      });
      const stamp = stamps.get(candidate);
      if (stamp && cached.stamp !== stamp) plan.restamped.push([candidate.source.file, { ...cached, stamp }]);
      continue;
    }
    const { fix, copy } = await fixOf(candidate, options);
    if (copy) plan.workingCopies.set(candidate.source.file, copy);
    plan.jobs.push({ candidate, factsKey, fix, facts });
  }
  return plan;
}

function factsKeyOf(facts: Facts): string {
  return sha1(JSON.stringify(facts, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
}

async function fixOf(
  candidate: Candidate,
  { fixing, staged }: PlanOptions,
): Promise<{ fix: LintJob['fix']; copy?: WorkingCopy }> {
  if (!fixing) return { fix: null };
  if (!staged) return { fix: { allowed: true } };
  // Partially staged: rewriting the working copy would mix fixes into unstaged work.
  const copy = await stagedWorkingCopy(candidate.source);
  if (copy) return { fix: { allowed: true }, copy };
  const display = candidate.source.display;
  const hint = ` (Not fixed: ${display} has unstaged changes; run ledgerlint --fix ${display}, then stage it.)`;
  return { fix: { allowed: false, hint } };
}
