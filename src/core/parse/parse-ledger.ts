/** Text in, typed ledger model out: the single parse every rule shares. */
import type { Heading, ListItem as MdListItem, Nodes, Paragraph, Root, Table as MdTable } from 'mdast';
import type {
  CheckState,
  Checkbox,
  Directive,
  Field,
  Ledger,
  ListItem,
  Section,
  Table,
  TableRow,
} from '../model/document.js';
import { leadStripped, nameKey, trimEndOf } from '../text/names.js';
import { splitLines, type Lines } from '../text/lines.js';
import { findFrontMatter, readFrontMatter } from './front-matter.js';
import { parseMarkdown, plainText } from './markdown.js';
import {
  findCommentFlood,
  findExcessiveNesting,
  findMarkupOverload,
  MARKUP_BUDGET,
  MAX_NESTING,
  MAX_UNCLOSED_COMMENTS,
} from './input-guards.js';

export interface ParseFailure {
  message: string;
  line: number;
  column: number;
}

export type ParseResult = { ok: true; ledger: Ledger } | { ok: false; failure: ParseFailure };

const BOM = '\uFEFF';

export interface ParseLimits {
  /** Markup units a file may hold before it is refused unparsed (see input-guards.ts). */
  markupBudget?: number;
}

export function parseLedger(text: string, { markupBudget = MARKUP_BUDGET }: ParseLimits = {}): ParseResult {
  const hadBom = text.startsWith(BOM);
  const source = hadBom ? text.slice(1) : text;
  const lines = splitLines(source);

  const deepLine = findExcessiveNesting(lines);
  if (deepLine !== null) {
    return {
      ok: false,
      failure: {
        message: `Lists or quotes nest deeper than ${MAX_NESTING} levels here; a ledger never does, so the file was not checked.`,
        line: deepLine,
        column: 1,
      },
    };
  }
  const floodLine = findCommentFlood(source, lines);
  if (floodLine !== null) {
    return {
      ok: false,
      failure: {
        message: `More than ${MAX_UNCLOSED_COMMENTS} HTML comments are opened (<!--) and never closed by here; a ledger never does that, so the file was not checked.`,
        line: floodLine,
        column: 1,
      },
    };
  }

  const overloadLine = findMarkupOverload(lines, markupBudget);
  if (overloadLine !== null) {
    return {
      ok: false,
      failure: {
        message: `The file holds more markup than any ledger (lines, list items, table rows, links, emphasis, entities, setext headings: over ${markupBudget.toLocaleString('en-US')} units by this line); parsing it would take too much time and memory, so it was not checked.`,
        line: overloadLine,
        column: 1,
      },
    };
  }

  const prose = new Array<boolean>(lines.text.length).fill(true);
  let markdownText = source;
  let frontMatter: Ledger['frontMatter'] = null;
  const fields: Field[] = [];
  const fmSpan = findFrontMatter(lines);
  if (fmSpan) {
    const read = readFrontMatter(source, lines, fmSpan);
    frontMatter = read.frontMatter;
    fields.push(...read.fields);
    for (let l = fmSpan.startLine; l <= fmSpan.endLine; l++) prose[l - 1] = false;
    // Blank the front matter for remark so `key: value` + `---` is not read as a setext heading;
    // keeping every line ending keeps every offset and line number.
    const end = (lines.starts[fmSpan.endLine - 1] ?? 0) + lines.text[fmSpan.endLine - 1]!.length;
    markdownText = source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
  }

  let root: Root;
  try {
    root = parseMarkdown(markdownText);
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        ok: false,
        failure: {
          message: 'The markdown nests too deeply to be parsed; the file was not checked.',
          line: 1,
          column: 1,
        },
      };
    }
    throw error;
  }

  const builder = new ModelBuilder(source, lines, prose);
  builder.read(root);
  const title = builder.takeTitle();
  const sections = builder.buildSections(title?.line ?? 0);
  fields.push(...readHeaderFields(lines, prose, builder.firstSectionLine(title?.line ?? 0)));
  const items = builder.finishItems();

  return {
    ok: true,
    ledger: {
      source,
      hadBom,
      lines,
      prose,
      title,
      frontMatter,
      fields,
      sections: sections.roots,
      allSections: sections.all,
      items,
      tables: builder.tables,
      directives: builder.directives,
      thematicBreaks: builder.thematicBreaks,
    },
  };
}

