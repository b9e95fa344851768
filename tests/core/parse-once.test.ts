// The pre-commit hook lints the staged ledger against HEAD's version; the rules that read
// that version (last-updated, status-transition) must share one parse of it, not parse it each.
import { describe, expect, it, vi } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/engine/lint.js';
import * as parseModule from '../../src/core/parse/parse-ledger.js';
import { prdLedger } from '../helpers/ledgers.js';

vi.mock('../../src/core/parse/parse-ledger.js', async (original) => {
  const real = await original<typeof import('../../src/core/parse/parse-ledger.js')>();
  return { ...real, parseLedger: vi.fn(real.parseLedger) };
});

describe('the version a ledger is compared with', () => {
  it('is parsed once per lint, however many rules read it', () => {
    const now = prdLedger({ status: 'Completed' });
    const head = prdLedger();
    const prepared = prepareConfig({}, 'test config');
    const profile = prepared.pickProfile('ledger.md', now).profile!;
    const rules = prepared.rulesFor('ledger.md', profile.name);
    const ids = rules.map((r) => r.rule.meta.id);
    expect(ids).toContain('last-updated');
    expect(ids).toContain('status-transition');
    const parse = vi.mocked(parseModule.parseLedger);
    parse.mockClear();
    lintText({
      text: now,
      profile,
      rules,
      facts: { lastChange: { sha: null, day: '2026-03-20' }, previous: { label: 'HEAD', text: head } },
    });
    const texts = parse.mock.calls.map(([text]) => (text === now ? 'staged' : text === head ? 'HEAD' : 'other'));
    expect(texts.sort()).toEqual(['HEAD', 'staged']);
  });
});
