import { fixture, plant, template } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');
const withoutChecklist = plant(
  prd,
  '**Before Marking Complete:**\n- [ ] All tests pass\n- [ ] Documentation updated\n',
  '',
);
const mini = {
  profiles: {
    mini: {
      detect: { signals: ['Mini'], minSignals: 1 },
      fields: [],
      status: { states: [{ name: 'Open' }] },
      sections: [{ name: 'Body' }],
      completion: { checklists: [] },
      placeholders: [],
    },
  },
};

ruleTester('required-sections', {
  valid: [
    { name: 'every section of the blank prd template', text: template('prd-ledger.md') },
    { name: 'every section of the blank feature template', text: template('feature-ledger.md') },
    {
      name: 'a ### heading where the template has a bold label',
      text: plant(prd, '**Current Blockers:**\n- None', '### Current Blockers\n\n- None'),
    },
    {
      name: 'emoji, case and aliases in section titles',
      text: plant(
        plant(prd, '## Progress Summary', '## 📊 progress summary'),
        '## Next Session Priorities',
        '## Next Steps',
      ),
    },
  ],
  invalid: [
    {
      name: 'a missing ## section, named with where the template puts it',
      text: plant(prd, /## Key Files\n\n- `src\/webhooks\/retry.ts` - Retry scheduling\n\n---\n\n/, ''),
      errors: [
        {
          line: '## Decisions Made',
          column: 1,
          message: 'Missing section "## Key Files" (the template puts it after "Blockers").',
        },
      ],
    },
    {
      name: 'an empty ## section',
      text: plant(prd, "- Six attempts matches the provider's own retry policy.\n", ''),
      errors: [{ line: '## Notes', column: 1, message: 'Section "## Notes" is empty.' }],
    },
    {
      name: 'a thematic break or a comment is no content',
      text: plant(prd, 'Retries run in the existing job runner.\n', '<!-- to do -->\n'),
      errors: [{ line: '## Technical Notes', column: 1, message: 'Section "## Technical Notes" is empty.' }],
    },
    {
      name: 'a duplicated section, at its second occurrence',
      text: `${prd}\n## Tasks\n\n- [ ] Task 9.1: stray\n`,
      errors: [
        {
          line: 120,
          column: 1,
          message: '"## Tasks" appears again (first at line 23); keep one so every rule reads the same section.',
        },
      ],
    },
    {
      name: 'a missing bold-label section is a warning',
      text: plant(
        prd,
        '**Resolved Blockers:**\n- Queue credentials missing - Resolved on 2026-03-03 by adding them to the vault\n',
        '',
      ),
      errors: [
        {
          line: '## Blockers',
          column: 1,
          message:
            'Missing subsection "**Resolved Blockers:**" (the template puts it after "Current Blockers" in "Blockers").',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a missing ### subsection of the feature format is a warning',
      text: plant(feature, '### Rollback Plan\n1. Disable the export button flag\n\n', ''),
      errors: [
        {
          line: '## Deployment Notes',
          column: 1,
          message:
            'Missing subsection "### Rollback Plan" (the template puts it after "Environment Requirements" in "Deployment Notes").',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the completion checklist, while the status is not done',
      text: withoutChecklist,
      errors: [
        {
          line: '## Next Session Priorities',
          message: /^Missing subsection "\*\*Before Marking Complete:\*\*"/,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the completion checklist, once the status is a done state',
      text: plant(withoutChecklist, '**Status:** In Progress', '**Status:** Completed'),
      errors: [
        {
          line: '## Next Session Priorities',
          message:
            /^Missing subsection "\*\*Before Marking Complete:\*\*" \(required once the status is a done state\)/,
        },
      ],
    },
    {
      name: 'a section at the wrong heading level, and the sections after it still found',
      text: plant(prd, '## Key Files', '# Key Files'),
      errors: [
        {
          line: '# Key Files',
          column: 1,
          message: 'Section "Key Files" is a level-1 heading; the template makes it "## Key Files".',
        },
      ],
    },
    {
      name: 'without a placement when the template has a single section',
      text: '# Mini\n\n## Other\n\ntext\n',
      config: mini,
      profile: 'mini',
      errors: [{ line: 6, message: 'Missing section "## Body".' }],
    },
  ],
});
