/**
 * `ledgerlint init` with each hook manager, in real repositories: after init a commit of a
 * broken staged ledger is refused and a valid one lands; or init exits 2, says why, and leaves
 * nothing that refuses commits. ledgerlint is "installed" by a node_modules/.bin shim calling
 * the built CLI; lefthook and pre-commit run for real where they are installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { commit, git, GIT_ENV, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { plant } from '../helpers/lint.js';

const valid = prdLedger();
const invalid = plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 5');
const REFUSAL = /Agent Sessions says 5 but the Session Log has 2 entries/;
/** PATH with node, git and sh, and no ledgerlint. */
const BASE_PATH = [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter);

/** A program that runs the built CLI, as npm's bin link would. */
function shim(file: string, target = CLI): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${target}" "$@"\n`);
  chmodSync(file, 0o755);
}

function repo(files: Record<string, string> = {}): string {
  const dir = tempDir();
  initRepo(dir);
  commit(dir, 'chore: start', { '.gitignore': 'node_modules/\n', ...files });
  return dir;
}

function init(cwd: string, args: string[] = [], path = BASE_PATH) {
  return runCli(['init', ...args], { cwd, env: { HUSKY: undefined, PATH: path, HOME: cwd } });
}

/** Stages the ledger and commits through the hooks, with PATH as given; whether it landed. */
interface CommitOptions {
  path?: string;
  file?: string;
  env?: NodeJS.ProcessEnv;
}

function commitLedger(
  dir: string,
  text: string,
  { path = BASE_PATH, file = 'ledger.md', env = {} }: CommitOptions = {},
): { landed: boolean; output: string } {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
  git(dir, 'add', file);
  const before = git(dir, 'rev-parse', 'HEAD');
  const run = spawnSync('git', ['commit', '-q', '-m', 'docs: ledger'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, HOME: dir, HUSKY: undefined, PATH: path, ...env },
  });
  return { landed: git(dir, 'rev-parse', 'HEAD') !== before, output: `${run.stdout}${run.stderr}` };
}

/** The hook refuses a broken ledger and lets a valid one land. */
function expectGuards(dir: string, options: CommitOptions = {}): void {
  const refused = commitLedger(dir, invalid, options);
  expect(refused.landed).toBe(false);
  expect(refused.output).toMatch(REFUSAL);
  expect(commitLedger(dir, valid, options).landed).toBe(true);
}

describe('init without a ledgerlint the hook can call', () => {
  it('in a project without package.json: exit 2, says how to install, writes nothing, commits still land', () => {
    const dir = repo();
    const run = init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'ledgerlint: init: ledgerlint is not installed where a hook can call it (no node_modules/.bin/ledgerlint from . up to the top of the repository, and none on PATH), ' +
        'so the hook would refuse every commit; nothing was written. For a project without package.json: npm install --global ledgerlint, then run ledgerlint init again.\n',
    );
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(spawnSync('git', ['config', 'core.hooksPath'], { cwd: dir }).status).toBe(1);
    expect(commitLedger(dir, invalid).landed).toBe(true);

    // The other set-ups asked for are still done, and said.
    const withCi = init(dir, ['--ci']);
    expect(withCi.code).toBe(2);
    expect(withCi.stdout).toContain('✔ wrote .github/workflows/ledgerlint.yml');
    expect(withCi.stderr).toMatch(/^ledgerlint: init: ledgerlint is not installed where a hook can call it/);
  }, 60_000);

  it('when the call fails (a broken install): exit 2 naming the command and its failure', () => {
    const dir = repo({ 'package.json': '{ "name": "app" }\n' });
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules', '.bin', 'ledgerlint'),
      '#!/bin/sh\necho "cannot find module" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const run = init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'the hook would call ledgerlint as `node_modules/.bin/ledgerlint --version` failed (exit 1: cannot find module), and so refuse every commit; nothing was written.',
    );
    expect(existsSync(join(dir, '.husky'))).toBe(false);
  });
});

