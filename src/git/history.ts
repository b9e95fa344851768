/**
 * The history around HEAD, read once for all ledgers: two `git log` walks side by side
 * (the last commits of HEAD; the commits of the branch checked out), then, only for the
 * few commits that may name a ledger, one more for the files they change. Every option
 * is fixed; the only names given to git are its own refs and, on stdin, full SHAs it printed.
 */
import type { HistoryCommit } from '../core/model/facts.js';
import { isObjectId } from '../core/text/sha.js';
import type { Repo } from './repo.js';

/** How far back either walk goes: far enough for a long branch or a rebase, bounded for a big repository. */
export const HISTORY_LIMIT = 1000;

/**
 * What the default branch may be called: origin's HEAD when the clone has one, else
 * main or master, local or origin's. A ref that does not exist is passed over.
 */
const DEFAULT_BRANCHES = [
  'refs/remotes/origin/HEAD',
  'refs/heads/main',
  'refs/heads/master',
  'refs/remotes/origin/main',
  'refs/remotes/origin/master',
];

// One commit a line, fields apart by NUL: no field can hold either (%s and unfolded trailers are one line).
const FORMAT = '--format=%H%x00%P%x00%D%x00%s%x00%(trailers:key=Ledger-Task,valueonly,unfold,separator=%x00)';

export interface HeadHistory {
  /** The last HISTORY_LIMIT commits reachable from HEAD, newest first, merges left out. */
  recent: HistoryCommit[];
  /** The branch checked out, without `refs/heads/`; null when HEAD is detached. */
  branch: string | null;
  /**
   * The commits reachable from HEAD and from no default branch, newest first, merges left
   * out; null when that is not the branch's own work: none (HEAD is on the default
   * branch), more than HISTORY_LIMIT, or down to a root commit (no default branch, or an
   * unrelated history).
   */
  onBranch: HistoryCommit[] | null;
}

export async function readHistory(repo: Repo): Promise<HeadHistory> {
  const [recent, branch] = await Promise.all([
    repo.client.text([
      'log',
      `--max-count=${HISTORY_LIMIT}`,
      '--no-show-signature',
      '--decorate=full',
      FORMAT,
      'HEAD',
      '--',
    ]),
    repo.client.text([
      'log',
      `--max-count=${HISTORY_LIMIT + 1}`,
      '--no-show-signature',
      '--no-merges',
      FORMAT,
      '--ignore-missing',
      'HEAD',
      '--not',
      ...DEFAULT_BRANCHES,
      '--',
    ]),
  ]);
  const walked = parse(recent);
  const own = parse(branch);
  const complete = own.length > 0 && own.length <= HISTORY_LIMIT && own.every((c) => c.parents > 0);
  return {
    recent: walked.filter((c) => c.parents <= 1).map((c) => c.commit),
    branch: checkedOut(walked[0]?.decorations ?? ''),
    onBranch: complete ? own.map((c) => c.commit) : null,
  };
}

interface Walked {
  commit: HistoryCommit;
  parents: number;
  decorations: string;
}

function parse(out: string): Walked[] {
  return out.split('\n').flatMap((line): Walked[] => {
    const [sha = '', parents = '', decorations = '', subject = '', ...trailers] = line.split('\0');
    if (!isObjectId(sha)) return [];
    const ledgerTasks = trailers.map((t) => t.trim()).filter(Boolean);
    return [
      {
        commit: { sha, subject, ledgerTasks, changes: null },
        parents: parents.split(' ').filter(Boolean).length,
        decorations,
      },
    ];
  });
}

/** `HEAD -> refs/heads/feature/x, refs/remotes/origin/feature/x` gives `feature/x`; a detached `HEAD, …` gives null. */
function checkedOut(decorations: string): string | null {
  return /(?:^|, )HEAD -> refs\/heads\/([^,\s]+)/.exec(decorations)?.[1] ?? null;
}

/** How many files each commit changes, and the one when it is one: one process for them all. */
export async function changesOf(
  repo: Repo,
  shas: readonly string[],
): Promise<Map<string, { files: number; only: string | null }>> {
  const asked = [...new Set(shas)].filter(isObjectId);
  const changes = new Map<string, { files: number; only: string | null }>();
  if (asked.length === 0) return changes;
  // In the order asked: each commit's SHA, then its paths, all apart by NUL (paths as they are, unquoted).
  // log.showRoot set off would show a first commit as changing nothing.
  const out = await repo.client.text(
    [
      '-c',
      'log.showRoot=true',
      'log',
      '--no-walk=unsorted',
      '--stdin',
      '--no-show-signature',
      '-z',
      '--name-only',
      '--format=%H',
    ],
    asked.map((s) => `${s}\n`).join(''),
  );
  let index = -1;
  let files: string[] = [];
  const close = () => {
    if (index >= 0) changes.set(asked[index]!, { files: files.length, only: files.length === 1 ? files[0]! : null });
  };
  for (const token of out.split('\0')) {
    const name = token.replace(/^\n/, '');
    if (name === asked[index + 1]) {
      close();
      index++;
      files = [];
    } else if (name !== '' && index >= 0) {
      files.push(name);
    }
  }
  close();
  return changes;
}
