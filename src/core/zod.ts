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
import { closest } from './text/wording.js';

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
        ctx.addIssue({
          code: 'custom',
          message: `not a valid regular expression (${(error as Error).message})`,
          input: source,
        });
        return;
      }
      const verdict = checkBacktracking(source, 'iu');
      if (!verdict.safe) ctx.addIssue({ code: 'custom', message: backtrackingMessage(verdict), input: source });
    }),
  );

function backtrackingMessage(verdict: Exclude<BacktrackingVerdict, { safe: true }>): string {
  if (verdict.reason === 'too-complex')
    return 'the regular expression is too large or too deeply nested to be checked for runaway backtracking; simplify it';
  return `the regular expression can take exponential time on a long line: "${verdict.culprit}" repeats a part that can match the same text in more than one way, and a failing match tries every way; rewrite it so that each piece of text can be matched only one way (e.g. "([a-z]+\\s?)+" as "[a-z]+(?:\\s[a-z]+)*\\s?")`;
}

export const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

/**
 * How a zod issue about data a user wrote (a config, a profile) is told: the key path
 * in quotes, what it must be, and what it was, as `"rules.progress-math" must be one
 * of "off", "warn", "error" (got "warning")`, instead of zod's own wording. Parse with
 * `{ reportInput: true }` so that issues carry what was written.
 */
export interface IssueWording {
  /** Where the parsed value sits in the file (a rule's options: ["rules", "progress-math", 1]). */
  at?: readonly PropertyKey[];
  /** The schema that was parsed, to list the keys an object allows next to an unknown one. */
  schema?: z.ZodMiniType;
  /** Said of an unknown key where the object allows none. */
  noKeys?: string;
  /** What the whole value is called, for an issue about it rather than a key ("the config"). */
  whole?: string;
}

/**
 * The issue worth telling of a failed parse: an unknown key first (a mistyped key
 * also leaves the key it meant missing, and the typo is the news), else the first.
 */
export function issueToTell(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue {
  return issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], wording: IssueWording = {}): string {
  return describeIssue(issueToTell(issues), wording);
}

export function describeIssue(issue: z.core.$ZodIssue, wording: IssueWording = {}): string {
  const at = [...(wording.at ?? []), ...issue.path];
  const subject = at.length === 0 ? (wording.whole ?? 'the value') : `"${keyPath(at)}"`;
  const got = seen(issue.input);
  const gotPart = got === null ? '' : ` (got ${got})`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && at.length > 0) return `${subject} is required`;
      return `${subject} must be ${typeName(issue.expected)}${gotPart}`;
    case 'invalid_value':
      return `${subject} must be ${choices(issue.values.map(literal))}${gotPart}`;
    case 'too_small':
    case 'too_big':
      return `${subject} must ${bound(issue)}${gotPart}`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, at.length === 0 ? null : subject, issue.path, wording);
    case 'invalid_union':
      return unionMismatch(issue, wording);
    case 'invalid_format':
      return `${subject} must ${issue.format === 'regex' && issue.pattern ? `match ${issue.pattern}` : `be a valid ${issue.format}`}${gotPart}`;
    case 'not_multiple_of':
      return `${subject} must be a multiple of ${issue.divisor}${gotPart}`;
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues[0];
      return `${subject} has an invalid ${issue.code === 'invalid_key' ? 'key' : 'element'}${inner ? `: ${describeIssue({ ...inner, path: [] }, {})}` : ''}`;
    }
    default:
      // custom: our own refinements already say what is wrong in words.
      return `${subject}: ${issue.message}`;
  }
}

/** `rules.progress-math`, `profiles.prd.placeholders[0].pattern`; a key that is not a plain name is quoted in brackets. */
export function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) =>
      typeof p === 'number'
        ? `[${p}]`
        : /^[\w$-]+$/u.test(String(p))
          ? `${i === 0 ? '' : '.'}${String(p)}`
          : `[${JSON.stringify(String(p))}]`,
    )
    .join('');
}

