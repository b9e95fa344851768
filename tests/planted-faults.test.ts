/**
 * Realistic filled-in ledgers are clean; each variant below plants one fault a
 * real ledger drifts into and expects exactly the finding that names it.
 */
import { describe, expect, it } from 'vitest';
import { fixture, lint, plant } from './helpers/lint.js';

const clean = ['prd-in-progress.md', 'prd-completed.md', 'feature-in-progress.md', 'feature-completed.md'];

describe('clean ledgers', () => {
  it.each(clean)('%s has no findings at all', (name) => {
    expect(lint(fixture(`clean/${name}`))).toEqual([]);
  });
});

interface Variant {
  name: string;
  file: string;
  fault: (text: string) => string;
  rule: string;
  message: RegExp;
}

const variants: Variant[] = [
  {
    name: 'a progress line typed by hand that disagrees with the boxes',
    file: 'prd-in-progress.md',
    fault: (t) =>
      plant(t, '- **Phase 2:** 33% complete (1/3 tasks done)', '- **Phase 2:** 67% complete (2/3 tasks done)'),
    rule: 'progress-math',
    message:
      /^Phase 2 says 2\/3 tasks done, but its checkboxes show 1\/3 \(top-level tasks\); expected 33% \(1\/3\)\.$/,
  },
  {
    name: 'a percentage that does not match its own fraction',
    file: 'prd-in-progress.md',
    fault: (t) => plant(t, '- **Overall:** 40% complete', '- **Overall:** 45% complete'),
    rule: 'progress-math',
    message: /^Overall says 45% but its own 4\/10 is 40%\.$/,
  },
  {
    name: 'an Agent Sessions count that missed a session',
    file: 'prd-in-progress.md',
    fault: (t) => plant(t, '**Agent Sessions:** 4', '**Agent Sessions:** 3'),
    rule: 'session-count',
    message: /^Agent Sessions says 3 but the Session Log has 4 entries/,
  },
  {
    name: 'a ticked task whose subtask is still open',
    file: 'prd-in-progress.md',
    fault: (t) =>
      plant(t, '- [ ] Task 2.3: Replay endpoint', '- [x] Task 2.3: Replay endpoint')
        .replace('(1/3 tasks done)', '(2/3 tasks done)')
        .replace('33% complete (2/3', '67% complete (2/3')
        .replace('40% complete (4/10', '50% complete (5/10'),
    rule: 'task-consistency',
    message: /^Task 2\.3 is ticked but Subtask 2\.3\.1 and Subtask 2\.3\.2 are still open\.$/,
  },
  {
    name: 'an impossible date',
    file: 'prd-in-progress.md',
    fault: (t) => plant(t, '**Estimated Completion:** 2026-03-27', '**Estimated Completion:** 2026-02-30'),
    rule: 'header-fields',
    message: /^Estimated Completion "2026-02-30" is not a real date \(February 2026 has 28 days\)\.$/,
  },
  {
    name: 'template text left behind',
    file: 'prd-in-progress.md',
    fault: (t) =>
      plant(t, '- `src/config.ts:88` - webhook settings block', '- `src/config.ts:XX` - webhook settings block'),
    rule: 'placeholders',
    message: /^Template placeholder "XX" is still here/,
  },
  {
    name: 'a section deleted by an agent',
    file: 'prd-in-progress.md',
    fault: (t) => plant(t, /## Technical Notes\n[^]*?(?=## Testing Status)/, ''),
    rule: 'required-sections',
    message: /^Missing section "## Technical Notes" \(the template puts it after "Decisions Made"\)\.$/,
  },
  {
    name: 'Completed claimed with a Before Marking Complete item unticked',
    file: 'prd-completed.md',
    fault: (t) => plant(t, /- \[x\] Documentation updated/, '- [ ] Documentation updated'),
    rule: 'completion-gate',
    message: /^Status is Completed but "Documentation updated" in Before Marking Complete is not ticked\.$/,
  },
  {
    name: 'a status outside the vocabulary',
    file: 'feature-in-progress.md',
    fault: (t) => plant(t, '**Status:** In Progress', '**Status:** Nearly there'),
    rule: 'header-fields',
    message: /^Status "Nearly there" is not one of Planning, In Progress, Blocked, In Review, Completed, Cancelled/,
  },
  {
    name: 'Updated before Created',
    file: 'feature-completed.md',
    fault: (t) => plant(t, '**Updated:** 2026-02-03', '**Updated:** 2026-01-02'),
    rule: 'date-order',
    message: /^Updated 2026-01-02 is before Created 2026-01-12\.$/,
  },
  {
    name: 'Completed with a Final Status item unticked',
    file: 'feature-completed.md',
    fault: (t) => t.replace(/(### Final Status\n(?:.*\n)*?)- \[x\]/, '$1- [ ]'),
    rule: 'completion-gate',
    message: /^Status is Completed but ".+" in Final Status is not ticked\.$/,
  },
];

describe('one planted fault each', () => {
  it.each(variants)('$name', ({ file, fault, rule, message }) => {
    const original = fixture(`clean/${file}`);
    const text = fault(original);
    expect(text).not.toBe(original);
    const messages = lint(text);
    expect(messages.map((m) => m.ruleId)).toEqual([rule]);
    expect(messages[0]!.message).toMatch(message);
  });
});
