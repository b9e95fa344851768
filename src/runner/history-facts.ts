/**
 * Each ledger's share of the history around HEAD: of the commits read once for the
 * run, only those its rules may speak of (what a listed commit may have become; the
 * commits that may name it), so that what travels to a worker and keys the cache stays
 * small. The rules decide exactly, from the parsed ledger; this keeps a superset, and
 * indexes the commits once so that many ledgers cost no more than a look-up each.
 */
import { commitNames, isShortened, onLedgerBranch, sameSubject, subjectKey } from '../core/ledger/history.js';
import type { CommitFact, HistoryCommit, HistoryFacts } from '../core/model/facts.js';
import { changesOf, type HeadHistory } from '../git/history.js';
import type { Repo } from '../git/repo.js';

/** What a ledger brings to the history, read before parsing (see factNeeds). */
export interface HistoryNeeds {
  /** Its path from the repository root, `/`-separated. */
  path: string;
  /** Its listed SHAs, each with the message written beside it ('' when none). */
  listed: ReadonlyArray<{ sha: string; message: string }>;
  /** Every PRD number and Branch it may have. */
  prds: readonly string[];
  branches: readonly string[];
}

export async function historyFacts(
  repo: Repo,
  history: HeadHistory,
  asked: ReadonlyArray<HistoryNeeds | null>,
  bySha: ReadonlyMap<string, CommitFact>,
): Promise<Array<HistoryFacts | null>> {
  const scope = history.onBranch ? 'branch' : 'window';
  const bySubject = subjectIndex(history.recent);
  const naming = namingIndex(history.onBranch ?? history.recent);
  const shares = asked.map((needs) => {
    if (!needs) return null;
    const subjects = needs.listed.flatMap(({ sha, message }) => {
      const fact = bySha.get(sha);
      if (fact?.status === 'found') return fact.reachable ? [] : [fact.subject];
      return fact?.status === 'missing' && message !== '' ? [message] : [];
    });
    const named = [...(naming.byPath.get(needs.path) ?? []), ...needs.prds.flatMap((p) => naming.byPrd.get(p) ?? [])];
    if (onLedgerBranch(needs, { scope, branch: history.branch })) named.push(...naming.unnamed);
    return {
      path: needs.path,
      sameSubject: inOrder(subjects.flatMap(bySubject)),
      onBranch: inOrder(named).filter((c) => !needs.listed.some((l) => c.commit.sha.startsWith(l.sha))),
    };
  });
  // Whether a commit is only a ledger's upkeep is told by the files it changes: asked for the few that name a ledger it does not list.
  const changes = await changesOf(
    repo,
    shares.flatMap((s) => s?.onBranch.map((c) => c.commit.sha) ?? []),
  );
  const withChanges = ({ commit }: Indexed): HistoryCommit => ({ ...commit, changes: changes.get(commit.sha) ?? null });
  return shares.map(
    (share) =>
      share && {
        path: share.path,
        branch: history.branch,
        scope,
        sameSubject: share.sameSubject.map((c) => c.commit),
        onBranch: share.onBranch.map(withChanges),
      },
  );
}

/** A commit and its place in the walk (newest first). */
interface Indexed {
  commit: HistoryCommit;
  index: number;
}

function inOrder(commits: readonly Indexed[]): Indexed[] {
  return [...new Set(commits)].sort((a, b) => a.index - b.index);
}

/** The commits with a subject written for a listed commit (see sameSubject): a look-up, or a scan for a shortened one. */
function subjectIndex(recent: readonly HistoryCommit[]): (written: string) => Indexed[] {
  const keyed = recent.map((commit, index) => ({ commit, index, key: subjectKey(commit.subject) }));
  const byKey = new Map<string, Indexed[]>();
  for (const entry of keyed) byKey.set(entry.key, [...(byKey.get(entry.key) ?? []), entry]);
  return (written) =>
    isShortened(written)
      ? keyed.filter((c) => sameSubject(written, c.commit.subject))
      : subjectKey(written) === ''
        ? []
        : (byKey.get(subjectKey(written)) ?? []);
}

/** The commits on the branch by what they name: a trailer's path, a PRD tagged with a task; and those that name nothing so. */
function namingIndex(commits: readonly HistoryCommit[]): {
  byPath: Map<string, Indexed[]>;
  byPrd: Map<string, Indexed[]>;
  unnamed: Indexed[];
} {
  const byPath = new Map<string, Indexed[]>();
  const byPrd = new Map<string, Indexed[]>();
  const unnamed: Indexed[] = [];
  commits.forEach((commit, index) => {
    const entry = { commit, index };
    const names = commitNames(commit);
    for (const path of names.paths) byPath.set(path, [...(byPath.get(path) ?? []), entry]);
    for (const prd of names.prds) byPrd.set(prd, [...(byPrd.get(prd) ?? []), entry]);
    if (!names.namesAny) unnamed.push(entry);
  });
  return { byPath, byPrd, unnamed };
}
