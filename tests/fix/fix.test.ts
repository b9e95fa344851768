/** --fix recomputes what is derived, at source positions, and touches nothing else. */
import { describe, expect, it } from 'vitest';
import { fix, fixture, plant } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const derived = ['progress-math', 'session-count'];
const leftOf = (text: string) =>
  fix(text)
    .left.filter((m) => derived.includes(m.ruleId ?? ''))
    .map((m) => m.message);

/** Lines of b that differ from a, by line number (both split on any line ending, endings kept). */
function changedLines(a: string, b: string): number[] {
  const split = (t: string) => t.split(/(?<=\n|\r(?!\n))/);
  const [x, y] = [split(a), split(b)];
  const out: number[] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) out.push(i + 1);
  return out;
}

describe('--fix', () => {
  it("rewrites phase and Overall numbers from the boxes, keeping each line's wording", () => {
    const text = plant(
      plant(
        prd,
        '- **Phase 1:** 50% complete (1/2 tasks done)',
        '- **Phase 1:**  ✅ 90% complete (3/5 tasks done) — nearly there',
      ),
      '- **Overall:** 25% complete (1/4 tasks done)',
      '- **Overall:** 99% complete (9/9 tasks done)  ',
    );
    const { output } = fix(text);
    expect(output).toContain('- **Phase 1:**  ✅ 50% complete (1/2 tasks done) — nearly there\n');
    expect(output).toContain('- **Overall:** 25% complete (1/4 tasks done)  \n');
    expect(changedLines(text, output)).toEqual([41, 43]);
    expect(leftOf(output)).toEqual([]);
  });

  it('keeps the decimals and the wording of summaries written another way', () => {
    const text = plant(
      plant(prd, '- **Phase 1:** 50% complete (1/2 tasks done)', '- Phase 1 (Retry queue): 2 of 2 tasks - 100.0%'),
      '- **Overall:** 25% complete (1/4 tasks done)',
      '- **Total:** 33.3%',
    );
    const { output } = fix(text);
    expect(output).toContain('- Phase 1 (Retry queue): 1 of 2 tasks - 50.0%\n');
    expect(output).toContain('- **Total:** 25.0%\n');
  });

  it('adds the line of a phase missing from the summary, worded like the others, in phase order', () => {
    const text = plant(prd, '- **Phase 2:** 0% complete (0/2 tasks done)\n', '');
    const { output } = fix(text);
    expect(output).toContain(
      '- **Phase 1:** 50% complete (1/2 tasks done)\n- **Phase 2:** 0% complete (0/2 tasks done)\n- **Overall:**',
    );
    expect(leftOf(output)).toEqual([]);
  });

  it('sets Agent Sessions to the number of Session Log entries', () => {
    const text = plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** **7** ');
    expect(fix(text).output).toContain('**Agent Sessions:** **2** \n');
  });

  it('takes a ✓ off an open task, and never ticks a box or changes a status', () => {
    const text = plant(
      plant(prd, '- [ ] Task 2.1: Show attempts in the dashboard', '- [ ] Task 2.1: Show attempts in the dashboard ✓'),
      '**Status:** In Progress',
      '**Status:** Completed',
    );
    const { output, left } = fix(text);
    expect(output).toContain('- [ ] Task 2.1: Show attempts in the dashboard\n');
    expect(output).toContain('**Status:** Completed');
    expect(output.match(/- \[x\]/g)?.length).toBe(text.match(/- \[x\]/g)?.length);
    expect(left.filter((m) => m.ruleId === 'completion-gate').length).toBeGreaterThan(0);
  });

  it('changes nothing the second time', () => {
    const text = plant(
      plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3'),
      '50% complete (1/2 tasks done)',
      '10% complete (7/9 tasks done)',
    );
    const once = fix(text).output;
    expect(once).not.toBe(text);
    expect(fix(once).output).toBe(once);
  });

  it('keeps CRLF line endings, a BOM, trailing spaces, emoji and odd indents byte for byte', () => {
    const odd = plant(prd, '## Notes\n\n- Six attempts', '## Notes  \n\n   -  🚀 Six attempts');
    const text = `\uFEFF${plant(odd, '- **Phase 2:** 0% complete (0/2 tasks done)', '- **Phase 2:** 100% complete (2/2 tasks done)').replace(/\n/g, '\r\n')}`;
    const { output } = fix(text);
    expect(output.startsWith('\uFEFF')).toBe(true);
    expect(changedLines(text, output)).toEqual([42]);
    expect(output.split('\r\n')[41]).toBe('- **Phase 2:** 0% complete (0/2 tasks done)');
    expect(output).toContain('## Notes  \r\n\r\n   -  🚀 Six attempts');
    expect(output.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('keeps lone CR line endings', () => {
    const text = plant(
      prd,
      '- **Phase 2:** 0% complete (0/2 tasks done)',
      '- **Phase 2:** 100% complete (2/2 tasks done)',
    ).replace(/\n/g, '\r');
    const { output } = fix(text);
    expect(output).toBe(prd.replace(/\n/g, '\r'));
  });

  it('leaves what needs a human: 0/0 shown as done, lines for phases that do not exist', () => {
    const text = plant(prd, '- **Overall:**', '- **Phase 7:** 100% complete (3/3 tasks done)\n- **Overall:**');
    const { output, left } = fix(text);
    expect(output).toContain('- **Phase 7:** 100% complete (3/3 tasks done)');
    expect(left.map((m) => m.message)).toContain('Progress Summary lists Phase 7, but Tasks has no Phase 7.');
  });
});
