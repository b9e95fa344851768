/**
 * The record of a --cache run, to replay it. A ledger's findings follow from its text,
 * the config, and facts: key files in the tree, linked commits, the history around HEAD.
 * At the same HEAD (not a shallow clone) a commit found reachable stays so with the same
 * subject, and what history says of files cannot change; everything else is looked at
 * again, in the order of its cost: the request, each listed file's stamp (no file is
 * read), the key files the last run looked up, the commits that were missing or off HEAD,
 * and the history read from HEAD (the branches beside it may have moved). When all of it
 * is as recorded, the recorded findings are the run's; else the run goes on as if there
 * were no record, told what was read on the way.
 */
import type { CommitFact, PathFact, PathQuery } from '../core/model/facts.js';
import type { LintMessage } from '../core/engine/lint.js';
import type { SuppressedMessage } from '../core/engine/directives.js';
import type { LedgerOverview } from '../core/engine/overview.js';
import { summarise, type FileResult } from '../core/model/results.js';
import { treePathFacts } from '../files/path-facts.js';
import { resolveCommits } from '../git/commits.js';
import { readHistory, type HeadHistory } from '../git/history.js';
import type { Repo } from '../git/repo.js';
import { sha1 } from './cache.js';
import type { Source } from './list.js';
import type { CheckRequest } from './request.js';

export interface RunRecord {
  /** sha1 of what the run was asked (see requestKey). */
  key: string;
  /** sha1 of every file the run listed, in order, with its stamp when it was read. */
  files: string;
  /** The key files looked up, from where, and sha1 of what was found. */
  paths: { base: string; queries: PathQuery[]; facts: string };
  /** The linked commits that may change at this HEAD: missing, ambiguous or not reachable from it. */
  commits: Record<string, CommitFact>;
  /** sha1 of the history read from HEAD; null when no ledger needed it. */
  history: string | null;
  /**
   * What the run said, but for what listing the files said (said afresh), and its notes: like a
   * ledger served from the cache, a replayed one is not recognised again, so no note says how.
   */
  run: { results: RecordedResult[]; warnings: string[] };
}

export interface RecordedResult {
  /** Which of the listed files. */
  source: number;
  profile: string | null;
  messages: LintMessage[];
  suppressed?: SuppressedMessage[];
  overview?: LedgerOverview;
}

/** What a run replayed says: the same as the run recorded. */
export interface Replayed {
  results: FileResult[];
  warnings: string[];
}

/** What was learnt while a record turned out stale, for the run that follows not to ask git again. */
export interface ReplayLeftovers {
  history?: HeadHistory;
  commits?: Map<string, CommitFact>;
}

/** The run's questions that bear on its findings (the config keys the cache file itself). */
export function requestKey(request: CheckRequest, repo: Repo): string {
  const { cwd, patterns, files, confine, shard } = request;
  return sha1(JSON.stringify([cwd, patterns, files ?? null, confine ?? null, shard ?? null, repo.root, repo.head]));
}

/** Whether a run like this one can be recorded and replayed at all. */
export function replayable(repo: Repo | null): repo is Repo & { head: string } {
  return repo !== null && repo.head !== null && !repo.shallow;
}

export async function replay(
  record: RunRecord,
  request: CheckRequest,
  sources: readonly Source[],
  repo: Repo,
): Promise<{ replayed: Replayed } | { stale: ReplayLeftovers }> {
  const stale = (leftovers: ReplayLeftovers = {}) => ({ stale: leftovers });
  if (record.key !== requestKey(request, repo)) return stale();
  const stamps = sources.map((source) => source.stamp?.() ?? null);
  if (stamps.includes(null) || filesKey(sources, stamps as string[]) !== record.files) return stale();
  const { base, queries, facts } = record.paths;
  if (pathsKey(queries, await treePathFacts(base, queries)) !== facts) return stale();
  const [commits, history] = await Promise.all([
    resolveCommits(repo, Object.keys(record.commits)),
    record.history === null ? null : readHistory(repo),
  ]);
  const leftovers = { commits, ...(history ? { history } : {}) };
  for (const [sha, fact] of Object.entries(record.commits))
    if (JSON.stringify(commits.get(sha)) !== JSON.stringify(fact)) return stale(leftovers);
  if (history && historyKey(history) !== record.history) return stale(leftovers);
  const { results, warnings } = record.run;
  if (results.some((result) => result.source >= sources.length)) return stale(leftovers);
  const replayed = results.map((result) => resultOf(result, sources[result.source]!));
  return { replayed: { results: replayed, warnings } };
}

function filesKey(sources: ReadonlyArray<{ file: string }>, stamps: readonly string[]): string {
  return sha1(sources.map((source, index) => `${source.file}\0${stamps[index]}`).join('\0'));
}

function pathsKey(queries: readonly PathQuery[], facts: ReadonlyMap<string, PathFact>): string {
  return sha1(JSON.stringify(queries.map(({ path }) => facts.get(path) ?? null)));
}

function historyKey(history: HeadHistory): string {
  return sha1(JSON.stringify(history));
}

/** What the facts step learnt that a record keeps. */
export interface RecordedFacts {
  lookedUp: { base: string; queries: PathQuery[]; facts: ReadonlyMap<string, PathFact> };
  commits: ReadonlyMap<string, CommitFact>;
  history: HeadHistory | null;
}

/**
 * The record of a run that read every listed file from disk (each with its stamp when read,
 * in the order listed) and had no problem; null when a result is not of a listed file.
 */
export function recordOf(
  request: CheckRequest,
  repo: Repo,
  settled: ReadonlyArray<[file: string, stamp: string]>,
  facts: RecordedFacts,
  run: { results: readonly FileResult[]; warnings: string[] },
): RunRecord | null {
  const { base, queries, facts: found } = facts.lookedUp;
  const listed = settled.map(([file]) => ({ file }));
  const indexOf = new Map(listed.map(({ file }, index) => [file, index]));
  const results = run.results.map((result) => recordedResult(result, indexOf.get(result.filePath)));
  if (results.includes(null)) return null;
  // Only the commits that can change while HEAD does not.
  const commits: Record<string, CommitFact> = {};
  for (const [sha, fact] of facts.commits) if (fact.status !== 'found' || !fact.reachable) commits[sha] = fact;
  return {
    key: requestKey(request, repo),
    files: filesKey(
      listed,
      settled.map(([, stamp]) => stamp),
    ),
    paths: { base, queries, facts: pathsKey(queries, found) },
    commits,
    history: facts.history && historyKey(facts.history),
    run: { results: results as RecordedResult[], warnings: run.warnings },
  };
}

function recordedResult(result: FileResult, source: number | undefined): RecordedResult | null {
  if (source === undefined) return null;
  const { profile, messages, suppressedMessages, overview } = result;
  return {
    source,
    profile,
    messages,
    ...(suppressedMessages ? { suppressed: suppressedMessages } : {}),
    ...(overview ? { overview } : {}),
  };
}

function resultOf({ profile, messages, suppressed, overview }: RecordedResult, source: Source): FileResult {
  return summarise({
    filePath: source.file,
    displayPath: source.display,
    profile,
    messages,
    ...(suppressed ? { suppressedMessages: suppressed } : {}),
    ...(overview ? { overview } : {}),
  });
}
