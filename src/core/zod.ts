/**
 * zod as ledgerlint uses it: the tree-shakable zod/mini API (the full API weighs
 * ten times more in the bundle, and every command, the hook included, loads it),
 * with English messages. Modules import `* as z from 'zod/mini'` themselves, and
 * import this one for the messages and these helpers: re-exporting the namespace
 * would defeat tree-shaking.
 */
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';

z.config(en());

/** A non-empty string. */
export const text = () => z.string().check(z.minLength(1));

/** A non-empty string that compiles as a regular expression with the u and i flags. */
export const regexSource = () =>
  text().check(
    z.superRefine((source, ctx) => {
      try {
        new RegExp(source, 'iu');
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})`, input: source });
      }
    }),
  );

export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
