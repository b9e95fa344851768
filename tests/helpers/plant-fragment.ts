/**
 * Planting a fragment of a ledger (a docs example) into a whole one, where the fragment
 * says it belongs (docs/rules/README.md): a heading replaces the section of that name
 * (`### Phase 1: Core` the base's `### Phase 1: …`), and sections shown one after another
 * stand together; a bold label (`**Status:** Done`, `**Current Blockers:**`) replaces the
 * base's line or block with that label; a task (`- [x] Task 1.2: …`) the base's task with
 * that id and its subtasks. What the base lacks goes after the part before it; a fragment
 * that names no place is added at the end. `...` stands for the base's lines in between.
 * Every planted line remembers its line in the fragment, so messages can be read against
 * what the fragment shows.
 */

export interface PlantedLine {
  text: string;
  /** Its line in the fragment (1-based), or null for a line of the base. */
  shown: number | null;
  /** Which code block of the fragment it is in (each block is a place of its own), or null for a line of the base. */
  block: number | null;
}

type Anchor =
  | { kind: 'heading'; depth: number; key: string }
  | { kind: 'label'; key: string }
  | { kind: 'task'; id: string; indent: number }
  | { kind: 'free' };

interface Part {
  anchor: Anchor;
  lines: PlantedLine[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const LABEL = /^\*\*([^*\n]+?)(?::\*\*|\*\*\s*:)/;
const TASK = /^(\s*)(?:[-*+]|\d+[.)])\s+\[[^\]]\]\*?\s+(?:~~)?(?:\*\*)?(?:sub)?task\s+(\d+(?:\.\d+)+)\b/i;
const ELISION = /^\s*(?:\.\.\.|…)\s*$/;

/** A heading's name: before a colon when it has one (`Phase 1: Core` is Phase 1), case aside. */
const headingKey = (text: string) =>
  (text.includes(':') ? text.slice(0, text.indexOf(':')) : text).trim().toLowerCase();

function anchorOf(text: string): Anchor | null {
  const heading = HEADING.exec(text);
  if (heading) return { kind: 'heading', depth: heading[1]!.length, key: headingKey(heading[2]!) };
  const label = LABEL.exec(text);
  if (label) return { kind: 'label', key: label[1]!.trim().toLowerCase() };
  const task = TASK.exec(text);
  if (task) return { kind: 'task', id: task[2]!, indent: task[1]!.length };
  return null;
}

/** Whether a line opens a new part, given the part it would otherwise belong to. */
function opensPart(anchor: Anchor | null, current: Part | undefined): anchor is Anchor {
  if (!anchor || !current) return anchor !== null;
  const inside = current.anchor;
  if (inside.kind === 'heading') return anchor.kind === 'heading' && anchor.depth <= inside.depth;
  if (anchor.kind === 'task') return inside.kind !== 'task' || anchor.indent <= inside.indent;
  return true;
}

function trimBlank(lines: PlantedLine[]): PlantedLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text.trim() === '') start++;
  while (end > start && lines[end - 1]!.text.trim() === '') end--;
  return lines.slice(start, end);
}

/** The parts of a stretch of the fragment, each with where it goes. */
function partsOf(fragment: PlantedLine[]): Part[] {
  const parts: Part[] = [];
  let current: Part | undefined;
  for (const line of fragment) {
    const anchor = anchorOf(line.text);
    if (opensPart(anchor, current)) parts.push((current = { anchor, lines: [] }));
    else if (!current) {
      if (line.text.trim() === '') continue;
      parts.push((current = { anchor: { kind: 'free' }, lines: [] }));
    }
    current.lines.push(line);
  }
  return parts.map((part) => ({ ...part, lines: trimBlank(part.lines) }));
}

/** Where the base holds what a part names: its first line and the line after it (trailing blank lines left out). */
function findInBase(base: PlantedLine[], anchor: Anchor, from: number): { start: number; end: number } | null {
  const start = base.findIndex((line, index) => {
    if (index < from) return false;
    const found = anchorOf(line.text);
    if (!found || found.kind !== anchor.kind) return false;
    if (anchor.kind === 'heading' && found.kind === 'heading')
      return found.depth === anchor.depth && found.key === anchor.key;
    if (anchor.kind === 'label' && found.kind === 'label') return found.key === anchor.key;
    if (anchor.kind === 'task' && found.kind === 'task') return found.id === anchor.id;
    return false;
  });
  if (start < 0) return null;
  let end = start + 1;
  const ends = (text: string): boolean => {
    if (/^---\s*$/.test(text)) return true;
    const next = anchorOf(text);
    if (anchor.kind === 'heading') return next?.kind === 'heading' && next.depth <= anchor.depth;
    if (anchor.kind === 'label') return next?.kind === 'heading' || next?.kind === 'label';
    // A task runs on over what is indented under it.
    const indent = /^\s*/.exec(text)![0].length;
    return text.trim() !== '' && indent <= (anchor.kind === 'task' ? anchor.indent : 0);
  };
  while (end < base.length && !ends(base[end]!.text)) end++;
  while (end > start + 1 && base[end - 1]!.text.trim() === '') end--;
  return { start, end };
}

