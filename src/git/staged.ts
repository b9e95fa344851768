/**
 * What changed between two versions (the index and HEAD, for the hook; two commits,
 * for the Action), what the index holds, and objects' bytes. Files are always read
 * by object id, never by git's `<rev>:<path>` or `:<stage>:<path>` names: a file
 * named `0:g.md` would be read as stage 0 of `g.md`, and a name holding a newline
 * could not be asked for at all.
 */
import { isObjectId } from '../core/text/sha.js';
import type { GitClient } from './client.js';

export interface ChangedPath {
  path: string;
  /** Its path in the older version (HEAD, the base): the same, or where a rename or copy came from; null for an added file. */
  from: string | null;
  /** The object id of its newer version (in the index, or the newer commit); null unless it is a regular file (a symbolic link, a submodule). */
  blob: string | null;
  /** The object id of its older version; null for an added file, or one that was not a regular file. */
  fromBlob: string | null;
  /** Deleted (listed only when the diff was asked for deletions too): `path` is gone in the newer version. */
  deleted?: true;
}

/** `git diff` arguments listing added, copied, modified, renamed and retyped files for parseChanges(). */
export const CHANGED_FILES = [
  'diff',
  '--raw',
  '-z',
  '--no-abbrev',
  '--no-relative',
  '--diff-filter=ACMRT',
  '--find-renames',
  '--no-ext-diff',
  '--no-textconv',
];

// `:<old mode> <new mode> <old id> <new id> <status>[score]`
const RAW_HEADER = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
const isRegularFile = (mode: string) => mode.startsWith('100');

/** The files of a `git diff --raw -z` listing (CHANGED_FILES), each with its path in the older version and both object ids. */
export function parseChanges(out: string): ChangedPath[] {
  const fields = out.split('\0');
  const paths: ChangedPath[] = [];
  for (let i = 0; i < fields.length;) {
    const header = RAW_HEADER.exec(fields[i++] ?? '');
    if (!header) continue;
    const [, oldMode = '', newMode = '', oldId = '', newId = '', status = ''] = header;
    // Renames and copies name the old path, then the new one.
    const from = status === 'R' || status === 'C' ? (fields[i++] ?? null) : null;
    const path = fields[i++];
    if (!path) continue;
    const added = status === 'A';
    paths.push({
      path,
      from: added ? null : (from ?? path),
      blob: isRegularFile(newMode) ? newId : null,
      fromBlob: !added && isRegularFile(oldMode) ? oldId : null,
      ...(status === 'D' ? { deleted: true as const } : {}),
    });
  }
  return paths;
}

/** Root-relative paths added, copied, modified, renamed or retyped in the index, from one `git diff --cached`. */
export async function stagedPaths(client: GitClient): Promise<ChangedPath[]> {
  return parseChanges(await client.text([...CHANGED_FILES, '--cached']));
}

/**
 * Contents of blobs by object id, from one `git cat-file --batch`. Ids that name
 * no blob map to null; only ids of git's own shape are asked for.
 */
export async function readBlobs(client: GitClient, ids: Iterable<string>): Promise<Map<string, Buffer | null>> {
  const asked = [...new Set(ids)].filter(isObjectId);
  const result = new Map<string, Buffer | null>();
  const out = await client.bytes(['cat-file', '--batch'], asked.map((id) => `${id}\n`).join(''));
  let at = 0;
  for (const id of asked) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      result.set(id, null); // "<id> missing"
      continue;
    }
    const size = Number(match[2]);
    result.set(id, match[1] === 'blob' ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return result;
}

export interface IndexEntry {
  path: string;
  /** 100644 or 100755 (a file), 120000 (a symbolic link), 160000 (a submodule's commit). */
  mode: string;
  id: string;
  /** 0, or 1 to 3 for the sides of a merge conflict. */
  stage: number;
}

/** Every entry of the index, whatever directory git runs in, from one `git ls-files --stage`. */
export async function indexEntries(client: GitClient): Promise<IndexEntry[]> {
  const out = await client.text(['ls-files', '--stage', '-z', '--full-name', '--', ':/']);
  const entries: IndexEntry[] = [];
  for (const record of out.split('\0')) {
    // `<mode> <id> <stage>\t<path>`
    const match = /^(\d{6}) ([0-9a-f]+) (\d)\t([^]+)$/.exec(record);
    if (match) entries.push({ mode: match[1]!, id: match[2]!, stage: Number(match[3]), path: match[4]! });
  }
  return entries;
}
