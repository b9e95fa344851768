/** Disable comments: what they silence, with which comments (suppressedMessages), and those that silence nothing. */
import { describe, expect, it } from 'vitest';
import { applyDirectives, type UnusedDirectives } from '../../src/core/engine/directives.js';
import type { LintMessage } from '../../src/core/engine/lint.js';
import { parseLedger } from '../../src/core/parse/parse-ledger.js';
import { lint } from '../helpers/lint.js';
import { prdLedger } from '../helpers/ledgers.js';

const RULES = ['placeholders', 'progress-math', 'session-count'];
const finding = (ruleId: string | null, line: number): LintMessage => ({
  ruleId,
  severity: 2,
  message: `${ruleId} at ${line}`,
  line,
  column: 1,
});

/** The directives of a ledger whose lines are given, applied to the findings. */
function apply(lines: string[], messages: LintMessage[], unused: UnusedDirectives = 'off') {
  const parsed = parseLedger(`${lines.join('\n')}\n`);
  if (!parsed.ok) throw new Error(parsed.failure.message);
  return applyDirectives(messages, parsed.ledger.directives, RULES, unused);
}

describe('suppressed findings', () => {
  it('keeps each silenced finding aside with the comment that silenced it and its reason', () => {
    const { messages, suppressed } = apply(
      ['# T', '<!-- ledgerlint-disable-next-line placeholders -- copied from the template -->', 'x', 'y'],
      [finding('placeholders', 3), finding('placeholders', 4)],
    );
    expect(messages).toEqual([finding('placeholders', 4)]);
    expect(suppressed).toEqual([
      {
        ...finding('placeholders', 3),
        suppressions: [{ kind: 'directive', justification: 'copied from the template' }],
      },
    ]);
  });

  it('lists every comment that silences a finding, as ESLint does', () => {
    const { suppressed } = apply(
      [
        '# T',
        '<!-- ledgerlint-disable -->',
        'x <!-- ledgerlint-disable-line progress-math -- checked by hand -->',
        '<!-- ledgerlint-disable-file progress-math -->',
      ],
      [finding('progress-math', 3)],
    );
    expect(suppressed[0]!.suppressions).toEqual([
      { kind: 'directive', justification: '' },
      { kind: 'directive', justification: '' },
      { kind: 'directive', justification: 'checked by hand' },
    ]);
  });

  it('on a header field line silences that line and leaves the field its value', () => {
    const text = prdLedger().replace(
      '**Agent Sessions:** 2',
      '**Agent Sessions:** 4 <!-- ledgerlint-disable-line session-count -- two were not logged -->',
    );
    expect(lint(text).filter((m) => m.line === 9)).toEqual([]);
  });

  it('never silences a fatal finding', () => {
    const fatal: LintMessage = { ...finding(null, 2), fatal: true };
    expect(apply(['# T', '<!-- ledgerlint-disable -->'], [fatal])).toEqual({ messages: [fatal], suppressed: [] });
  });
});

describe('unused disable comments', () => {
  const lines = [
    '# T',
    '<!-- ledgerlint-disable-next-line placeholders -->',
    'x',
    '<!-- ledgerlint-disable-line session-count -->',
    '<!-- ledgerlint-disable progress-math, placeholders -->',
    'y',
    '<!-- ledgerlint-enable progress-math -->',
    '<!-- ledgerlint-disable-file no-such-rule -->',
    '<!-- ledgerlint-disable-file -->',
  ];

  it('are not reported unless asked', () => {
    expect(apply(lines, []).messages.map((m) => m.message)).toEqual([
      'Unknown rule "no-such-rule" in a ledgerlint-disable-file comment.',
    ]);
  });

  it('are reported at the comment, naming the rules that had nothing to silence; unknown rules and enable comments are not', () => {
    const { messages } = apply(
      lines,
      [finding('placeholders', 3), finding('progress-math', 6), finding('session-count', 9)],
      'warning',
    );
    // The file-wide comment without rules silenced the session-count finding; the block's placeholders had nothing of its own.
    expect(
      messages.filter((m) => m.ruleId === null).map(({ message, line, severity }) => ({ message, line, severity })),
    ).toEqual([
      { message: 'Unknown rule "no-such-rule" in a ledgerlint-disable-file comment.', line: 8, severity: 1 },
      {
        message: 'Unused ledgerlint-disable-line comment (no problems were reported from "session-count").',
        line: 4,
        severity: 1,
      },
      {
        message: 'Unused ledgerlint-disable comment (no problems were reported from "placeholders").',
        line: 5,
        severity: 1,
      },
    ]);
  });

  it('as errors when asked so, and a comment for every rule that silenced nothing', () => {
    const { messages } = apply(['# T', '<!-- ledgerlint-disable-file -->'], [], 'error');
    expect(messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        message: 'Unused ledgerlint-disable-file comment (no problems were reported).',
        line: 2,
        column: 1,
      },
    ]);
  });
});
