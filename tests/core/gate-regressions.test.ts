/** The gate, progress-math, task-consistency and --fix agree on not-applicable items and on rule settings. */
import { describe, expect, it } from 'vitest';
import { findings, fix, fixture, lint, plant } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';

const exemptions = fixture('gate/exemptions.md');
const allBoxes = { rules: { 'progress-math': ['error', { count: 'all' }] } };

describe('not applicable, everywhere alike', () => {
  it('does not count the subtasks of a task marked not applicable, whatever the count option', () => {
    expect(findings(exemptions, 'progress-math', { config: allBoxes })).toEqual([]);
    expect(findings(exemptions, 'completion-gate', { config: allBoxes })).toEqual([]);
    expect(fix(exemptions, { config: allBoxes }).output).toBe(exemptions);
  });

  it('needs no summary line for a phase whose tasks are all not applicable, and the gate passes it', () => {
    const text = plant(
      exemptions,
      '### Phase 2: Ship\n\n- [x] Task 2.1: Admin settings entry ✓\n',
      '### Phase 2: Ship\n\n- [x] Task 2.1: Admin settings entry ✓\n\n### Phase 3: Later\n\n- [ ] ~~Task 3.1: Scheduled exports~~ (N/A)\n',
    );
    expect(findings(text, 'progress-math')).toEqual([]);
    const withLine = plant(text, '- **Overall:**', '- **Phase 3:** 0% complete (0/0 tasks done)\n- **Overall:**');
    expect(findings(withLine, 'completion-gate')).toEqual([]);
  });

  it('does not call a ticked task with not-applicable subtasks inconsistent', () => {
    const text = plant(
      exemptions,
      '- [x] Task 2.1: Admin settings entry ✓',
      '- [x] Task 2.1: Admin settings entry ✓\n  - [ ] ~~Subtask 2.1.1 Gzip~~ (dropped)\n  - [ ] Subtask 2.1.2 Audit log (N/A)',
    );
    expect(findings(text, 'task-consistency')).toEqual([]);
  });
});

describe('--fix leaves what it does not own', () => {
  const prd = fixture('minimal/prd.md');

  it('does not copy a ✅ onto a phase line it adds', () => {
    const text = plant(
      plant(prd, '- **Phase 1:** 50% complete (1/2 tasks done)', '- **Phase 1:** ✅ 50% complete (1/2 tasks done)'),
      '- **Phase 2:** 0% complete (0/2 tasks done)\n',
      '',
    );
    expect(fix(text).output).toContain(
      '- **Phase 1:** ✅ 50% complete (1/2 tasks done)\n- **Phase 2:** 0% complete (0/2 tasks done)\n',
    );
  });

  it('does not take a date for the fraction', () => {
    const text = plant(
      prd,
      '- **Phase 2:** 0% complete (0/2 tasks done)',
      '- **Phase 2:** due 3/20 - 50% complete (1/2 tasks done)',
    );
    expect(fix(text).output).toContain('- **Phase 2:** due 3/20 - 0% complete (0/2 tasks done)\n');
  });

  it('reads a ✓ only at the end of a task, so one inside its text is neither reported nor removed', () => {
    const text = plant(
      prd,
      '- [ ] Task 2.1: Show attempts in the dashboard',
      '- [ ] Task 2.1: Show a ✅ next to verified attempts',
    );
    expect(findings(text, 'task-consistency')).toEqual([]);
    expect(fix(text).output).toContain('Show a ✅ next to verified attempts');
  });
});

describe('the gate follows the rule settings', () => {
  const done = plant(
    fixture('clean/prd-completed.md'),
    '**Estimated Completion:**',
    '**Estimated Completion:** YYYY-MM-DD\n\n**Old Estimate:**',
  );

  it("reports a done ledger's placeholders itself when the placeholders rule is only a warning", () => {
    expect(
      lint(done, { config: { rules: { placeholders: 'warn' } } })
        .filter((m) => m.severity === 2)
        .map((m) => m.ruleId),
    ).toEqual(['completion-gate']);
    expect(
      lint(done)
        .filter((m) => m.severity === 2)
        .map((m) => m.ruleId),
    ).toEqual(['placeholders']);
  });

  it('does not ask for key files or commits when their rules are off', () => {
    const none = fixture('clean/prd-completed.md')
      .replace(/## Key Files\n\n[^]*?\n\n---/, '## Key Files\n\nTo do.\n\n---')
      .replace(/## Git Commits\n\n[^]*?\n\n---/, '## Git Commits\n\nNone.\n\n---');
    expect(findings(none, 'completion-gate').map((f) => f.replace(/^\d+:\d+ /, ''))).toEqual([
      'error Status is Completed but Key Files lists no files.',
      'error Status is Completed but Git Commits lists no commits.',
    ]);
    expect(
      findings(none, 'completion-gate', { config: { rules: { 'key-files': 'off', 'commit-exists': 'off' } } }),
    ).toEqual([]);
  });

  it("honours another rule's disable comment, and its id names the reason", () => {
    const dir = tempDir({
      'done.md': plant(
        done,
        '**Estimated Completion:** YYYY-MM-DD',
        '<!-- ledgerlint-disable-next-line placeholders -->\n**Estimated Completion:** YYYY-MM-DD',
      ),
    });
    const json = JSON.parse(runCli(['gate', '-f', 'json', 'done.md'], { cwd: dir }).stdout) as Array<{
      messages: Array<{ ruleId: string }>;
    }>;
    expect(json[0]!.messages.map((m) => m.ruleId)).not.toContain('placeholders');
  });

  it('refuses to call nothing ready', () => {
    const dir = tempDir({ 'notes.md': '# Notes\n\nNothing here.\n' });
    expect(runCli(['gate', 'notes.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: gate: none of the given paths is a ledger (see --verbose).\n',
    });
  });
});
