/** Tasks: boxes, their subtasks, their names in messages, and which count towards progress. */
import type { ListItem } from '../model/document.js';
import { quoted } from '../text/wording.js';

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
  // A trailing status mark is the item's state, not its name.
  return quoted(item.text.replace(/[ \t]*[✓✔✅☑]\uFE0F?[ \t]*$/u, '') || item.text);
}

/** An item's text without its leading id ("Task 1.2:", "Task 1:", "T015", "#3", "2.1"). */
export function itemTextAfterId(item: ListItem): string {
  return item.text
    .replace(
      /^[^\p{L}\p{N}#]*(?:(?:sub)?task[ \t]+)?(?:T\d+[a-z]?|#\d+|\d+(?:\.\d+)*)(?![\p{L}\p{N}])[ \t]*[:.)–—-]?[ \t]*/iu,
      '',
    )
    .trim();
}

/**
 * An item a team marked not applicable: struck through (`~~…~~`), or saying
 * `(N/A)` or `N/A:`. It is no work to do: not counted, not required.
 */
export function isExempt(item: ListItem): boolean {
  return item.struck || NOT_APPLICABLE.test(item.text) || CLOSED_WORD.test(item.text);
}

const NOT_APPLICABLE = /\(\s*N\/A\s*\)|(?:^|\s)N\/A\s*[:—–-]|\bOUT OF SCOPE\b|\(\s*out of scope\b|^skipped\s*:/i;
// Work closed without being done, said in capitals or in parentheses: "[X] T012 SKIPPED", "(dropped)".
const CLOSED_WORD =
  /\b(?:SKIPPED|DROPPED|REMOVED|NOT NEEDED|WON'?T DO|WONTFIX|CANCELL?ED|OBSOLETE|SUPERSEDED)\b|\(\s*(?:skipped|dropped|removed|not needed|won'?t do|wontfix|cancell?ed|obsolete|superseded)\b/;

/** A task the plan does not require: Kiro's `[ ]*`, or "(optional)", "(deferred)", "OPTIONAL" in its text. */
export function isOptional(item: ListItem): boolean {
  return item.checkbox?.optional === true || OPTIONAL_TAG.test(item.text) || OPTIONAL_CAPS.test(item.text);
}

// "(optional)", "(Maintainer)", "— optional", "- deferred to story 4.5", "Manual test: …", "Column picker _optional_".
const OPTIONAL_TAG =
  /\(\s*(?:optional|deferred|maintainer|manual|user testing|nice to have|stretch|future|post[- ]?mvp|post[- ]?merge|post[- ]?push)\b|[—–-]\s*(?:optional|deferred)\b|^(?:optional|manual test(?:ing)?|manual check|user testing)\s*[:—–-]|\boptional\s*$|^post[- ]merge verification\b/i;
const OPTIONAL_CAPS = /\b(?:OPTIONAL|DEFERRED|MANUAL|USER TESTING|POST-MERGE)\b/;

/** Not applicable: the item, or a task above it, is marked so. */
export function isNotApplicable(item: ListItem): boolean {
  for (let i: ListItem | null = item; i; i = parentTask(i)) if (isExempt(i)) return true;
  return false;
}
