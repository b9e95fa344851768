/** Ticks and dates judged against the real history: tick-evidence and last-updated in repositories built here. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo, tryCommit } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { plant } from '../helpers/lint.js';

type Message = { ruleId: string; severity: number; message: string; line: number };
const findings = (run: { stdout: string }, ruleId: string): string[] =>
  (JSON.parse(run.stdout) as Array<{ messages: Message[] }>)
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId === ruleId)
    .map((m) => m.message);

const TICKED = '- [x] Task 1.1: Add the delivery_attempts table ✓';

/** The PRD fixture (PRD 04, Last Updated 2026-03-04 17:10) with Task 1.1 naming a file, listing these commits. */
function ledger(file: string, commits: string[], status = 'In Progress'): string {
  return plant(
    prdLedger({ commits, status }),
    TICKED,
    `- [x] Task 1.1: Add the delivery_attempts table in \`${file}\` ✓`,
  );
}

const listing = (sha: string) => `- \`${sha.slice(0, 7)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`;

/** Writes files and commits them with this author date; returns the commit. */
function commitOn(dir: string, date: string, message: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--date', date, '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

function repo(): string {
  const dir = tempDir();
  initRepo(dir);
  commit(dir, 'chore: start', { 'README.md': 'hello\n' });
  return dir;
}

describe('tick-evidence', () => {
  it('is silent when a listed commit touched the file the ticked task names', () => {
    const dir = repo();
    const sha = commit(dir, 'feat: add delivery_attempts table', { 'db/attempts.sql': 'create table\n' });
    writeFileSync(join(dir, 'ledger.md'), ledger('db/attempts.sql', [listing(sha)]));
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'tick-evidence')).toEqual([]);
  });

  it('is silent when an unlisted commit whose message names the task touched it', () => {
    const dir = repo();
    const listed = commit(dir, 'feat: add delivery_attempts table', { 'db/other.sql': 'x\n' });
    commit(dir, 'feat: the table itself\n\nLedger-Task: 1.1', { 'db/attempts.sql': 'create table\n' });
    writeFileSync(join(dir, 'ledger.md'), ledger('db/attempts.sql', [listing(listed)]));
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'tick-evidence')).toEqual([]);
  });

  it('warns when no commit touched the file, naming the commit that did touch it otherwise', () => {
    const dir = repo();
    const listed = commit(dir, 'feat: add delivery_attempts table', { 'db/other.sql': 'x\n' });
    const other = commit(dir, 'chore: tidy', { 'db/attempts.sql': 'create table\n' });
    writeFileSync(join(dir, 'ledger.md'), ledger('db/attempts.sql', [listing(listed)]));
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'tick-evidence')).toEqual([
      `Task 1.1 is ticked without evidence: db/attempts.sql was touched by no commit that the ledger lists (1 commit) or whose message names Task 1.1; it was last changed by ${other.slice(0, 7)}, which the ledger does not list.`,
    ]);

    // Written but never committed: still no evidence in history.
    writeFileSync(join(dir, 'db', 'new.sql'), 'x\n');
    writeFileSync(join(dir, 'ledger.md'), ledger('db/new.sql', [listing(listed)]));
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'tick-evidence')).toEqual([
      'Task 1.1 is ticked without evidence: db/new.sql was touched by no commit that the ledger lists (1 commit) or whose message names Task 1.1; no commit ever touched it.',
    ]);
  });

  it('warns when the file does not exist, even when the ledger lists no commits', () => {
    const dir = repo();
    const listed = commit(dir, 'feat: add delivery_attempts table', { 'db/other.sql': 'x\n' });
    writeFileSync(join(dir, 'ledger.md'), ledger('src/pdf.ts', [listing(listed)]));
    writeFileSync(join(dir, 'unlisted.md'), ledger('src/pdf.ts', []));
    const run = runCli(['-f', 'json', 'ledger.md', 'unlisted.md'], { cwd: dir });
    expect(findings(run, 'tick-evidence')).toEqual([
      'Task 1.1 is ticked without evidence: src/pdf.ts was touched by no commit that the ledger lists (1 commit) or whose message names Task 1.1; it does not exist in the working tree, and no commit ever touched it.',
      'Task 1.1 is ticked, but src/pdf.ts does not exist in the working tree and no commit ever touched it.',
    ]);
  });

  it('counts a listed commit no longer on the branch, and reads paths from the top when run in a subdirectory', () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'spike');
    const spike = commit(dir, 'feat: add delivery_attempts table', { 'db/attempts.sql': 'create table\n' });
    git(dir, 'checkout', '-q', 'main');
    commit(dir, 'chore: the same file, made again', { 'db/attempts.sql': 'create table\n' });
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'ledger.md'), ledger('db/attempts.sql', [listing(spike)]));
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: join(dir, 'docs') }), 'tick-evidence')).toEqual([]);
    writeFileSync(
      join(dir, 'docs', 'ledger.md'),
      ledger('db/attempts.sql', [listing(git(dir, 'rev-parse', 'HEAD~1').trim())]),
    );
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: join(dir, 'docs') }), 'tick-evidence')).toEqual([
      expect.stringMatching(/^Task 1\.1 is ticked without evidence: db\/attempts\.sql was touched by no commit/),
    ]);
  });

  it('with --staged, counts the commit being made', () => {
    const dir = repo();
    const listed = commit(dir, 'feat: add delivery_attempts table', {
      'db/other.sql': 'x\n',
      'ledger.md': prdLedger({ commits: [] }),
    });
    writeFileSync(join(dir, 'ledger.md'), ledger('db/attempts.sql', [listing(listed)]));
    writeFileSync(join(dir, 'db', 'attempts.sql'), 'create table\n');
    git(dir, 'add', 'ledger.md');
    const unstaged = runCli(['--staged', '-f', 'json'], { cwd: dir });
    expect(findings(unstaged, 'tick-evidence')).toEqual([
      expect.stringMatching(/^Task 1\.1 is ticked without evidence: db\/attempts\.sql was touched by no commit/),
    ]);
    git(dir, 'add', 'db/attempts.sql');
    expect(findings(runCli(['--staged', '-f', 'json'], { cwd: dir }), 'tick-evidence')).toEqual([]);
  });

  it('says nothing in a shallow clone, whose oldest commit looks as if it made every file', () => {
    const origin = repo();
    commit(origin, 'feat: add delivery_attempts table [PRD-04 Task 1.1]', { 'db/attempts.sql': 'create table\n' });
    commit(origin, 'feat: show attempts [PRD-04 Task 2.1]', { 'web/attempts.tsx': 'view\n' });
    const dir = join(tempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, dir);
    const text = plant(
      ledger('db/attempts.sql', []),
      '- [ ] Task 2.1: Show attempts in the dashboard',
      '- [x] Task 2.1: Show attempts in `web/attempts.tsx`',
    );
    writeFileSync(join(dir, 'ledger.md'), text);
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'tick-evidence')).toEqual([]);
    // The full history has the evidence.
    writeFileSync(join(origin, 'ledger.md'), text);
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: origin }), 'tick-evidence')).toEqual([]);
  });
});

