/** The hook's first look at an edit: can it claim completion at all? Sure "no" answers only. */
import { describe, expect, it } from 'vitest';
import { changedLines, mayClaimCompletion } from '../../src/agent/claim-hints.js';
import { prepareConfig } from '../../src/core/config/resolve.js';

const claims = (added: string, removed = '') => mayClaimCompletion([removed], [added]);

describe('mayClaimCompletion', () => {
  it('sees every done state of every built-in profile, a ticked box and a done mark', () => {
    for (const profile of prepareConfig({}, null).profiles) {
      for (const [word, state] of profile.states)
        if (state.done) expect(claims(`**Status:** ${word.toUpperCase()}`), `${profile.name}: ${word}`).toBe(true);
    }
    expect(claims('- [x] Task 1.2')).toBe(true);
    expect(claims('  * [X] check')).toBe(true);
    expect(claims('#### Task 1.2: PDF export ✅')).toBe(true);
    expect(claims('| 1.2 | Shipped |')).toBe(true);
  });

  it('sees a status line taken away', () => {
    expect(claims('', '**Status:** In Progress')).toBe(true);
  });

  it('passes prose, open boxes and states that are not done', () => {
    expect(claims('Retries run in the job runner; completion is logged.')).toBe(false);
    expect(claims('- [ ] Task 2.3: Add the scheduler')).toBe(false);
    expect(claims('**Status:** In Progress', 'Old text')).toBe(false);
  });
});

describe('changedLines', () => {
  it('gives the lines a Write adds and takes away, as multisets, whatever the line ends', () => {
    expect(changedLines('a\r\nb\r\nb\r\n', 'a\nb\nc\n')).toEqual({ removed: ['b'], added: ['c'] });
  });
});