describe('init with git’s own hooks', () => {
  it('in a project without package.json, calls a ledgerlint on PATH from .git/hooks/pre-commit', () => {
    const dir = repo();
    const bin = tempDir();
    shim(join(bin, 'ledgerlint'));
    const path = `${bin}${delimiter}${BASE_PATH}`;
    const run = init(dir, [], path);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ hooks: git (no package.json and no hook manager)');
    expect(run.stdout).toContain('✔ .git/hooks/pre-commit runs `ledgerlint --staged`');
    expect(run.stdout).toContain('! the hook calls the ledgerlint on PATH (0.1.0)');
    expectGuards(dir, { path });
    // Twice: nothing changes.
    const hook = readFileSync(join(dir, '.git', 'hooks', 'pre-commit'), 'utf8');
    expect(init(dir, [], path).stdout).toContain(
      '✔ .git/hooks/pre-commit already runs `ledgerlint --staged`; nothing to change',
    );
    expect(readFileSync(join(dir, '.git', 'hooks', 'pre-commit'), 'utf8')).toBe(hook);
  }, 60_000);

  it('extends an existing hook and keeps its verdict: its own check still refuses, and a trailing exit 0 does not skip ledgerlint', () => {
    const dir = repo({ 'package.json': '{ "name": "app" }\n' });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    // The user's hook refuses unless allow-commit exists, by its last command's status, then ends.
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\ntest -f allow-commit\n', { mode: 0o755 });
    const run = init(dir);
    expect(run.stdout).toContain('✔ hooks: git (a pre-commit hook is installed)');
    expect(commitLedger(dir, valid).landed).toBe(false);
    writeFileSync(join(dir, 'allow-commit'), '');
    expectGuards(dir);

    const other = repo({ 'package.json': '{ "name": "app" }\n' });
    shim(join(other, 'node_modules', '.bin', 'ledgerlint'));
    writeFileSync(join(other, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho checked\nexit 0\n', { mode: 0o755 });
    init(other);
    expect(readFileSync(join(other, '.git', 'hooks', 'pre-commit'), 'utf8')).toMatch(
      /^#!\/bin\/sh\necho checked\n# ledgerlint: .*\n.*node_modules\/\.bin\/ledgerlint --staged.*\nexit 0\n$/,
    );
    expectGuards(other);
  }, 60_000);

  it('writes to the directory core.hooksPath names', () => {
    const dir = repo({ 'package.json': '{ "name": "app" }\n' });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    git(dir, 'config', 'core.hooksPath', '.githooks');
    const run = init(dir);
    expect(run.stdout).toContain('✔ hooks: git (core.hooksPath names the hooks directory)');
    expect(run.stdout).toContain('✔ .githooks/pre-commit runs `node_modules/.bin/ledgerlint --staged`');
    expectGuards(dir);
  }, 60_000);

  it('refuses --hooks git where husky owns the hooks directory', () => {
    const dir = repo({ 'package.json': '{ "name": "app" }\n' });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    expect(init(dir).code).toBe(0);
    expect(init(dir, ['--hooks', 'git'])).toMatchObject({
      code: 2,
      stderr:
        "ledgerlint: init: core.hooksPath is husky's (.husky/_), which husky writes anew: run ledgerlint init --hooks husky.\n",
    });
  }, 60_000);
});

describe('init with husky', () => {
  it('in a package: installs husky, adds the prepare script, guards commits, and twice changes nothing', () => {
    const dir = repo({ 'package.json': '{\n    "name": "app",\n    "scripts": { "test": "true" }\n}\n' });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    shim(join(dir, 'node_modules', '.bin', 'husky'), join(dirname(CLI), '..', 'node_modules', 'husky', 'bin.js'));
    const run = init(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'ledgerlint init:',
        '  ✔ hooks: husky (a package.json and no hook manager yet)',
        '  ✔ installed husky: core.hooksPath is now .husky/_',
        '  ✔ .husky/pre-commit runs `ledgerlint --staged`',
        '  ✔ added "prepare": "husky" to package.json: npm install sets the hook up in other clones',
        "  ✔ checked: the hook's call `node_modules/.bin/ledgerlint --version` runs ledgerlint 0.1.0",
        '',
        'To undo:',
        '  git config --unset core.hooksPath',
        '  rm -r .husky/_',
        '  remove the ledgerlint lines from .husky/pre-commit',
        '  remove the prepare script from package.json',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(
      '{\n    "name": "app",\n    "scripts": {\n        "test": "true",\n        "prepare": "husky"\n    }\n}\n',
    );
    expectGuards(dir);
    const files = ['package.json', '.husky/pre-commit'].map((f) => readFileSync(join(dir, f), 'utf8'));
    const again = init(dir);
    expect(again.stdout).toContain('✔ .husky/pre-commit already runs `ledgerlint --staged`; nothing to change');
    expect(again.stdout).not.toContain('To undo');
    expect(['package.json', '.husky/pre-commit'].map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(files);
  }, 60_000);

  it('puts the line before a trailing exit 0 in .husky/pre-commit, and moves one an older init put after it', () => {
    const dir = repo({ 'package.json': '{ "name": "app" }\n', '.husky/pre-commit': 'echo checked\nexit 0\n' });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    expect(init(dir).stdout).toContain('✔ hooks: husky (.husky is here)');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toMatch(
      /^echo checked\n# ledgerlint: .*\nledgerlint --staged\nexit 0\n$/,
    );
    expectGuards(dir);

    writeFileSync(
      join(dir, '.husky', 'pre-commit'),
      'echo checked\nexit 0\n# ledgerlint: check staged ledgers (https://github.com/ledgerlint/ledgerlint)\nledgerlint --staged\n',
    );
    expect(init(dir).stdout).toContain(
      '✔ .husky/pre-commit runs (moved before its trailing exit, after which it never ran) `ledgerlint --staged`',
    );
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toMatch(
      /^echo checked\n# ledgerlint: .*\nledgerlint --staged\nexit 0\n$/,
    );
  }, 60_000);

  it('where the project has .husky/ but this clone a hook of its own: installs husky and calls that hook first', () => {
    const dir = repo({ 'package.json': '{ "name": "app" }\n', '.husky/pre-commit': 'echo husky ran\n' });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\ntouch old-hook-ran\n', { mode: 0o755 });
    const run = init(dir);
    expect(run.stdout).toContain('✔ hooks: husky (.husky is here)');
    expect(run.stdout).toContain('✔ kept your existing .git/hooks/pre-commit: .husky/pre-commit runs it first');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toMatch(
      /^echo husky ran\n# the pre-commit hook .*\n"\$\(git rev-parse --git-common-dir\)\/hooks\/pre-commit" "\$@"\n# ledgerlint: .*\nledgerlint --staged\n$/,
    );
    expectGuards(dir);
    expect(existsSync(join(dir, 'old-hook-ran'))).toBe(true);
  }, 60_000);

  it('in a monorepo (package in web/, .git at the top): husky in web/.husky, the call made in web/', () => {
    const dir = repo({ 'web/package.json': '{ "name": "web" }\n' });
    shim(join(dir, 'web', 'node_modules', '.bin', 'ledgerlint'));
    shim(
      join(dir, 'web', 'node_modules', '.bin', 'husky'),
      join(dirname(CLI), '..', 'node_modules', 'husky', 'bin.js'),
    );
    const run = init(join(dir, 'web'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ installed husky: core.hooksPath is now web/.husky/_');
    expect(run.stdout).toContain('✔ web/.husky/pre-commit runs `(cd web && node_modules/.bin/ledgerlint --staged)`');
    expect(run.stdout).toContain('✔ added "prepare": "cd .. && husky web/.husky" to web/package.json');
    expect(run.stdout).not.toContain('not installed');
    expectGuards(dir, { file: 'docs/ledger.md' });
  }, 60_000);

  it('in a monorepo, from the top, with the package’s own ledgerlint: finds the package from the running install', () => {
    const dir = repo({ 'web/package.json': '{ "name": "web" }\n' });
    const installed = join(dir, 'web', 'node_modules', 'ledgerlint');
    cpSync(dirname(CLI), join(installed, 'dist'), { recursive: true });
    shim(join(dir, 'web', 'node_modules', '.bin', 'ledgerlint'), join(installed, 'dist', 'cli.js'));
    const run = spawnSync(process.execPath, [join(installed, 'dist', 'cli.js'), 'init', '--hooks', 'git'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: BASE_PATH, HOME: dir },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('✔ .git/hooks/pre-commit runs `(cd web && node_modules/.bin/ledgerlint --staged)`');
    expectGuards(dir);
  }, 60_000);
});

describe('init with lefthook', () => {
  const lefthook = findProgram('lefthook', process.env.LEDGERLINT_TEST_LEFTHOOK);

  it('refuses, writing nothing, when lefthook’s hook is not installed and no lefthook can install it', () => {
    const dir = repo({
      'package.json': '{ "name": "app" }\n',
      'lefthook.yml': 'pre-push:\n  commands:\n    test:\n      run: npm test\n',
    });
    shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
    const run = init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "ledgerlint: init: lefthook's git hook is not installed in this clone and no lefthook can be found to install it",
    );
    expect(readFileSync(join(dir, 'lefthook.yml'), 'utf8')).toBe(
      'pre-push:\n  commands:\n    test:\n      run: npm test\n',
    );
  });

  it.skipIf(!lefthook)(
    'merges a command into lefthook.yml, installs lefthook’s hook, and guards commits (real lefthook)',
    () => {
      const dir = repo({
        'package.json': '{ "name": "app" }\n',
        'lefthook.yml': '# ours\npre-commit:\n  commands:\n    hello:\n      run: echo hello\n',
      });
      shim(join(dir, 'node_modules', '.bin', 'ledgerlint'));
      symlinkSync(lefthook!, join(dir, 'node_modules', '.bin', 'lefthook'));
      const run = init(dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        '✔ lefthook.yml runs `node_modules/.bin/ledgerlint --staged` before commits (pre-commit › commands › ledgerlint)',
      );
      expect(run.stdout).toContain('✔ ran lefthook install: .git/hooks/pre-commit runs lefthook');
      expect(readFileSync(join(dir, 'lefthook.yml'), 'utf8')).toBe(
        '# ours\npre-commit:\n  commands:\n    hello:\n      run: echo hello\n    ledgerlint:\n      run: node_modules/.bin/ledgerlint --staged\n',
      );
      expectGuards(dir);
      expect(init(dir).stdout).toContain(
        '✔ lefthook.yml already runs ledgerlint --staged before commits; nothing to change',
      );
    },
    60_000,
  );
});

describe('init with pre-commit (pre-commit.com)', () => {
  const preCommit = findProgram('pre-commit');

  it.skipIf(!preCommit)(
    'adds a local hook to .pre-commit-config.yaml, installs pre-commit’s hook, and guards commits (real pre-commit)',
    () => {
      const config =
        'repos:\n- repo: local\n  hooks:\n  - id: hello\n    name: hello\n    entry: echo hello\n    language: system\n';
      const dir = repo({ 'web/package.json': '{ "name": "web" }\n', '.pre-commit-config.yaml': config });
      shim(join(dir, 'web', 'node_modules', '.bin', 'ledgerlint'));
      const path = `${dirname(preCommit!)}${delimiter}${BASE_PATH}`;
      const env = { HUSKY: undefined, PATH: path, HOME: dir, PRE_COMMIT_HOME: join(dir, '.git', 'pre-commit-home') };
      const run = runCli(['init'], { cwd: join(dir, 'web'), env });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('✔ hooks: pre-commit (.pre-commit-config.yaml is here)');
      expect(run.stdout).toContain(
        "✔ .pre-commit-config.yaml runs `sh -c 'cd web && node_modules/.bin/ledgerlint --staged'` (a local hook, language: system)",
      );
      expect(run.stdout).toContain(
        '! git add .pre-commit-config.yaml: pre-commit refuses commits while its config has unstaged changes',
      );
      expect(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')).toBe(
        `${config}- repo: local\n  hooks:\n  - id: ledgerlint\n    name: ledgerlint\n    entry: sh -c 'cd web && node_modules/.bin/ledgerlint --staged'\n    language: system\n    pass_filenames: false\n`,
      );
      git(dir, 'add', '.pre-commit-config.yaml');
      expectGuards(dir, { path, env: { PRE_COMMIT_HOME: env.PRE_COMMIT_HOME } });
      expect(runCli(['init'], { cwd: join(dir, 'web'), env }).stdout).toContain(
        '✔ .pre-commit-config.yaml already has a ledgerlint hook; nothing to change',
      );
    },
    120_000,
  );
});

describe('init --hooks', () => {
  it('names the managers it knows when given another', () => {
    expect(runCli(['init', '--hooks', 'lefthok'])).toMatchObject({
      code: 2,
      stderr:
        'ledgerlint: --hooks: unknown hook manager "lefthok"; did you mean lefthook? (one of husky, lefthook, pre-commit, git).\n',
    });
    expect(runCli(['--hooks', 'git'])).toMatchObject({
      code: 2,
      stderr: 'ledgerlint: --hooks goes with init: ledgerlint init --hooks git.\n',
    });
  });
});

/** A program on PATH (or the given file), for the tests that run a real hook manager. */
function findProgram(name: string, given?: string): string | null {
  if (given) return existsSync(given) ? given : null;
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}
