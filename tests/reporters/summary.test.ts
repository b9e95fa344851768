import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT, summaryMarkdown } from '../../src/reporters/summary.js';
import { summarise, type FileResult } from '../../src/core/model/results.js';

const finding = (line: number, message: string) => ({ ruleId: 'placeholders', severity: 2 as const, message, line, column: 1 });

function ledger(path: string, findings: number, message = (i: number) => `Template placeholder "[Feature Name] ${i}" is still here; fill it in or remove it.`): FileResult {
  return summarise({ filePath: `/w/${path}`, displayPath: path, profile: 'prd', messages: Array.from({ length: findings }, (_, i) => finding(i + 1, message(i))) });
}

const bytes = (text: string) => Buffer.byteLength(text);

describe('the job summary', () => {
  it('lists every finding while it fits', () => {
    const summary = summaryMarkdown([ledger('a.md', 3), ledger('b.md', 0)]);
    expect(summary).toMatch(/\| 3 \| error \| placeholders \| Template placeholder "\\\[Feature Name\\\] 2" is still here/);
    expect(summary).toMatch(/### b\.md · prd · ✅/);
    expect(summary).not.toMatch(/stops here/);
  });

  it('stays under its limit, and says how many findings and ledgers it left out', () => {
    // As a 0.95 MB ledger of placeholders gives: 18,000 findings, which once made a 7.7 MB summary.
    const results = [ledger('big.md', 18_000), ledger('z.md', 5)];
    const summary = summaryMarkdown(results, { scope: 'Checked all ledgers.', footnote: 'A footnote.' });
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const listed = summary.split('\n').filter((l) => l.startsWith('| ') && / \| error \| /.test(l)).length;
    expect(listed).toBeGreaterThan(1000);
    expect(summary).toContain(`The summary stops here, to stay under GitHub's size limit for a job summary: ${18_005 - listed} more findings (1 more ledger not shown at all). The JSON report (the \`report\` output) has them all.`);
    expect(summary).toMatch(/\n\nA footnote\.\n\n$/);
    expect(summary).toMatch(/^## ledgerlint\n\nChecked all ledgers\.\n\n❌ 18005 errors and 0 warnings in 2 of 2 ledgers\.\n/);
  });

  it('cuts a long finding short, and stays under a limit that holds only the heading', () => {
    const long = summaryMarkdown([ledger('a.md', 1, () => `Status "${'x'.repeat(100_000)}" is odd.`)]);
    expect(bytes(long)).toBeLessThan(2000);
    expect(long).toMatch(/\| Status "x+… \|\n/);
    const tight = summaryMarkdown([ledger('a.md', 50), ledger('b.md', 50)], { limit: 500 });
    expect(bytes(tight)).toBeLessThanOrEqual(500);
    expect(tight).toMatch(/: 100 more findings \(2 more ledgers not shown at all\)\./);
  });
});
