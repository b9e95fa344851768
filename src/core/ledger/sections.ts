/** Sections of a ledger as a profile names them, and what lies in them. */
import type { Ledger, ListItem, Section } from '../model/document.js';
import { sectionKeys, type CompiledProfile } from '../profiles/compile.js';
import type { SectionSpecInput } from '../profiles/schema.js';
import { nameKey } from '../text/names.js';

/** The profile's spec for a section name, if it has one. */
export function specFor(profile: CompiledProfile, name: string): SectionSpecInput | undefined {
  const key = nameKey(name);
  const stack: SectionSpecInput[] = [...profile.spec.sections];
  while (stack.length > 0) {
    const spec = stack.pop()!;
    if (sectionKeys(spec).includes(key)) return spec;
    stack.push(...(spec.children ?? []));
  }
  return undefined;
}

/**
 * Whether a section in the document stands for a spec: same name or alias, and a
 * heading for a heading spec. A label spec is also met by a heading of that name
 * (`### Current Blockers` is the structured form of `**Current Blockers:**`).
 */
export function sectionMatches(spec: SectionSpecInput, section: Section): boolean {
  if ((spec.kind ?? 'heading') === 'heading' && section.kind !== 'heading') return false;
  return sectionKeys(spec).includes(section.key);
}

/**
 * Resolves "Blockers > Current Blockers": each name is looked up among the
 * sections below the previous one, at any depth; the shallowest match wins, then
 * the first in document order (a `#### Commits` inside Session Log is not Git Commits).
 */
export function findSection(ledger: Ledger, profile: CompiledProfile, path: string): Section | undefined {
  let scope: readonly Section[] = ledger.sections;
  let found: Section | undefined;
  for (const name of path.split('>').map((n) => n.trim())) {
    const spec = specFor(profile, name) ?? { name };
    found = firstInOrder(scope, (s) => sectionMatches(spec, s));
    if (!found) return undefined;
    scope = found.children;
  }
  return found;
}

function firstInOrder(scope: readonly Section[], test: (s: Section) => boolean): Section | undefined {
  // Breadth first: level by level, each level in document order.
  let level: readonly Section[] = scope;
  while (level.length > 0) {
    const found = level.find(test);
    if (found) return found;
    level = level.flatMap((s) => s.children);
  }
  return undefined;
}

/** The innermost section holding a line (its heading line included), or null above the first. */
export function sectionHolding(ledger: Ledger, line: number): Section | null {
  let found: Section | null = null;
  // allSections is in document order: the last one that starts at or before the line and reaches it is the innermost.
  for (const s of ledger.allSections) if (s.line <= line && line <= s.endLine) found = s;
  return found;
}

export function itemsIn(ledger: Ledger, section: Section): ListItem[] {
  return ledger.items.filter((i) => i.line > section.line && i.line <= section.endLine);
}

export function checkboxesIn(ledger: Ledger, section: Section): ListItem[] {
  return itemsIn(ledger, section).filter((i) => i.checkbox !== null);
}
