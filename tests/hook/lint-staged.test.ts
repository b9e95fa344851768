/**
 * lint-staged (and pre-commit's hooks) name the staged files: `"*.md": "ledgerlint"`. Inside a
 * commit hook those files are checked as --staged checks them, against HEAD; anywhere else, and
 * with anything but staged files named, a run stays on the working tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { commit, git, GIT_ENV, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

const TRANSITION = 'Status may not go from In Progress (in HEAD) to Not Started';

/** A repository whose ledger is In Progress at HEAD and Not Started in the index. */
function reopened(): string {
  const dir = tempDir();
  initRepo(dir);
  commit(dir, 'docs: ledger', { 'docs/ledger.md': prdLedger(), '.gitignore': 'node_modules/\n' });
  writeFileSync(join(dir, 'docs', 'ledger.md'), prdLedger({ status: 'Not Started' }));
  git(dir, 'add', 'docs/ledger.md');
  return dir;
}

describe('a file list inside a commit hook', () => {
  it('is checked as --staged checks it, against HEAD, and says so with --verbose', () => {
    const dir = reopened();
    const index = join(dir, '.git', 'index');
    const run = runCli(['--verbose', join(dir, 'docs', 'ledger.md')], { cwd: dir, env: { GIT_INDEX_FILE: index } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(TRANSITION);
    expect(run.stderr).toContain(
      'ledgerlint: in a git commit hook, every file named is staged: checking what is staged, against HEAD, as --staged does.\n',
    );
    // Whether every name is staged is read from the index listing the --staged run makes anyway:
    // counted by a git on PATH that notes each start, as no count inside ledgerlint could miss one.
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = join(dir, 'node_modules', 'counting-git');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'git'), `#!/bin/sh\necho started >> "$LEDGERLINT_TEST_GIT_STARTS"\nexec ${realGit} "$@"\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const starts = (args: string[]) => {
      const log = join(dir, 'node_modules', `starts-${args.length}`);
      writeFileSync(log, '');
      const env = {
        GIT_INDEX_FILE: index,
        LEDGERLINT_TEST_GIT_STARTS: log,
        PATH: `${bin}${delimiter}${process.env.PATH}`,
      };
      runCli(args, { cwd: dir, env });
      return execFileSync('wc', ['-l', log], { encoding: 'utf8' }).trim().split(' ')[0];
    };
    expect(starts(['docs/ledger.md'])).toBe(starts(['--staged', 'docs/ledger.md']));
    // pre-commit passes names relative to the top; git may give the index relative to it too.
    expect(runCli(['docs/ledger.md'], { cwd: dir, env: { GIT_INDEX_FILE: '.git/index' } }).stdout).toContain(
      TRANSITION,
    );
  });

  it('stays on the working tree outside a hook, or with a directory or an unstaged file named', () => {
    const dir = reopened();
    const index = join(dir, '.git', 'index');
    expect(runCli(['docs/ledger.md'], { cwd: dir }).stdout).not.toContain('HEAD');
    expect(runCli(['docs'], { cwd: dir, env: { GIT_INDEX_FILE: index } }).stdout).not.toContain('HEAD');
    writeFileSync(join(dir, 'other.md'), prdLedger());
    const mixed = runCli(['--verbose', 'docs/ledger.md', 'other.md'], { cwd: dir, env: { GIT_INDEX_FILE: index } });
    expect(mixed.stdout).not.toContain('HEAD');
    expect(mixed.stderr).not.toContain('every file named is staged');
  });
});

describe('real lint-staged', () => {
  const lintStaged = process.env.LEDGERLINT_TEST_LINT_STAGED ?? onPath('lint-staged');

  it.skipIf(!lintStaged)(
    'refuses the reopened ledger with "*.md": "ledgerlint" and with "*.md": "ledgerlint --staged", and lets a valid one land',
    () => {
      for (const task of ['ledgerlint', 'ledgerlint --staged']) {
        const dir = reopened();
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', 'lint-staged': { '*.md': task } }));
        const bin = join(dir, 'node_modules', '.bin');
        mkdirSync(bin, { recursive: true });
        writeFileSync(join(bin, 'ledgerlint'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
        chmodSync(join(bin, 'ledgerlint'), 0o755);
        writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\nexec "${lintStaged}"\n`, { mode: 0o755 });
        const attempt = () => {
          const before = git(dir, 'rev-parse', 'HEAD');
          const run = spawnSync('git', ['commit', '-q', '-m', 'docs: ledger'], {
            cwd: dir,
            encoding: 'utf8',
            env: {
              ...process.env,
              ...GIT_ENV,
              HOME: dir,
              PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
            },
          });
          return { landed: git(dir, 'rev-parse', 'HEAD') !== before, output: `${run.stdout}${run.stderr}` };
        };
        const refused = attempt();
        expect(refused.landed, task).toBe(false);
        expect(refused.output, task).toContain(TRANSITION);
        writeFileSync(join(dir, 'docs', 'ledger.md'), prdLedger({ status: 'Blocked' }));
        git(dir, 'add', 'docs/ledger.md');
        expect(attempt().landed, task).toBe(true);
      }
    },
    120_000,
  );
});

function onPath(name: string): string | null {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}
