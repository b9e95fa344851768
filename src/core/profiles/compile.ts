/** Profiles as rules use them: regexes compiled, names folded, the shared vocabulary filled in, once per profile. */
import picomatch from 'picomatch';
import { escapeRegExp, nameKey } from '../text/names.js';
import {
  CHECKLIST_SECTIONS,
  CLAIM_SECTIONS,
  COMMIT_LISTS,
  COUNTING,
  DATE_FIELDS,
  FRONT_MATTER_KEYS,
  GROUP_PATTERN,
  HISTORY_SECTIONS,
  IGNORED_SECTIONS,
  LOG_ENTRY_HEADING,
  STATUS_WORDS,
  TABLE_COLUMNS,
} from './builtin/vocabulary.js';
import type { FieldSpec, Profile, SectionSpecInput, StateCategory, Tier } from './schema.js';

export interface CompiledState {
  name: string;
  category: StateCategory;
  /** category === 'done'. */
  done: boolean;
}

export interface CompiledPlaceholder {
  regex: RegExp;
  label: string;
  /** Matched against a whole line's content (it was written with ^…$). */
  anchored: boolean;
}

/** Folded section names; a section matches when its folded title holds one of them as whole words. */
export type NameSet = readonly string[];

/** Where commits are listed: titles of sections and labels, words that make a title not a list, table columns of commits, of their subjects and of checksums beside files, headings over examples. */
export interface CommitLists {
  titles: NameSet;
  notLists: NameSet;
  columns: NameSet;
  messages: NameSet;
  checksums: NameSet;
  files: NameSet;
  examples: NameSet;
}

export interface CompiledProfile {
  spec: Profile;
  name: string;
  tier: Tier;
  titlePattern: RegExp | null;
  phasePattern: RegExp | null;
  sessionEntry: RegExp | null;
  placeholders: CompiledPlaceholder[];
  /** Folded state names and aliases -> state. */
  states: Map<string, CompiledState>;
  /** The states in vocabulary order, for messages. */
  stateNames: string[];
  /** Folded field names and aliases -> spec. */
  fields: Map<string, FieldSpec>;
  /** Whether a path (relative, `/`-separated) is where this format lives. */
  matchesPath: ((path: string) => boolean) | null;
  groupPattern: RegExp;
  logEntry: RegExp;
  work: { tasks: NameSet | null; checklists: NameSet; ignore: NameSet };
  claimSections: NameSet;
  history: NameSet;
  counting: Array<'top-level' | 'all' | 'leaves'>;
  boxes: 'counted' | 'may-count' | 'elsewhere';
  dates: { starts: NameSet; updates: NameSet };
  columns: { group: NameSet; fraction: NameSet; percent: NameSet; status: NameSet };
  frontMatter: { percent: NameSet; done: NameSet; total: NameSet };
  /** Where commits are listed; equal for profiles that list them alike (the same object). */
  commitLists: CommitLists;
}

const cache = new WeakMap<Profile, CompiledProfile>();
const seen = new Map<string, unknown>();
/** One object for equal values, so what is read with them can be shared (most profiles read commits with the same vocabulary). */
function interned<T>(value: T): T {
  const key = JSON.stringify(value);
  if (!seen.has(key)) seen.set(key, value);
  return seen.get(key) as T;
}
const fold = (names: readonly string[]): string[] => [...new Set(names.map(nameKey).filter(Boolean))];
const plus = (base: readonly string[], extra: readonly string[] | undefined): string[] =>
  fold([...base, ...(extra ?? [])]);

