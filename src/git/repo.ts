/** The repository around the working directory, found with one git process. */
import { GitClient } from './client.js';

export interface Repo {
  client: GitClient;
  /** Absolute path of the work tree's top level. */
  root: string;
  /** A shallow clone: missing commits may exist upstream. */
  shallow: boolean;
}

/** The repository holding cwd, or null outside one (or when git is not installed). */
export async function openRepo(cwd: string): Promise<Repo | null> {
  // Git prints paths relative to the top level whatever the directory it runs in.
  const client = new GitClient(cwd);
  let out: string;
  try {
    out = await client.text(['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  } catch {
    return null;
  }
  const [root, shallow] = out.split('\n');
  return root ? { client, root, shallow: shallow === 'true' } : null;
}

/** Tracked markdown files, absolute. */
export async function trackedMarkdown(repo: Repo): Promise<string[]> {
  const out = await repo.client.text(['ls-files', '-z', '--full-name', '--', ':(top,glob)**/*.md']);
  return out.split('\0').filter(Boolean).map((p) => `${repo.root}/${p}`);
}
