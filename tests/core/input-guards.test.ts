/**
 * The markup budget weighs what micromark spends time and memory on, so that a file is
 * refused before a parse that would take minutes or gigabytes: every line (blank ones
 * too), hard breaks, character references, and setext headings, which micromark
 * resolves by re-walking the document before them.
 */
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/parse/parse-ledger.js';
import { findMarkupOverload, MARKUP_BUDGET } from '../../src/core/parse/input-guards.js';
import { splitLines } from '../../src/core/text/lines.js';
import { template } from '../helpers/lint.js';

/** The smallest budget the text fits in. */
function cost(text: string): number {
  const lines = splitLines(text);
  let low = 0;
  let high = 1 << 24;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (findMarkupOverload(lines, mid) === null) high = mid;
    else low = mid + 1;
  }
  return low;
}

describe('the markup budget', () => {
  it('charges every line, blank ones too', () => {
    expect(cost('\n'.repeat(1000))).toBeGreaterThanOrEqual(1000);
    expect(cost('plain text\n'.repeat(1000))).toBeGreaterThanOrEqual(1000);
  });

  it('charges hard breaks, with two spaces or a backslash', () => {
    expect(cost('a  \n'.repeat(1000))).toBeGreaterThanOrEqual(2000);
    expect(cost('a\\\n'.repeat(1000))).toBeGreaterThanOrEqual(2000);
  });

  it('charges character references and escapes', () => {
    expect(cost('&amp;'.repeat(1000))).toBeGreaterThanOrEqual(1000);
    expect(cost('&#35;'.repeat(1000))).toBeGreaterThanOrEqual(1000);
    expect(cost('\\.'.repeat(1000))).toBeGreaterThanOrEqual(1000);
  });

  it('charges a setext heading for the lines before it, so their cost grows with the square of their number', () => {
    const setext = (n: number) => cost('Title\n=====\n'.repeat(n));
    expect(setext(400)).toBeGreaterThan(3 * setext(200));
    expect(cost('a\n---\n'.repeat(400))).toBeGreaterThan(3 * cost('a\n---\n'.repeat(200)));
    // A rule after a blank line is a thematic break, not an underline.
    expect(cost('a\n\n---\n'.repeat(400))).toBeLessThan(3 * cost('a\n\n---\n'.repeat(200)));
  });

  it('leaves ordinary ledgers far below it', () => {
    const prd = template('prd-ledger.md');
    expect(cost(prd) / (prd.length / 1024)).toBeLessThan(250);
  });

  it.each([
    ['setext headings', 'a\n=\n'.repeat(2_000)],
    ['blank lines', '\n'.repeat(MARKUP_BUDGET + 1)],
    ['hard breaks', 'a  \n'.repeat(MARKUP_BUDGET / 2)],
    ['character references', '&amp;'.repeat(MARKUP_BUDGET)],
  ])('refuses a file of %s unparsed, at the line where the budget runs out', (_kind, body) => {
    const result = parseLedger(`# Feature: X\n\n## Notes\n\n${body}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.failure.message).toMatch(
        /^The file holds more markup than any ledger .*over 60,000 units by this line/,
      );
  });
});