/** What was written, shortly: a string in quotes (cut to 40 characters), a number, or the kind of thing. */
function seen(input: unknown): string | null {
  if (input === undefined) return null;
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 39)}…` : input);
  if (Array.isArray(input)) return 'a list';
  if (input === null || typeof input !== 'object') return String(input);
  return 'an object';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  set: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  null: 'null',
};
const typeName = (expected: string): string => TYPE_NAMES[expected] ?? `a ${expected}`;

const literal = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** `"a"`, or `one of "a", "b", "c"`. */
function choices(options: readonly string[]): string {
  return options.length === 1 ? options[0]! : `one of ${options.join(', ')}`;
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const { origin, exact, inclusive } = issue;
  const unit = origin === 'string' ? 'character' : origin === 'array' || origin === 'set' ? 'item' : null;
  if (unit === null)
    return `be ${exact ? 'exactly' : inclusive ? (small ? 'at least' : 'at most') : small ? 'greater than' : 'less than'} ${limit}`;
  if (small && limit === 1 && !exact) return 'not be empty';
  const count = `${limit} ${unit}${limit === 1 ? '' : 's'}`;
  return `have ${exact ? 'exactly' : small ? 'at least' : 'at most'} ${count}`;
}

function unknownKeys(
  keys: readonly string[],
  subject: string | null,
  path: readonly PropertyKey[],
  wording: IssueWording,
): string {
  const allowed = wording.schema ? keysAt(wording.schema, path) : null;
  const meant = allowed && keys.length === 1 ? closest(keys[0]!, allowed) : null;
  const hint =
    allowed === null
      ? ''
      : allowed.length === 0
        ? ` (${wording.noKeys ?? 'no keys are allowed here'})`
        : ` (allowed: ${allowed.join(', ')})`;
  const named = `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`;
  return `${subject ? `${subject} has an ${named}` : named}${meant ? `; did you mean "${meant}"?` : ''}${hint}`;
}

/**
 * No form of a union fits. A form whose type matched and that failed deeper in (a
 * [severity, options] list with a bad severity) is the one meant: its issue is told.
 * Else the values and types the forms accept, those of the kind written first.
 */
function unionMismatch(issue: z.core.$ZodIssueInvalidUnion, wording: IssueWording): string {
  const at = [...(wording.at ?? []), ...issue.path];
  const deeper = issue.errors.find(
    (branch) => branch.length > 0 && branch.every((i) => i.path.length > 0 || !SHAPE_CODES.has(i.code)),
  );
  if (deeper)
    return describeIssue(deeper[0]!, {
      ...wording,
      at,
      ...(wording.schema ? { schema: subSchema(wording.schema, issue.path) } : {}),
    });
  const { values, types } = accepted(issue.errors);
  // Of the values, those of the kind written: "warning" was meant as one of "off", "warn", "error".
  const sameKind = values.filter((v) => typeof v === typeof issue.input);
  const listed = (sameKind.length > 0 ? sameKind : values).map(literal);
  const kinds = sameKind.length > 0 ? [] : types;
  const subject = at.length === 0 ? (wording.whole ?? 'the value') : `"${keyPath(at)}"`;
  const got = seen(issue.input);
  const gotPart = got === null ? '' : ` (got ${got})`;
  if (listed.length === 0 && kinds.length === 0) return `${subject} does not have any of the accepted forms${gotPart}`;
  const expected = [listed.length > 0 ? choices(listed) : '', kinds.join(' or ')].filter(Boolean).join(', or ');
  return `${subject} must be ${expected}${gotPart}`;
}

/** Issues that say the value is not of a form at all (as opposed to a form with a bad part). */
const SHAPE_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

function accepted(branches: readonly (readonly z.core.$ZodIssue[])[]): { values: unknown[]; types: string[] } {
  const values: unknown[] = [];
  const types = new Set<string>();
  for (const issue of branches.flat()) {
    if (issue.path.length > 0) continue;
    if (issue.code === 'invalid_value') values.push(...issue.values);
    else if (issue.code === 'invalid_type') types.add(typeName(issue.expected));
    else if (issue.code === 'invalid_union') {
      const inner = accepted(issue.errors);
      values.push(...inner.values);
      for (const type of inner.types) types.add(type);
    }
  }
  return { values, types: [...types] };
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  getter?: () => z.ZodMiniType;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  items?: z.ZodMiniType[];
  rest?: z.ZodMiniType | null;
  options?: z.ZodMiniType[];
};
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema of the value at a path, through optional, default, lazy and pipe wrappers; in a union, its first form that has the path. */
function subSchema(schema: z.ZodMiniType | undefined, path: readonly PropertyKey[]): z.ZodMiniType | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in ?? def.getter?.();
  if (inner) return subSchema(inner, path);
  if (path.length === 0) return schema;
  if (def.type === 'union') return def.options!.map((o) => subSchema(o, path)).find(Boolean);
  const [key, ...rest] = path;
  if (def.type === 'object')
    return Object.hasOwn(def.shape!, String(key)) ? subSchema(def.shape![String(key)], rest) : undefined;
  if (def.type === 'array') return subSchema(def.element, rest);
  if (def.type === 'record') return subSchema(def.valueType, rest);
  if (def.type === 'tuple') return subSchema(def.items![Number(key)] ?? def.rest ?? undefined, rest);
  return undefined;
}

/** The keys the object at a path allows, or null when no object is there. */
function keysAt(schema: z.ZodMiniType, path: readonly PropertyKey[]): string[] | null {
  const found = subSchema(schema, path);
  if (!found) return null;
  const def = defOf(found);
  if (def.type === 'object') return Object.keys(def.shape!);
  if (def.type === 'union') return def.options!.map((o) => keysAt(o, [])).find((k) => k !== null) ?? null;
  return null;
}
