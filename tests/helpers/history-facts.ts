/** Fake facts about commits and the history around HEAD, for rule tests without git. */
import type { CommitFact, Facts, HistoryCommit, HistoryFacts } from '../../src/core/model/facts.js';

/** A commit of the history: by default it changes two files (work, not a ledger's upkeep). */
export function historyCommit(sha: string, subject: string, more: Partial<HistoryCommit> = {}): HistoryCommit {
  return { sha, subject, ledgerTasks: [], changes: { files: 2, only: null }, ...more };
}

/** Commit facts by SHA as written, and the history: on the branch `feature/retries`, the ledger at docs/ledger.md. */
export function historyFacts(bySha: Array<[string, CommitFact]>, history: Partial<HistoryFacts> = {}): Facts {
  return {
    commits: { bySha: new Map(bySha), shallowNotice: null },
    history: {
      path: 'docs/ledger.md',
      branch: 'feature/retries',
      scope: 'branch',
      sameSubject: [],
      onBranch: [],
      ...history,
    },
  };
}
