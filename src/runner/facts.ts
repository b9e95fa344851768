/**
 * Facts for every ledger, gathered at once: one batch of git processes for all
 * commits (one process, when the cache knows them for this HEAD), one read of the
 * history around HEAD for all ledgers that list commits, one look at the tree (or
 * the index) for all key files and the files ticked tasks name, one batch for what
 * history says about those files and the ledgers themselves. Each ledger gets only
 * its own facts.
 */
import { dirname } from 'node:path';
import type { CommitFact, Facts, HistoryFacts, PathFact, PathQuery } from '../core/model/facts.js';
import { repositoryPath } from '../core/ledger/key-file-refs.js';
import { treePathFacts } from '../files/path-facts.js';
import { resolveCommits } from '../git/commits.js';
import { fetchHistory } from '../git/fetch.js';
import { readHistory, type HeadHistory } from '../git/history.js';
import { indexPathFacts } from '../git/path-facts.js';
import { openRepo, type Repo } from '../git/repo.js';
import { plural } from '../core/text/wording.js';
import { gatherEvidence, type KnownEvidence } from './evidence-facts.js';
import { historyFacts } from './history-facts.js';
import { toPosixRelative } from '../files/discover.js';
import type { PreviousSource } from './list.js';
import { placeIn } from './repo-place.js';
import type { ReplayLeftovers } from './run-record.js';
import { addQuery, type FactNeeds } from './needs.js';
import type { Candidate } from './prepare.js';

/** A ledger's path queries in the repository: its links read from its directory (none when it lies outside the base). */
function pathQueries(needs: FactNeeds, ledgerDirectory: string | null): PathQuery[] {
  return needs.paths.flatMap(({ path, lines, link }) => {
    const where = repositoryPath({ kind: link ? 'link' : 'code', path }, ledgerDirectory);
    return where && !where.outside ? [{ path: where.path, lines }] : [];
  });
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
  knownEvidence?: KnownEvidence;
  /** Before a linked commit is said to be missing or unverifiable, fetch what a full clone has from origin (see CheckRequest). */
  fetchMissing?: boolean;
  /** What git already said in this run (a stale run record, see run-record.ts): not asked again. */
  answered?: ReplayLeftovers;
}

export interface GatheredFacts {
  factsFor(candidate: Candidate): Facts;
  /** Every commit fact of the run, for the cache. */
  commits: ReadonlyMap<string, CommitFact>;
  /** What history said, for the cache; null when it was not read. */
  evidence: KnownEvidence | null;
  /** The key files looked up, for the run record. */
  lookedUp: { base: string; queries: PathQuery[]; facts: ReadonlyMap<string, PathFact> };
  /** The history read from HEAD, for the run record; null when no ledger needed it. */
  history: HeadHistory | null;
  warnings: string[];
}

