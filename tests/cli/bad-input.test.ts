import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { template } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { prdLedger } from '../helpers/ledgers.js';
import { commit, initRepo } from '../helpers/git.js';

const prd = prdLedger();
const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at \S+ \(|node:internal/);

describe('bad input gets a clear message naming the path, and the other files are still checked', () => {
  it('a binary file', () => {
    const dir = tempDir({
      'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'ok.md': prd,
    });
    const run = runCli(['image.md', 'ok.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /image\.md\n {2}3:1 +error +This is a binary file \(it contains NUL bytes\), not a markdown ledger\.\n/,
    );
    expect(run.stdout).not.toMatch(/ok\.md/);
    noTrace(run.stderr);
  });

  it('invalid UTF-8, reported at the bad byte, whatever the line endings', () => {
    const withBadByte = (text: string) =>
      Buffer.concat([Buffer.from(text.slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(40))]);
    const dir = tempDir({ 'latin.md': withBadByte(prd), 'mac.md': withBadByte(prd.replace(/\n/g, '\r')) });
    const run = runCli(['latin.md', 'mac.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /latin\.md\n {2}3:4 +error +The file is not valid UTF-8 \(byte 0xC3 at offset 40\); save it as UTF-8 to have it checked\./,
    );
    expect(run.stdout).toMatch(
      /mac\.md\n {2}3:4 +error +The file is not valid UTF-8 \(byte 0xC3 at offset 40\); save it as UTF-8 to have it checked\./,
    );
  });

  it('a BOM, CRLF and lone CR (old Mac) line endings change nothing', () => {
    const lf = template('prd-ledger.md');
    const dir = tempDir({
      'lf.md': lf,
      'crlf.md': `\uFEFF${lf.replace(/\n/g, '\r\n')}`,
      'cr.md': lf.replace(/\n/g, '\r'),
    });
    // Fix ranges are offsets, which line endings move; everything else must match.
    const findings = (file: string) => {
      const run = runCli(['-f', 'json', file], { cwd: dir });
      return (JSON.parse(run.stdout) as Array<{ messages: Array<{ fix?: unknown }> }>)[0]!.messages.map(
        ({ fix: _offsets, ...m }) => m,
      );
    };
    const expected = findings('lf.md');
    expect(expected.length).toBeGreaterThan(0);
    expect(findings('crlf.md')).toEqual(expected);
    expect(findings('cr.md')).toEqual(expected);
  });

  it('an empty file', () => {
    const dir = tempDir({ 'empty.md': '', 'blank.md': '\n\n  \n' });
    expect(runCli(['empty.md', 'blank.md'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '',
      stderr:
        'ledgerlint: blank.md: the file is empty; nothing to check.\nledgerlint: empty.md: the file is empty; nothing to check.\n',
    });
  });

  it('a 10 MB ledger is refused quickly, a 10 MB document that is no ledger is skipped', () => {
    const tasks = '- [ ] Task 1.1: pad the file with a long task list to make it huge\n'.repeat(160_000);
    const dir = tempDir({
      'huge.md': `${prd}\n${tasks}`,
      'notes.md': `# Meeting notes\n\n${'Lorem ipsum dolor sit amet. '.repeat(380_000)}`,
    });
    const started = Date.now();
    const run = runCli(['huge.md', 'notes.md'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /huge\.md\n {2}1:1 +error +The file is 10\.\d MB, over the 1\.0 MB limit for a ledger \(maxFileSize\); it was not checked\./,
    );
    expect(run.stdout).not.toMatch(/notes\.md/);
  });

  it('400,000 tasks: over the size limit, and over the markup budget when the limit is raised', () => {
    const tasks = Array.from({ length: 400_000 }, (_, i) => `- [ ] Task 1.${i + 1}: t`).join('\n');
    const huge = prd.replace('- [ ] Task 2.1: Show attempts in the dashboard', tasks);
    const dir = tempDir({
      'tasks.md': huge,
      'raised/tasks.md': huge,
      'raised/ledgerlint.config.json': '{ "maxFileSize": 50000000 }',
    });
    const started = Date.now();
    const limited = runCli(['tasks.md'], { cwd: dir });
    expect(limited.code).toBe(1);
    expect(limited.stdout).toMatch(
      / {2}1:1 +error +The file is 8\.7 MB, over the 1\.0 MB limit for a ledger \(maxFileSize\); it was not checked\./,
    );
    // micromark would hold gigabytes for these; the budget refuses them at the line where it runs out.
    const raised = runCli(['tasks.md'], { cwd: join(dir, 'raised') });
    expect(raised.code).toBe(1);
    expect(raised.stdout).toMatch(
      / {2}\d{4,5}:1 +error +The file holds more markup than any ledger \(lines, list items, table rows, links, emphasis, entities, setext headings: over 60,000 units by this line\); parsing it would take too much time and memory, so it was not checked\./,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    noTrace(limited.stderr + raised.stderr);
  });

  it('setext headings, blank lines, hard breaks and character references by the thousand: refused unparsed, each naming its file', () => {
    const notes = (body: string) => prd.replace('## Notes\n', `## Notes\n\n${body}\n`);
    // Unguarded, the setext file took minutes and the blank lines gigabytes.
    const dir = tempDir({
      'setext.md': notes('a\n=\n'.repeat(10_000)),
      'blank.md': notes('\n'.repeat(200_000)),
      'breaks.md': notes('a  \n'.repeat(100_000)),
      'entities.md': notes('&amp;'.repeat(100_000)),
    });
    const run = runCli(['setext.md', 'blank.md', 'breaks.md', 'entities.md'], { cwd: dir });
    expect(run.code).toBe(1);
    for (const file of ['setext.md', 'blank.md', 'breaks.md', 'entities.md']) {
      expect(run.stdout).toMatch(
        new RegExp(`${file.replace('.', '\\.')}\n {2}\\d+:1 +error +The file holds more markup than any ledger `),
      );
    }
    noTrace(run.stderr);
  });

  it('lists nested thousands deep', () => {
    const dir = tempDir({ 'deep.md': `${prd}\n${'- '.repeat(3000)}x\n` });
    const run = runCli(['deep.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /\d+:1 +error +Lists or quotes nest deeper than 100 levels here; a ledger never does, so the file was not checked\./,
    );
    noTrace(run.stderr);
  });

  it('a path that does not exist: exit 2, the rest still checked', () => {
    const dir = tempDir({ 'ok.md': template('feature-ledger.md') });
    const run = runCli(['missing.md', 'ok.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ledgerlint: missing.md: no such file or directory.\n');
    expect(run.stdout).toMatch(/ok\.md\n/);
  });

  it('a glob that matches nothing', () => {
    const dir = tempDir({ 'ok.md': prd });
    expect(runCli(['ledgers/**/*.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: ledgers/**/*.md: no files match this pattern.\n',
    });
  });

  it('a directory named x.md is walked like any directory', () => {
    const dir = tempDir({ 'x.md/inner.md': template('feature-ledger.md') });
    mkdirSync(join(dir, 'empty.md'));
    const run = runCli(['x.md', 'empty.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/x\.md\/inner\.md\n/);
    expect(run.stderr).toBe('ledgerlint: empty.md: no markdown files in this directory.\n');
  });

  it('an unreadable file', () => {
    const dir = tempDir({ 'secret.md': prd, 'ok.md': template('feature-ledger.md') });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'ok.md'), 0o644);
    chmodSync(join(dir, 'secret.md'), 0o000);
    // root reads anything; run as nobody there, as a user would be.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = runCli(['secret.md', 'ok.md'], { cwd: dir, ...asUser });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ledgerlint: secret.md: permission denied.\n');
    expect(run.stdout).toMatch(/ok\.md\n/);
  });

  it('symlink loops neither hang a directory walk nor crash', () => {
    const dir = tempDir({ 'ledgers/ok.md': prd });
    symlinkSync('.', join(dir, 'ledgers', 'again'));
    symlinkSync('loop.md', join(dir, 'ledgers', 'loop.md'));
    expect(runCli(['ledgers'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    const named = runCli(['ledgers/loop.md'], { cwd: dir });
    expect(named).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: ledgers/loop.md: too many levels of symbolic links (a symlink loop).\n',
    });
  });

  it('a file outside the working directory', () => {
    const outside = tempDir({ 'far.md': template('feature-ledger.md') });
    const here = tempDir({});
    const run = runCli([join(outside, 'far.md')], { cwd: here });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\.\.\/ledgerlint-test-\w+\/far\.md\n/);
  });

  it("a ledger outside the repository is checked, but not against this repository's commits and files", () => {
    const repo = tempDir({});
    initRepo(repo);
    const sha = commit(repo, 'feat: add delivery_attempts table');
    const inside = prdLedger({
      commits: [`- \`${sha.slice(0, 7)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`],
      keyFiles: ['- `../../etc/passwd` - not ours'],
    });
    writeFileSync(join(repo, 'inside.md'), inside);
    const elsewhere = tempDir({
      'far.md': prdLedger({
        commits: ['- `0123456789abcdef0123456789abcdef01234567` - feat: from another project [PRD-04 Task 1.1]'],
        keyFiles: ["- `src/not/here.ts` - another project's file"],
      }),
    });
    const run = runCli(['inside.md', join(elsewhere, 'far.md')], { cwd: repo });
    expect(run.stderr).toMatch(
      /^ledgerlint: \.\.\/ledgerlint-test-\w+\/far\.md: outside the repository at .*, so linked commits and key files were not checked\.\n$/,
    );
    expect(run.stdout).toMatch(
      /inside\.md\n.*Key file \.\.\/\.\.\/etc\/passwd is outside the repository; key files are repository paths\. +key-files\n/,
    );
    expect(run.stdout).not.toMatch(/does not exist/);
    expect(run.code).toBe(0);
  });

  it('a named pipe is refused, not waited on', () => {
    const dir = tempDir({ 'ok.md': prd });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const started = Date.now();
    expect(runCli(['pipe.md', 'ok.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: pipe.md: not a regular file (a pipe, socket or device); not read.\n',
    });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  // Config files that are invalid JSON or YAML, or hold an unknown key: tests/cli/config.test.ts.

  it('an internal error says so without a stack trace, which --debug shows', () => {
    const dir = tempDir({ 'ledger.md': prd });
    writeFileSync(
      join(dir, 'ledgerlint.config.mjs'),
      'export default { get rules() { throw new TypeError("kaboom"); } };\n',
    );
    const run = runCli(['ledger.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ledgerlint: /);
    noTrace(run.stderr);
    const debug = runCli(['--debug', 'ledger.md'], { cwd: dir });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
