import { describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT, summaryMarkdown } from '../../src/reporters/summary.js';
import { summarise, type FileResult } from '../../src/core/model/results.js';

const finding = (line: number, message: string) => ({
  ruleId: 'placeholders',
  severity: 2 as const,
  message,
  line,
  column: 1,
});

function ledger(
  path: string,
  findings: number,
  message = (i: number) => `Template placeholder "[Feature Name] ${i}" is still here; fill it in or remove it.`,
): FileResult {
  return summarise({
    filePath: `/w/${path}`,
    displayPath: path,
    profile: 'prd',
    messages: Array.from({ length: findings }, (_, i) => finding(i + 1, message(i))),
  });
}

const bytes = (text: string) => Buffer.byteLength(text);

describe('the job summary', () => {
  it('lists every finding while it fits', () => {
    const summary = summaryMarkdown([ledger('a.md', 3), ledger('b.md', 0)]);
    expect(summary).toMatch(
      /\| 3 \| error \| placeholders \| Template placeholder "\\\[Feature Name\\\] 2" is still here/,
    );
    expect(summary).toMatch(/^✅ No problems in 1 ledger: b\.md\.$/m);
    expect(summary).not.toMatch(/### b\.md/);
    expect(summary).not.toMatch(/stops here/);
  });

  it('stays under its limit, and says how many findings and ledgers it left out', () => {
    // As a 0.95 MB ledger of placeholders gives: 18,000 findings, which once made a 7.7 MB summary.
    const results = [ledger('big.md', 18_000), ledger('z.md', 5)];
    const summary = summaryMarkdown(results, { scope: 'Checked all ledgers.', footnote: 'A footnote.' });
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const listed = summary.split('\n').filter((l) => l.startsWith('| ') && / \| error \| /.test(l)).length;
    expect(listed).toBeGreaterThan(1000);
    expect(summary).toContain(
      `The summary stops here, to stay under GitHub's size limit for a job summary: ${18_005 - listed} more findings (1 more ledger not shown at all). The JSON report (the \`report\` output) has them all.`,
    );
    expect(summary).toMatch(/\n\nA footnote\.\n\n$/);
    expect(summary).toMatch(
      /^## ledgerlint\n\nChecked all ledgers\.\n\n❌ 18005 errors and 0 warnings in 2 of 2 ledgers\.\n/,
    );
  });

  it('cuts a long finding short, and stays under a limit that holds only the heading', () => {
    const long = summaryMarkdown([ledger('a.md', 1, () => `Status "${'x'.repeat(100_000)}" is odd.`)]);
    expect(bytes(long)).toBeLessThan(2000);
    expect(long).toMatch(/\| Status "x+… \|\n/);
    const tight = summaryMarkdown([ledger('a.md', 50), ledger('b.md', 50)], { limit: 500 });
    expect(bytes(tight)).toBeLessThanOrEqual(500);
    expect(tight).toMatch(/: 100 more findings \(1 more ledger not shown at all\)\./);
  });

  it('keeps 1,200 failing ledgers well under the 1 MiB GitHub shows, folds long sections, puts the clean ones on one line, and says where it stopped', () => {
    const overview = {
      status: 'In Progress',
      phases: [1, 2, 3].map((n) => ({ id: String(n), title: `Phase ${n}: Work`, done: 1, total: 2 })),
      overall: { done: 3, total: 6 },
    };
    const failing = Array.from({ length: 1200 }, (_, i) => ({
      ...ledger(`docs/ledgers/feature-${String(i).padStart(4, '0')}.md`, 12),
      overview,
    }));
    const clean = Array.from({ length: 300 }, (_, i) => ({
      ...ledger(`docs/ledgers/done-${i}.md`, 0),
      overview: { ...overview, status: 'Completed' },
    }));
    const sha = 'a'.repeat(40);
    const summary = summaryMarkdown([...failing, ...clean], {
      scope: 'Checked all ledgers.',
      links: { blobUrl: `https://github.com/octo/ledgers/blob/${sha}/` },
    });
    expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(bytes(summary)).toBeLessThan(1024 * 1024);
    // Clean ledgers: one line, with their status and progress; never a section each.
    const cleanLines = summary.split('\n').filter((l) => l.startsWith('✅ No problems in 300 ledgers: '));
    expect(cleanLines).toHaveLength(1);
    expect(cleanLines[0]).toMatch(
      /^✅ No problems in 300 ledgers: \[docs\/ledgers\/done-0\.md\]\(https:\/\/github\.com\/octo\/ledgers\/blob\/a{40}\/docs\/ledgers\/done-0\.md\) \(Completed, 50%\), .*, and \d+ more\.$/,
    );
    expect(summary).not.toMatch(/### .*done-/);
    // Twelve findings are folded under their count; every block that opens is closed.
    expect(summary).toContain(
      '<details>\n<summary>12 findings: 12 errors</summary>\n\n| Line | Severity | Rule | Finding |',
    );
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length);
    // Lines link to the file at the head commit.
    expect(summary).toContain(
      `| [3](https://github.com/octo/ledgers/blob/${sha}/docs/ledgers/feature-0000.md#L3) | error | placeholders |`,
    );
    const shown = summary.split('\n').filter((l) => l.startsWith('### ')).length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(1200);
    expect(summary).toMatch(
      new RegExp(
        `The summary stops here, to stay under GitHub's size limit for a job summary: \\d+ more findings \\(${1200 - shown} more ledgers not shown at all\\)\\. The JSON report`,
      ),
    );
  });

  it('shows a short section open, and escapes what a link is made of', () => {
    const summary = summaryMarkdown([ledger('docs/a (draft) [1].md', 2)], {
      links: { blobUrl: 'https://ghe.example.com/o/r/blob/abc/' },
    });
    expect(summary).not.toMatch(/<details>/);
    expect(summary).toContain(
      '### [docs/a \\(draft\\) \\[1\\].md](https://ghe.example.com/o/r/blob/abc/docs/a%20%28draft%29%20%5B1%5D.md) · prd · ❌ 2E 0W',
    );
    expect(summary).toContain(
      '| [1](https://ghe.example.com/o/r/blob/abc/docs/a%20%28draft%29%20%5B1%5D.md#L1) | error |',
    );
  });
});
