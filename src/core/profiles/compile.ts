/** Profiles as rules use them: regexes compiled and names folded, once per profile. */
import { escapeRegExp, nameKey } from '../text/names.js';
import type { FieldSpec, Profile, SectionSpecInput } from './schema.js';

export interface CompiledState {
  name: string;
  done: boolean;
}

export interface CompiledPlaceholder {
  regex: RegExp;
  label: string;
  /** Matched against a whole line's content (it was written with ^…$). */
  anchored: boolean;
}

export interface CompiledProfile {
  spec: Profile;
  name: string;
  titlePattern: RegExp | null;
  phasePattern: RegExp | null;
  sessionEntry: RegExp | null;
  placeholders: CompiledPlaceholder[];
  /** Folded state names and aliases -> state. */
  states: Map<string, CompiledState>;
  /** Folded field names and aliases -> spec. */
  fields: Map<string, FieldSpec>;
}

const cache = new WeakMap<Profile, CompiledProfile>();

export function compileProfile(spec: Profile): CompiledProfile {
  const cached = cache.get(spec);
  if (cached) return cached;
  const states = new Map<string, CompiledState>();
  for (const state of spec.status.states) {
    const compiled = { name: state.name, done: state.done === true };
    for (const name of [state.name, ...(state.aliases ?? [])]) states.set(statusKey(name), compiled);
  }
  const fields = new Map<string, FieldSpec>();
  for (const field of spec.fields) for (const name of [field.name, ...(field.aliases ?? [])]) if (!fields.has(nameKey(name))) fields.set(nameKey(name), field);
  const compiled: CompiledProfile = {
    spec,
    name: spec.name,
    titlePattern: spec.title ? new RegExp(spec.title.pattern, 'iu') : null,
    phasePattern: spec.tasks ? new RegExp(spec.tasks.phase, 'iu') : null,
    sessionEntry: spec.sessions ? new RegExp(spec.sessions.entry, 'iu') : null,
    placeholders: spec.placeholders.map((p) =>
      typeof p === 'string'
        ? { regex: new RegExp(escapeRegExp(p), 'gu'), label: p, anchored: false }
        : { regex: new RegExp(p.pattern, 'gu'), label: p.label ?? p.pattern, anchored: p.pattern.startsWith('^') },
    ),
    states,
    fields,
  };
  cache.set(spec, compiled);
  return compiled;
}

/**
 * Folds a status as authors write it ("✅ Completed", "IN_PROGRESS", "In Progress (Phase 2)",
 * "**Done**", "Blocked - waiting on API") to a key of the vocabulary.
 */
export function statusKey(value: string): string {
  const cut = value.split(/\s[-–—|]\s|[(:]/u)[0] ?? value;
  return nameKey(cut);
}

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
