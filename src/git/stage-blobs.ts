/**
 * Staging fixed ledgers: exactly the bytes that were fixed, written as blobs and
 * put in the index by blob id, never `git add` of whatever the file holds by then.
 * A fixed number of git processes for any number of files.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { GitClient } from './client.js';

/** Modes of the paths staged (added, copied, modified, renamed), by root-relative path, from one `git diff --cached`. */
export async function stagedModes(client: GitClient): Promise<Map<string, string>> {
  const fields = (
    await client.text([
      'diff',
      '--cached',
      '--raw',
      '-z',
      '--no-abbrev',
      '--diff-filter=ACMR',
      '--find-renames',
      '--no-ext-diff',
    ])
  ).split('\0');
  const modes = new Map<string, string>();
  for (let i = 0; i < fields.length;) {
    const header = fields[i++] ?? '';
    if (!header.startsWith(':')) continue;
    // ":old-mode new-mode old-id new-id status", then the path, or for a rename or copy the old path and the new one.
    const [, mode = '', , , status = ''] = header.slice(1).split(' ');
    if (status.startsWith('R') || status.startsWith('C')) i++;
    const path = fields[i++];
    if (path) modes.set(path, mode);
  }
  return modes;
}

/** Writes each content as a blob, as is (no filters: they are what the index is to hold), and returns their ids in order. */
export async function writeBlobs(client: GitClient, contents: readonly Uint8Array[]): Promise<string[]> {
  if (contents.length === 0) return [];
  // hash-object takes many contents only as files: private ones, in a directory of our own.
  const dir = await mkdtemp(join(tmpdir(), 'ledgerlint-'));
  try {
    const files = contents.map((_, index) => join(dir, String(index)));
    await Promise.all(contents.map((content, index) => writeFile(files[index]!, content, { flag: 'wx', mode: 0o600 })));
    const ids = (
      await client.text(['hash-object', '-w', '--no-filters', '--stdin-paths'], files.map((f) => `${f}\n`).join(''))
    )
      .split('\n')
      .filter(Boolean);
    if (ids.length !== contents.length)
      throw new Error(`git hash-object returned ${ids.length} ids for ${contents.length} files`);
    return ids;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface IndexEntry {
  /** Root-relative. */
  path: string;
  mode: string;
  blob: string;
}

/**
 * Puts the entries in the index git reads for this commit (GIT_INDEX_FILE in a
 * hook) with one `git update-index`. During `git commit <path>` that index is a
 * temporary one, built for the commit and then thrown away, while the real index,
 * which git keeps afterwards, waits in index.lock beside it: that one gets the
 * entries too, or the fixed text would be committed but left unstaged.
 */
export async function stageEntries(client: GitClient, entries: readonly IndexEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const input = entries.map((e) => `${e.mode} ${e.blob}\t${e.path}\0`).join('');
  await client.text(['update-index', '-z', '--index-info'], input);
  const kept = indexKeptAfterPartialCommit(process.env.GIT_INDEX_FILE);
  if (kept) await client.text(['update-index', '-z', '--index-info'], input, { GIT_INDEX_FILE: kept });
}

/** `git commit <path>` runs hooks on $GIT_DIR/next-index-<pid>.lock while it holds the real index as $GIT_DIR/index.lock. */
function indexKeptAfterPartialCommit(indexFile: string | undefined): string | null {
  if (!indexFile || !/^next-index-\d+\.lock$/.test(basename(indexFile))) return null;
  const kept = join(dirname(indexFile), 'index.lock');
  return existsSync(kept) ? kept : null;
}
