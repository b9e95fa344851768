/** --fix, --fix-dry-run and --staged --fix through the built CLI, on real files and a real index. */
import { chmodSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { plant } from '../helpers/lint.js';

const valid = prdLedger();
const drifted = plant(
  plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 4'),
  '- **Phase 1:** 50% complete (1/2 tasks done)',
  '- **Phase 1:** 80% complete (4/5 tasks done)',
);

describe('ledgerlint --fix', () => {
  it('writes the derived numbers back and reports only what is left', () => {
    const dir = tempDir({ 'ledger.md': drifted });
    const run = runCli(['--fix', 'ledger.md'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(valid);
    expect(runCli(['--fix', 'ledger.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('says in stylish output what --fix can fix', () => {
    const dir = tempDir({ 'ledger.md': drifted });
    expect(runCli(['ledger.md'], { cwd: dir }).stdout).toMatch(
      / {2}2 errors and 0 warnings potentially fixable with the `--fix` option\./,
    );
  });

  it('prints a unified diff with --fix-dry-run and writes nothing', () => {
    const dir = tempDir({ 'ledger.md': drifted });
    const run = runCli(['--fix-dry-run', 'ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^--- a\/ledger\.md\n\+\+\+ b\/ledger\.md\n@@ /);
    expect(run.stdout).toContain('-**Agent Sessions:** 4\n+**Agent Sessions:** 2\n');
    expect(run.stdout).toContain(
      '-- **Phase 1:** 80% complete (4/5 tasks done)\n+- **Phase 1:** 50% complete (1/2 tasks done)\n',
    );
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(drifted);
  });

  it('keeps a BOM and CRLF line endings', () => {
    const dir = tempDir({ 'ledger.md': `\uFEFF${drifted.replace(/\n/g, '\r\n')}` });
    runCli(['--fix', 'ledger.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(`\uFEFF${valid.replace(/\n/g, '\r\n')}`);
  });

  it('fixes the file a symbolic link inside the work tree leads to, and refuses one leading outside', () => {
    const outside = tempDir({ 'far.md': drifted });
    const dir = tempDir({ 'ledgers/target.md': drifted });
    symlinkSync('ledgers/target.md', join(dir, 'link.md'));
    symlinkSync(join(outside, 'far.md'), join(dir, 'far.md'));
    const run = runCli(['--fix', 'link.md', 'far.md'], { cwd: dir });
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'ledgers', 'target.md'), 'utf8')).toBe(valid);
    expect(readFileSync(join(outside, 'far.md'), 'utf8')).toBe(drifted);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /Agent Sessions says 4 .*\(Not fixed: far\.md is a symbolic link to a file outside the work tree\.\)/,
    );
    expect(run.stdout).not.toMatch(/link\.md/);
  });

  it('leaves read-only files alone, says so, and fixes the others, also in a directory it may not write', () => {
    const dir = tempDir({ 'ledgers/a.md': drifted, 'ledgers/b.md': drifted });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'ledgers', 'a.md'), 0o666);
    chmodSync(join(dir, 'ledgers', 'b.md'), 0o444);
    chmodSync(join(dir, 'ledgers'), 0o555);
    // root writes anything; run as nobody there, as a user would be.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = runCli(['--fix', 'ledgers'], { cwd: dir, ...asUser });
    chmodSync(join(dir, 'ledgers'), 0o755);
    expect(readFileSync(join(dir, 'ledgers', 'a.md'), 'utf8')).toBe(valid);
    expect(readFileSync(join(dir, 'ledgers', 'b.md'), 'utf8')).toBe(drifted);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Agent Sessions says 4 .*\(Not fixed: ledgers\/b\.md is read-only\.\)/);
    expect(run.stdout).not.toMatch(/ledgers\/a\.md/);
  });

  it('checks and fixes a ledger with lone CR (old Mac) line endings, keeping them', () => {
    const dir = tempDir({ 'ledger.md': drifted.replace(/\n/g, '\r') });
    expect(runCli(['ledger.md'], { cwd: dir }).code).toBe(1);
    expect(runCli(['--fix', 'ledger.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(valid.replace(/\n/g, '\r'));
  });
});

describe('ledgerlint --staged --fix', () => {
  function repo(): string {
    const dir = tempDir();
    initRepo(dir);
    commit(dir, 'docs: ledger', { 'ledger.md': valid });
    return dir;
  }

  it('fixes a fully staged ledger and stages the fix', () => {
    const dir = repo();
    writeFileSync(join(dir, 'ledger.md'), drifted);
    git(dir, 'add', 'ledger.md');
    expect(runCli(['--staged', '--fix'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(valid);
    expect(git(dir, 'show', ':ledger.md')).toBe(valid);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('stages exactly the bytes it fixed, not an edit made before it stages them', () => {
    const dir = repo();
    writeFileSync(join(dir, 'ledger.md'), drifted);
    chmodSync(join(dir, 'ledger.md'), 0o755);
    git(dir, 'add', 'ledger.md');
    // A git that lets another writer in just before anything is staged.
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    const real = git(dir, '--exec-path').trim();
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\ncase " $* " in *" add "*|*" update-index "*) echo "PRIVATE DRAFT" >> "${join(dir, 'ledger.md')}";; esac\nexec "${real}/git" "$@"\n`,
      { mode: 0o755 },
    );
    const run = runCli(['--staged', '--fix'], { cwd: dir, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(git(dir, 'show', ':ledger.md')).toBe(valid);
    expect(git(dir, 'ls-files', '-s', 'ledger.md')).toMatch(/^100755 /);
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(`${valid}PRIVATE DRAFT\n`);
  });

  it('fixes a ledger checked out with CRLF line ends under core.autocrlf, and stages it with LF', () => {
    const dir = repo();
    git(dir, 'config', 'core.autocrlf', 'true');
    writeFileSync(join(dir, 'ledger.md'), drifted.replace(/\n/g, '\r\n'));
    git(dir, 'add', 'ledger.md');
    expect(runCli(['--staged', '--fix'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(valid.replace(/\n/g, '\r\n'));
    expect(git(dir, 'show', ':ledger.md')).toBe(valid);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('leaves the fix in the index git keeps after git commit <path>', () => {
    const dir = repo();
    writeFileSync(
      join(dir, '.git', 'hooks', 'pre-commit'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(process.cwd(), 'dist', 'cli.js')}" --staged --fix\n`,
      { mode: 0o755 },
    );
    writeFileSync(join(dir, 'ledger.md'), drifted);
    git(dir, 'commit', '-q', '-m', 'docs: ledger', 'ledger.md');
    expect(git(dir, 'show', 'HEAD:ledger.md')).toBe(valid);
    expect(git(dir, 'show', ':ledger.md')).toBe(valid);
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(valid);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('fails, saying why, when the fix cannot be staged', () => {
    const dir = repo();
    writeFileSync(join(dir, 'ledger.md'), drifted);
    git(dir, 'add', 'ledger.md');
    // Another git process holds the index.
    writeFileSync(join(dir, '.git', 'index.lock'), '');
    const run = runCli(['--staged', '--fix'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^ledgerlint: the fixed ledgers were written but could not be staged \(.*index\.lock.*\); stage them, or run the commit again\.\n$/s,
    );
  });

  it('rewrites nothing in a partially staged ledger and says how to fix it', () => {
    const dir = repo();
    writeFileSync(join(dir, 'ledger.md'), drifted);
    git(dir, 'add', 'ledger.md');
    const working = `${drifted}- An unstaged note.\n`;
    writeFileSync(join(dir, 'ledger.md'), working);
    const run = runCli(['--staged', '--fix'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /Agent Sessions says 4 but the Session Log has 2 entries .*\(Not fixed: ledger\.md has unstaged changes; run ledgerlint --fix ledger\.md, then stage it\.\)/,
    );
    expect(readFileSync(join(dir, 'ledger.md'), 'utf8')).toBe(working);
    expect(git(dir, 'show', ':ledger.md')).toBe(drifted);
  });
});

describe('status transitions in the hook', () => {
  const completed = plant(valid, '**Status:** In Progress', '**Status:** Completed');

  function hooked(): string {
    const dir = tempDir();
    initRepo(dir);
    commit(dir, 'docs: ledger', { 'ledger.md': valid });
    writeFileSync(
      join(dir, '.git', 'hooks', 'pre-commit'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(process.cwd(), 'dist', 'cli.js')}" --staged\n`,
      { mode: 0o755 },
    );
    return dir;
  }

  function tryCommit(dir: string): { landed: boolean; output: string } {
    const before = git(dir, 'rev-parse', 'HEAD');
    let output = '';
    try {
      output = git(dir, 'commit', '-q', '-am', 'docs: status');
    } catch (error) {
      output = `${(error as { stdout: string }).stdout}${(error as { stderr: string }).stderr}`;
    }
    return { landed: git(dir, 'rev-parse', 'HEAD') !== before, output };
  }

  it('refuses a commit that flips Status to Completed early, and says what is still open', () => {
    const dir = hooked();
    writeFileSync(join(dir, 'ledger.md'), completed);
    const refused = tryCommit(dir);
    expect(refused.landed).toBe(false);
    expect(refused.output).toMatch(
      /error +Status is Completed but Task 1\.2 is open: Schedule retries with backoff \(IN PROGRESS\)\. +completion-gate/,
    );
    expect(refused.output).toMatch(
      /error +Status is Completed but "All tests pass" in Before Marking Complete is not ticked\. +completion-gate/,
    );
  });

  it('refuses a status jump the state machine forbids, and warns when Completed is left', () => {
    const dir = hooked();
    writeFileSync(join(dir, 'ledger.md'), plant(valid, '**Status:** In Progress', '**Status:** Not Started'));
    const refused = tryCommit(dir);
    expect(refused.landed).toBe(false);
    expect(refused.output).toMatch(
      /error +Status may not go from In Progress \(in HEAD\) to Not Started: from In Progress it may move to Blocked or Completed\. +status-transition/,
    );

    const done = tempDir();
    initRepo(done);
    const ready = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'clean', 'prd-completed.md'), 'utf8');
    // The fixture's commits and files are not in this repository: only the transition matters here.
    const config = JSON.stringify({ rules: { 'commit-exists': 'off', 'key-files': 'off' } });
    commit(done, 'docs: done', { 'ledger.md': ready, '.ledgerlintrc.json': config });
    writeFileSync(
      join(done, '.git', 'hooks', 'pre-commit'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(process.cwd(), 'dist', 'cli.js')}" --staged --quiet\n`,
      { mode: 0o755 },
    );
    writeFileSync(join(done, 'ledger.md'), plant(ready, '**Status:** Completed', '**Status:** In Progress'));
    git(done, 'add', 'ledger.md');
    expect(runCli(['--staged'], { cwd: done }).stdout).toMatch(
      /warning +Status leaves Completed \(it was Completed in HEAD, now In Progress\); reopening done work deserves a note in the ledger\. +status-transition/,
    );
    expect(tryCommit(done).landed).toBe(true);
    // Without an earlier version to compare with, a plain run has nothing to say about transitions.
    expect(runCli(['ledger.md'], { cwd: done }).stdout).not.toMatch(/status-transition/);
  });
});
