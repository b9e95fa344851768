/**
 * The groups a ledger's work is organised in (phases, milestones, stories, …), found by
 * their headings at any level and under any section name (`## Phase 3: …`, `### Phase
 * 12.1 (INSERTED)`, `#### Phase 04`), by list items that open them (`- Phase 1: Setup`
 * with boxes under it), and task headings with boxes under them. Groups inside a log of
 * the past are not groups of the work. A template profile with a task section looks
 * for its phases there only.
 */
import type { Ledger, ListItem, Section } from '../model/document.js';
import type { Group, WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { leadStripped, nameKey } from '../text/names.js';
import { inHistory } from './roles.js';
import { checkboxesIn, findSection } from './sections.js';
import { workItems } from './work.js';

export interface Groups {
  all: Group[];
  /** By key (`phase 3`); more than one group under a key makes claims about it ambiguous. */
  byKey: ReadonlyMap<string, Group[]>;
}

const TASK_GROUP = /^(?<kind>(?:sub)?task)\s+(?<id>\d{1,4}(?:\.\d{1,4}){0,4})\b/i;

/** `04` is `4`, `01.1` is `1.1`, `12A` is `12a`. */
export function normaliseId(id: string): string {
  return id
    .toLowerCase()
    .split('.')
    .map((part) => part.replace(/^0+(?=\d)/, ''))
    .join('.');
}

/** `phase`, `story` (for "User Story"): a group's kind, folded. */
export function groupKind(kind: string): string {
  return nameKey(kind).replace(/^user story$/, 'story');
}

export function groupKey(kind: string, id: string): string {
  return `${groupKind(kind)} ${normaliseId(id)}`;
}

/** "Phase 4" from `phase` and `04`. */
export function groupLabel(kind: string, id: string): string {
  const word = groupKind(kind);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${normaliseId(id)}`;
}

/** A group label at the start of a text: its kind, id and where the name after it starts. */
export function readGroupLabel(
  profile: CompiledProfile,
  text: string,
): { kind: string; id: string; idEnd: number; nameStart: number } | null {
  const lead = text.length - leadStripped(text).length;
  const match = profile.groupPattern.exec(text.slice(lead));
  const kind = match?.groups?.['kind'] ?? match?.[1];
  const id = match?.groups?.['id'] ?? match?.[2];
  if (!match || !kind || !id) return null;
  const idEnd = lead + match.index + match[0].length;
  const separator = /^\s*(?:\([^)]*\)\s*)?[:.—–-]?\s*/.exec(text.slice(idEnd))![0].length;
  return { kind, id, idEnd, nameStart: idEnd + separator };
}

const cache = new WeakMap<Ledger, { profile: CompiledProfile; groups: Groups }>();

export function groupsOf(ledger: Ledger, profile: CompiledProfile): Groups {
  const cached = cache.get(ledger);
  if (cached?.profile === profile) return cached.groups;
  const scope = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
  const within = (line: number) =>
    !profile.spec.tasks || (scope !== undefined && line > scope.line && line <= scope.endLine);
  const found: Group[] = [];
  for (const section of ledger.allSections) {
    if (section.kind !== 'heading' || !within(section.line) || inHistory(profile, section)) continue;
    const group = headingGroup(ledger, profile, section);
    if (group) found.push(group);
  }
  for (const item of ledger.items) {
    if (!within(item.line) || inHistory(profile, item.section)) continue;
    const group = itemGroup(profile, item);
    if (group) found.push(group);
  }
  found.sort((a, b) => a.line - b.line || b.endLine - a.endLine);
  const items = workItems(ledger, profile);
  const open: Group[] = [];
  for (const group of found) {
    while (open.length > 0 && open[open.length - 1]!.endLine < group.line) open.pop();
    group.parent = open[open.length - 1] ?? null;
    group.parent?.children.push(group);
    open.push(group);
    group.items = items.filter((i) => i.line > group.line && i.line <= group.endLine);
  }
  const byKey = new Map<string, Group[]>();
  for (const group of found) byKey.set(group.key, [...(byKey.get(group.key) ?? []), group]);
  const groups = { all: found, byKey };
  cache.set(ledger, { profile, groups });
  return groups;
}

/** The one group a subject names, or null when there is none or more than one. */
export function groupNamed(groups: Groups, key: string): Group | null {
  const matches = groups.byKey.get(key);
  return matches?.length === 1 ? matches[0]! : null;
}

function headingGroup(ledger: Ledger, profile: CompiledProfile, section: Section): Group | null {
  const label = readGroupLabel(profile, section.title);
  if (label)
    return makeGroup(label.kind, label.id, section.title, label.nameStart, {
      section,
      line: section.line,
      column: section.column,
      endLine: section.endLine,
    });
  // A task written as a heading, with its own boxes under it, groups them.
  const task = TASK_GROUP.exec(leadStripped(section.title));
  if (!task || checkboxesIn(ledger, section).length === 0) return null;
  const lead = section.title.length - leadStripped(section.title).length;
  const nameStart =
    lead + task[0].length + /^\s*[:.—–-]?\s*/.exec(section.title.slice(lead + task[0].length))![0].length;
  return makeGroup('task', task.groups!['id']!, section.title, nameStart, {
    section,
    line: section.line,
    column: section.column,
    endLine: section.endLine,
  });
}

/** `- Phase 1: Setup` (or `- [ ] Phase 1: …`) with boxes under it. */
function itemGroup(profile: CompiledProfile, item: ListItem): Group | null {
  if (!item.children.length) return null;
  const label = readGroupLabel(profile, item.text);
  if (!label || !hasBoxBelow(item)) return null;
  return makeGroup(label.kind, label.id, item.text, label.nameStart, {
    listItem: item,
    line: item.line,
    column: item.column,
    endLine: item.endLine,
  });
}

function hasBoxBelow(item: ListItem): boolean {
  const stack = [...item.children];
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child.checkbox) return true;
    stack.push(...child.children);
  }
  return false;
}

function makeGroup(
  kind: string,
  id: string,
  title: string,
  nameStart: number,
  at: { section?: Section; listItem?: ListItem; line: number; column: number; endLine: number },
): Group {
  return {
    kind: groupKind(kind),
    id: normaliseId(id),
    key: groupKey(kind, id),
    label: groupLabel(kind, id),
    title,
    nameStart,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    origin: at.section ? 'heading' : 'item',
    section: at.section ?? null,
    listItem: at.listItem ?? null,
    parent: null,
    children: [],
    items: [] as WorkItem[],
  };
}
