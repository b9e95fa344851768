/**
 * The cache step: what this run learnt, kept for the next one (each ledger linted
 * afresh, the stamps of files read again, the commit and history facts at HEAD).
 */
import type { CachedFile, ResultCache } from './cache.js';
import type { GatheredFacts } from './facts.js';
import type { LintJobResult } from './lint-job.js';
import type { Plan } from './plan.js';
import type { Candidate } from './prepare.js';
import type { RunRecord } from './run-record.js';

export interface Learnt {
  head: string | null;
  facts: GatheredFacts;
  plan: Plan;
  linted: ReadonlyMap<Candidate, LintJobResult>;
  stamps: ReadonlyMap<Candidate, string>;
  /** The run, to replay while nothing it depends on changes; null when it cannot be. */
  record: RunRecord | null;
}

/** Saves the cache; a cache that cannot be written is a warning, not a failed run. */
export async function saveCache(cache: ResultCache, location: string, learnt: Learnt): Promise<string[]> {
  const { head, facts, plan, linted, stamps } = learnt;
  for (const [file, entry] of plan.restamped) cache.remember(file, entry);
  for (const { candidate, factsKey } of plan.jobs) {
    const result = linted.get(candidate);
    if (!result || !candidate.sha1 || !factsKey) continue;
    cache.remember(candidate.source.file, entryOf(candidate, candidate.sha1, factsKey, result, stamps.get(candidate)));
  }
  cache.rememberCommits(head, facts.commits);
  cache.rememberEvidence(head, facts.evidence);
  cache.keepRecord(learnt.record);
  return cache.save().then(
    () => [],
    (error: Error) => [`could not write the cache ${location}: ${error.message}`],
  );
}

function entryOf(
  candidate: Candidate,
  hash: string,
  factsKey: string,
  result: LintJobResult,
  stamp: string | undefined,
): CachedFile {
  return {
    hash,
    ...(stamp ? { stamp } : {}),
    profile: candidate.profile.name,
    needs: candidate.needs,
    facts: factsKey,
    messages: result.messages,
    ...(result.suppressed ? { suppressed: result.suppressed } : {}),
    ...(result.overview ? { overview: result.overview } : {}),
  };
}
