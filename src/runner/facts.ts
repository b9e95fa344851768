/**
 * Facts for every ledger, gathered at once: one batch of git processes for all
 * commits (one process, when the cache knows them for this HEAD), one look at the
 * tree (or the index) for all key files and the files ticked tasks name, one batch
 * for what history says about those files and the ledgers themselves. Each ledger
 * gets only its own facts.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { CommitFact, Facts, PathFact, PathQuery } from '../core/model/facts.js';
import { hasPlaceholder } from '../core/ledger/placeholders.js';
import { treePathFacts } from '../files/path-facts.js';
import { resolveCommits } from '../git/commits.js';
import { indexPathFacts } from '../git/path-facts.js';
import type { Repo } from '../git/repo.js';
import { gatherHistory, type HistoryNeeds, type KnownHistory } from './history-facts.js';
import type { LedgerRefs } from '../core/ledger/refs.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import type { Candidate } from './sources.js';

/** What a ledger asks of git and the file system: its linked commits and key files (placeholders left out), and of history. */
export interface FactNeeds extends HistoryNeeds {
  shas: string[];
  paths: PathQuery[];
}

export function factNeeds(refs: LedgerRefs, profile: CompiledProfile, history: HistoryNeeds): FactNeeds {
  const shas = refs.commits.filter((r) => r.sha !== null && !hasPlaceholder(r.raw, profile)).map((r) => r.sha!);
  const paths = new Map<string, PathQuery>();
  for (const ref of refs.keyFiles) {
    if (!ref.outside && !hasPlaceholder(ref.raw, profile)) addQuery(paths, { path: ref.path, lines: ref.lines !== null });
  }
  // Whether a file a ticked task names exists, and is a file.
  for (const path of history.ticked.paths) addQuery(paths, { path, lines: false });
  return { shas, paths: [...paths.values()], ...history };
}

/** One query per path: its line count is needed if any asker needs it. */
function addQuery(queries: Map<string, PathQuery>, { path, lines }: PathQuery): void {
  queries.set(path, { path, lines: (queries.get(path)?.lines ?? false) || lines });
}

export interface FactsOptions {
  repo: Repo | null;
  /** Why there are no commit facts, for the note: no repository, or no git. */
  noRepository: string;
  staged: boolean;
  /** Where key files are looked up: the repository root, else the config's directory. */
  base: string;
  /** Commit facts known from an earlier run at this HEAD (the cache), reused where the commit is still there. */
  knownCommits?: ReadonlyMap<string, CommitFact>;
  /** What history said at this HEAD in an earlier run (the cache). */
  knownHistory?: KnownHistory;
}

export interface GatheredFacts {
  factsFor(candidate: Candidate): Facts;
  /** Every commit fact of the run, for the cache. */
  commits: ReadonlyMap<string, CommitFact>;
  /** What history said, for the cache; null when it was not read. */
  history: KnownHistory | null;
  warnings: string[];
}

export async function gatherFacts(all: readonly Candidate[], options: FactsOptions): Promise<GatheredFacts> {
  const { repo, staged } = options;
  const warnings: string[] = [];
  // A ledger outside the repository links commits and files of another one (or of none):
  // judged against this one, every commit would "not exist".
  const outside = new Set(repo ? all.filter((c) => !isWithin(repo.root, c.source.file)) : []);
  const candidates = outside.size > 0 ? all.filter((c) => !outside.has(c)) : all;
  const first = [...outside][0];
  if (first) {
    const others = outside.size > 1 ? ` and ${outside.size - 1} more` : '';
    warnings.push(`${first.source.display}${others}: outside the repository at ${repo!.root}, so linked commits and key files were not checked.`);
  }
  const shasOf = (c: Candidate) => c.needs.shas;
  const queries = new Map<string, PathQuery>();
  for (const c of candidates) for (const query of c.needs.paths) addQuery(queries, query);
  const pathQueries = [...queries.values()];
  const pathFacts = repo && staged ? indexPathFacts(repo, pathQueries) : treePathFacts(options.base, pathQueries);

  const allShas = [...new Set(candidates.flatMap(shasOf))];
  let bySha: Map<string, CommitFact> | null = null;
  const owners = new Map<Candidate, { sha: string; others: number }>();
  if (repo) {
    bySha = await resolveCommits(repo, allShas, options.knownCommits);
    const unverifiable = candidates.flatMap((c) => shasOf(c).filter((sha) => bySha!.get(sha)?.status === 'unverifiable').map((sha) => ({ c, sha })));
    const shallow = unverifiable[0];
    if (shallow) {
      const count = new Set(unverifiable.map((u) => u.sha)).size;
      owners.set(shallow.c, { sha: shallow.sha, others: count - 1 });
      // Said here too, so that a disable comment on that one line cannot hide it.
      warnings.push(`${count} linked commit${count === 1 ? '' : 's'} could not be verified in this shallow clone; fetch full history (actions/checkout: fetch-depth: 0).`);
    }
  } else if (allShas.length > 0) {
    warnings.push(`${options.noRepository}: the commits listed in ledgers were not checked.`);
  }
  const history = repo && !repo.shallow ? await gatherHistory(repo, candidates.map(asker), bySha ?? new Map(), staged, options.knownHistory) : null;
  const byPath: Map<string, PathFact> = await pathFacts;
  const source = staged ? 'index' : 'working tree';

  return {
    warnings,
    commits: bySha ?? new Map(),
    history: history?.known ?? null,
    factsFor: (candidate) => {
      // Only the ledger's own facts: they travel to worker processes and key the cache.
      const facts: Facts = {};
      if (outside.has(candidate)) return facts;
      if (bySha) {
        const own = new Map<string, CommitFact>();
        for (const sha of shasOf(candidate)) if (bySha.has(sha)) own.set(sha, bySha.get(sha)!);
        facts.commits = { bySha: own, shallowNotice: owners.get(candidate) ?? null };
      }
      const ownPaths = new Map<string, PathFact>();
      for (const { path } of candidate.needs.paths) if (byPath.has(path)) ownPaths.set(path, byPath.get(path)!);
      facts.paths = { source, byPath: ownPaths };
      return history ? { ...facts, ...history.factsFor(asker(candidate)) } : facts;
    },
  };
}

function asker(candidate: Candidate) {
  return { file: candidate.source.file, needs: candidate.needs };
}

function isWithin(root: string, file: string): boolean {
  const inside = (path: string) => {
    const rel = relative(root, path);
    return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  };
  if (inside(file)) return true;
  // git reports the root with symlinks resolved; the path may reach it through one.
  try {
    return inside(realpathSync(file));
  } catch {
    return false;
  }
}
