import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, template } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';

const prdTemplate = template('prd-ledger.md');
const featureTemplate = template('feature-ledger.md');
const files = (run: { stdout: string }, dir: string) =>
  (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));

describe('which files are checked', () => {
  it('walks directories for *.md, skipping node_modules, _template.md, _active.md and non-ledgers', () => {
    const dir = tempDir({
      '.ai/ledgers/search.md': featureTemplate,
      '.ai/ledgers/_template.md': featureTemplate,
      '.ai/ledgers/_active.md': '# Active\n\n- search (In Progress)\n',
      'prd/ledger.md': prdTemplate,
      'prd/ledger.txt': prdTemplate,
      'node_modules/pkg/README.md': prdTemplate,
      'README.md': '# My project\n\nHello.\n',
    });
    expect(files(runCli(['-f', 'json', '.'], { cwd: dir }), dir)).toEqual(['.ai/ledgers/search.md', 'prd/ledger.md']);
  });

  it('says under --verbose what it skipped and which profile each file has', () => {
    const dir = tempDir({
      'docs/a.md': prdTemplate,
      'docs/_template.md': featureTemplate,
      'docs/README.md': '# Docs\n',
    });
    const run = runCli(['--verbose', '--quiet', 'docs'], { cwd: dir });
    expect(run.stderr).toMatch(/ledgerlint: docs\/a\.md: prd ledger \(template\), because its title matches/);
    expect(run.stderr).toMatch(
      /ledgerlint: docs\/README\.md: not a ledger \(no checkboxes and no progress or status claims\); skipped\./,
    );
    expect(run.stderr).toMatch(
      /ledgerlint: .*docs\/_template\.md: ignored by the config's ignores \(or a default ignore\)\./,
    );
  });

  it('expands globs and takes a file named directly whatever its extension', () => {
    const dir = tempDir({ 'a/one.md': prdTemplate, 'b/two.md': featureTemplate, 'ledger.txt': prdTemplate });
    expect(files(runCli(['-f', 'json', 'a/*.md', 'ledger.txt'], { cwd: dir }), dir)).toEqual([
      'a/one.md',
      'ledger.txt',
    ]);
  });

  it('warns when a file named directly is ignored', () => {
    const dir = tempDir({ '_template.md': featureTemplate });
    expect(runCli(['_template.md'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '',
      stderr: "ledgerlint: _template.md: ignored by the config's ignores (or a default ignore); not checked.\n",
    });
  });

  it('with no paths, checks the tracked and the untracked, not ignored, markdown files that are ledgers', () => {
    const dir = tempDir({
      'docs/tracked.md': prdTemplate,
      'docs/untracked.md': prdTemplate,
      'docs/scratch/ignored.md': prdTemplate,
      '.gitignore': 'scratch/\n',
      'README.md': '# Project\n',
      'clean.md': fixture('minimal/prd.md'),
    });
    initRepo(dir);
    git(dir, 'add', 'docs/tracked.md', 'README.md', 'clean.md');
    expect(files(runCli(['-f', 'json'], { cwd: dir }), dir)).toEqual([
      'clean.md',
      'docs/tracked.md',
      'docs/untracked.md',
    ]);
    expect(files(runCli(['-f', 'json'], { cwd: `${dir}/docs` }), dir)).toEqual([
      'docs/tracked.md',
      'docs/untracked.md',
    ]);
    const verbose = runCli(['--verbose', '-f', 'json'], { cwd: dir });
    expect(verbose.stderr).toMatch(
      /No paths given: checking the 4 tracked or untracked \(not ignored\) markdown files/,
    );
  });

  it('with no paths, leaves out a tracked ledger deleted from the work tree (not yet staged as deleted)', () => {
    const dir = tempDir({ 'docs/kept.md': prdTemplate, 'docs/gone.md': prdTemplate });
    initRepo(dir);
    commit(dir, 'docs: ledgers');
    rmSync(join(dir, 'docs/gone.md'));
    const run = runCli(['-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(files(run, dir)).toEqual(['docs/kept.md']);
  });

  it('lists untracked ledgers in the same git process as tracked ones, however many there are', () => {
    const dir = tempDir({ 'a.md': prdTemplate });
    initRepo(dir);
    git(dir, 'add', 'a.md');
    const processes = (run: { stderr: string }) =>
      /(\d+) ledgers checked, (\d+) git processes/.exec(run.stderr)!.slice(1).map(Number);
    const before = processes(runCli(['--debug', '-f', 'json'], { cwd: dir }));
    for (let n = 0; n < 20; n++) writeFileSync(join(dir, `new-${n}.md`), prdTemplate);
    const after = processes(runCli(['--debug', '-f', 'json'], { cwd: dir }));
    expect(after).toEqual([21, before[1]]);
  });

  it('with no paths outside a repository, checks the markdown under the working directory', () => {
    const dir = tempDir({ 'ledgers/a.md': prdTemplate, 'notes.md': '# Notes\n' });
    expect(files(runCli(['-f', 'json'], { cwd: dir }), dir)).toEqual(['ledgers/a.md']);
  });

  it("with no paths, uses the config's include globs and ignores", () => {
    const dir = tempDir({
      '.ledgerlintrc.json': JSON.stringify({ include: ['ledgers/**/*.md'], ignores: ['ledgers/archive/**'] }),
      'ledgers/a.md': prdTemplate,
      'ledgers/archive/old.md': prdTemplate,
      'other/b.md': prdTemplate,
    });
    expect(files(runCli(['-f', 'json'], { cwd: dir }), dir)).toEqual(['ledgers/a.md']);
  });

  it('says so when include matches nothing', () => {
    const dir = tempDir({ '.ledgerlintrc.json': JSON.stringify({ include: ['ledgers/*.md'] }) });
    const run = runCli([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ledgerlint: ${dir}/.ledgerlintrc.json: include matches no files (ledgers/*.md).\n`);
  });

  it('reads a ledger it found in a repository only if it really is there: not through a symlink out of it or into .git', () => {
    const outside = tempDir({
      'secret.md': fixture('minimal/prd.md').replace('**Status:** In Progress', '**Status:** SECRET'),
    });
    const dir = tempDir({ 'docs/a.md': prdTemplate });
    initRepo(dir);
    symlinkSync(join(outside, 'secret.md'), join(dir, 'docs/leak.md'));
    symlinkSync('../.git/config', join(dir, 'docs/git.md'));
    symlinkSync('a.md', join(dir, 'docs/alias.md'));
    commit(dir, 'docs: ledgers');
    for (const args of [[], ['docs']]) {
      const run = runCli(['-f', 'json', ...args], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).not.toMatch(/SECRET|repositoryformatversion/);
      expect(run.stderr).toContain('ledgerlint: docs/leak.md: resolves to a file outside the repository; not read.\n');
      expect(run.stderr).toContain('ledgerlint: docs/git.md: resolves to a file inside .git; not read.\n');
      expect(files(run, dir)).toEqual(['docs/a.md', 'docs/alias.md']);
    }
    // Named on the command line, it is read wherever it leads.
    expect(runCli(['docs/leak.md'], { cwd: dir }).stdout).toMatch(/Status "SECRET"/);
  });
});
