/** The repository around the working directory, found with one git process. */
import { GitFailed, type GitClient } from './client.js';

export interface Repo {
  client: GitClient;
  /** Absolute path of the work tree's top level. */
  root: string;
  /** A shallow clone: missing commits may exist upstream. */
  shallow: boolean;
  /** The commit HEAD names; null before the first commit. */
  head: string | null;
}

/**
 * The repository the client's directory is in, or null outside one (or when git
 * is not installed). Git prints paths relative to the top level whatever the
 * directory it runs in, so the client can start other work before this answers.
 * A repository git cannot read (a broken config, refused ownership) is no
 * "outside a repository": that throws GitFailed with git's words.
 */
export async function openRepo(client: GitClient): Promise<Repo | null> {
  let out: string;
  try {
    // --revs-only: before the first commit HEAD names nothing, and that is not an error.
    out = await client.text(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--revs-only', 'HEAD']);
  } catch (error) {
    if (client.missing || (error instanceof GitFailed && error.notARepository)) return null;
    throw error;
  }
  const [root, shallow, head] = out.split('\n');
  return root ? { client, root, shallow: shallow === 'true', head: head || null } : null;
}

/** Pathspecs from the top of the repository for every markdown file and the other globs, at any depth unless they start with `/`. */
export function markdownPathspecs(otherGlobs: readonly string[]): string[] {
  const atAnyDepth = (glob: string) =>
    glob.startsWith('/') ? glob.slice(1) : glob.startsWith('**/') ? glob : `**/${glob}`;
  return [':(top,glob)**/*.md', ...otherGlobs.map((g) => `:(top,glob)${atAnyDepth(g)}`)];
}

/**
 * The markdown files of the work tree, tracked or untracked but not ignored (an agent's
 * new ledger is checked before anyone stages it), and files matching other globs (a
 * profile's `claude-progress.txt`), which match at any depth unless they start with `/`
 * (as profile paths do), absolute; tracked files deleted from the work tree are left out.
 * One git process, however many files.
 */
export async function workTreeMarkdown(repo: Repo, otherGlobs: readonly string[] = []): Promise<string[]> {
  const pathspecs = markdownPathspecs(otherGlobs);
  const out = await repo.client.text([
    'ls-files',
    '-z',
    '--full-name',
    '-t',
    '--cached',
    '--deleted',
    '--others',
    '--exclude-standard',
    '--',
    ...pathspecs,
  ]);
  // Each path comes after a tag: `R` marks a tracked file deleted from the work tree (listed
  // again, as `H`, among the cached ones), which is not there to check.
  const entries = out.split('\0').filter(Boolean);
  const deleted = new Set(entries.filter((e) => e.startsWith('R ')).map((e) => e.slice(2)));
  // A file in a merge conflict is listed once per stage of the index.
  const paths = new Set(entries.map((e) => e.slice(2)).filter((p) => !deleted.has(p)));
  return [...paths].map((p) => `${repo.root}/${p}`);
}
