/** Questions several rules ask of a parsed ledger under a profile. */
import type { Field, Ledger, ListItem, Section } from './model.js';
import { lookupStatus, sectionKeys, type CompiledProfile, type CompiledState } from './profiles/compile.js';
import type { SectionSpecInput } from './profiles/schema.js';
import { nameKey } from './text.js';

/** The header field for a spec name, header lines before front matter. */
export function findField(ledger: Ledger, profile: CompiledProfile, name: string): Field | undefined {
  const spec = profile.fields.get(nameKey(name));
  const keys = new Set(spec ? [spec.name, ...(spec.aliases ?? [])].map(nameKey) : [nameKey(name)]);
  return ledger.fields.find((f) => f.source === 'header' && keys.has(f.key)) ?? ledger.fields.find((f) => keys.has(f.key));
}

export interface LedgerStatus {
  field: Field | undefined;
  state: CompiledState | undefined;
}

export function ledgerStatus(ledger: Ledger, profile: CompiledProfile): LedgerStatus {
  const field = findField(ledger, profile, profile.spec.status.field);
  return { field, state: field ? lookupStatus(profile, field.value) : undefined };
}

export function isDone(ledger: Ledger, profile: CompiledProfile): boolean {
  return ledgerStatus(ledger, profile).state?.done === true;
}

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

export function itemsIn(ledger: Ledger, section: Section): ListItem[] {
  return ledger.items.filter((i) => i.line > section.line && i.line <= section.endLine);
}

export function checkboxesIn(ledger: Ledger, section: Section): ListItem[] {
  return itemsIn(ledger, section).filter((i) => i.checkbox !== null);
}

/** The nearest enclosing item that has a checkbox. */
export function parentTask(item: ListItem): ListItem | null {
  for (let p = item.parent; p; p = p.parent) if (p.checkbox) return p;
  return null;
}

/** Checkbox items directly below a task (skipping plain items between). */
export function subtasks(item: ListItem): ListItem[] {
  const out: ListItem[] = [];
  const stack = [...item.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child.checkbox) out.push(child);
    else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
  }
  return out;
}

/** How a task is named in messages: "Task 1.2" or its text, shortened. */
export function describeItem(item: ListItem): string {
  if (item.id) return /^sub/i.test(item.text) ? `Subtask ${item.id}` : `Task ${item.id}`;
  const text = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
  return `"${text}"`;
}

/** An item's text without its leading "Task 1.2:" id. */
export function itemTextAfterId(item: ListItem): string {
  return item.text.replace(/^[^\p{L}\p{N}]*(?:(?:sub)?task[ \t]+)?\d+(?:\.\d+)+[ \t]*[:.)–—-]?[ \t]*/iu, '').trim();
}

export interface Phase {
  id: string;
  section: Section;
  tasks: ListItem[];
}

/** The phases of the Tasks section (its subsections whose titles match the phase pattern). */
export function phasesOf(ledger: Ledger, profile: CompiledProfile): { tasksSection: Section | undefined; phases: Phase[] } {
  const tasks = profile.spec.tasks;
  if (!tasks || !profile.phasePattern) return { tasksSection: undefined, phases: [] };
  const tasksSection = findSection(ledger, profile, tasks.section);
  if (!tasksSection) return { tasksSection, phases: [] };
  const phases: Phase[] = [];
  for (const section of tasksSection.children) {
    if (section.kind !== 'heading') continue;
    const match = profile.phasePattern.exec(section.title.replace(/^[^\p{L}\p{N}]+/u, ''));
    if (!match) continue;
    phases.push({ id: match.groups?.id ?? match[1] ?? String(phases.length + 1), section, tasks: checkboxesIn(ledger, section) });
  }
  return { tasksSection, phases };
}

export type CountPolicy = 'top-level' | 'all' | 'leaves';

/**
 * An item a team marked not applicable: struck through (`~~…~~`), or saying
 * `(N/A)` or `N/A:`. It is no work to do: not counted, not required.
 */
export function isExempt(item: ListItem): boolean {
  return item.struck || /\(\s*N\/A\s*\)|(?:^|\s)N\/A\s*:/i.test(item.text);
}

/** Not applicable: the item, or a task above it, is marked so. */
export function isNotApplicable(item: ListItem): boolean {
  for (let i: ListItem | null = item; i; i = parentTask(i)) if (isExempt(i)) return true;
  return false;
}

/** Which boxes count towards progress under a policy (items marked not applicable never do). */
export function countedTasks(tasks: readonly ListItem[], policy: CountPolicy): ListItem[] {
  const inScope = new Set(tasks);
  const chosen =
    policy === 'all'
      ? tasks
      : policy === 'leaves'
        ? tasks.filter((t) => subtasks(t).length === 0)
        : tasks.filter((t) => {
            const parent = parentTask(t);
            return parent === null || !inScope.has(parent);
          });
  return chosen.filter((t) => !isNotApplicable(t));
}

/** The line-content of a prose line with its container prefix (quotes, bullet, checkbox) removed. */
export function lineContent(line: string): { content: string; offset: number } {
  const prefix = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\]\*?[ \t]+)?)?/.exec(line)![0];
  const content = line.slice(prefix.length).trimEnd();
  return { content, offset: prefix.length };
}
