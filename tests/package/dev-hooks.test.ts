/**
 * scripts/dev-hooks.mjs, which `npm ci` runs (postprepare) in a clone of this repository: it sets up the project's
 * own git hooks where someone works, and nowhere else, without a word on stdout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/dev-hooks.mjs', import.meta.url));

function runIn(cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HUSKY: undefined, _PACOTE_NO_PREPARE_: undefined, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function hooksPath(dir: string): string {
  return spawnSync('git', ['config', '--local', 'core.hooksPath'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
}

function clone(): string {
  const dir = tempDir();
  initRepo(dir);
  commit(dir, 'chore: start', { 'README.md': '# app\n' });
  return dir;
}

describe('the project own git hooks on npm ci', () => {
  it('are set up in a clone on a branch, silently', () => {
    const dir = clone();
    expect(runIn(dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hooksPath(dir)).toBe('hooks/_');
    expect(existsSync(join(dir, 'hooks', '_', 'pre-commit'))).toBe(true);
  });

  it('are left alone where a hook framework checked out a pinned revision (detached HEAD), saying so on stderr', () => {
    const dir = clone();
    git(dir, 'checkout', '-q', '--detach');
    expect(runIn(dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: "ledgerlint's own git hooks not installed: HEAD is detached; to install them anyway: npx husky hooks\n",
    });
    expect(hooksPath(dir)).toBe('');
  });

  it.each([
    ['HUSKY=0 is set', { HUSKY: '0' }],
    ['npm prepares ledgerlint as a git dependency', { _PACOTE_NO_PREPARE_: 'git+file:///somewhere/ledgerlint.git' }],
  ])('are left alone, without a word, when %s', (_, env) => {
    const dir = clone();
    expect(runIn(dir, env)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(hooksPath(dir)).toBe('');
    expect(existsSync(join(dir, 'hooks'))).toBe(false);
  });

  it('are left alone, without a word, in an unpacked package (no .git)', () => {
    const dir = tempDir({ 'package.json': '{ "name": "ledgerlint" }\n' });
    expect(runIn(dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(join(dir, 'hooks'))).toBe(false);
  });
});