// `**Key:** value`, `**Key**: value`, optionally as a list item: the header field and label shape.
const FIELD_LINE = /^ {0,3}(?:[-*+][ \t]+)?\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)(.*)$/;
const LABEL_LINE = /^ {0,3}\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)(.*)$/;
// The box, then Kiro's optional star (`[ ]*`, or `[ ]\*` after a formatter escaped it).
// A mark may be a check emoji (`[✅]`), and a done or open box may be glued to its text (`[x]Task 1`): GitHub
// shows these as text, but what they record is plain.
const CHECKBOX = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[([^\]\n])\uFE0F?\](\\?\*)?(?:(?=[ \t]|$)|(?=[\p{L}\p{N}*_`]))/u;
const BOX_STATES: Readonly<Record<string, CheckState>> = {
  x: 'done',
  X: 'done',
  '✅': 'done',
  '✓': 'done',
  '✔': 'done',
  '☑': 'done',
  ' ': 'open',
  '~': 'partial',
  '-': 'partial',
  '/': 'partial',
};
const GLUED_STATES: ReadonlySet<CheckState> = new Set(['done', 'open']);
const TASK_ID = /^(?:(?:sub)?task[ \t]+)?(\d+(?:\.\d+)+)(?![\d.]*\d)/i;
const DIRECTIVE = /^ledgerlint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([^]*))?$/;

function readHeaderFields(lines: Lines, prose: readonly boolean[], endLine: number): Field[] {
  const fields: Field[] = [];
  for (let i = 0; i < Math.min(endLine - 1, lines.text.length); i++) {
    if (!prose[i]) continue;
    const line = lines.text[i]!;
    const match = FIELD_LINE.exec(line);
    if (!match) continue;
    const name = match[1]!.trim();
    const rest = match[2]!;
    // A comment after the value (`**Agent Sessions:** 4 <!-- ledgerlint-disable-line … -->`) is no part of it.
    const value = withoutTrailingComments(rest).trim();
    fields.push({
      name,
      key: nameKey(name),
      value,
      line: i + 1,
      column: line.indexOf('**') + 1,
      valueColumn: line.length - rest.length + (rest.length - rest.trimStart().length) + 1,
      source: 'header',
    });
  }
  return fields;
}

/** The text without the HTML comments that end it; by index, so a line of a thousand comments costs no more than its length. */
function withoutTrailingComments(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (!text.startsWith('-->', end - 3)) break;
    const open = text.lastIndexOf('<!--', end - 3);
    // Only a whole comment: `a --> b -->` ends in no comment.
    if (open < 0 || text.indexOf('-->', open + 4) !== end - 3) break;
    end = open;
  }
  return text.slice(0, end);
}

interface LabelHit {
  title: string;
  inlineText: string;
  line: number;
  column: number;
}

class ModelBuilder {
  readonly directives: Directive[] = [];
  readonly thematicBreaks: number[] = [];
  readonly tables: Table[] = [];
  /** Outermost list items, in order (for blockAfter). */
  private roots: ListItem[] | null = null;
  private readonly headings: Array<{ depth: number; text: string; line: number; column: number }> = [];
  private readonly labels: LabelHit[] = [];
  private readonly items: ListItem[] = [];
  /** Per line: something other than headings, rules and comments is there. */
  private readonly contentful: boolean[];

  constructor(
    private readonly source: string,
    private readonly lines: Lines,
    private readonly prose: boolean[],
  ) {
    this.contentful = new Array<boolean>(lines.text.length).fill(false);
  }

  read(root: Root): void {
    for (const child of root.children) {
      const start = child.position?.start.line ?? 1;
      const end = child.position?.end.line ?? start;
      if (child.type === 'heading') {
        this.headings.push({
          depth: child.depth,
          text: plainText(child as Heading).trim(),
          line: start,
          column: child.position?.start.column ?? 1,
        });
      } else if (child.type === 'thematicBreak') {
        this.thematicBreaks.push(start);
      } else if (!(child.type === 'html' && isOnlyComments(child.value))) {
        for (let l = start; l <= end; l++) this.contentful[l - 1] = true;
      }
      if (child.type === 'paragraph') this.readLabels(child);
    }
    // One iterative pass, in document order, carrying the list item that owns each node,
    // so that lists nested thousands deep cannot overflow the stack.
    const stack: Array<[Nodes, Nodes | null, ListItem | null]> = [[root, null, null]];
    while (stack.length > 0) {
      const [node, parent, owner] = stack.pop()!;
      let childOwner = owner;
      if (node.type === 'code') {
        this.maskLines(node);
        continue;
      }
      if (node.type === 'html') {
        if (parent?.type !== 'paragraph' && parent?.type !== 'heading') this.maskLines(node);
        this.readDirectives(
          node.value,
          node.position?.start.line ?? 1,
          node.position?.start.column ?? 1,
          node.position?.end.line ?? 1,
        );
        continue;
      }
      if (node.type === 'listItem') {
        childOwner = this.makeItem(node, owner);
        this.items.push(childOwner);
      }
      if (node.type === 'table') {
        this.tables.push(this.makeTable(node));
        continue;
      }
      if ('children' in node) {
        for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, node, childOwner]);
      }
    }
  }

  takeTitle(): Ledger['title'] {
    const first = this.headings[0];
    if (!first || first.depth !== 1) return null;
    this.headings.shift();
    return { text: first.text, line: first.line, column: first.column };
  }

  firstSectionLine(titleLine: number): number {
    const firstHeading = this.headings.find((h) => h.line > titleLine);
    return firstHeading?.line ?? this.lines.text.length + 1;
  }

  buildSections(titleLine: number): { roots: Section[]; all: Section[] } {
    const lastLine = this.lines.text.length;
    const roots: Section[] = [];
    const all: Section[] = [];
    const open: Section[] = [];
    for (const [index, h] of this.headings.entries()) {
      if (h.line <= titleLine) continue;
      let endLine = lastLine;
      for (let j = index + 1; j < this.headings.length; j++) {
        if (this.headings[j]!.depth <= h.depth) {
          endLine = this.headings[j]!.line - 1;
          break;
        }
      }
      while (open.length > 0 && open[open.length - 1]!.depth >= h.depth) open.pop();
      const parent = open[open.length - 1] ?? null;
      const section: Section = {
        kind: 'heading',
        title: h.text,
        key: nameKey(h.text),
        depth: h.depth,
        line: h.line,
        column: h.column,
        endLine,
        blockEndLine: endLine,
        inlineText: '',
        hasBody: this.anyContent(h.line + 1, endLine),
        parent,
        children: [],
      };
      (parent ? parent.children : roots).push(section);
      all.push(section);
      open.push(section);
    }
    this.attachLabels(roots, all);
    return { roots, all };
  }

  finishItems(): ListItem[] {
    return this.items;
  }

  private attachLabels(roots: Section[], all: Section[]): void {
    const holders = innermostSections(
      all,
      this.labels.map((l) => l.line),
    );
    const boundaries = [
      ...this.headings.map((h) => h.line),
      ...this.thematicBreaks,
      ...this.labels.map((l) => l.line),
    ].sort((a, b) => a - b);
    let nextBoundary = 0;
    for (const [index, label] of this.labels.entries()) {
      const holder = holders[index] ?? null;
      while (nextBoundary < boundaries.length && boundaries[nextBoundary]! <= label.line) nextBoundary++;
      const next = boundaries[nextBoundary];
      const endLine = Math.min(next === undefined ? this.lines.text.length : next - 1, holder?.endLine ?? Infinity);
      const section: Section = {
        kind: 'label',
        title: label.title,
        key: nameKey(label.title),
        depth: (holder?.depth ?? 6) + 1,
        line: label.line,
        column: label.column,
        endLine,
        blockEndLine: Math.min(endLine, this.blockAfter(label.line)),
        inlineText: label.inlineText,
        hasBody: label.inlineText !== '' || this.anyContent(label.line + 1, endLine),
        parent: holder,
        children: [],
      };
      (holder ? holder.children : roots).push(section);
      all.push(section);
    }
    for (const s of all) s.children.sort((a, b) => a.line - b.line);
    roots.sort((a, b) => a.line - b.line);
    all.sort((a, b) => a.line - b.line || a.depth - b.depth);
    const itemSections = innermostSections(
      all,
      this.items.map((i) => i.line),
    );
    for (const [index, item] of this.items.entries()) item.section = itemSections[index] ?? null;
    const tableSections = innermostSections(
      all,
      this.tables.map((t) => t.line),
    );
    for (const [index, table] of this.tables.entries()) table.section = tableSections[index] ?? null;
  }

  /** The last line of the list (or paragraph) that starts right after a line, blank lines between allowed. */
  private blockAfter(line: number): number {
    const text = this.lines.text;
    let first = line + 1;
    while (first <= text.length && text[first - 1]!.trim() === '') first++;
    this.roots ??= this.items.filter((i) => i.parent === null);
    const roots = this.roots;
    let index = firstAtOrAfter(roots, first);
    if (roots[index]?.line !== first) {
      let end = first;
      while (end + 1 <= text.length && text[end]!.trim() !== '') end++;
      return end;
    }
    // The same list goes on while only blank lines separate one item from the next.
    let end = roots[index]!.endLine;
    while (roots[index + 1] && this.blankBetween(end, roots[index + 1]!.line)) end = roots[++index]!.endLine;
    return end;
  }

  private blankBetween(after: number, before: number): boolean {
    for (let l = after + 1; l < before; l++) if (this.lines.text[l - 1]!.trim() !== '') return false;
    return true;
  }

  private anyContent(from: number, to: number): boolean {
    for (let l = from; l <= to; l++) if (this.contentful[l - 1] && this.lines.text[l - 1]!.trim() !== '') return true;
    return false;
  }

  private maskLines(node: Nodes): void {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    for (let l = start; l <= end; l++) this.prose[l - 1] = false;
  }

  private readLabels(paragraph: Paragraph): void {
    const start = paragraph.position?.start.line ?? 1;
    const end = paragraph.position?.end.line ?? start;
    for (let l = start; l <= end; l++) {
      const line = this.lines.text[l - 1]!;
      const match = LABEL_LINE.exec(line);
      if (!match) continue;
      this.labels.push({
        title: match[1]!.trim(),
        inlineText: match[2]!.trim(),
        line: l,
        column: line.indexOf('**') + 1,
      });
    }
  }

  private readDirectives(html: string, line: number, column: number, endLine: number): void {
    let from = 0;
    for (;;) {
      const open = html.indexOf('<!--', from);
      if (open < 0) return;
      const close = html.indexOf('-->', open + 4);
      if (close < 0) return;
      from = close + 3;
      let body = html.slice(open + 4, close).trim();
      const reason = body.indexOf(' -- ');
      const justification = reason >= 0 ? body.slice(reason + 4).trim() : '';
      if (reason >= 0) body = body.slice(0, reason).trim();
      const match = DIRECTIVE.exec(body);
      if (!match) continue;
      const rules = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
      const kind = match[1] as Directive['kind'];
      this.directives.push({ kind, rules, justification, line: kind === 'disable-next-line' ? endLine : line, column });
    }
  }

  private makeTable(table: MdTable): Table {
    const rows = table.children.map((row): TableRow => {
      const line = row.position?.start.line ?? 1;
      const lineStart = this.lines.starts[line - 1] ?? 0;
      const cells = row.children.map((cell) => {
        // A cell's position covers its pipes and padding; keep the offsets of what is written in it.
        const from = (cell.position?.start.offset ?? lineStart) - lineStart;
        const to = (cell.position?.end.offset ?? lineStart) - lineStart;
        const raw = this.lines.text[line - 1]!.slice(from, to);
        const lead = /^\|?[ \t]*/.exec(raw)![0].length;
        const rest = raw.slice(lead);
        const body = trimEndOf(rest.endsWith('|') ? rest.slice(0, -1) : rest, ' \t');
        return { text: plainText(cell).trim(), start: from + lead, end: from + lead + body.length };
      });
      return { line, cells };
    });
    const [header, ...body] = rows;
    return {
      line: header!.line,
      endLine: table.position?.end.line ?? header!.line,
      header: header!,
      rows: body,
      section: null,
    };
  }

  private makeItem(mdItem: MdListItem, parent: ListItem | null): ListItem {
    const startOffset = mdItem.position?.start.offset ?? 0;
    const line = mdItem.position?.start.line ?? 1;
    const lineStart = this.lines.starts[line - 1] ?? 0;
    const lineEnd = lineStart + this.lines.text[line - 1]!.length;
    const firstLine = this.source.slice(startOffset, lineEnd);
    const paragraph = mdItem.children.find((c): c is Paragraph => c.type === 'paragraph');
    let text = paragraph ? plainText(paragraph).replace(/\s+/g, ' ').trim() : '';
    let checkbox: Checkbox | null = null;
    const box = CHECKBOX.exec(firstLine);
    const glued = box !== null && !/^[ \t]|^$/.test(firstLine.slice(box[0].length));
    const state = box ? BOX_STATES[box[1]!] : undefined;
    if (box && state && (!glued || GLUED_STATES.has(state))) {
      const offset = startOffset + box[0].indexOf('[');
      const star = box[2] ?? '';
      checkbox = { state, optional: star !== '', marker: `[${box[1]}]${star}`, offset, column: offset - lineStart + 1 };
      if (mdItem.checked === null || mdItem.checked === undefined)
        text = text.replace(/^\[[^\]]\uFE0F?\]\\?\*?\s*/u, '');
    }
    const struck = paragraph !== undefined && isStruck(paragraph);
    const item: ListItem = {
      line,
      column: mdItem.position?.start.column ?? 1,
      endLine: mdItem.position?.end.line ?? line,
      text,
      lineStart,
      lineEnd,
      checkbox,
      struck,
      id: TASK_ID.exec(leadStripped(text))?.[1] ?? null,
      parent,
      children: [],
      section: null,
    };
    parent?.children.push(item);
    return item;
  }
}

/**
 * For ascending lines, the innermost section holding each. Sections must be in
 * document order; they nest properly, so a stack sweep does it in one pass.
 */
function innermostSections(sections: readonly Section[], lines: readonly number[]): Array<Section | null> {
  const out: Array<Section | null> = [];
  const open: Section[] = [];
  let next = 0;
  for (const line of lines) {
    while (next < sections.length && sections[next]!.line <= line) open.push(sections[next++]!);
    while (open.length > 0 && open[open.length - 1]!.endLine < line) open.pop();
    out.push(open[open.length - 1] ?? null);
  }
  return out;
}

/** Index of the first item whose line is at or after a line (items in document order). */
function firstAtOrAfter(items: readonly ListItem[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isOnlyComments(html: string): boolean {
  let at = 0;
  for (;;) {
    const open = html.indexOf('<!--', at);
    if (html.slice(at, open < 0 ? html.length : open).trim() !== '') return false;
    if (open < 0) return true;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return false;
    at = close + 3;
  }
}

/** Struck through from its start: `~~Task 1.2: PDF writer~~ (dropped)` counts, a struck word later does not. */
function isStruck(paragraph: Paragraph): boolean {
  const first = paragraph.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  return first?.type === 'delete';
}
