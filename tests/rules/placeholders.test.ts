import { describe, expect, it } from 'vitest';
import { findings, fixture, plant, template } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const check = (text: string, profile?: string) => findings(text, 'placeholders', profile ? { profile } : {});

describe('placeholders', () => {
  it('reports the blank templates\' placeholders at their lines', () => {
    const prdHits = check(template('prd-ledger.md'));
    expect(prdHits).toContain('1:12 error Template placeholder "[Feature Name]" is still here; fill it in or remove it.');
    expect(prdHits).toContain('7:14 error Template placeholder "YYYY-MM-DD" is still here; fill it in or remove it.');
    expect(prdHits).toContain('11:30 error Template placeholder "HH:MM" is still here; fill it in or remove it.');
    expect(prdHits).toContain('33:17 error Template placeholder "[Task description]" is still here; fill it in or remove it.');
    expect(prdHits).toContain('67:4 error Template placeholder "[Blocker description]" is still here; fill it in or remove it.');
    expect(prdHits).toContain('85:25 error Template placeholder "XX" is still here; fill it in or remove it.');
    expect(prdHits).toContain('202:4 error Template placeholder "abc1234" (example commit SHA) is still here; fill it in or remove it.');
    expect(prdHits).toContain('203:4 error Template placeholder "def5678" (example commit SHA) is still here; fill it in or remove it.');
    expect(prdHits).toContain('204:4 error Template placeholder "ghi9012" (example commit SHA) is still here; fill it in or remove it.');
    const featureHits = check(template('feature-ledger.md'));
    expect(featureHits).toContain('1:3 error Template placeholder "[Feature Name]" is still here; fill it in or remove it.');
    expect(featureHits).toContain('3:13 error Template placeholder "feat/feature-name" is still here; fill it in or remove it.');
    expect(featureHits).toContain('15:7 error Template placeholder "Criterion 1" (Criterion N) is still here; fill it in or remove it.');
  });

  it('finds nothing in a filled-in ledger', () => {
    expect(check(prd)).toEqual([]);
    expect(check(fixture('minimal/feature.md'))).toEqual([]);
  });

  it('reports the longest placeholder once where two overlap', () => {
    expect(check(plant(prd, '# Feature: Webhook Retries (PRD 04)', '# Feature: Webhook Retries (PRD [XX])'))).toEqual([
      '1:33 error Template placeholder "[XX]" is still here; fill it in or remove it.',
    ]);
  });

  it('does not mistake words that contain a placeholder for one', () => {
    expect(check(plant(prd, 'Retries run in the existing job runner.', 'XXL payloads and HH:MMM and abc12345 are fine; see `prisma/schema.prisma:42`.'))).toEqual([]);
  });

  it('ignores fenced code and HTML comments, not inline code', () => {
    const text = plant(prd, 'Retries run in the existing job runner.', '```\nDates look like YYYY-MM-DD\n```\n\n<!-- fill in YYYY-MM-DD -->\n\nSee `config.ts:XX`.');
    expect(check(text)).toEqual([expect.stringMatching(/^\d+:16 error Template placeholder "XX"/)]);
  });
});