describe('last-updated', () => {
  it('warns when the last commit that changed the ledger is newer than its Last Updated and did not update it', () => {
    const dir = repo();
    commitOn(dir, '2026-03-04T17:10:00+01:00', 'docs: ledger', { 'ledger.md': prdLedger() });
    const later = commitOn(dir, '2026-03-09T10:00:00+01:00', 'docs: a note', {
      'ledger.md': `${prdLedger()}- One more note.\n`,
    });
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'last-updated')).toEqual([
      `Last Updated 2026-03-04 17:10 is older than the last commit that changed this file, ${later.slice(0, 7)} of 2026-03-09, which did not update it.`,
    ]);
  });

  it('is silent when the date is as new as the last change, or the last change wrote it', () => {
    const dir = repo();
    commitOn(dir, '2026-03-01T09:00:00+01:00', 'docs: ledger', {
      'ledger.md': plant(prdLedger(), '2026-03-04 17:10', '2026-03-01 09:00'),
    });
    // A squash merge dated days after the edit: it writes the date itself.
    commitOn(dir, '2026-03-09T10:00:00+01:00', 'feat: retries (#12)', { 'ledger.md': prdLedger() });
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'last-updated')).toEqual([]);
    commitOn(dir, '2026-03-04T23:30:00+01:00', 'docs: a note', { 'ledger.md': `${prdLedger()}- One more note.\n` });
    expect(findings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }), 'last-updated')).toEqual([]);
  });

  it('with --staged, warns when a ledger enters a done state without updating the date', () => {
    const dir = repo();
    commitOn(dir, '2026-03-04T17:10:00+01:00', 'docs: ledger', { 'ledger.md': prdLedger() });
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ status: 'Completed' }));
    git(dir, 'add', 'ledger.md');
    // The commit being made is dated 2026-03-09 10:00 in Berlin, as git tells its hook.
    const run = runCli(['--staged', '-f', 'json'], { cwd: dir, env: { GIT_AUTHOR_DATE: '@1773046800 +0100' } });
    expect(findings(run, 'last-updated')).toEqual([
      'Status became Completed (it was In Progress in HEAD), but Last Updated still says 2026-03-04 17:10.',
    ]);
    // Marked done the day it says: nothing stale.
    expect(
      findings(
        runCli(['--staged', '-f', 'json'], { cwd: dir, env: { GIT_AUTHOR_DATE: '@1772643600 +0100' } }),
        'last-updated',
      ),
    ).toEqual([]);
  });

  it('in the pre-commit hook, judges the date against the day git gives the commit being made', () => {
    const dir = repo();
    commitOn(dir, '2026-03-04T17:10:00+01:00', 'docs: ledger', { 'ledger.md': prdLedger() });
    mkdirSync(join(dir, '.hooks'));
    // git sends a hook's output to its stderr; keep it where the test can read it.
    writeFileSync(
      join(dir, '.hooks', 'pre-commit'),
      `#!/bin/sh\nexec "${process.execPath}" "${CLI}" --staged > "${join(dir, 'hook.out')}"\n`,
      { mode: 0o755 },
    );
    git(dir, 'config', 'core.hooksPath', '.hooks');
    writeFileSync(join(dir, 'ledger.md'), `${prdLedger()}- One more note.\n`);
    git(dir, 'add', 'ledger.md');
    expect(tryCommit(dir, '--date', '2026-03-09T10:00:00+01:00').landed).toBe(true);
    expect(readFileSync(join(dir, 'hook.out'), 'utf8')).toMatch(
      /11:19 +warning +Last Updated 2026-03-04 17:10 is older than this commit, dated 2026-03-09, which changes the ledger but not the date\. +last-updated/,
    );
  });
});

