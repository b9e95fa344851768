import { describe, expect, it } from 'vitest';
import { findings, fixture, plant } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const check = (text: string) => findings(text, 'session-count');

describe('session-count', () => {
  it('accepts a count that matches the Session Log', () => {
    expect(check(prd)).toEqual([]);
  });

  it('reports Agent Sessions that disagrees with the Session Log', () => {
    expect(check(plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3'))).toEqual([
      expect.stringMatching(/^9:21 error Agent Sessions says 3 but the Session Log has 2 entries \(from line \d+ to line \d+\)\.$/),
    ]);
  });

  it('counts ### Session headings and logged list items too', () => {
    const headings = prd.replace(/\*\*Session (\d) \(([^)]*)\):\*\*/g, '### Session $1 ($2)');
    expect(check(headings)).toEqual([]);
    const list = plant(prd, /\*\*Session 1[^]*?(?=\n---\n\n## Git Commits)/, '- Session 1 (2026-03-02): Task 1.1\n- Session 2 (2026-03-04): Subtask 1.2.1\n- Session 3 (2026-03-04): review\n');
    expect(check(list)).toEqual([expect.stringMatching(/Agent Sessions says 2 but the Session Log has 3 entries/)]);
  });

  it('does not take the header field for the Session Log when it is written **Sessions:**', () => {
    expect(check(plant(prd, '**Agent Sessions:** 2', '**Sessions:** 2'))).toEqual([]);
  });

  it('leaves a non-number to header-fields', () => {
    expect(check(plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** several'))).toEqual([]);
  });
});
