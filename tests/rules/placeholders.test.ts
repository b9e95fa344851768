import { describe, expect, it } from 'vitest';
import { findings, fixture, plant, template } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const prd = fixture('minimal/prd.md');
const left = (text: string, label?: string) =>
  `Template placeholder "${text}"${label ? ` (${label})` : ''} is still here; fill it in or remove it.`;
const notes = (text: string) => plant(prd, 'Retries run in the existing job runner.', text);

ruleTester('placeholders', {
  valid: [
    { name: 'a filled-in prd ledger', text: prd },
    { name: 'a filled-in feature ledger', text: fixture('minimal/feature.md') },
    {
      name: 'words that contain a placeholder are not one',
      text: notes('XXL payloads and HH:MMM and abc12345 are fine; see `prisma/schema.prisma:42`.'),
    },
    {
      name: 'fenced code and HTML comments',
      text: notes('```\nDates look like YYYY-MM-DD\n```\n\n<!-- fill in YYYY-MM-DD -->'),
    },
  ],
  invalid: [
    {
      name: 'the longest placeholder once where two overlap',
      text: plant(prd, '# Feature: Webhook Retries (PRD 04)', '# Feature: Webhook Retries (PRD [XX])'),
      errors: [{ line: 1, column: 33, message: left('[XX]') }],
    },
    {
      name: 'inline code is read',
      text: notes('See `config.ts:XX`.'),
      errors: [{ line: 'config.ts', column: 16, message: left('XX') }],
    },
    {
      name: "the template's example commits",
      text: plant(
        prd,
        '- `4be19c2` - feat: add delivery_attempts table [PRD-04 Task 1.1]',
        '- `abc1234` - feat: add [feature component] [PRD-XX Task 1.1]',
      ),
      errors: [
        { line: 'abc1234', column: 4, message: left('abc1234', 'example commit SHA') },
        { line: 'abc1234', column: 25, message: left('[feature component]') },
        { line: 'abc1234', column: 50, message: left('XX') },
      ],
    },
  ],
});

describe('placeholders on the blank templates', () => {
  it("reports the blank templates' placeholders at their lines", () => {
    const prdHits = findings(template('prd-ledger.md'), 'placeholders');
    expect(prdHits).toContain(
      '1:12 error Template placeholder "[Feature Name]" is still here; fill it in or remove it.',
    );
    expect(prdHits).toContain('7:14 error Template placeholder "YYYY-MM-DD" is still here; fill it in or remove it.');
    expect(prdHits).toContain('11:30 error Template placeholder "HH:MM" is still here; fill it in or remove it.');
    expect(prdHits).toContain(
      '33:17 error Template placeholder "[Task description]" is still here; fill it in or remove it.',
    );
    expect(prdHits).toContain(
      '67:4 error Template placeholder "[Blocker description]" is still here; fill it in or remove it.',
    );
    expect(prdHits).toContain('85:25 error Template placeholder "XX" is still here; fill it in or remove it.');
    expect(prdHits).toContain(
      '202:4 error Template placeholder "abc1234" (example commit SHA) is still here; fill it in or remove it.',
    );
    expect(prdHits).toContain(
      '203:4 error Template placeholder "def5678" (example commit SHA) is still here; fill it in or remove it.',
    );
    expect(prdHits).toContain(
      '204:4 error Template placeholder "ghi9012" (example commit SHA) is still here; fill it in or remove it.',
    );
    const featureHits = findings(template('feature-ledger.md'), 'placeholders');
    expect(featureHits).toContain(
      '1:3 error Template placeholder "[Feature Name]" is still here; fill it in or remove it.',
    );
    expect(featureHits).toContain(
      '3:13 error Template placeholder "feat/feature-name" is still here; fill it in or remove it.',
    );
    expect(featureHits).toContain(
      '15:7 error Template placeholder "Criterion 1" (Criterion N) is still here; fill it in or remove it.',
    );
  });
});
