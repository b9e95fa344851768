/**
 * The typed model a ledger is parsed into, once, before any rule runs.
 * It is format-neutral: profiles give the sections meaning, rules read it.
 * Lines and columns are 1-based; offsets index the BOM-less source text.
 */
import type { Lines } from '../text/lines.js';

export interface Point {
  line: number;
  column: number;
}

export interface Section {
  kind: 'heading' | 'label';
  /** Heading text or label text as written, without `#`s, `**` or the trailing colon. */
  title: string;
  /** `nameKey(title)`, what profiles match against. */
  key: string;
  /** Heading depth 1-6; labels sit one level below the heading section that holds them (7 for none). */
  depth: number;
  line: number;
  column: number;
  /** Last line that belongs to the section (its subsections included). */
  endLine: number;
  /**
   * For a label, the last line of the block it introduces: the list right after it (all
   * its items), else the paragraph. A heading's is its endLine. What a label names a list
   * as (a checklist, out of scope) holds for that block, not for what follows it.
   */
  blockEndLine: number;
  /** Text after a label on its own line (`**Current Blockers:** None` gives "None"). */
  inlineText: string;
  /** Whether the section holds anything besides sub-headings, rules and comments. */
  hasBody: boolean;
  parent: Section | null;
  children: Section[];
}

/**
 * `[x]`/`[X]` done, `[ ]` open, `[~]`, `[-]`, `[/]` partial (started, not done). Any other
 * one-character bracket (`[P]` in spec-kit, `[!]`) is not a box at all.
 */
export type CheckState = 'done' | 'open' | 'partial';

export interface Checkbox {
  state: CheckState;
  /** Kiro's `[ ]*` (also written `[ ]\*`): a task the plan does not require. */
  optional: boolean;
  /** The box as written: `[x]`, `[ ]`, `[~]`, `[ ]*`, … */
  marker: string;
  /** Offset of the `[` in the source text. */
  offset: number;
  column: number;
}

export interface ListItem {
  line: number;
  column: number;
  endLine: number;
  /** Plain text of the item's first paragraph, checkbox removed. */
  text: string;
  /** Offsets of the item's first line (the one with the bullet) in the source text. */
  lineStart: number;
  lineEnd: number;
  checkbox: Checkbox | null;
  /** The first paragraph starts struck through (`~~…~~`). */
  struck: boolean;
  /** `Task 1.2`, `Subtask 1.2.3`, `1.2` at the start of the text. */
  id: string | null;
  parent: ListItem | null;
  children: ListItem[];
  /** Innermost section (heading or label) the item lies in. */
  section: Section | null;
}

export interface Field {
  /** Name as written. */
  name: string;
  key: string;
  /** Value as written, trimmed. */
  value: string;
  line: number;
  column: number;
  valueColumn: number;
  source: 'header' | 'front-matter';
  /** Front matter only: the keys from the top down to this one (`progress.percent`). */
  path?: string;
}

export interface TableCell {
  /** Plain text, trimmed. */
  text: string;
  /** 0-based offsets of the cell's content in its line (for positions and fixes). */
  start: number;
  end: number;
}

export interface TableRow {
  line: number;
  cells: TableCell[];
}

export interface Table {
  line: number;
  endLine: number;
  header: TableRow;
  rows: TableRow[];
  /** Innermost section the table lies in. */
  section: Section | null;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Empty means every rule. */
  rules: string[];
  /** The reason written after ` -- `, or ''. */
  justification: string;
  line: number;
  column: number;
}

export interface FrontMatter {
  startLine: number;
  endLine: number;
  error: { message: string; line: number; column: number } | null;
}

export interface Ledger {
  /** Source text without a leading BOM. */
  source: string;
  hadBom: boolean;
  lines: Lines;
  /** Per line: true when it holds prose (not fenced/indented code, block HTML or front matter). */
  prose: readonly boolean[];
  title: { text: string; line: number; column: number } | null;
  frontMatter: FrontMatter | null;
  fields: Field[];
  /** Outermost sections in order; the `#` title is not a section, so these are usually the `##` ones. */
  sections: Section[];
  /** Every section and label, in document order. */
  allSections: Section[];
  /** Every list item outside code, in document order. */
  items: ListItem[];
  /** Every GFM table outside code, in document order. */
  tables: Table[];
  directives: Directive[];
  /** Thematic break (`---`) lines, which also end a label's reach. */
  thematicBreaks: number[];
}
