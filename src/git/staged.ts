/** What changed between two versions (the index and HEAD, for the hook; two commits, for the Action), and objects' bytes. */
import type { GitClient } from './client.js';

export interface ChangedPath {
  path: string;
  /** Its path in the older version (HEAD, the base): the same, or where a rename or copy came from; null for an added file. */
  from: string | null;
}

/** `git diff` arguments listing added, copied, modified and renamed files for parseChanges(). */
export const CHANGED_FILES = ['diff', '--name-status', '-z', '--diff-filter=ACMR', '--find-renames', '--no-ext-diff', '--no-textconv'];

/** The files of a `git diff --name-status -z` listing (CHANGED_FILES), each with its path in the older version. */
export function parseChanges(out: string): ChangedPath[] {
  const fields = out.split('\0');
  const paths: ChangedPath[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? '';
    if (!status) continue;
    // Renames and copies name the old path, then the new one.
    const from = status.startsWith('R') || status.startsWith('C') ? fields[i++]! : null;
    const path = fields[i++];
    if (path) paths.push({ path, from: status.startsWith('A') ? null : (from ?? path) });
  }
  return paths;
}

/** Root-relative paths added, copied, modified or renamed in the index, from one `git diff --cached`. */
export async function stagedPaths(client: GitClient): Promise<ChangedPath[]> {
  return parseChanges(await client.text([...CHANGED_FILES, '--cached']));
}

/**
 * Contents of objects named like `:path` (the index) or `HEAD:path`, from one
 * `git cat-file --batch`. Missing ones map to null. Names holding a newline
 * cannot be asked for on stdin and map to null too.
 */
export async function readObjects(client: GitClient, names: readonly string[]): Promise<Map<string, Buffer | null>> {
  const result = new Map<string, Buffer | null>();
  const asked = names.filter((name) => {
    const askable = !/[\r\n]/.test(name);
    if (!askable) result.set(name, null);
    return askable;
  });
  const out = await client.bytes(['cat-file', '--batch'], asked.map((n) => `${n}\n`).join(''));
  let at = 0;
  for (const name of asked) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      result.set(name, null); // "<name> missing" or "ambiguous"
      continue;
    }
    const size = Number(match[2]);
    result.set(name, match[1] === 'blob' ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return result;
}

/** Every path in the index, from one `git ls-files`. */
export async function indexPaths(client: GitClient): Promise<string[]> {
  return (await client.text(['ls-files', '-z', '--full-name'])).split('\0').filter(Boolean);
}
