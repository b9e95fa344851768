/**
 * A small rule tester in ESLint's manner: valid ledgers give the rule nothing to say;
 * invalid ones give exactly the findings listed, each at its line (a number, or a piece
 * of the line's text; a column when it matters) with its message (the text, or a
 * pattern) and severity. Ledgers are inline; facts are handed in, so a rule is tested
 * without git or the file system.
 */
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { fixText } from '../../src/core/engine/fix.js';
import { lintText } from '../../src/core/engine/lint.js';
import type { Facts } from '../../src/core/model/facts.js';

export interface Case {
  /** What the case shows; defaults to the ledger's first line. */
  name?: string;
  text: string;
  /** Force a profile instead of detecting one. */
  profile?: string;
  /** The ledger's path, relative to the config (detection reads it). */
  path?: string;
  /** The rule's options. */
  options?: unknown;
  /** More config, as a config file holds it (profiles of the test's own). */
  config?: { rules?: Record<string, unknown>; [key: string]: unknown };
  facts?: Facts;
}

export interface Expected {
  /** The line number, or a piece of text found on exactly one line. */
  line: number | string;
  /** The column, when it matters (1-based). */
  column?: number;
  message: string | RegExp;
  severity?: 'error' | 'warning';
}

export interface InvalidCase extends Case {
  errors: Expected[];
  /** What --fix makes of the text (the rule's fixes only). */
  output?: string;
}

/** Runs the whole lint as the CLI does and keeps the rule's own findings. */
export function runRule(ruleId: string, c: Case) {
  const rules = c.options === undefined ? c.config?.rules : { ...c.config?.rules, [ruleId]: ['error', c.options] };
  const prepared = prepareConfig({ ...c.config, ...(rules ? { rules } : {}) }, 'test config');
  const path = c.path ?? 'ledger.md';
  const profile = c.profile
    ? prepared.profiles.find((p) => p.name === c.profile)
    : prepared.pickProfile(path, c.text).profile;
  if (!profile) throw new Error(`the ledger matches no profile${c.profile ? ` named ${c.profile}` : ''}`);
  const effective = prepared.rulesFor(path, profile.name).filter((r) => r.rule.meta.id === ruleId);
  if (effective.length === 0) throw new Error(`no rule ${ruleId}`);
  const lint = (text: string) => lintText({ text, profile, rules: effective, facts: c.facts ?? {} });
  return { profile, outcome: lint(c.text), lint };
}

export function lineOf(text: string, at: number | string): number {
  if (typeof at === 'number') return at;
  const lines = text.split(/\r\n|\r|\n/);
  const found = lines.flatMap((line, index) => (line.includes(at) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`"${at}" is on ${found.length} lines, not one`);
  return found[0]!;
}

function title(c: Case): string {
  return (
    c.name ??
    c.text
      .split('\n')
      .find((l) => l.trim() !== '')!
      .slice(0, 80)
  );
}

export function ruleTester(ruleId: string, { valid, invalid }: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(valid.map((c) => [title(c), c] as const))('%s', (_name, c) => {
        const { outcome } = runRule(ruleId, c);
        expect(outcome.messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(invalid.map((c) => [title(c), c] as const))('%s', (_name, c) => {
        const { outcome, lint } = runRule(ruleId, c);
        const got = outcome.messages.map((m) => ({
          line: m.line,
          column: m.column,
          message: m.message,
          severity: m.severity === 2 ? 'error' : 'warning',
        }));
        const want = c.errors.map((e) => ({
          line: lineOf(c.text, e.line),
          column: e.column ?? expect.any(Number),
          message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message),
          severity: e.severity ?? 'error',
        }));
        expect(got).toEqual(want);
        if (c.output !== undefined) expect(fixText(c.text, outcome, lint).output).toBe(c.output);
      });
    });
  });
}
