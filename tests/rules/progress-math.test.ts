import { describe, expect, it } from 'vitest';
import { findings, fixture, plant, template } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The PRD fixture: Phase 1 has Tasks 1.1 (ticked) and 1.2 (two subtasks, one ticked), Phase 2 two open tasks;
// its summary says 50% (1/2), 0% (0/2) and Overall 25% (1/4).
const prd = fixture('minimal/prd.md');
const third = (pct: string) =>
  plant(
    plant(
      prd,
      '- [ ] Task 2.2: Alert after the last failed attempt',
      '- [ ] Task 2.2: Alert after the last failed attempt\n- [x] Task 2.3: Docs',
    ),
    '0% complete (0/2 tasks done)',
    `${pct} complete (1/3 tasks done)`,
  );
const overall = (text: string) => plant(text, '25% complete (1/4 tasks done)', '40% complete (2/5 tasks done)');
const twoThirds = plant(
  plant(
    plant(overall(third('33%')), '- [ ] Task 2.1', '- [x] Task 2.1'),
    '33% complete (1/3 tasks done)',
    '66% complete (2/3 tasks done)',
  ),
  '40% complete (2/5 tasks done)',
  '60% complete (3/5 tasks done)',
);
const worded = plant(
  plant(
    plant(prd, '- **Phase 1:** 50% complete (1/2 tasks done)', '- Phase 1 (Retry queue): 1 of 2 tasks - 50%'),
    '- **Phase 2:** 0% complete (0/2 tasks done)',
    '**Phase 2**: ⏳ 0/2 (0%)',
  ),
  '- **Overall:** 25% complete (1/4 tasks done)',
  '- **Total:** 25%',
);
const noPhase2Tasks = plant(
  plant(
    prd,
    '### Phase 2: Visibility\n\n- [ ] Task 2.1: Show attempts in the dashboard\n- [ ] Task 2.2: Alert after the last failed attempt\n',
    '### Phase 2: Visibility\n\nNothing yet.\n',
  ),
  '- **Phase 2:** 0% complete (0/2 tasks done)',
  '- **Phase 2:** ✅ 100% complete (0/0 tasks done)',
);

