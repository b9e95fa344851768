/**
 * zod as ledgerlint uses it: the tree-shakable zod/mini API (the full API weighs
 * ten times more in the bundle, and every command, the hook included, loads it),
 * with English messages. Modules import `* as z from 'zod/mini'` themselves, and
 * import this one for the messages and these helpers: re-exporting the namespace
 * would defeat tree-shaking.
 */
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { checkBacktracking, type BacktrackingVerdict } from './regex/backtracking.js';

z.config(en());

/** A non-empty string. */
export const text = () => z.string().check(z.minLength(1));

/**
 * A non-empty string that compiles as a regular expression with the u and i flags, and
 * that cannot take exponential time on a long line (these run on every line of every
 * ledger, in hooks and CI, where one hostile line must not hang the run).
 */
export const regexSource = () =>
  text().check(
    z.superRefine((source, ctx) => {
      try {
        new RegExp(source, 'iu');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})`, input: source });
        return;
      }
      const verdict = checkBacktracking(source, 'iu');
      if (!verdict.safe) ctx.addIssue({ code: 'custom', message: backtrackingMessage(verdict), input: source });
    }),
  );

function backtrackingMessage(verdict: Exclude<BacktrackingVerdict, { safe: true }>): string {
  if (verdict.reason === 'too-complex') return 'the regular expression is too large or too deeply nested to be checked for runaway backtracking; simplify it';
  return `the regular expression can take exponential time on a long line: "${verdict.culprit}" repeats a part that can match the same text in more than one way, and a failing match tries every way; rewrite it so that each piece of text can be matched only one way (e.g. "([a-z]+\\s?)+" as "[a-z]+(?:\\s[a-z]+)*\\s?")`;
}

export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
