/** Real git repositories in temp dirs, for behaviour that depends on git. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  // Tests commit on the day their fixtures were last updated (**Last Updated:** 2026-03-04 17:10): a commit
  // dated later that leaves the date as it was is a stale ledger to last-updated. A test that means one says so.
  GIT_AUTHOR_DATE: '2026-03-04T18:00:00+00:00',
};

export function git(cwd: string, ...args: string[]): string {
  // HUSKY=0 (set by CI) would switch off the hooks these tests commit through.
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, HOME: cwd, HUSKY: undefined },
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

export function initRepo(cwd: string): void {
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'config', 'commit.gpgsign', 'false');
  git(cwd, 'config', 'user.name', 'Test');
  git(cwd, 'config', 'user.email', 'test@example.com');
}

/** Writes files, commits them all, and returns the new commit's full SHA. */
export function commit(cwd: string, message: string, files: Record<string, string> = {}): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), content);
  }
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '--allow-empty', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD').trim();
}

/** Tries a real commit (hooks and all) and says whether it landed, with what git and the hook printed. */
export function tryCommit(dir: string, ...args: string[]): { landed: boolean; output: string } {
  const before = git(dir, 'rev-parse', 'HEAD').trim();
  let output = '';
  try {
    output = git(dir, 'commit', '-q', '-m', 'docs: update ledger', ...args);
  } catch (error) {
    output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
  }
  return { landed: git(dir, 'rev-parse', 'HEAD').trim() !== before, output };
}
