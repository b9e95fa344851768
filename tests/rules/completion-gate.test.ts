import { describe, expect, it } from 'vitest';
import { findings, fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/engine/lint.js';

const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');
const prdDone = fixture('clean/prd-completed.md');
const featureDone = fixture('clean/feature-completed.md');
const completed = (text: string, status = 'Completed') =>
  plant(text, '**Status:** In Progress', `**Status:** ${status}`);
const but = (reason: string) => `Status is Completed but ${reason}`;
const blockers = (text: string) => plant(prdDone, '**Current Blockers:**\n- None', text);
// The minimal PRD fixture, marked Completed: every reason the gate gives, at its line.
const prdReasons = [
  { line: 28, column: 3, message: but('Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).') },
  { line: 30, column: 5, message: but('Subtask 1.2.2 is open: Scheduler job.') },
  { line: 34, column: 3, message: but('Task 2.1 is open: Show attempts in the dashboard.') },
  { line: 35, column: 3, message: but('Task 2.2 is open: Alert after the last failed attempt.') },
  { line: 41, column: 30, message: but('Phase 1 is at 50% (1/2), not 100%.') },
  { line: 42, column: 29, message: but('Phase 2 is at 0% (0/2), not 100%.') },
  { line: 43, column: 30, message: but('Overall is at 25% (1/4), not 100%.') },
  { line: 82, column: 1, message: but('Integration Tests: Status is In Progress, not complete.') },
  { line: 95, column: 3, message: but('"All tests pass" in Before Marking Complete is not ticked.') },
  { line: 96, column: 3, message: but('"Documentation updated" in Before Marking Complete is not ticked.') },
];

ruleTester('completion-gate', {
  valid: [
    { name: 'a prd ledger not in a done state', text: prd },
    { name: 'a feature ledger not in a done state', text: feature },
    { name: 'a prd ledger that is really done', text: prdDone },
    { name: 'a feature ledger that is really done', text: featureDone },
    { name: 'items marked not applicable', text: fixture('gate/exemptions.md') },
    ...[
      '**Current Blockers:** None',
      '**Current Blockers:**\n- N/A',
      '**Current Blockers:**\n\nNone at the moment.',
      '**Current Blockers:**\n\n-',
      '**Current Blockers:**\n- [x] Vendor sandbox restored',
    ].map((none) => ({
      name: `no open blocker: ${none.replace(/\n/g, ' ')}`,
      text: blockers(none),
    })),
  ],
  invalid: [
    { name: 'every reason once the status claims Completed', text: completed(prd), errors: prdReasons },
    { name: 'a synonym of the done state', text: completed(prd, '✅ Done'), errors: prdReasons },
    {
      name: "the feature format's Success Criteria, Acceptance Criteria, testing and Final Status",
      text: completed(feature),
      errors: [
        {
          line: 16,
          column: 3,
          message: but('"Totals match the ledger to the cent" in Success Criteria is not ticked.'),
        },
        {
          line: 19,
          column: 3,
          message: but('"Finance can pick a month and download a CSV" in Acceptance Criteria is not ticked.'),
        },
        { line: 53, column: 3, message: but('"Download a seeded month" in Integration Tests is not ticked.') },
        { line: 56, column: 3, message: but('"Open the file in a spreadsheet" in Manual Testing is not ticked.') },
        { line: 81, column: 3, message: but('"All acceptance criteria met" in Final Status is not ticked.') },
        { line: 82, column: 3, message: but('"Tests passing" in Final Status is not ticked.') },
      ],
    },
    {
      name: 'a checklist that lost its boxes (turned into plain bullets)',
      text: featureDone.replace(/### Final Status\n(?:- \[x\] .*\n)+/, (block) => block.replaceAll('- [x] ', '- ')),
      errors: [
        {
          line: '### Final Status',
          column: 1,
          message: but('Final Status has no checkboxes left, so nothing in it shows as done.'),
        },
      ],
    },
    {
      name: 'a task list that lost its boxes',
      text: prdDone.replace(
        /(## Tasks\n[^]*?)(\n## Progress Summary)/,
        (_all, tasks: string, rest: string) => tasks.replaceAll(/- \[x\] /g, '- ') + rest,
      ),
      errors: [
        { line: '## Tasks', column: 1, message: but('Tasks has no checkboxes left, so nothing in it shows as done.') },
      ],
    },
    {
      name: 'an open current blocker, not a struck-through or resolved one',
      text: blockers(
        '**Current Blockers:**\n1. Vendor sandbox is down - Blocking Task 2.1\n   - **Status:** Waiting\n2. ~~Flaky queue test~~\n3. Rate limit on the staging API\n   - **Status:** Resolved',
      ),
      errors: [
        {
          line: 'Vendor sandbox',
          column: 1,
          message: but('a current blocker is still open: Vendor sandbox is down - Blocking Task 2.1.'),
        },
      ],
    },
    {
      name: 'an open blocker under a ### heading',
      text: blockers(
        '### Current Blockers\n\n- Waiting on legal\n\n**Resolved Blockers (old):**\n- Cookie domain - Resolved on 2026-01-11',
      ),
      errors: [
        { line: 'Waiting on legal', column: 1, message: but('a current blocker is still open: Waiting on legal.') },
      ],
    },
    {
      name: 'an open blocker on the label line',
      text: blockers('**Current Blockers:** waiting on legal review'),
      errors: [
        {
          line: 'waiting on legal review',
          column: 1,
          message: but('a current blocker is still open: waiting on legal review.'),
        },
      ],
    },
  ],
});

describe('completion-gate beside the other rules', () => {
  it('leaves an Overall that disagrees with the boxes to progress-math', () => {
    const text = plant(
      prdDone,
      '- **Overall:** 100% complete (11/11 tasks done)',
      '- **Overall:** 100% complete (10/10 tasks done)',
    );
    expect(findings(text, 'completion-gate')).toEqual([]);
    expect(findings(text, 'progress-math')).toHaveLength(1);
  });

  it('warns, and does not refuse, when a linked commit cannot be verified in a shallow clone', () => {
    const shas = [...prdDone.matchAll(/- `([0-9a-f]{7})` - /g)].map((m) => m[1]!);
    const facts = {
      commits: { bySha: new Map(shas.map((sha) => [sha, { status: 'unverifiable' as const }])), shallowNotice: null },
    };
    // With every rule on, as the CLI runs it: what the gate says of commits depends on how the commit rules are set.
    const config = prepareConfig({}, 'test config');
    const said = lintText({
      text: prdDone,
      profile: config.profileNamed('prd')!,
      rules: config.rulesFor('ledger.md', 'prd'),
      facts,
    })
      .messages.filter((m) => m.ruleId === 'completion-gate')
      .map((m) => `${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);
    expect(said).toHaveLength(shas.length);
    expect(said[0]).toBe(`4 warning ${but(`commit ${shas[0]} cannot be verified: the clone is shallow.`)}`);
    expect(said.every((s) => s.includes(' warning '))).toBe(true);
  });
});
