/**
 * Facts about the world outside the ledger text (the repository, the file system),
 * gathered up front and in batches by adapters (src/git, src/files), handed to the
 * rules per ledger. Rules never look themselves; without a fact they stay silent.
 */

export type CommitFact =
  | { status: 'found'; sha: string; subject: string; reachable: boolean }
  | { status: 'missing' }
  | { status: 'ambiguous'; candidates: string[] }
  /** Not known, because the clone is shallow: not found (the full history may have it), or not reached from HEAD (it may lie below the clone's boundary). */
  | { status: 'unverifiable' };

export interface CommitFacts {
  /** By the lower-case SHA as written in the ledger. */
  bySha: ReadonlyMap<string, CommitFact>;
  /**
   * The run says once that commits cannot be verified in a shallow clone:
   * on this ledger, at this SHA, counting how many others share the problem.
   */
  shallowNotice: { sha: string; others: number } | null;
}

export type PathFact =
  | { exists: false }
  | { exists: true; kind: 'directory' }
  | { exists: true; kind: 'file'; lines: number | null }
  /**
   * Not looked at: through a symbolic link the path leads out of the repository,
   * or it lies in git's own .git directory. A ledger must not be able to probe either.
   */
  | { exists: null; refused: PathRefusal };

export type PathRefusal = 'outside-repository' | 'git-directory';

/** A key file to look up, as a repository path (without its :line part). */
export interface PathQuery {
  path: string;
  /** Whether a line count is needed (the ledger names lines in it). */
  lines: boolean;
}

export interface PathFacts {
  /** Where paths were looked up: the checked-out tree, or the index in --staged mode. */
  source: 'working tree' | 'index';
  /** By repository path (without its :line part): as a code span writes it, or where a link leads. */
  byPath: ReadonlyMap<string, PathFact>;
  /**
   * The ledger's directory, relative to where paths are looked up (`docs/ledgers`, `` at the top), which
   * links are read from. Without it (a ledger outside that tree), links relative to the ledger are not followed.
   */
  ledgerDirectory?: string;
}

/** A commit of the history read from HEAD (see HistoryFacts). */
export interface HistoryCommit {
  /** Full SHA. */
  sha: string;
  subject: string;
  /** Values of its `Ledger-Task:` trailers. */
  ledgerTasks: string[];
  /** What it changes, when that was looked up: how many files, and the one file when it is one. */
  changes: { files: number; only: string | null } | null;
}

/**
 * The history around HEAD, as far as it concerns one ledger. Commits are read in one
 * batch for all ledgers, at most HISTORY_LIMIT of them (src/git/history.ts), merges left out.
 */
export interface HistoryFacts {
  /** The ledger's path from the repository root, `/`-separated: how trailers and changes name it. */
  path: string;
  /** The branch checked out, without `refs/heads/`; null when HEAD is detached. */
  branch: string | null;
  /**
   * What "on the branch" means in this run: `branch`, the commits reachable from HEAD and
   * from no default branch (main, master, origin's); `window`, the last commits reachable
   * from HEAD, when there are no such commits (HEAD is on the default branch) or they
   * cannot be told apart (no default branch, or more of them than the limit).
   */
  scope: 'branch' | 'window';
  /**
   * Commits reachable from HEAD (the last ones) with the subject of a commit this ledger
   * lists that is missing or not reachable: what a rebase leaves. Newest first.
   */
  sameSubject: HistoryCommit[];
  /** Commits on the branch that may name this ledger (a task tag, a trailer, its Branch); newest first. */
  onBranch: HistoryCommit[];
}

/** The same ledger at an earlier point: the pull request's base, or HEAD for a commit. */
export interface PreviousVersion {
  /** How to name it in messages: "the base branch", "HEAD". */
  label: string;
  /** Its text; null when the ledger is new there. */
  text: string | null;
}

/** A commit that touched a file a ticked task names, as tick-evidence needs it. */
export interface TouchingCommit {
  sha: string;
  /** Task ids its message names (`[PRD-07 Task 1.2]` gives "1.2"), and PRD numbers without leading zeros. */
  tasks: string[];
  prds: string[];
}

/** What history says about one file a ticked task names. */
export interface FileHistory {
  /** Commits that touched it and that the ledger lists or whose message names one of its tasks, newest first. */
  commits: TouchingCommit[];
  /** The newest commit that touched it, whatever its message; null when no commit did. */
  last: string | null;
  /** With --staged: the commit being made touches it. */
  staged: boolean;
}

export interface EvidenceFacts {
  /** By path as written in the ledger (without its :line part). */
  byPath: ReadonlyMap<string, FileHistory>;
}

/** The last change to the ledger file, for last-updated. */
export interface LastChangeFacts {
  /** The commit; null with --staged, where it is the commit being made and the version before it is `previous`. */
  sha: string | null;
  /** Its author date as the author's calendar day (with --staged: today), YYYY-MM-DD. */
  day: string;
  /** The ledger before that commit; null when the commit added it; absent when not known (a merge, or --staged). */
  before?: string | null;
}

export interface Facts {
  /** Absent when commits were not checked (outside a repository). */
  commits?: CommitFacts;
  /** Absent when key files were not checked. */
  paths?: PathFacts;
  /** Absent when the history was not read (outside a repository, before the first commit, no commit list). */
  history?: HistoryFacts;
  /** Absent when no earlier version was asked for (only the Action and the hook compare). */
  previous?: PreviousVersion;
  /** Absent when history was not read (no repository, a shallow clone) or no ticked task names a file. */
  evidence?: EvidenceFacts;
  /** Absent when history was not read, or no commit changed the ledger yet. */
  lastChange?: LastChangeFacts;
}

export const NO_FACTS: Facts = {};
