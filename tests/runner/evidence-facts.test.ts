/** The day the commit being made will carry, as git tells its pre-commit hook. */
import { describe, expect, it } from 'vitest';
import { pendingCommitDay } from '../../src/runner/evidence-facts.js';

describe('pendingCommitDay', () => {
  const now = new Date(2026, 10, 27, 12, 0);
  it.each([
    ['@1772640000 +0000', '2026-03-04'],
    // Midnight in UTC is still the evening before in California, and already morning in Tokyo.
    ['@1772668800 -0800', '2026-03-04'],
    ['@1772668800 +0900', '2026-03-05'],
    ['2026-03-09T10:00:00+05:00', '2026-03-09'],
    ['2026-03-09 10:00:00 +0500', '2026-03-09'],
  ])('%s is %s', (authorDate, day) => {
    expect(pendingCommitDay(authorDate, now)).toBe(day);
  });

  it('is today where ledgerlint runs when git says nothing (run by hand), or says it in a form not read here', () => {
    expect(pendingCommitDay(undefined, now)).toBe('2026-11-27');
    expect(pendingCommitDay('Wed, 4 Mar 2026 17:10 +0100', now)).toBe('2026-11-27');
  });
});
