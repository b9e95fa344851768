import { describe, expect, it } from 'vitest';
import { findings, fixture, lint, plant, template } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');
const check = (text: string) => findings(text, 'required-sections');

describe('required-sections', () => {
  it('finds every section of both blank templates', () => {
    expect(check(template('prd-ledger.md'))).toEqual([]);
    expect(check(template('feature-ledger.md'))).toEqual([]);
  });

  it('reports a missing ## section as an error, naming where the template puts it', () => {
    const text = plant(prd, /## Key Files\n\n- `src\/webhooks\/retry.ts` - Retry scheduling\n\n---\n\n/, '');
    expect(check(text)).toEqual([`${text.split('\n').indexOf('## Decisions Made') + 1}:1 error Missing section "## Key Files" (the template puts it after "Blockers").`]);
  });

  it('reports an empty ## section as an error', () => {
    const text = plant(prd, '- Six attempts matches the provider\'s own retry policy.\n', '');
    const line = text.split('\n').indexOf('## Notes') + 1;
    expect(check(text)).toEqual([`${line}:1 error Section "## Notes" is empty.`]);
  });

  it('does not count a thematic break or a comment as content', () => {
    const text = plant(prd, 'Retries run in the existing job runner.\n', '<!-- to do -->\n');
    expect(check(text)).toEqual([`${text.split('\n').indexOf('## Technical Notes') + 1}:1 error Section "## Technical Notes" is empty.`]);
  });

  it('reports a duplicated section at its second occurrence', () => {
    const text = `${prd}\n## Tasks\n\n- [ ] Task 9.1: stray\n`;
    const second = text.split('\n').lastIndexOf('## Tasks') + 1;
    expect(check(text)).toEqual([`${second}:1 error "## Tasks" appears again (first at line 23); keep one so every rule reads the same section.`]);
  });

  it('reports a missing bold-label section as a warning', () => {
    const text = plant(prd, '**Resolved Blockers:**\n- Queue credentials missing - Resolved on 2026-03-03 by adding them to the vault\n', '');
    expect(check(text)).toEqual([`${text.split('\n').indexOf('## Blockers') + 1}:1 warning Missing subsection "**Resolved Blockers:**" (the template puts it after "Current Blockers" in "Blockers").`]);
  });

  it('reports a missing ### subsection of the feature format as a warning', () => {
    const text = plant(feature, '### Rollback Plan\n1. Disable the export button flag\n\n', '');
    expect(check(text)).toEqual([`${text.split('\n').indexOf('## Deployment Notes') + 1}:1 warning Missing subsection "### Rollback Plan" (the template puts it after "Environment Requirements" in "Deployment Notes").`]);
  });

  it('requires the completion checklist once the status is a done state', () => {
    const without = plant(prd, '**Before Marking Complete:**\n- [ ] All tests pass\n- [ ] Documentation updated\n', '');
    expect(check(without)).toEqual([expect.stringMatching(/warning Missing subsection "\*\*Before Marking Complete:\*\*"/)]);
    const done = plant(without, '**Status:** In Progress', '**Status:** Completed');
    expect(check(done)).toEqual([expect.stringMatching(/error Missing subsection "\*\*Before Marking Complete:\*\*" \(required once the status is a done state\)/)]);
  });

  it('reports a section at the wrong heading level, and still finds the sections after it', () => {
    const text = plant(prd, '## Key Files', '# Key Files');
    const line = text.split('\n').indexOf('# Key Files') + 1;
    expect(check(text)).toEqual([`${line}:1 error Section "Key Files" is a level-1 heading; the template makes it "## Key Files".`]);
  });

  it('accepts a ### heading where the template has a bold label', () => {
    expect(check(plant(prd, '**Current Blockers:**\n- None', '### Current Blockers\n\n- None'))).toEqual([]);
  });

  it('accepts emoji, case and aliases in section titles', () => {
    const text = plant(plant(prd, '## Progress Summary', '## 📊 progress summary'), '## Next Session Priorities', '## Next Steps');
    expect(check(text)).toEqual([]);
  });

  it('words the message without a placement when the template has a single section', () => {
    const config = { profiles: { mini: { detect: { signals: ['Mini'], minSignals: 1 }, fields: [], status: { states: [{ name: 'Open' }] }, sections: [{ name: 'Body' }], completion: { checklists: [] }, placeholders: [] } } };
    expect(lint('# Mini\n\n## Other\n\ntext\n', { config, profile: 'mini' }).map((m) => m.message)).toEqual(['Missing section "## Body".']);
  });
});
