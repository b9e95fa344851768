import { describe, expect, it } from 'vitest';
import { findings, fixture, plant, template } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const check = (text: string, config?: unknown) => findings(text, 'progress-math', config ? { config } : {});
const summaryLine = (text: string, label: string) => text.split('\n').findIndex((l) => l.startsWith(`- **${label}:**`)) + 1;

describe('progress-math', () => {
  it('accepts a summary that matches the boxes', () => {
    expect(check(prd)).toEqual([]);
  });

  it('reports the prd template\'s Phase 1 line: it says 3/5 while 1 of 4 top-level tasks is ticked', () => {
    const hits = check(template('prd-ledger.md'));
    expect(hits).toContain('57:30 error Phase 1 says 3/5 tasks done, but its checkboxes show 1/4 (top-level tasks); expected 25% (1/4).');
    expect(hits).toContain('58:29 error Phase 2 says 0/4 tasks done, but its checkboxes show 0/2 (top-level tasks); expected 0% (0/2).');
    expect(hits).toContain('60:30 error Overall says 3/11 tasks done, but the phases add up to 1/8 (top-level tasks); expected 13% (1/8).');
  });

  it('layer 1: a percentage that does not match its own fraction', () => {
    const text = plant(prd, '50% complete (1/2 tasks done)', '60% complete (1/2 tasks done)');
    expect(check(text)).toEqual([`${summaryLine(text, 'Phase 1')}:16 error Phase 1 says 60% but its own 1/2 is 50%.`]);
  });

  it('layer 1 accepts rounding and truncation', () => {
    const third = (pct: string) => plant(plant(prd, '- [ ] Task 2.2: Alert after the last failed attempt', '- [ ] Task 2.2: Alert after the last failed attempt\n- [x] Task 2.3: Docs'), '0% complete (0/2 tasks done)', `${pct} complete (1/3 tasks done)`);
    const overall = (text: string) => plant(text, '25% complete (1/4 tasks done)', '40% complete (2/5 tasks done)');
    expect(check(overall(third('33%')))).toEqual([]);
    expect(check(overall(third('33.3%')))).toEqual([]);
    const twoThirds = plant(overall(third('33%')), '- [ ] Task 2.1', '- [x] Task 2.1');
    const fixed = plant(plant(twoThirds, '33% complete (1/3 tasks done)', '66% complete (2/3 tasks done)'), '40% complete (2/5 tasks done)', '60% complete (3/5 tasks done)');
    expect(check(fixed)).toEqual([]);
    expect(check(plant(fixed, '66% complete', '67% complete'))).toEqual([]);
    expect(check(plant(fixed, '66% complete', '65% complete'))).toHaveLength(1);
  });

  it('layer 2: a phase fraction that does not match its boxes', () => {
    const text = plant(prd, '- [ ] Task 2.1: Show attempts', '- [x] Task 2.1: Show attempts');
    expect(check(text)).toEqual([
      `${summaryLine(text, 'Phase 2')}:29 error Phase 2 says 0/2 tasks done, but its checkboxes show 1/2 (top-level tasks); expected 50% (1/2).`,
      `${summaryLine(text, 'Overall')}:30 error Overall says 1/4 tasks done, but the phases add up to 2/4 (top-level tasks); expected 50% (2/4).`,
    ]);
  });

  it('layer 2 counts all boxes or leaves when configured', () => {
    const line = summaryLine(prd, 'Phase 1');
    expect(check(prd, { rules: { 'progress-math': ['error', { count: 'all' }] } })).toEqual([
      `${line}:30 error Phase 1 says 1/2 tasks done, but its checkboxes show 2/4 (boxes); expected 50% (2/4).`,
      `${line + 2}:30 error Overall says 1/4 tasks done, but the phases add up to 2/6 (boxes); expected 33% (2/6).`,
    ]);
    expect(check(prd, { rules: { 'progress-math': ['error', { count: 'leaves' }] } })).toEqual([
      `${line}:30 error Phase 1 says 1/2 tasks done, but its checkboxes show 2/3 (leaf tasks); expected 67% (2/3).`,
      `${line + 2}:30 error Overall says 1/4 tasks done, but the phases add up to 2/5 (leaf tasks); expected 40% (2/5).`,
    ]);
  });

  it('layer 3: Overall that is not the sum of the phases', () => {
    const text = plant(prd, '25% complete (1/4 tasks done)', '20% complete (1/5 tasks done)');
    expect(check(text)).toEqual([`${summaryLine(text, 'Overall')}:30 error Overall says 1/5 tasks done, but the phases add up to 1/4 (top-level tasks); expected 25% (1/4).`]);
  });

  it('layer 3 does not blame a correct Overall for a phase line that drifted', () => {
    const text = plant(prd, '- **Phase 1:** 50% complete (1/2 tasks done)', '- **Phase 1:** 0% complete (0/2 tasks done)');
    expect(check(text)).toEqual([expect.stringMatching(/^\d+:29 error Phase 1 says 0\/2 tasks done, but its checkboxes show 1\/2/)]);
  });

  it('reports phases missing from the summary and summary lines for phases that do not exist', () => {
    const missing = plant(prd, '- **Phase 2:** 0% complete (0/2 tasks done)\n', '');
    expect(check(missing)).toEqual([expect.stringMatching(/^\d+:1 error Phase 2 \(2 top-level tasks, 0 done\) has no line in the Progress Summary; expected 0% \(0\/2\)\.$/)]);
    const extra = plant(prd, '- **Overall:**', '- **Phase 3:** 0% complete (0/1 tasks done)\n- **Overall:**');
    expect(check(extra)).toContain(`${summaryLine(extra, 'Phase 3')}:1 error Progress Summary lists Phase 3, but Tasks has no Phase 3.`);
  });

  it('reports 0/0 presented as done', () => {
    const text = plant(plant(prd, '### Phase 2: Visibility\n\n- [ ] Task 2.1: Show attempts in the dashboard\n- [ ] Task 2.2: Alert after the last failed attempt\n', '### Phase 2: Visibility\n\nNothing yet.\n'), '- **Phase 2:** 0% complete (0/2 tasks done)', '- **Phase 2:** ✅ 100% complete (0/0 tasks done)');
    expect(check(plant(text, '25% complete (1/4 tasks done)', '50% complete (1/2 tasks done)'))).toEqual([
      `${summaryLine(text, 'Phase 2')}:18 error Phase 2 is presented as done with 0/0 tasks; with nothing to do nothing is done.`,
    ]);
  });

  it('takes a line for the label written first, and shows decimals as the ledger writes them', () => {
    const text = plant(prd, '- **Overall:** 25% complete (1/4 tasks done)', '- **Overall:** 90% complete (9/10 tasks done) - Phase 1 underway, Phase 2 not started');
    expect(check(text)).toEqual([expect.stringMatching(/Overall says 9\/10 tasks done, but the phases add up to 1\/4/)]);
    expect(check(plant(prd, '- **Overall:** 25% complete (1/4 tasks done)', '- **Overall:** 25.5% complete (1/4 tasks done)'))).toEqual([
      expect.stringMatching(/Overall says 25\.5% but its own 1\/4 is 25\.0%\./),
    ]);
  });

  it('reads summary lines however they are worded', () => {
    const text = plant(plant(plant(prd, '- **Phase 1:** 50% complete (1/2 tasks done)', '- Phase 1 (Retry queue): 1 of 2 tasks - 50%'), '- **Phase 2:** 0% complete (0/2 tasks done)', '**Phase 2**: ⏳ 0/2 (0%)'), '- **Overall:** 25% complete (1/4 tasks done)', '- **Total:** 25%');
    expect(check(text)).toEqual([]);
    expect(check(plant(text, '- **Total:** 25%', '- **Total:** 30%'))).toEqual([expect.stringMatching(/error Overall says 30%, but the phases add up to 1\/4 \(top-level tasks\), which is 25%\./)]);
  });
});