describe('git processes', () => {
  it('stay a small constant however many ledgers, ticked files and dates', () => {
    const dir = repo();
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`src/f${i}.ts`] = `${i}\n`;
    const listed = commit(dir, 'feat: add delivery_attempts table', files);
    for (let n = 0; n < 30; n++) writeFileSync(join(dir, `ledger-${n}.md`), ledger(`src/f${n}.ts`, [listing(listed)]));
    commit(dir, 'docs: ledgers');
    const notes: Record<string, string> = {};
    for (let n = 0; n < 30; n++) notes[`ledger-${n}.md`] = `${ledger(`src/f${n}.ts`, [listing(listed)])}- A note.\n`;
    commitOn(dir, '2026-03-09T10:00:00+01:00', 'docs: notes', notes);
    const run = runCli(['--debug', '-f', 'json', '.'], { cwd: dir });
    expect(findings(run, 'tick-evidence')).toEqual([]);
    expect(findings(run, 'last-updated')).toHaveLength(30);
    const [, processes] = /30 ledgers checked, (\d+) git processes/.exec(run.stderr) ?? [];
    // Where the repository is; three for the listed commit; two walks of the history around HEAD; one log for the ticked files, one for the ledgers, one cat-file.
    expect(Number(processes)).toBeLessThanOrEqual(9);
  });
});