export function compileProfile(spec: Profile): CompiledProfile {
  const cached = cache.get(spec);
  if (cached) return cached;
  const states = new Map<string, CompiledState>();
  const vocabulary = spec.status.states ?? STATUS_WORDS;
  for (const state of vocabulary) {
    const category: StateCategory =
      state.category ?? (state.done ? 'done' : usualCategory([state.name, ...(state.aliases ?? [])]));
    const compiled = { name: state.name, category, done: category === 'done' };
    for (const name of [state.name, ...(state.aliases ?? [])])
      if (!states.has(statusKey(name))) states.set(statusKey(name), compiled);
  }
  const fields = new Map<string, FieldSpec>();
  for (const field of spec.fields)
    for (const name of [field.name, ...(field.aliases ?? [])])
      if (!fields.has(nameKey(name))) fields.set(nameKey(name), field);
  const paths = spec.detect.paths;
  const claims = spec.claims ?? {};
  const compiled: CompiledProfile = {
    spec,
    name: spec.name,
    tier: spec.tier,
    titlePattern: spec.title ? new RegExp(spec.title.pattern, 'iu') : null,
    phasePattern: spec.tasks ? new RegExp(spec.tasks.phase, 'iu') : null,
    sessionEntry: spec.sessions ? new RegExp(spec.sessions.entry, 'iu') : null,
    placeholders: spec.placeholders.map((p) =>
      typeof p === 'string'
        ? { regex: new RegExp(escapeRegExp(p), 'gu'), label: p, anchored: false }
        : { regex: new RegExp(p.pattern, 'gu'), label: p.label ?? p.pattern, anchored: p.pattern.startsWith('^') },
    ),
    states,
    stateNames: vocabulary.map((s) => s.name),
    fields,
    matchesPath: paths && paths.length > 0 ? picomatch(paths.map(anyDepth), { dot: true, nocase: true }) : null,
    groupPattern: new RegExp(spec.groups?.pattern ?? GROUP_PATTERN, 'iu'),
    logEntry: new RegExp(LOG_ENTRY_HEADING, 'iu'),
    work: {
      tasks: spec.work?.tasks ? fold(spec.work.tasks) : null,
      checklists: plus(CHECKLIST_SECTIONS, spec.work?.checklists),
      ignore: plus(IGNORED_SECTIONS, spec.work?.ignore),
    },
    claimSections: plus(CLAIM_SECTIONS, claims.sections),
    history: plus(HISTORY_SECTIONS, spec.history),
    counting: claims.counting ?? COUNTING,
    boxes: claims.boxes ?? 'may-count',
    dates: {
      starts: plus(DATE_FIELDS.starts, spec.dates?.starts),
      updates: plus(DATE_FIELDS.updates, spec.dates?.updates),
    },
    columns: {
      group: plus(TABLE_COLUMNS.group, claims.columns?.group),
      fraction: plus(TABLE_COLUMNS.fraction, claims.columns?.fraction),
      percent: plus(TABLE_COLUMNS.percent, claims.columns?.percent),
      status: plus(TABLE_COLUMNS.status, claims.columns?.status),
    },
    frontMatter: {
      percent: plus(FRONT_MATTER_KEYS.percent, claims.frontMatter?.percent),
      done: plus(FRONT_MATTER_KEYS.done, claims.frontMatter?.done),
      total: plus(FRONT_MATTER_KEYS.total, claims.frontMatter?.total),
    },
    commitLists: interned({
      titles: plus(COMMIT_LISTS.titles, [...(spec.commits?.sections ?? []), ...commitSectionNames(spec)]),
      notLists: fold(COMMIT_LISTS.notLists),
      columns: plus(COMMIT_LISTS.columns, spec.commits?.columns),
      messages: fold(COMMIT_LISTS.messages),
      checksums: fold(COMMIT_LISTS.checksums),
      files: fold(COMMIT_LISTS.files),
      examples: fold(COMMIT_LISTS.examples),
    }),
  };
  cache.set(spec, compiled);
  return compiled;
}

/** The name and aliases of the section a profile lists its commits in. */
function commitSectionNames(spec: Profile): string[] {
  const path = spec.commits?.section;
  if (!path) return [];
  const name = path.split('>').pop()!.trim();
  const stack: SectionSpecInput[] = [...spec.sections];
  while (stack.length > 0) {
    const section = stack.pop()!;
    if (nameKey(section.name) === nameKey(name)) return [section.name, ...(section.aliases ?? [])];
    stack.push(...(section.children ?? []));
  }
  return [name];
}

/**
 * A profile's path glob matches at any depth (`docs/plans/*.md` also in `web/docs/plans/`),
 * unless it starts with `/`, which anchors it at the config's directory.
 */
export function anyDepth(glob: string): string {
  if (glob.startsWith('/')) return glob.slice(1);
  return glob.startsWith('**/') ? glob : `{,**/}${glob}`;
}

/** What the usual vocabulary says a state of these names is (a config's "Cooking" state without a category is active). */
function usualCategory(names: readonly string[]): StateCategory {
  for (const name of names) {
    const key = statusKey(name);
    const usual = STATUS_WORDS.find((s) => [s.name, ...(s.aliases ?? [])].some((n) => statusKey(n) === key));
    if (usual?.category) return usual.category;
  }
  return 'active';
}

/**
 * Whether a folded section name starts or ends with one of the names, as whole words:
 * "quality gate final" and "phase 1 quality gate" are Quality Gate; "api usage tracking"
 * is not Usage.
 */
export function nameIn(key: string, names: NameSet): boolean {
  if (key === '') return false;
  return names.some(
    (name) =>
      key === name ||
      (key.startsWith(name) && key[name.length] === ' ') ||
      (key.endsWith(name) && key[key.length - name.length - 1] === ' '),
  );
}

/**
 * Folds a status as authors write it ("✅ Completed", "IN_PROGRESS", "In Progress (Phase 2)",
 * "**Done**", "Blocked - waiting on API") to a key of the vocabulary.
 */
export function statusKey(value: string): string {
  const cut = value.split(/\s[-–—|]\s|[(:]/u)[0] ?? value;
  return nameKey(cut);
}

/** The state a status value names exactly (a template's vocabulary is closed: anything else is reported). */
export function lookupStatus(profile: CompiledProfile, value: string): CompiledState | undefined {
  return profile.states.get(statusKey(value));
}

const keysOfSpec = new WeakMap<SectionSpecInput, string[]>();

/** Every name and alias of a section, folded (once per spec: rules ask for them on every ledger). */
export function sectionKeys(spec: SectionSpecInput): string[] {
  let keys = keysOfSpec.get(spec);
  if (!keys) keysOfSpec.set(spec, (keys = [spec.name, ...(spec.aliases ?? [])].map(nameKey)));
  return keys;
}