ruleTester('progress-math', {
  valid: [
    { name: 'a summary that matches the boxes', text: prd },
    { name: 'a rounded percentage', text: overall(third('33%')) },
    { name: 'a percentage with a decimal', text: overall(third('33.3%')) },
    { name: 'a truncated percentage', text: twoThirds },
    { name: 'a percentage rounded up', text: plant(twoThirds, '66% complete', '67% complete') },
    { name: 'summary lines however they are worded', text: worded },
  ],
  invalid: [
    {
      name: 'layer 1: a percentage that does not match its own fraction',
      text: plant(prd, '50% complete (1/2 tasks done)', '60% complete (1/2 tasks done)'),
      errors: [{ line: '- **Phase 1:**', column: 16, message: 'Phase 1 says 60% but its own 1/2 is 50%.' }],
    },
    {
      name: 'layer 1: neither rounded nor truncated',
      text: plant(twoThirds, '66% complete', '65% complete'),
      errors: [{ line: '- **Phase 2:**', message: 'Phase 2 says 65% but its own 2/3 is 67%.' }],
    },
    {
      name: 'layer 2: a phase fraction that does not match its boxes',
      text: plant(prd, '- [ ] Task 2.1: Show attempts', '- [x] Task 2.1: Show attempts'),
      errors: [
        {
          line: '- **Phase 2:**',
          column: 29,
          message: 'Phase 2 says 0/2 tasks done, but its checkboxes show 1/2 (top-level tasks); expected 50% (1/2).',
        },
        {
          line: '- **Overall:**',
          column: 30,
          message: 'Overall says 1/4 tasks done, but the phases add up to 2/4 (top-level tasks); expected 50% (2/4).',
        },
      ],
    },
    {
      name: 'layer 2 counting all boxes',
      text: prd,
      options: { count: 'all' },
      errors: [
        {
          line: '- **Phase 1:**',
          column: 30,
          message: 'Phase 1 says 1/2 tasks done, but its checkboxes show 2/4 (boxes); expected 50% (2/4).',
        },
        {
          line: '- **Overall:**',
          column: 30,
          message: 'Overall says 1/4 tasks done, but the phases add up to 2/6 (boxes); expected 33% (2/6).',
        },
      ],
    },
    {
      name: 'layer 2 counting leaves',
      text: prd,
      options: { count: 'leaves' },
      errors: [
        {
          line: '- **Phase 1:**',
          column: 30,
          message: 'Phase 1 says 1/2 tasks done, but its checkboxes show 2/3 (leaf tasks); expected 67% (2/3).',
        },
        {
          line: '- **Overall:**',
          column: 30,
          message: 'Overall says 1/4 tasks done, but the phases add up to 2/5 (leaf tasks); expected 40% (2/5).',
        },
      ],
    },
    {
      name: 'layer 3: Overall that is not the sum of the phases',
      text: plant(prd, '25% complete (1/4 tasks done)', '20% complete (1/5 tasks done)'),
      errors: [
        {
          line: '- **Overall:**',
          column: 30,
          message: 'Overall says 1/5 tasks done, but the phases add up to 1/4 (top-level tasks); expected 25% (1/4).',
        },
      ],
    },
    {
      name: 'layer 3 does not blame a correct Overall for a phase line that drifted',
      text: plant(prd, '- **Phase 1:** 50% complete (1/2 tasks done)', '- **Phase 1:** 0% complete (0/2 tasks done)'),
      errors: [
        {
          line: '- **Phase 1:**',
          column: 29,
          message: 'Phase 1 says 0/2 tasks done, but its checkboxes show 1/2 (top-level tasks); expected 50% (1/2).',
        },
      ],
    },
    {
      name: 'a phase missing from the summary',
      text: plant(prd, '- **Phase 2:** 0% complete (0/2 tasks done)\n', ''),
      errors: [
        {
          line: '## Progress Summary',
          column: 1,
          message: 'Phase 2 (2 top-level tasks, 0 done) has no line in the Progress Summary; expected 0% (0/2).',
        },
      ],
    },
    {
      name: 'a summary line for a phase that does not exist',
      text: plant(prd, '- **Overall:**', '- **Phase 3:** 0% complete (0/1 tasks done)\n- **Overall:**'),
      errors: [
        { line: '- **Phase 3:**', column: 1, message: 'Progress Summary lists Phase 3, but Tasks has no Phase 3.' },
      ],
    },
    {
      name: '0/0 presented as done',
      text: plant(noPhase2Tasks, '25% complete (1/4 tasks done)', '50% complete (1/2 tasks done)'),
      errors: [
        {
          line: '- **Phase 2:**',
          column: 18,
          message: 'Phase 2 is presented as done with 0/0 tasks; with nothing to do nothing is done.',
        },
      ],
    },
    {
      name: 'the line is read for the label written first',
      text: plant(
        prd,
        '- **Overall:** 25% complete (1/4 tasks done)',
        '- **Overall:** 90% complete (9/10 tasks done) - Phase 1 underway, Phase 2 not started',
      ),
      errors: [{ line: '- **Overall:**', message: /^Overall says 9\/10 tasks done, but the phases add up to 1\/4/ }],
    },
    {
      name: 'decimals shown as the ledger writes them',
      text: plant(
        prd,
        '- **Overall:** 25% complete (1/4 tasks done)',
        '- **Overall:** 25.5% complete (1/4 tasks done)',
      ),
      errors: [{ line: '- **Overall:**', message: 'Overall says 25.5% but its own 1/4 is 25.0%.' }],
    },
    {
      name: 'a worded Overall against the phases',
      text: plant(worded, '- **Total:** 25%', '- **Total:** 30%'),
      errors: [
        {
          line: '- **Total:**',
          message: /^Overall says 30%, but the phases add up to 1\/4 \(top-level tasks\), which is 25%\./,
        },
      ],
    },
  ],
});

describe('progress-math on the blank template', () => {
  it("reports the prd template's Phase 1 line: it says 3/5 while 1 of 4 top-level tasks is ticked", () => {
    const hits = findings(template('prd-ledger.md'), 'progress-math');
    expect(hits).toContain(
      '57:30 error Phase 1 says 3/5 tasks done, but its checkboxes show 1/4 (top-level tasks); expected 25% (1/4).',
    );
    expect(hits).toContain(
      '58:29 error Phase 2 says 0/4 tasks done, but its checkboxes show 0/2 (top-level tasks); expected 0% (0/2).',
    );
    expect(hits).toContain(
      '60:30 error Overall says 3/11 tasks done, but the phases add up to 1/8 (top-level tasks); expected 13% (1/8).',
    );
  });
});
