/**
 * The parser and every rule are total: on arbitrary text and on mutated
 * real-shaped ledgers they never throw, never report a crash, and give positions
 * inside the file; their findings do not depend on line endings or a BOM.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { lintLedger, lintText, type LintMessage } from '../../src/core/engine/lint.js';
import { gateBlockers } from '../../src/core/ledger/completion.js';
import { parseLedger } from '../../src/core/parse/parse-ledger.js';
import { fixture } from '../helpers/lint.js';

const prepared = prepareConfig({}, null);
const profiles = prepared.profiles;
const seeds = [
  fixture('clean/prd-in-progress.md'),
  fixture('clean/feature-completed.md'),
  fixture('minimal/prd.md'),
  fixture('gate/exemptions.md'),
];

/** Everything, on every profile: all rules, and the gate (the text parsed once, as a run does). */
function checkAll(text: string): LintMessage[] {
  const parsed = parseLedger(text);
  if (!parsed.ok)
    return lintText({ text, profile: profiles[0]!, rules: prepared.rulesFor('ledger.md', profiles[0]!.name) }).messages;
  const out: LintMessage[] = [];
  for (const profile of profiles) {
    out.push(...lintLedger(parsed.ledger, profile, prepared.rulesFor('ledger.md', profile.name)));
    gateBlockers(parsed.ledger, profile, {});
  }
  return out;
}

function expectSane(text: string, messages: readonly LintMessage[]): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  for (const m of messages) {
    expect(m.message).not.toMatch(/Rule crashed/);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.line).toBeLessThanOrEqual(lines);
    expect(m.column).toBeGreaterThanOrEqual(1);
  }
}

const tokens = [
  '- [ ] ',
  '- [x] ',
  '  - [X] ',
  '1. ',
  '#',
  '## ',
  '### Phase 2: ',
  '**',
  '**Status:** ',
  '__',
  '|',
  '`',
  '```',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '>',
  '\n',
  '\n\n',
  '    ',
  '\t',
  'Task 1.2',
  'Phase 1',
  '%',
  '/',
  '0',
  '7',
  '100',
  '✓',
  '✅',
  '<!--',
  '-->',
  '---',
  'N/A',
  'YYYY-MM-DD',
  'abc1234',
  'é',
  '日本',
  '\u200b',
  '\\',
  '*',
  '_',
];

/** A real ledger with chunks inserted, deleted and replaced. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.array(fc.constantFrom(...tokens), { maxLength: 6 })), {
      minLength: 1,
      maxLength: 12,
    }),
  )
  .map(([seed, edits]) => {
    let text = seed;
    for (const [at, cut, insert] of edits) {
      const pos = at % (text.length + 1);
      text = text.slice(0, pos) + insert.join('') + text.slice(pos + cut);
    }
    return text;
  });

describe('totality', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectSane(text, checkAll(text))),
      { numRuns: 300 },
    );
  });

  it('on strings made of markdown pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tokens), { maxLength: 200 }).map((t) => t.join('')),
        (text) => expectSane(text, checkAll(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('on mutated real ledgers', () => {
    fc.assert(
      fc.property(mutated, (text) => expectSane(text, checkAll(text))),
      { numRuns: 150 },
    );
  });
});

describe('line endings and a BOM change nothing', () => {
  const shape = (messages: readonly LintMessage[]) => messages.map(({ fix: _range, ...m }) => m);
  it('gives the same findings for LF, CRLF, lone CR and BOM + CRLF', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const base = shape(checkAll(lf));
        expect(shape(checkAll(lf.replace(/\n/g, '\r\n')))).toEqual(base);
        expect(shape(checkAll(lf.replace(/\n/g, '\r')))).toEqual(base);
        expect(shape(checkAll(`\uFEFF${lf.replace(/\n/g, '\r\n')}`))).toEqual(base);
      }),
      // Four texts a run: as many parses as three at 80 runs.
      { numRuns: 60 },
    );
  });
});
