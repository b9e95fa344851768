/** Config and profile errors in ledgerlint's words, one case per zod issue code. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ConfigError, prepareConfig } from '../../src/core/config/resolve.js';
import { describeIssues, regexSource } from '../../src/core/zod.js';

/** What describeIssues says of a value that fails a schema. */
function told(schema: z.ZodMiniType, value: unknown, wording: Parameters<typeof describeIssues>[1] = {}): string {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) throw new Error('expected the value to fail');
  return describeIssues(parsed.error.issues, { schema, ...wording });
}

/** The message a config stops the run with, after the file name. */
function configError(raw: unknown): string {
  try {
    prepareConfig(raw, 'ledgerlint.config.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.message.replace(/^ledgerlint\.config\.json: /, '');
    throw error;
  }
  throw new Error('expected a config error');
}

describe('zod issues in ledgerlint words', () => {
  it('invalid_type: what it must be and what it was; a missing key is required', () => {
    expect(configError({ include: 'ledgers/*.md' })).toBe('"include" must be a list (got "ledgers/*.md")');
    expect(configError({ maxFileSize: '1MB' })).toBe('"maxFileSize" must be a number (got "1MB")');
    expect(configError({ maxFileSize: 1.5 })).toBe('"maxFileSize" must be a whole number (got 1.5)');
    expect(configError([])).toBe('the config must be an object (got a list)');
    expect(configError({ profiles: { adr: { tier: 'family' } } })).toBe(
      '"profiles.adr.detect" is required (or give "extends" to start from an existing profile)',
    );
    expect(configError({ profiles: { prd: { extends: 'prd', status: { states: [{ name: 1 }] } } } })).toBe(
      '"profiles.prd.status.states[0].name" must be a string (got 1)',
    );
  });

  it('invalid_value: the allowed values and what was written', () => {
    expect(configError({ rules: { 'progress-math': ['error', { count: 'most' }] } })).toBe(
      '"rules.progress-math[1].count" must be one of "top-level", "all", "leaves" (got "most")',
    );
    expect(configError({ profiles: { prd: { extends: 'prd', tier: 'tmpl' } } })).toBe(
      '"profiles.prd.tier" must be one of "template", "family", "generic" (got "tmpl")',
    );
    expect(told(z.literal('yes'), 'no')).toBe('the value must be "yes" (got "no")');
  });

  it('unrecognized_keys: the key, the one meant, and those allowed', () => {
    expect(configError({ includes: [] })).toBe(
      'unknown key "includes"; did you mean "include"? (allowed: $schema, include, ignores, maxFileSize, profiles, rules, overrides, reportUnusedDisableDirectives)',
    );
    expect(configError({ rules: { 'progress-math': ['error', { policy: 'all' }] } })).toBe(
      '"rules.progress-math[1]" has an unknown key "policy" (allowed: count)',
    );
    expect(configError({ rules: { 'completion-gate': ['error', { strict: true }] } })).toBe(
      '"rules.completion-gate[1]" has an unknown key "strict" (this rule takes no options)',
    );
    expect(
      configError({
        profiles: { prd: { extends: 'prd', sections: [{ name: 'A', children: [{ name: 'B', levl: 3 }] }] } },
      }),
    ).toBe(
      '"profiles.prd.sections[0].children[0]" has an unknown key "levl"; did you mean "level"? (allowed: name, aliases, kind, level, presence, children)',
    );
    // A mistyped key also leaves the key it meant missing: the typo is what is told.
    expect(configError({ profiles: { prd: { extends: 'prd', detect: { titl: 'x' } } } })).toBe(
      '"profiles.prd.detect" has an unknown key "titl"; did you mean "title"? (allowed: title, paths, signals, minSignals, requires)',
    );
    expect(told(z.strictObject({ a: z.optional(z.string()) }), { b: 1, c: 2 })).toBe(
      'unknown keys "b", "c" (allowed: a)',
    );
  });

  it('too_small: a bound on a number, the length of a string or a list', () => {
    expect(configError({ maxFileSize: -1 })).toBe('"maxFileSize" must be greater than 0 (got -1)');
    expect(configError({ include: [''] })).toBe('"include[0]" must not be empty (got "")');
    expect(told(z.array(z.string()).check(z.minLength(2)), ['a'])).toBe(
      'the value must have at least 2 items (got a list)',
    );
    expect(told(z.number().check(z.gte(3)), 1)).toBe('the value must be at least 3 (got 1)');
  });

  it('too_big: a bound on a number, the length of a string or a list', () => {
    expect(configError({ maxFileSize: 1e20 })).toBe(
      '"maxFileSize" must be at most 9007199254740991 (got 100000000000000000000)',
    );
    expect(told(z.string().check(z.maxLength(3)), 'abcdef')).toBe(
      'the value must have at most 3 characters (got "abcdef")',
    );
    expect(told(z.number().check(z.lt(10)), 12)).toBe('the value must be less than 10 (got 12)');
  });

  it('invalid_union: the values of the kind written, else every form; a form that matched is followed in', () => {
    expect(configError({ rules: { 'progress-math': 'warning' } })).toBe(
      '"rules.progress-math" must be one of "off", "warn", "error" (got "warning")',
    );
    expect(configError({ rules: { 'progress-math': 3 } })).toBe('"rules.progress-math" must be one of 0, 1, 2 (got 3)');
    expect(configError({ rules: { 'progress-math': true } })).toBe(
      '"rules.progress-math" must be one of "off", "warn", "error", 0, 1, 2, or a list (got true)',
    );
    expect(configError({ rules: { 'progress-math': ['warning'] } })).toBe(
      '"rules.progress-math[0]" must be one of "off", "warn", "error" (got "warning")',
    );
    expect(configError({ overrides: [{ files: ['a/**'], rules: { placeholders: 'on' } }] })).toBe(
      '"overrides[0].rules.placeholders" must be one of "off", "warn", "error" (got "on")',
    );
    expect(configError({ profiles: { prd: { extends: 'prd', placeholders: [5] } } })).toBe(
      '"profiles.prd.placeholders[0]" must be a string or an object (got 5)',
    );
    expect(configError({ profiles: { prd: { extends: 'prd', placeholders: [{ pattern: 'x', labl: 'y' }] } } })).toBe(
      '"profiles.prd.placeholders[0]" has an unknown key "labl"; did you mean "label"? (allowed: pattern, label)',
    );
  });

  it('custom: our own refinements keep their words, after the key', () => {
    expect(told(regexSource(), '([')).toMatch(
      /^the value: not a valid regular expression \(Invalid regular expression: /,
    );
    expect(configError({ profiles: { prd: { extends: 'prd', detect: { title: '(a+)+', signals: [] } } } })).toMatch(
      /^"profiles\.prd\.detect\.title": the regular expression can take exponential time on a long line: "\(a\+\)\+" repeats a part/,
    );
  });

  it('names keys that are not plain names in brackets, and cuts long values', () => {
    expect(told(z.record(z.string(), z.number()), { 'a b': 'x' }, { at: ['rules'] })).toBe(
      '"rules["a b"]" must be a number (got "x")',
    );
    expect(told(z.number(), 'x'.repeat(100))).toBe(`the value must be a number (got "${'x'.repeat(39)}…")`);
  });
});
