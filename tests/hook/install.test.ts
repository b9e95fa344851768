/**
 * The pre-commit hook as a user gets it: this package packed with npm pack,
 * installed into a fresh repository, set up with `npx ledgerlint init`, then
 * real `git commit`s.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plant } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo, tryCommit } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const valid = prdLedger();
const invalid = plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 5');
const validEdited = `${valid}- One more note.\n`;

let tarball = '';

/** ledgerlint as npm links it into a project, without packing it. */
function installLedgerlint(dir: string): void {
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(
    join(dir, 'node_modules', '.bin', 'ledgerlint'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" "$@"\n`,
    { mode: 0o755 },
  );
}

function npm(cwd: string, ...args: string[]): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      HUSKY: '0',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function npx(cwd: string, ...args: string[]): string {
  // As a user runs it: CI's HUSKY=0 is not in a developer's shell.
  return execFileSync('npx', ['--no-install', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HUSKY: undefined, npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A repository of a project that installed the packed ledgerlint. */
function project(): string {
  const dir = tempDir();
  initRepo(dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  npm(dir, 'install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', tarball);
  commit(dir, 'chore: start');
  return dir;
}

let packDir = '';
beforeAll(() => {
  packDir = mkdtempSync(join(tmpdir(), 'ledgerlint-pack-'));
  const packed = JSON.parse(npm(ROOT, 'pack', '--json', '--ignore-scripts', '--pack-destination', packDir)) as Array<{
    filename: string;
  }>;
  tarball = join(packDir, packed[0]!.filename);
}, 120_000);
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

describe('npx ledgerlint init, then real commits', () => {
  it('sets up husky and the hook, says how to undo it, and is idempotent', () => {
    const dir = project();
    const first = npx(dir, 'ledgerlint', 'init');
    expect(first).toMatch(/✔ installed husky: core\.hooksPath is now \.husky\/_/);
    expect(first).toMatch(/✔ \.husky\/pre-commit runs `ledgerlint --staged`/);
    expect(first).toMatch(/To undo:\n {2}git config --unset core\.hooksPath/);
    expect(git(dir, 'config', 'core.hooksPath').trim()).toBe('.husky/_');
    const hook = readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8');
    expect(hook).toMatch(/^ledgerlint --staged$/m);

    const second = npx(dir, 'ledgerlint', 'init');
    expect(second).toMatch(/already runs `ledgerlint --staged`; nothing to change/);
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toBe(hook);
  }, 120_000);

  it('extends an existing hook instead of overwriting it', () => {
    const dir = project();
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky', 'pre-commit'), 'npm test\n');
    npx(dir, 'ledgerlint', 'init');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toMatch(
      /^npm test\n# ledgerlint: .*\nledgerlint --staged\n$/,
    );

    const plain = project();
    writeFileSync(join(plain, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho "old hook ran" > old-hook-ran\n', {
      mode: 0o755,
    });
    npx(plain, 'ledgerlint', 'init');
    writeFileSync(join(plain, 'ledger.md'), valid);
    git(plain, 'add', 'ledger.md');
    expect(tryCommit(plain).landed).toBe(true);
    expect(existsSync(join(plain, 'old-hook-ran'))).toBe(true);
  }, 120_000);

  it('refuses an invalid staged ledger, lets a valid one land, and judges partially staged files on what is staged', () => {
    const dir = project();
    npx(dir, 'ledgerlint', 'init');
    commit(dir, 'chore: hooks');

    writeFileSync(join(dir, 'ledger.md'), invalid);
    git(dir, 'add', 'ledger.md');
    const refused = tryCommit(dir);
    expect(refused.landed).toBe(false);
    expect(refused.output).toMatch(
      /ledger\.md\n {2}9:21 +error +Agent Sessions says 5 but the Session Log has 2 entries/,
    );

    writeFileSync(join(dir, 'ledger.md'), valid);
    git(dir, 'add', 'ledger.md');
    expect(tryCommit(dir).landed).toBe(true);

    // Staged: a valid edit. Unstaged on top: a broken one, which must survive the commit untouched.
    writeFileSync(join(dir, 'ledger.md'), validEdited);
    git(dir, 'add', 'ledger.md');
    writeFileSync(join(dir, 'ledger.md'), plant(validEdited, '**Agent Sessions:** 2', '**Agent Sessions:** 9'));
    expect(tryCommit(dir).landed).toBe(true);
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toMatch(/\*\*Agent Sessions:\*\* 9/);
    expect(git(dir, 'diff', '--name-only')).toBe('ledger.md\n');

    // And the reverse: a broken staged version under a valid working copy is refused.
    git(dir, 'add', 'ledger.md');
    writeFileSync(join(dir, 'ledger.md'), `${validEdited}- And another.\n`);
    expect(tryCommit(dir).landed).toBe(false);
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(`${validEdited}- And another.\n`);
  }, 120_000);

  it('refuses git commit -a of an invalid working copy', () => {
    const dir = project();
    npx(dir, 'ledgerlint', 'init');
    writeFileSync(join(dir, 'ledger.md'), valid);
    git(dir, 'add', 'ledger.md');
    expect(tryCommit(dir).landed).toBe(true);
    writeFileSync(join(dir, 'ledger.md'), invalid);
    const refused = tryCommit(dir, '-a');
    expect(refused.landed).toBe(false);
    expect(refused.output).toMatch(/Agent Sessions says 5/);
  }, 120_000);

  it('says what to do when HUSKY=0 keeps husky from installing', () => {
    const dir = tempDir({ 'package.json': '{}' });
    initRepo(dir);
    installLedgerlint(dir);
    let failure: { status?: number; stderr?: string } = {};
    try {
      execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'init'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, HUSKY: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(2);
    expect(failure.stderr).toBe(
      'ledgerlint: init: husky did not install the hooks: HUSKY=0 skip install (HUSKY=0 is set: unset it and run ledgerlint init again).\n',
    );
  });

  it('says what to do outside a repository', () => {
    const dir = tempDir({ 'package.json': '{}' });
    let message = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'init'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, '') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      message = (error as { stderr: string }).stderr;
      expect((error as { status: number }).status).toBe(2);
    }
    expect(message).toBe('ledgerlint: init: not in a git repository (run it where `git rev-parse` works).\n');
  });
});

describe('ledgerlint init with core.hooksPath', () => {
  const init = (cwd: string, env: NodeJS.ProcessEnv = {}) =>
    runCli(['init'], { cwd, env: { HUSKY: undefined, ...env } });

  it('extends the hook of an absolute hooks directory, and of a relative one from the top of the work tree', () => {
    const dir = tempDir();
    initRepo(dir);
    commit(dir, 'chore: start', { 'docs/a.md': 'a\n', '.gitignore': 'node_modules/\n' });
    installLedgerlint(dir);
    const hooks = tempDir({ 'pre-commit': '#!/bin/sh\nnpm test\n' });
    git(dir, 'config', 'core.hooksPath', hooks);
    const run = init(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✔ ${join(hooks, 'pre-commit')} runs \`node_modules/.bin/ledgerlint --staged\``);
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toMatch(
      /^#!\/bin\/sh\nnpm test\n# ledgerlint: .*\n.*node_modules\/\.bin\/ledgerlint --staged.*\n$/,
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');

    git(dir, 'config', 'core.hooksPath', '.githooks');
    expect(init(join(dir, 'docs')).stdout).toContain('✔ .githooks/pre-commit runs');
    expect(existsSync(join(dir, '.githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(dir, 'docs', '.githooks'))).toBe(false);
  });

  it('refuses, with exit 2 and what to do, where it cannot install', () => {
    const dir = tempDir();
    initRepo(dir);
    installLedgerlint(dir);
    // Hooks shared by every repository of the user: not this repository's to change.
    const home = tempDir({ '.gitconfig': '[core]\n\thooksPath = ~/shared-hooks\n' });
    const shared = init(dir, { HOME: home });
    expect(shared.code).toBe(2);
    expect(shared.stderr).toContain(
      `ledgerlint: init: core.hooksPath is set in your global git config to ${join(home, 'shared-hooks')}`,
    );
    expect(existsSync(join(home, 'shared-hooks'))).toBe(false);

    git(dir, 'config', 'core.hooksPath', '.githooks');
    mkdirSync(join(dir, '.githooks'));
    writeFileSync(join(dir, '.githooks', 'pre-commit'), '#!/usr/bin/env python3\nprint("checks")\n');
    expect(init(dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ledgerlint: init: .githooks/pre-commit is not a shell script, so a line cannot be added to it; make it run `node_modules/.bin/ledgerlint --staged` yourself.\n',
    });
    expect(readFileSync(join(dir, '.githooks', 'pre-commit'), 'utf8')).toBe(
      '#!/usr/bin/env python3\nprint("checks")\n',
    );

    writeFileSync(join(dir, 'not-a-dir'), 'x\n');
    git(dir, 'config', 'core.hooksPath', 'not-a-dir/hooks');
    expect(init(dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: init: cannot write not-a-dir/hooks/pre-commit: a file is in the way of its directory.\n',
    });

    writeFileSync(join(dir, '.git', 'config'), `${readFileSync(join(dir, '.git', 'config'), 'utf8')}[core\n`);
    expect(init(dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^ledgerlint: init: git cannot read the repository: fatal: bad config line \d+ in file \.git\/config\n$/,
      ),
    });
  });
});
