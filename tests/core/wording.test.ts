import { describe, expect, it } from 'vitest';
import { closest } from '../../src/core/text/wording.js';

describe('closest: what a mistyped name meant', () => {
  const flags = ['fix', 'fix-dry-run', 'format', 'cache', 'cache-location', 'staged'];

  it.each([
    ['fixx', 'fix'],
    ['frmat', 'format'],
    ['Cache', 'cache'],
    ['stagd', 'staged'],
    ['cache-locaton', 'cache-location'],
  ])('%s → %s', (typed, meant) => {
    expect(closest(typed, flags)).toBe(meant);
  });

  it.each(['zzzzz', 'quiet', 'x'])('%s → nothing near enough', (typed) => {
    expect(closest(typed, flags)).toBeNull();
  });
});
