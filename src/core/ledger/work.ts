/**
 * The work a ledger records: every box outside code, tasks written as headings with a
 * state (`#### Task 1.2: PDF export ✅ COMPLETE`) and table rows with a status cell,
 * each with its state, whether it is required, and its role. A box whose text names a
 * group (`- [x] **Phase 1: Setup**`) is a claim about that group, not work of its own.
 */
import type { CheckState, Ledger, ListItem, Section, Table } from '../model/document.js';
import type { WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import type { StateCategory } from '../profiles/schema.js';
import { leadStripped, nameKey } from '../text/names.js';
import { roleIn } from './roles.js';
import { checkboxesIn } from './sections.js';
import { stateOfHeading, stateOfValue } from './state-words.js';
import { isNotApplicable, isOptional, parentTask } from './tasks.js';

/** `Task 1.2`, `T001`, `1.2`, `3.` at the start of a task's text. */
const ITEM_ID = /^(?:(?:sub)?task\s+)?(T\d{2,5}[a-z]?|#\d{1,4}|\d{1,4}(?:\.\d{1,4}){0,4})(?=[.):\s]|$)/i;
const TASK_HEADING = /^(?:(?:sub)?task\s+\d{1,4}(?:\.\d{1,4}){0,4}\b|\d{1,4}(?:\.\d{1,4}){1,4}\s)/i;
const NUMBERED_TASK = /^(?:T\d{2,5}[a-z]?\b|(?:sub)?task\s+\d)/i;
// "TBD (run /gsd-plan-phase 2 …)": a place kept for plans not written yet, not a task.
const PLACEHOLDER_ITEM = /^(?:TBD|TODO|\.\.\.|…)\s*(?:$|[(:—–-])/i;
const TASK_COLUMNS = [
  'task',
  'tasks',
  'id',
  'item',
  'step',
  'feature',
  'todo',
  'deliverable',
  'work item',
  'subtask',
  'no',
  '#',
];

export function itemId(text: string): string | null {
  return ITEM_ID.exec(text.replace(/^[^\p{L}\p{N}#]+/u, ''))?.[1] ?? null;
}

const ID_RANGE = /^T(\d{2,5})[ \t]*(?:[-–—]|to|\.\.)[ \t]*T?(\d{2,5})\b/i;

/** How many numbered tasks an item stands for: `T057-T067` is 11; anything else is 1. */
export function idSpan(text: string): number {
  const range = ID_RANGE.exec(leadStripped(text));
  if (!range) return 1;
  const span = Number(range[2]) - Number(range[1]) + 1;
  return span > 1 && span <= 500 ? span : 1;
}

/** Whether a text opens with a group's label (`Phase 3: …`). */
export function namesGroup(profile: CompiledProfile, text: string): boolean {
  return profile.groupPattern.test(leadStripped(text));
}

const cache = new WeakMap<Ledger, { profile: CompiledProfile; items: WorkItem[] }>();

/** Every work item, in document order. */
export function workItems(ledger: Ledger, profile: CompiledProfile): WorkItem[] {
  const cached = cache.get(ledger);
  if (cached?.profile === profile) return cached.items;
  const items = [
    ...boxItems(ledger, profile),
    ...headingItems(ledger, profile),
    ...ledger.tables.flatMap((t) => rowItems(profile, t)),
  ].sort((a, b) => a.line - b.line);
  cache.set(ledger, { profile, items });
  return items;
}

/** Optional, or under a task that is (a deferral on a task covers its whole subtree). */
function optionalAbove(item: ListItem): boolean {
  for (let i: ListItem | null = item; i; i = parentTask(i)) if (isOptional(i)) return true;
  return false;
}

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_ITEM.test(leadStripped(text));
}

/** Under a heading that says its tasks are optional ("Tests for User Story 1 (OPTIONAL - only if tests requested)"). */
function inOptionalSection(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (/\(\s*optional\b|\bOPTIONAL\b/.test(s.title)) return true;
  return false;
}

/** Required work: a task the plan needs done (not optional, not marked not applicable). */
export function isRequired(item: WorkItem): boolean {
  return item.role === 'task' && !item.optional && !item.notApplicable;
}

export function isOpen(item: WorkItem): boolean {
  return item.state !== 'done';
}

function boxItems(ledger: Ledger, profile: CompiledProfile): WorkItem[] {
  const byListItem = new Map<ListItem, WorkItem>();
  const out: WorkItem[] = [];
  for (const listItem of ledger.items) {
    const box = listItem.checkbox;
    if (!box || namesGroup(profile, listItem.text)) continue;
    const role = roleIn(profile, listItem.section, listItem.line);
    const item: WorkItem = {
      kind: 'box',
      state: box.state,
      optional: optionalAbove(listItem) || inOptionalSection(listItem.section),
      notApplicable: isNotApplicable(listItem),
      // A numbered task is work even under "Tests for User Story 1": spec-kit's test tasks are tasks.
      role:
        role === 'checklist' && NUMBERED_TASK.test(leadStripped(listItem.text))
          ? 'task'
          : isPlaceholder(listItem.text)
            ? 'ignored'
            : role,
      text: listItem.text,
      id: itemId(listItem.text),
      span: idSpan(listItem.text),
      line: listItem.line,
      column: box.column,
      listItem,
      section: listItem.section,
      parent: null,
      children: [],
    };
    const parentItem = parentTask(listItem);
    item.parent = (parentItem && byListItem.get(parentItem)) ?? parentById(out, item);
    item.parent?.children.push(item);
    byListItem.set(listItem, item);
    out.push(item);
  }
  return out;
}

/**
 * Kiro writes subtasks at the left margin as often as indented: `- [ ] 2.1 …` after
 * `- [ ] 2. …` in the same list is its subtask all the same.
 */
function parentById(earlier: readonly WorkItem[], item: WorkItem): WorkItem | null {
  const id = item.id;
  if (!id || !/^\d/.test(id) || !id.includes('.')) return null;
  const parentId = id.slice(0, id.lastIndexOf('.'));
  // A parent is near: look back a few hundred items at most.
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 300); i--) {
    const candidate = earlier[i]!;
    if (candidate.section !== item.section) return null;
    if (candidate.id === parentId) return candidate;
  }
  return null;
}

/**
 * Tasks written as headings count when the ledger marks such headings done: then one
 * without a mark is open. A task heading with boxes under it is a group, not an item.
 */
function headingItems(ledger: Ledger, profile: CompiledProfile): WorkItem[] {
  const candidates = ledger.allSections.filter(
    (s) => s.kind === 'heading' && TASK_HEADING.test(leadStripped(s.title)) && checkboxesIn(ledger, s).length === 0,
  );
  const stated = candidates.map((s) => ({ section: s, state: stateOfHeading(profile, s.title, nameStartOf(s.title)) }));
  if (!stated.some((s) => s.state)) return [];
  return stated.map(({ section, state }) => ({
    kind: 'heading',
    state: checkState(state?.category),
    optional: /\b(?:optional|deferred)\b/i.test(section.title),
    notApplicable: state?.category === 'cancelled',
    role: roleIn(profile, section.parent),
    text: section.title,
    id: itemId(section.title),
    span: idSpan(section.title),
    line: section.line,
    column: section.column,
    listItem: null,
    section,
    parent: null,
    children: [],
  }));
}

/** Where a task heading's name starts: after `Task 1.2:`. */
function nameStartOf(title: string): number {
  const match = /^[^\p{L}\p{N}]*(?:(?:sub)?task\s+)?[\d.]+[:.)]?\s*/iu.exec(title);
  return match ? match[0].length : 0;
}

/** A heading's or a row's state as a box would record it: done, under way, or open. */
function checkState(category: StateCategory | undefined): CheckState {
  return category === 'done' ? 'done' : category === 'active' || category === 'review' ? 'partial' : 'open';
}

/** Rows of a task table (`| ID | Task | Status |`): each row with a state in its status cell is an item. */
function rowItems(profile: CompiledProfile, table: Table): WorkItem[] {
  const headers = table.header.cells.map((c) => nameKey(c.text));
  if (headers.length < 2 || !TASK_COLUMNS.includes(headers[0]!)) return [];
  const statusColumn = headers.findIndex((h) => profile.columns.status.includes(h));
  if (statusColumn < 0) return [];
  const role = roleIn(profile, table.section, table.line);
  return table.rows.flatMap((row): WorkItem[] => {
    const cell = row.cells[statusColumn];
    const state = cell ? stateOfValue(profile, cell.text) : null;
    if (!cell || !state) return [];
    const text = row.cells.map((c) => c.text).join(' | ');
    return [
      {
        kind: 'row',
        state: checkState(state.category),
        optional: /\b(?:optional|deferred)\b/i.test(text),
        notApplicable: state.category === 'cancelled',
        role,
        text,
        id: itemId(row.cells[0]?.text ?? ''),
        span: idSpan(row.cells[0]?.text ?? ''),
        line: row.line,
        column: cell.start + 1,
        listItem: null,
        section: table.section,
        parent: null,
        children: [],
      },
    ];
  });
}
