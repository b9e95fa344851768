import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plant } from '../helpers/lint.js';
import { prdLedger } from '../helpers/ledgers.js';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo, tryCommit } from '../helpers/git.js';

const valid = prdLedger({ keyFiles: ['- `src/webhooks/retry.ts` - Retry scheduling'] });
const invalid = plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 5');
// Valid too, but a change from `valid`, so that there is something to commit.
const validEdited = `${valid}- One more note.\n`;

function repo(files: Record<string, string> = {}): string {
  const dir = tempDir();
  initRepo(dir);
  commit(dir, 'chore: start', { 'README.md': 'hi\n', 'src/webhooks/retry.ts': 'x\n', ...files });
  return dir;
}

function installHook(dir: string): void {
  mkdirSync(join(dir, '.hooks'));
  writeFileSync(join(dir, '.hooks', 'pre-commit'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" --staged\n`);
  chmodSync(join(dir, '.hooks', 'pre-commit'), 0o755);
  git(dir, 'config', 'core.hooksPath', '.hooks');
}

describe('ledgerlint --staged', () => {
  it('judges what is staged, not the working copy, and leaves unstaged edits alone', () => {
    const dir = repo();
    writeFileSync(join(dir, 'ledger.md'), invalid);
    git(dir, 'add', 'ledger.md');
    writeFileSync(join(dir, 'ledger.md'), valid);
    const refused = runCli(['--staged'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /ledger\.md\n {2}9:21 +error +Agent Sessions says 5 but the Session Log has 2 entries/,
    );
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(valid);

    git(dir, 'add', 'ledger.md');
    writeFileSync(join(dir, 'ledger.md'), invalid);
    expect(runCli(['--staged'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(invalid);
    expect(git(dir, 'diff', '--name-only')).toBe('ledger.md\n');
  });

  it('checks only staged ledgers, under their new name when renamed', () => {
    const dir = repo({ 'old.md': valid, 'other.md': invalid });
    git(dir, 'mv', 'old.md', 'renamed.md');
    writeFileSync(join(dir, 'renamed.md'), invalid);
    git(dir, 'add', 'renamed.md');
    const run = runCli(['--staged', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual([
      join(dir, 'renamed.md'),
    ]);
  });

  it('narrows to the paths given', () => {
    const dir = repo();
    writeFileSync(join(dir, 'a.md'), invalid);
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'b.md'), invalid);
    git(dir, 'add', '.');
    const run = runCli(['--staged', '-f', 'json', 'docs'], { cwd: dir });
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual([
      join(dir, 'docs', 'b.md'),
    ]);
  });

  it('looks key files up in the index', () => {
    const dir = repo();
    writeFileSync(join(dir, 'src', 'webhooks', 'untracked.ts'), 'y\n');
    writeFileSync(
      join(dir, 'ledger.md'),
      plant(
        valid,
        '- `src/webhooks/retry.ts` - Retry scheduling',
        '- `src/webhooks/retry.ts:1` - Retry scheduling\n- `src/webhooks/untracked.ts` - not added\n- `src/webhooks/retry.ts:3` - past the end',
      ),
    );
    git(dir, 'add', 'ledger.md');
    const run = runCli(['--staged'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /warning +Key file src\/webhooks\/untracked\.ts does not exist in the index\. +key-files/,
    );
    expect(run.stdout).toMatch(
      /warning +src\/webhooks\/retry\.ts:3 points past the end of src\/webhooks\/retry\.ts, which has 1 line\. +key-files/,
    );
  });

  it('works before the first commit', () => {
    const dir = tempDir();
    initRepo(dir);
    writeFileSync(join(dir, 'ledger.md'), invalid);
    git(dir, 'add', 'ledger.md');
    expect(runCli(['--staged'], { cwd: dir }).code).toBe(1);
  });

  it('reads each staged file by its object id, whatever its name holds (0:, 2:, a newline)', () => {
    // `:0:g.md` would be stage 0 of g.md, and a newline cannot be asked for on cat-file's stdin.
    const dir = repo({ 'g.md': valid, 'x.md': valid });
    for (const name of ['0:g.md', '2:x.md', 'new\nline.md']) writeFileSync(join(dir, name), invalid);
    git(dir, 'add', '.');
    const run = runCli(['--staged', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(results.map((r) => [r.filePath, r.errorCount])).toEqual(
      ['0:g.md', '2:x.md', 'new\nline.md'].map((name) => [join(dir, name), 1]),
    );
  });

  it('checks a ledger staged in place of a symbolic link, and skips links staged under a ledger name', () => {
    const dir = repo({ 'target.md': valid });
    symlinkSync('target.md', join(dir, 'ledger.md'));
    git(dir, 'add', 'ledger.md');
    expect(runCli(['--staged'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    git(dir, 'commit', '-q', '-m', 'docs: link');
    rmSync(join(dir, 'ledger.md'));
    writeFileSync(join(dir, 'ledger.md'), invalid);
    git(dir, 'add', 'ledger.md');
    expect(runCli(['--staged'], { cwd: dir }).stdout).toMatch(/Agent Sessions says 5/);
  });

  it('looks key files up in the whole index when run from a subdirectory', () => {
    const dir = repo();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(
      join(dir, 'docs', 'ledger.md'),
      plant(valid, '- `src/webhooks/retry.ts` - Retry scheduling', '- `src/webhooks/retry.ts:2` - Retry scheduling'),
    );
    git(dir, 'add', '.');
    expect(runCli(['--staged'], { cwd: join(dir, 'docs') }).stdout).toMatch(
      /src\/webhooks\/retry\.ts:2 points past the end of src\/webhooks\/retry\.ts, which has 1 line\./,
    );
  });

  it('needs a repository', () => {
    const dir = tempDir({ 'ledger.md': valid });
    expect(runCli(['--staged'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, '') } })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --staged: not in a git repository, so there is no index to read.\n',
    });
  });
});

describe('as a pre-commit hook', () => {
  it('refuses a commit with an invalid staged ledger and lets a valid one land', () => {
    const dir = repo();
    installHook(dir);
    writeFileSync(join(dir, 'ledger.md'), invalid);
    git(dir, 'add', 'ledger.md');
    const refused = tryCommit(dir);
    expect(refused.landed).toBe(false);
    expect(refused.output).toMatch(/Agent Sessions says 5/);
    writeFileSync(join(dir, 'ledger.md'), valid);
    git(dir, 'add', 'ledger.md');
    expect(tryCommit(dir).landed).toBe(true);
  });

  it('reads the index git commit -a prepares (GIT_INDEX_FILE), not the one on disk', () => {
    const dir = repo({ 'ledger.md': valid });
    installHook(dir);
    // The real index holds a valid ledger; the working copy, which -a commits, is invalid.
    writeFileSync(join(dir, 'ledger.md'), invalid);
    expect(tryCommit(dir, '-a').landed).toBe(false);
    // And the other way round: an invalid staged ledger, a valid working copy committed by -a.
    git(dir, 'add', 'ledger.md');
    writeFileSync(join(dir, 'ledger.md'), validEdited);
    expect(tryCommit(dir, '-a').landed).toBe(true);
  });

  it('refuses a ledger staged under a name git would read as another index entry', () => {
    const dir = repo({ 'g.md': valid });
    installHook(dir);
    writeFileSync(join(dir, '0:g.md'), invalid);
    git(dir, 'add', '0:g.md');
    expect(tryCommit(dir).landed).toBe(false);
  });

  it('reads the index git commit <path> prepares', () => {
    const dir = repo({ 'ledger.md': valid });
    installHook(dir);
    writeFileSync(join(dir, 'ledger.md'), invalid);
    expect(tryCommit(dir, 'ledger.md').landed).toBe(false);
    git(dir, 'add', 'ledger.md');
    writeFileSync(join(dir, 'ledger.md'), validEdited);
    expect(tryCommit(dir, 'ledger.md').landed).toBe(true);
  });
});
