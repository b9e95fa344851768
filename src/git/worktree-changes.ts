/** Files the working tree changed since HEAD, staged or not, and new files git does not ignore: one `git status`. */
import { markdownPathspecs, type Repo } from './repo.js';

/**
 * Absolute paths of markdown files (and of files matching other globs, as workTreeMarkdown
 * takes them) that are modified, added or untracked in the work tree; deleted ones are left out.
 */
export async function changedInWorktree(repo: Repo, otherGlobs: readonly string[] = []): Promise<string[]> {
  const pathspecs = markdownPathspecs(otherGlobs);
  // Porcelain paths are relative to the top level, and with -z written as they are (no quoting).
  const out = await repo.client.text([
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--',
    ...pathspecs,
  ]);
  return out
    .split('\0')
    .filter((entry) => entry.length > 3 && !entry.slice(0, 2).includes('D'))
    .map((entry) => `${repo.root}/${entry.slice(3)}`);
}
