/** Tasks: boxes, their subtasks, their names in messages, and which count towards progress. */
import type { Ledger, ListItem, Section } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { checkboxesIn, findSection } from './sections.js';

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
