/** Where the report goes and how it looks: -o, --color / --no-color, and paths GitHub can place. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plant, template } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { runnerCommands } from '../helpers/workflow-commands.js';

const prd = prdLedger();
const failing = plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3');
const ESC = /\u001b\[/;

describe('-o, --output-file', () => {
  it('writes the report to the file, making its directories, prints nothing of it, and keeps the exit code', () => {
    const dir = tempDir({ 'L.md': failing });
    const run = runCli(['-f', 'json', '-o', 'out/reports/lint.json', 'L.md'], { cwd: dir });
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'out/reports/lint.json'), 'utf8'))).toEqual([
      expect.objectContaining({ filePath: join(dir, 'L.md'), errorCount: 1 }),
    ]);
    const clean = runCli(['--output-file', 'out/reports/lint.json', 'L.md'], { cwd: tempDir({ 'L.md': prd }) });
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('leaves no stale report: a clean stylish run empties the file', () => {
    const dir = tempDir({ 'L.md': prd, 'report.txt': 'old findings\n' });
    expect(runCli(['-o', 'report.txt', 'L.md'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('');
  });

  it('writes no colour unless --color, whatever the environment', () => {
    const dir = tempDir({ 'L.md': failing });
    expect(runCli(['-o', 'r.txt', 'L.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).code).toBe(1);
    const plain = readFileSync(join(dir, 'r.txt'), 'utf8');
    expect(plain).toMatch(/error {2}Agent Sessions says 3/);
    expect(plain).not.toMatch(ESC);
    runCli(['-o', 'r.txt', '--color', 'L.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toMatch(/\u001b\[31merror\u001b\[39m/);
  });

  it('fails with exit 2 and the path when the report cannot be written, and never over a checked ledger', () => {
    const dir = tempDir({ 'L.md': failing, blocker: 'a file\n' });
    mkdirSync(join(dir, 'reports'));
    expect(runCli(['-o', 'reports', 'L.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --output-file: cannot write the report to reports: it is a directory.\n',
    });
    expect(runCli(['-o', 'blocker/r.json', 'L.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ledgerlint: --output-file: cannot write the report to blocker/r.json: a file is in the way of its directory.\n',
    });
    expect(runCli(['-o', 'L.md', 'L.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --output-file: cannot write the report to L.md: it is one of the ledgers checked.\n',
    });
    expect(readFileSync(join(dir, 'L.md'), 'utf8')).toBe(failing);
    expect(runCli(['-o', '', 'L.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'ledgerlint: --output-file needs a file name.\n',
    });
    expect(runCli(['gate', '-o', 'r.txt', 'L.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'ledgerlint: --output-file does not go with gate.\n',
    });
  });

  it('with --fix-dry-run, takes the report while the diff keeps its stream (stdout for stylish, stderr for the others)', () => {
    const dir = tempDir({ 'L.md': failing });
    const people = runCli(['--fix-dry-run', '-o', 'r.txt', 'L.md'], { cwd: dir });
    expect(people.stdout).toMatch(/^\+\*\*Agent Sessions:\*\* 2$/m);
    expect(people.stderr).toBe('');
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('');
    const machines = runCli(['--fix-dry-run', '-f', 'sarif', '-o', 'r.sarif', 'L.md'], { cwd: dir });
    expect(machines.stdout).toBe('');
    expect(machines.stderr).toMatch(/^\+\*\*Agent Sessions:\*\* 2$/m);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});

describe('--color, --no-color', () => {
  it('force colour on or off over the terminal and the environment; the last one given wins', () => {
    const dir = tempDir({ 'L.md': failing });
    expect(runCli(['--color', 'L.md'], { cwd: dir }).stdout).toMatch(/\u001b\[31merror\u001b\[39m/);
    expect(runCli(['--color', 'L.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).toMatch(ESC);
    expect(runCli(['--no-color', 'L.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESC);
    expect(runCli(['--color', '--no-color', 'L.md'], { cwd: dir }).stdout).not.toMatch(ESC);
    expect(runCli(['gate', '--color', 'L.md'], { cwd: dir }).stdout).toMatch(ESC);
  });
});

describe('paths for GitHub, from a subdirectory', () => {
  function repoWithLedgerInDocs(): string {
    const dir = tempDir();
    initRepo(dir);
    commit(dir, 'docs: a ledger', { 'docs/ledgers/L.md': failing });
    return dir;
  }

  it('--format github and sarif name the file from the repository top; stylish from the working directory', () => {
    const dir = repoWithLedgerInDocs();
    const cwd = join(dir, 'docs');
    expect(runCli(['-f', 'github', 'ledgers/L.md'], { cwd }).stdout).toMatch(
      /^::error file=docs\/ledgers\/L\.md,line=9,/,
    );
    const sarif = JSON.parse(runCli(['-f', 'sarif', 'ledgers'], { cwd }).stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }> }>;
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'docs/ledgers/L.md',
      uriBaseId: '%SRCROOT%',
    });
    expect(runCli(['ledgers/L.md'], { cwd }).stdout).toMatch(/^ledgers\/L\.md$/m);
  });

  it('outside a git repository, name it from the working directory', () => {
    const dir = tempDir({ 'docs/ledgers/L.md': failing });
    expect(runCli(['-f', 'github', 'ledgers/L.md'], { cwd: join(dir, 'docs') }).stdout).toMatch(
      /^::error file=ledgers\/L\.md,line=9,/,
    );
  });

  it('--format github annotates 10 errors, then counts and lists the rest', () => {
    const dir = tempDir({ 'L.md': template('prd-ledger.md') });
    const run = runCli(['-f', 'github', 'L.md'], { cwd: dir });
    const commands = runnerCommands(run.stdout);
    expect(commands.map((c) => c.name)).toEqual(Array(10).fill('error'));
    const errors = (
      JSON.parse(runCli(['-f', 'json', 'L.md'], { cwd: dir }).stdout) as Array<{ errorCount: number }>
    )[0]!.errorCount;
    expect(run.stdout).toContain(
      `\nledgerlint: ${errors - 10} more errors are not annotated (GitHub shows 10 error and 10 warning annotations per step); here they are:\nL.md:`,
    );
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(errors + 1);
  });
});
