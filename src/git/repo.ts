/** The repository, through simple-git. Only adapters talk to git; the core gets facts. */
import { simpleGit, type SimpleGit } from 'simple-git';

export interface Repo {
  git: SimpleGit;
  /** Absolute path of the work tree's top level. */
  root: string;
}

/** The repository holding cwd, or null outside one (or without git installed). */
export async function openRepo(cwd: string): Promise<Repo | null> {
  try {
    const git = simpleGit({ baseDir: cwd });
    const root = (await git.raw(['rev-parse', '--show-toplevel'])).trim();
    return root ? { git: simpleGit({ baseDir: root }), root } : null;
  } catch {
    return null;
  }
}

/** Tracked markdown files, absolute, from one `git ls-files`. */
export async function trackedMarkdown(repo: Repo, under: string): Promise<string[]> {
  const out = await simpleGit({ baseDir: under }).raw(['ls-files', '-z', '--full-name', '--', '*.md']);
  return out.split('\0').filter(Boolean).map((p) => `${repo.root}/${p}`);
}
