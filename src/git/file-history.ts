/**
 * What history says about the files ledgers name, for all ledgers at once, in a
 * fixed handful of git processes whatever the number of ledgers, tasks and paths:
 * - who touched the files that ticked tasks name: one `git log` from HEAD (and from
 *   listed commits that are not on it), limited to those paths;
 * - the last commit that changed each ledger: one `git log` from HEAD limited to the
 *   ledger paths, and one `git cat-file --batch` for the ledgers as they were before it;
 * - with --staged, which paths the commit being made touches: one `git diff --cached`.
 * Paths reach git only on stdin, after a `--` line, each as `:(top,literal)PATH`: read
 * from the top of the work tree, with no wildcard or other magic in it. Revisions on
 * stdin are HEAD and validated object ids only.
 */
import { posix } from 'node:path';
import { trimEndOf } from '../core/text/names.js';
import { isObjectId } from '../core/text/sha.js';
import type { Repo } from './repo.js';
import { readBlobs } from './staged.js';

export interface TouchingCommit {
  sha: string;
  /** The whole message: subject, body and trailers. */
  message: string;
}

export interface LastChange {
  sha: string;
  /** The author date's calendar day, in the author's own time zone: YYYY-MM-DD. */
  day: string;
  /** The file's object before that commit; null when the commit added it; absent when there is no text to compare (not a regular file). */
  before?: string | null;
}

// A commit's record in the log: \x01, its object id, then \0. Only an object id may follow \x01 here.
const RECORD = /\x01(?=(?:[0-9a-f]{40}|[0-9a-f]{64})\0)/;
// `:<old mode> <new mode> <old id> <new id> <status>`, as --raw writes it.
const RAW_HEADER = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;

/** A path as git prints it: `/`-separated, no `.` parts or doubled slashes. Null for one git cannot be asked about on a line. */
export function gitPath(path: string): string | null {
  if (/[\n\r\0]/.test(path)) return null;
  const normal = trimEndOf(posix.normalize(path), '/');
  return normal === '.' || normal === '' || normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal)
    ? null
    : normal;
}

/**
 * git matches every entry of every tree it walks against every pathspec: ten thousand ledgers
 * as literal pathspecs cost it 20 s over 37,000 commits, their eight top-level directories
 * 0.4 s. Past a few dozen paths the top-level parts are asked for, and callers keep only the
 * paths they asked about.
 */
const EXACT_PATHSPECS = 64;

function pathspecs(paths: Iterable<string>): string {
  const all = [...paths];
  const asked = all.length <= EXACT_PATHSPECS ? all : [...new Set(all.map((p) => p.split('/')[0]!))];
  return asked.map((p) => `:(top,literal)${p}\n`).join('');
}

/**
 * For each path (as gitPath gives it), the commits that touched it, newest first: those
 * reachable from HEAD, and from `alsoFrom` (listed commits that are not on HEAD).
 */
export async function commitsTouching(
  repo: Repo,
  paths: readonly string[],
  alsoFrom: readonly string[] = [],
): Promise<Map<string, TouchingCommit[]>> {
  const byPath = new Map<string, TouchingCommit[]>(paths.map((p) => [p, []]));
  const revs = [...(repo.head ? ['HEAD'] : []), ...new Set(alsoFrom.filter(isObjectId))];
  if (paths.length === 0 || revs.length === 0) return byPath;
  const out = await repo.client.text(
    ['log', '--stdin', '-z', '--name-only', '--no-renames', '--format=%x01%H%x00%B%x00'],
    `${revs.join('\n')}\n--\n${pathspecs(byPath.keys())}`,
  );
  for (const record of out.split(RECORD)) {
    const [sha = '', message = '', ...names] = record.split('\0');
    if (!isObjectId(sha)) continue;
    for (const name of names) byPath.get(name.replace(/^\n/, ''))?.push({ sha, message });
  }
  return byPath;
}

/** For each path (as gitPath gives it), the last commit on HEAD that changed it, and the file's object before it; paths no commit changed are left out. */
export async function lastChanges(repo: Repo, paths: readonly string[]): Promise<Map<string, LastChange>> {
  const changes = new Map<string, LastChange>();
  if (paths.length === 0 || !repo.head) return changes;
  const wanted = new Set(paths);
  const out = await repo.client.text(
    ['log', '--stdin', '-z', '--raw', '--no-abbrev', '--no-renames', '--format=%x01%H%x00%aI%x00'],
    `HEAD\n--\n${pathspecs(wanted)}`,
  );
  for (const record of out.split(RECORD)) {
    const [sha = '', date = '', ...fields] = record.split('\0');
    if (!isObjectId(sha) || !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    // A merge lists no changes (without -m): what it brought in is left to the commits it merged.
    for (let i = 0; i < fields.length; i++) {
      const header = RAW_HEADER.exec(fields[i]!.replace(/^\n/, ''));
      if (!header) continue;
      const path = fields[++i] ?? '';
      if (!wanted.has(path) || changes.has(path)) continue;
      const [, oldMode = '', , oldId = ''] = header;
      // Added here: nothing before it. Anything but a regular file before: no text to compare.
      const before = header[5] === 'A' ? null : oldMode.startsWith('100') ? oldId : undefined;
      changes.set(path, { sha, day: date.slice(0, 10), ...(before === undefined ? {} : { before }) });
    }
  }
  return changes;
}

/** The texts of files' earlier versions by object id, from one `git cat-file --batch`. */
export async function textsOf(repo: Repo, ids: Iterable<string>): Promise<Map<string, string>> {
  const blobs = await readBlobs(repo.client, ids);
  return new Map([...blobs].flatMap(([id, blob]) => (blob ? [[id, blob.toString('utf8')] as const] : [])));
}

/** Paths the commit being made touches (--staged): added, changed, deleted or renamed in the index, both sides of a rename. */
export async function stagedTouches(repo: Repo): Promise<Set<string>> {
  const out = await repo.client.text([
    'diff',
    '--cached',
    '--name-only',
    '-z',
    '--no-renames',
    '--no-relative',
    '--no-ext-diff',
  ]);
  return new Set(out.split('\0').filter(Boolean));
}
