/**
 * Files named inside a git commit hook. lint-staged and pre-commit's hooks name the staged files
 * (`"*.md": "ledgerlint"`); checked on the working tree they would lose what --staged gives the
 * commit being made (its comparison with HEAD, its date, its staged key files). When every name
 * is a staged file, the run is a --staged one; anything else named (a directory, a glob, a file
 * that is not staged) keeps the run on the working tree, as outside a hook.
 */
import { resolve } from 'node:path';
import type { Repo } from '../git/repo.js';
import type { ChangedPath } from '../git/staged.js';

export const AS_STAGED_NOTE =
  'in a git commit hook, every file named is staged: checking what is staged, against HEAD, as --staged does.';

/** Whether every path named is a file staged in the repository (from the listing of the index the list step reads anyway). */
export function namedFilesAreStaged(
  cwd: string,
  patterns: readonly string[],
  repo: Repo | null,
  staged: readonly ChangedPath[] | Error,
): boolean {
  if (patterns.length === 0 || !repo || staged instanceof Error) return false;
  const files = new Set(staged.filter((s) => s.blob !== null).map((s) => resolve(repo.root, s.path)));
  return patterns.every((p) => files.has(resolve(cwd, p)));
}
