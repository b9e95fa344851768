/**
 * What the head of a change did to the files since it left its base, as GitHub shows a
 * pull request (three dots: from the merge base): the files it changed, those it
 * deleted, and the lines it added or modified. Three git processes, side by side.
 */
import { isObjectId } from '../core/text/sha.js';
import { GitFailed, type GitClient } from './client.js';
import { CHANGED_FILES, parseChanges, type ChangedPath } from './staged.js';

export interface Comparison {
  /** Added, copied, modified, renamed or retyped; `fromBlob` is the version at the merge base. */
  changed: ChangedPath[];
  /** Deleted: each path with the object id of the version deleted (null unless a regular file). */
  deleted: Array<{ path: string; blob: string | null }>;
  /** Lines of the new version that the change added or modified, by path. */
  lines: Map<string, Set<number>>;
}

// Deletions too, told apart by parseChanges.
const LISTING = [...CHANGED_FILES.filter((arg) => !arg.startsWith('--diff-filter=')), '--diff-filter=ACDMRT'];

/** Null when the clone lacks either commit or a merge base of them (a shallow checkout; fetch.ts). */
export async function compareCommits(client: GitClient, base: string, head: string): Promise<Comparison | null> {
  if (!isObjectId(base) || !isObjectId(head)) return null;
  const range = `${base}...${head}`;
  let names: string;
  let patch: string;
  try {
    [names, patch] = await Promise.all([
      client.text([...LISTING, '--end-of-options', range, '--']),
      client.text([
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--end-of-options',
        range,
        '--',
      ]),
    ]);
  } catch (error) {
    // "bad revision", "no merge base": the history is not all here.
    if (error instanceof GitFailed) return null;
    throw error;
  }
  const listed = parseChanges(names);
  return {
    changed: listed.filter((f) => !f.deleted),
    deleted: listed.filter((f) => f.deleted).map((f) => ({ path: f.path, blob: f.fromBlob })),
    lines: changedLines(patch),
  };
}

/** Added and modified line numbers of the new side, from a unified diff with -U0 (git's, or a patch the REST API gives). */
export function changedLines(patch: string): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  let next = 0;
  for (const line of patch.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4).replace(/^b\//, '');
      current = path === '/dev/null' ? null : (lines.get(path) ?? new Set());
      if (current) lines.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (!current || line.startsWith('---')) continue;
    if (line.startsWith('+')) current.add(next++);
    else if (line.startsWith(' ')) next++;
  }
  return lines;
}
