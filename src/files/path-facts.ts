/** Key-file facts from the checked-out tree: does each path exist, and how many lines has it. */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { PathFact } from '../core/model/facts.js';

export interface PathQuery {
  path: string;
  /** Whether a line count is needed (the ledger names lines in it). */
  lines: boolean;
}

// Counting lines of something larger is no longer about a key file.
const MAX_COUNTED_BYTES = 16 * 1024 * 1024;

/** Stats and reads are synchronous: thousands of them are faster so than through promises (see read-text.ts). */
export async function treePathFacts(base: string, queries: readonly PathQuery[]): Promise<Map<string, PathFact>> {
  const facts = new Map<string, PathFact>();
  await Promise.all(
    queries.map(async ({ path, lines }) => {
      if (isDynamicPattern(path)) {
        const matches = await glob(path, { cwd: base, onlyFiles: false, followSymbolicLinks: false, dot: true, expandDirectories: false });
        facts.set(path, matches.length > 0 ? { exists: true, kind: 'file', lines: null } : { exists: false });
        return;
      }
      const absolute = join(base, path);
      const info = statOrNull(absolute);
      if (!info) facts.set(path, { exists: false });
      else if (info.isDirectory()) facts.set(path, { exists: true, kind: 'directory' });
      else facts.set(path, { exists: true, kind: 'file', lines: lines && info.isFile() && info.size <= MAX_COUNTED_BYTES ? linesIn(absolute) : null });
    }),
  );
  return facts;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null; // missing, or behind a directory that cannot be searched: not there as far as a reader can tell
  }
}

function linesIn(file: string): number | null {
  try {
    return countLines(readFileSync(file));
  } catch {
    return null; // unreadable: it exists, its length is unknown
  }
}

export function countLines(content: Buffer): number {
  if (content.length === 0) return 0;
  let lines = 0;
  for (let i = content.indexOf(10); i >= 0; i = content.indexOf(10, i + 1)) lines++;
  return content[content.length - 1] === 10 ? lines : lines + 1;
}