function nameOf(anchor: Anchor): string {
  if (anchor.kind === 'heading') return `"${'#'.repeat(anchor.depth)} ${anchor.key}" heading`;
  if (anchor.kind === 'label') return `"**${anchor.key}:**" label`;
  if (anchor.kind === 'task') return `Task ${anchor.id}`;
  return 'such place';
}

/** A stretch of the fragment that stands together in the ledger: a code block, or the lines between two `...`. */
interface Segment {
  lines: PlantedLine[];
  /** The code block it is in: each block is a place of its own, found from the top of the base. */
  block: number | null;
  /** Followed by `...`: a heading or label alone at its end stands for that section as the base has it. */
  elided: boolean;
}

function segmentsOf(fragment: PlantedLine[]): Segment[] {
  const segments: Segment[] = [];
  let lines: PlantedLine[] = [];
  const close = (elided: boolean) => {
    if (lines.some((l) => l.text.trim() !== ''))
      segments.push({ lines: trimBlank(lines), block: lines[0]!.block, elided });
    lines = [];
  };
  fragment.forEach((line, index) => {
    if (ELISION.test(line.text)) return close(true);
    if (index > 0 && line.block !== fragment[index - 1]!.block) close(false);
    lines.push(line);
  });
  close(false);
  return segments;
}

/** Parts placed together: sections shown one after another (their headings' run), or one other part. */
interface Group {
  parts: Part[];
  lines: PlantedLine[];
}

/** Consecutive sections of a stretch stand together, as the example shows them; a label or a task stands where the base has it. */
function groupsOf(segment: Segment): Group[] {
  const groups: Group[] = [];
  for (const part of partsOf(segment.lines)) {
    const last = groups[groups.length - 1];
    if (last && part.anchor.kind === 'heading' && last.parts[last.parts.length - 1]!.anchor.kind === 'heading')
      last.parts.push(part);
    else groups.push({ parts: [part], lines: [] });
  }
  return groups.map((group) => {
    const first = segment.lines.indexOf(group.parts[0]!.lines[0]!);
    const lastPart = group.parts[group.parts.length - 1]!;
    const last = segment.lines.indexOf(lastPart.lines[lastPart.lines.length - 1]!);
    return { ...group, lines: segment.lines.slice(first, last + 1) };
  });
}

/**
 * The base with the fragment planted. Sections the example shows one after another replace
 * the base from the first to the end of the last (a section of the base between them is
 * gone); a label or a task replaces its own. Throws, naming the part, when the fragment
 * names a place the base does not have before anything says where it goes, or shows the
 * ledger's parts out of order.
 */
export function plantFragment(base: string, fragment: PlantedLine[]): PlantedLine[] {
  let lines: PlantedLine[] = base.split('\n').map((text) => ({ text, shown: null, block: null }));
  let cursor: number | null = null;
  let block: number | null | undefined;
  for (const segment of segmentsOf(fragment)) {
    if (segment.block !== block) cursor = null;
    block = segment.block;
    const groups = groupsOf(segment);
    groups.forEach((group, index) => {
      const last = group.parts[group.parts.length - 1]!;
      const alone = segment.elided && index === groups.length - 1 && last.lines.length === 1;
      const at = placeOf(lines, group, cursor, alone);
      const shown = at.start === at.end ? spaced(lines, at.start, group.lines, group.parts[0]!.anchor) : group.lines;
      lines = [...lines.slice(0, at.start), ...shown, ...lines.slice(at.end)];
      cursor = at.start + shown.length;
    });
  }
  return lines;
}

/** Which lines of the base a group replaces (none, where it is added). */
function placeOf(
  lines: PlantedLine[],
  group: Group,
  cursor: number | null,
  alone: boolean,
): { start: number; end: number } {
  const first = group.parts[0]!;
  if (first.anchor.kind === 'free')
    return cursor === null ? { start: lines.length, end: lines.length } : { start: cursor, end: cursor };
  let start: number | null = null;
  let end = cursor ?? 0;
  for (const part of group.parts) {
    const found = findInBase(lines, part.anchor, end);
    const last = part === group.parts[group.parts.length - 1];
    const earlier = found ? null : findInBase(lines, part.anchor, 0);
    // Before what the example showed above it: out of order. Within what this group covers (a section shown twice): added.
    if (earlier && earlier.start < (start ?? cursor ?? 0))
      throw new Error(
        `"${part.lines[0]!.text}" is shown after what follows it in the base ledger; show the parts in the ledger's order`,
      );
    if (!found) continue;
    start ??= found.start;
    // A heading or label alone before `...` keeps what the base has under it.
    end = last && alone ? found.start + 1 : found.end;
  }
  if (start !== null) return { start, end };
  if (cursor !== null) return { start: cursor, end: cursor };
  throw new Error(
    `the base ledger has no ${nameOf(first.anchor)} for "${first.lines[0]!.text}", and nothing before it in the example says where it goes`,
  );
}

/** What is added (not replacing anything) stands apart from its neighbours, unless it is a task among tasks. */
function spaced(lines: PlantedLine[], at: number, shown: PlantedLine[], first: Anchor): PlantedLine[] {
  if (first.kind === 'task') return shown;
  const blank = { text: '', shown: null, block: null };
  const before = at > 0 && lines[at - 1]!.text.trim() !== '' ? [blank] : [];
  const next = at < lines.length && lines[at]!.text.trim() !== '' ? [blank] : [];
  return [...before, ...shown, ...next];
}
