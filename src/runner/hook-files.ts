/**
 * Files named inside a git commit hook. lint-staged and pre-commit's hooks name the staged files
 * (`"*.md": "ledgerlint"`); checked on the working tree they would lose what --staged gives the
 * commit being made (its comparison with HEAD, its date, its staged key files). When every name
 * is a staged file, the run is a --staged one; anything else named (a directory, a glob, a file
 * that is not staged) keeps the run on the working tree, as outside a hook.
 */
import { resolve } from 'node:path';
import { GitClient } from '../git/client.js';
import { openRepo } from '../git/repo.js';
import { stagedPaths } from '../git/staged.js';

export const AS_STAGED_NOTE =
  'in a git commit hook, every file named is staged: checking what is staged, against HEAD, as --staged does.';

export async function namedFilesAreStaged(cwd: string, patterns: readonly string[]): Promise<boolean> {
  if (patterns.length === 0) return false;
  const client = new GitClient(cwd);
  const repo = await openRepo(client).catch(() => null);
  const staged = repo ? await stagedPaths(client).catch(() => null) : null;
  if (!repo || !staged) return false;
  const files = new Set(staged.filter((s) => s.blob !== null).map((s) => resolve(repo.root, s.path)));
  return patterns.every((p) => files.has(resolve(cwd, p)));
}
