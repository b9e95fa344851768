/**
 * Each ledger's share of the history around HEAD: of the commits read once for the
 * run, only those its rules may speak of (what a listed commit may have become; the
 * commits that may name it), so that what travels to a worker and keys the cache stays
 * small. The rules decide exactly, from the parsed ledger; this keeps a superset.
 */
import { namingOf, sameSubject } from '../core/ledger/history.js';
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

export async function historyFacts(repo: Repo, history: HeadHistory, asked: ReadonlyArray<HistoryNeeds | null>, bySha: ReadonlyMap<string, CommitFact>): Promise<Array<HistoryFacts | null>> {
  const scope = history.onBranch ? 'branch' : 'window';
  const onBranch = history.onBranch ?? history.recent;
  const shares = asked.map((needs) => {
    if (!needs) return null;
    const subjects = needs.listed.flatMap(({ sha, message }) => {
      const fact = bySha.get(sha);
      if (fact?.status === 'found') return fact.reachable ? [] : [fact.subject];
      return fact?.status === 'missing' && message !== '' ? [message] : [];
    });
    const names = { path: needs.path, prds: needs.prds, branches: needs.branches };
    return {
      path: needs.path,
      sameSubject: subjects.length === 0 ? [] : history.recent.filter((c) => subjects.some((s) => sameSubject(s, c.subject))),
      onBranch: onBranch.filter((c) => !needs.listed.some((l) => c.sha.startsWith(l.sha)) && namingOf(c, names, { scope, branch: history.branch }) !== null),
    };
  });
  // Whether a commit is only a ledger's upkeep is told by the files it changes: asked for the few that name a ledger it does not list.
  const changes = await changesOf(repo, shares.flatMap((s) => s?.onBranch.map((c) => c.sha) ?? []));
  const withChanges = (c: HistoryCommit): HistoryCommit => ({ ...c, changes: changes.get(c.sha) ?? null });
  return shares.map((share) => share && { path: share.path, branch: history.branch, scope, sameSubject: share.sameSubject, onBranch: share.onBranch.map(withChanges) });
}