export async function gatherFacts(all: readonly Candidate[], options: FactsOptions): Promise<GatheredFacts> {
  const { repo, staged } = options;
  const warnings: string[] = [];
  // A ledger outside the repository links commits and files of another one (or of none):
  // judged against this one, every commit would "not exist".
  const outside = new Set(repo ? all.filter((c) => placeIn(repo.root, c.source.file) === null) : []);
  const candidates = outside.size > 0 ? all.filter((c) => !outside.has(c)) : all;
  const first = [...outside][0];
  if (first) {
    const others = outside.size > 1 ? ` and ${outside.size - 1} more` : '';
    warnings.push(
      `${first.source.display}${others}: outside the repository at ${repo!.root}, so linked commits and key files were not checked.`,
    );
  }
  const shasOf = (c: Candidate) => c.needs.shas;
  // Only a ledger with links needs its directory: its facts (and its cache entry) depend on it.
  const directories = new Map(
    candidates
      .filter((c) => c.needs.paths.some((p) => p.link))
      .map((c) => [c, placeIn(options.base, dirname(c.source.file))]),
  );
  const queriesOf = new Map(candidates.map((c) => [c, pathQueries(c.needs, directories.get(c) ?? null)]));
  const queries = new Map<string, PathQuery>();
  for (const own of queriesOf.values()) for (const query of own) addQuery(queries, query);
  const allQueries = [...queries.values()];
  const pathFacts = repo && staged ? indexPathFacts(repo, allQueries) : treePathFacts(options.base, allQueries);

  const allShas = [...new Set(candidates.flatMap(shasOf))];
  let bySha: Map<string, CommitFact> | null = null;
  const owners = new Map<Candidate, { sha: string; others: number }>();
  const histories = new Map<Candidate, HistoryFacts>();
  let current = repo;
  let headHistory: HeadHistory | null = null;
  if (repo) {
    const { history, fetchFailed, ...read } = await readCommits(
      repo,
      allShas,
      candidates.some((c) => c.needs.history),
      options,
    );
    current = read.repo;
    bySha = read.bySha;
    headHistory = history;
    if (history) {
      // Every candidate here lies inside the repository (the others were set apart above).
      const asked = candidates.map((c) =>
        c.needs.history ? { ...c.needs.history, path: placeIn(repo.root, c.source.file)! } : null,
      );
      const shares = await historyFacts(current, history, asked, bySha);
      shares.forEach((share, index) => share && histories.set(candidates[index]!, share));
    }
    const unverifiable = candidates.flatMap((c) =>
      shasOf(c)
        .filter((sha) => bySha!.get(sha)?.status === 'unverifiable')
        .map((sha) => ({ c, sha })),
    );
    const shallow = unverifiable[0];
    if (shallow) {
      const count = new Set(unverifiable.map((u) => u.sha)).size;
      owners.set(shallow.c, { sha: shallow.sha, others: count - 1 });
      const fetch = fetchFailed ? `, and fetching its history from origin failed (${fetchFailed})` : '';
      // Said here too, so that a disable comment on that one line cannot hide it.
      warnings.push(
        `${plural(count, 'linked commit')} cannot be verified: the clone is shallow${fetch}; fetch full history (actions/checkout: fetch-depth: 0).`,
      );
    }
  } else if (allShas.length > 0) {
    warnings.push(`${options.noRepository}: the commits listed in ledgers were not checked.`);
  }
  const evidence =
    current && !current.shallow
      ? await gatherEvidence(current, candidates.map(asker), bySha ?? new Map(), staged, options.knownEvidence)
      : null;
  const byPath: Map<string, PathFact> = await pathFacts;
  const source = staged ? 'index' : 'working tree';

  return {
    warnings,
    commits: bySha ?? new Map(),
    evidence: evidence?.known ?? null,
    lookedUp: { base: options.base, queries: allQueries, facts: byPath },
    history: headHistory,
    factsFor: (candidate) => {
      // Only the ledger's own facts: they travel to worker processes and key the cache.
      const facts: Facts = {};
      if (outside.has(candidate)) return facts;
      if (bySha) {
        const own = new Map<string, CommitFact>();
        for (const sha of shasOf(candidate)) if (bySha.has(sha)) own.set(sha, bySha.get(sha)!);
        facts.commits = { bySha: own, shallowNotice: owners.get(candidate) ?? null };
      }
      const history = histories.get(candidate);
      if (history) facts.history = history;
      const ownPaths = new Map<string, PathFact>();
      for (const { path } of queriesOf.get(candidate)!) if (byPath.has(path)) ownPaths.set(path, byPath.get(path)!);
      const ledgerDirectory = directories.get(candidate);
      facts.paths = { source, byPath: ownPaths, ...(typeof ledgerDirectory === 'string' ? { ledgerDirectory } : {}) };
      return evidence ? { ...facts, ...evidence.factsFor(asker(candidate)) } : facts;
    },
  };
}

/**
 * What the repository says of the linked commits, and the history around HEAD, read side by side.
 * With fetchMissing, a commit not here (or unverifiable in a shallow clone) first has origin fetched
 * from, once for all, and is looked up again in the repository as it is then.
 */
async function readCommits(
  repo: Repo,
  shas: readonly string[],
  needsHistory: boolean,
  options: FactsOptions,
): Promise<{ repo: Repo; bySha: Map<string, CommitFact>; history: HeadHistory | null; fetchFailed: string | null }> {
  const read = async (from: Repo, answered: ReplayLeftovers = {}) => {
    const [bySha, history] = await Promise.all([
      resolveCommits(from, shas, options.knownCommits, answered.commits),
      from.head && needsHistory ? (answered.history ?? readHistory(from)) : null,
    ]);
    return { repo: from, bySha, history };
  };
  const here = await read(repo, options.answered);
  if (
    !options.fetchMissing ||
    ![...here.bySha.values()].some((f) => f.status === 'missing' || f.status === 'unverifiable')
  )
    return { ...here, fetchFailed: null };
  const fetched = await fetchHistory(repo.client);
  if ('failed' in fetched) return { ...here, fetchFailed: fetched.failed };
  return { ...(await read((await openRepo(repo.client)) ?? repo)), fetchFailed: null };
}

function asker(candidate: Candidate) {
  return { file: candidate.source.file, needs: candidate.needs };
}

/**
 * The facts step: every candidate's facts, and with an earlier version to compare
 * with (the base branch, HEAD), that version's text beside them.
 */
export async function factsOfRun(
  candidates: readonly Candidate[],
  options: FactsOptions,
  earlier: PreviousSource | undefined,
): Promise<GatheredFacts> {
  const pathOf = (candidate: Candidate) => toPosixRelative(options.base, candidate.source.file);
  const [gathered, previous] = await Promise.all([
    gatherFacts(candidates, options),
    earlier ? earlier.read(candidates.map(pathOf)) : null,
  ]);
  if (!earlier || !previous) return gathered;
  return {
    ...gathered,
    factsFor: (candidate) => ({
      ...gathered.factsFor(candidate),
      previous: { label: earlier.label, text: previous.get(pathOf(candidate)) ?? null },
    }),
  };
}
