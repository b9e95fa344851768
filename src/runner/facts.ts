/**
 * Facts for every ledger, gathered at once: one batch of git processes for all
 * commits (or none, when the cache knows them for this HEAD), one look at the
 * tree (or the index) for all key files. Each ledger gets only its own facts.
 */
import type { CommitFact, Facts, PathFact } from '../core/facts.js';
import { hasPlaceholder } from '../core/placeholders.js';
import { treePathFacts, type PathQuery } from '../files/path-facts.js';
import { resolveCommits } from '../git/commits.js';
import { indexPathFacts } from '../git/path-facts.js';
import type { Repo } from '../git/repo.js';
import type { Candidate } from './sources.js';

export interface FactsOptions {
  repo: Repo | null;
  /** Why there are no commit facts, for the note: no repository, or no git. */
  noRepository: string;
  staged: boolean;
  /** Where key files are looked up: the repository root, else the config's directory. */
  base: string;
  /** Commit facts already known (from the cache, for this HEAD). */
  knownCommits?: ReadonlyMap<string, CommitFact>;
}

export interface GatheredFacts {
  factsFor(candidate: Candidate): Facts;
  /** Every commit fact of the run, for the cache. */
  commits: ReadonlyMap<string, CommitFact>;
  warnings: string[];
}

export async function gatherFacts(candidates: readonly Candidate[], options: FactsOptions): Promise<GatheredFacts> {
  const { repo, staged } = options;
  const warnings: string[] = [];
  const shasOf = (c: Candidate) => c.refs.commits.filter((r) => r.sha !== null && !hasPlaceholder(r.raw, c.profile)).map((r) => r.sha!);
  const queries = new Map<string, PathQuery>();
  for (const c of candidates) {
    for (const ref of c.refs.keyFiles) {
      if (hasPlaceholder(ref.raw, c.profile) || ref.outside) continue;
      queries.set(ref.path, { path: ref.path, lines: (queries.get(ref.path)?.lines ?? false) || ref.lines !== null });
    }
  }
  const pathQueries = [...queries.values()];
  const pathFacts = repo && staged ? indexPathFacts(repo, pathQueries) : treePathFacts(options.base, pathQueries);

  const allShas = [...new Set(candidates.flatMap(shasOf))];
  let bySha: Map<string, CommitFact> | null = null;
  const owners = new Map<Candidate, { sha: string; others: number }>();
  if (repo) {
    const known = options.knownCommits ?? new Map<string, CommitFact>();
    const asked = await resolveCommits(repo, allShas.filter((s) => !known.has(s)));
    bySha = new Map([...known, ...asked]);
    const unverifiable = candidates.flatMap((c) => shasOf(c).filter((sha) => bySha!.get(sha)?.status === 'unverifiable').map((sha) => ({ c, sha })));
    const first = unverifiable[0];
    if (first) {
      const count = new Set(unverifiable.map((u) => u.sha)).size;
      owners.set(first.c, { sha: first.sha, others: count - 1 });
      // Said here too, so that a disable comment on that one line cannot hide it.
      warnings.push(`${count} linked commit${count === 1 ? '' : 's'} could not be verified in this shallow clone; fetch full history (actions/checkout: fetch-depth: 0).`);
    }
  } else if (allShas.length > 0) {
    warnings.push(`${options.noRepository}: the commits listed in ledgers were not checked.`);
  }
  const byPath: Map<string, PathFact> = await pathFacts;
  const source = staged ? 'index' : 'working tree';

  return {
    warnings,
    commits: bySha ?? new Map(),
    factsFor: (candidate) => {
      // Only the ledger's own facts: they travel to worker threads and key the cache.
      const facts: Facts = {};
      if (bySha) {
        const own = new Map<string, CommitFact>();
        for (const sha of shasOf(candidate)) if (bySha.has(sha)) own.set(sha, bySha.get(sha)!);
        facts.commits = { bySha: own, shallowNotice: owners.get(candidate) ?? null };
      }
      const ownPaths = new Map<string, PathFact>();
      for (const ref of candidate.refs.keyFiles) if (byPath.has(ref.path)) ownPaths.set(ref.path, byPath.get(ref.path)!);
      facts.paths = { source, byPath: ownPaths };
      return facts;
    },
  };
}
