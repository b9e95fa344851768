import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, initRepo } from '../helpers/git.js';

const ready = fixture('clean/prd-completed.md');

describe('ledgerlint gate', () => {
  it('lists every reason a ledger in progress may not be marked complete, and exits 1', () => {
    const dir = tempDir({ 'wip.md': fixture('minimal/prd.md') });
    const run = runCli(['gate', 'wip.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('✖ wip.md: not ready to be marked complete (11 reasons):');
    expect(run.stdout).toContain('  28:3   Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).\n');
    expect(run.stdout).toContain('  41:30  Phase 1 is at 50% (1/2), not 100%.\n');
    expect(run.stdout).toContain('  82:1   Integration Tests: Status is In Progress, not complete.\n');
    expect(run.stdout).toContain('  95:3   "All tests pass" in Before Marking Complete is not ticked.\n');
  });

  it('exits 0 when every ledger is ready, and lists reasons as JSON', () => {
    // The fixture's key files belong to an imaginary project: a reason a turned-off rule would give is left out.
    const dir = tempDir({
      'done.md': ready,
      'wip.md': fixture('minimal/feature.md'),
      '.ledgerlintrc.json': JSON.stringify({ rules: { 'key-files': 'off' } }),
    });
    expect(runCli(['gate', 'done.md'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '✔ done.md: ready to be marked complete.\n',
      stderr: 'ledgerlint: not in a git repository: the commits listed in ledgers were not checked.\n',
    });
    const run = runCli(['gate', '--format', 'json', 'done.md', 'wip.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      ready: boolean;
      messages: Array<{ ruleId: string; message: string; line: number }>;
    }>;
    expect(results.map((r) => [r.filePath, r.ready])).toEqual([
      [join(dir, 'done.md'), true],
      [join(dir, 'wip.md'), false],
    ]);
    expect(results[1]!.messages[0]).toEqual(
      expect.objectContaining({
        ruleId: 'completion-gate',
        message: '"Totals match the ledger to the cent" in Success Criteria is not ticked.',
        line: 16,
      }),
    );
  });

  it('is not ready while a linked commit of any accepted length is invented', () => {
    const dir = tempDir({ '.ledgerlintrc.json': JSON.stringify({ rules: { 'key-files': 'off' } }) });
    initRepo(dir);
    const real = commit(dir, 'feat: notification preferences');
    const withOnly = (sha: string) =>
      ready.replace(
        /## Git Commits\n\n[^]*?\n\n/,
        `## Git Commits\n\n- \`${sha}\` - feat: notification preferences [PRD-05 Task 1.1]\n\n`,
      );
    for (const invented of [
      'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789',
      'abcdef0123456789abcdef0123456789abcdef01',
      'abcdef0',
    ]) {
      writeFileSync(join(dir, 'done.md'), withOnly(invented));
      const run = runCli(['gate', 'done.md'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`Commit ${invented} does not exist in this repository.`);
    }
    writeFileSync(join(dir, 'done.md'), withOnly(real));
    expect(runCli(['gate', 'done.md'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '✔ done.md: ready to be marked complete.\n',
      stderr: '',
    });
  });

  it('leaves out what a rule turned off for the ledger would check', () => {
    const dir = tempDir({
      'wip.md': fixture('minimal/prd.md'),
      '.ledgerlintrc.json': JSON.stringify({ rules: { 'key-files': 'off' } }),
    });
    const run = runCli(['gate', 'wip.md'], { cwd: dir });
    expect(run.stdout).not.toMatch(/Key file/);
    expect(run.stdout.split('\n')[0]).toBe('✖ wip.md: not ready to be marked complete (10 reasons):');
  });

  it('needs ledgers, and takes only its own options', () => {
    expect(runCli(['gate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: gate needs the ledgers to check: ledgerlint gate LEDGER...\n',
    });
    expect(runCli(['gate', '--fix', 'x.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --fix does not go with gate.\n',
    });
    // mcp refuses the same flags of a lint run, and a format too.
    for (const flag of ['--stdin', '--report-unused-disable-directives', '-f']) {
      const run = runCli(['mcp', flag, ...(flag === '-f' ? ['json'] : [])]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ledgerlint: --[a-z-]+ does not go with mcp\.\n$/);
    }
    expect(runCli(['gate', '-f', 'sarif', 'x.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --format: gate writes stylish or json, not "sarif".\n',
    });
  });
});
