/**
 * The ledger model the claim rules share, on top of the parsed document: the work a
 * ledger records, the groups it is organised in, and every claim it makes about them.
 * Positions are 1-based lines; offsets within a line are 0-based.
 */
import type { CheckState, ListItem, Section } from './document.js';
import type { StateCategory } from '../profiles/schema.js';

/**
 * What a box is for, from the sections around it: the work itself, a check made before
 * calling work done (quality gates, definition of done), something else (out of scope,
 * next steps, legends), or part of a log of the past.
 */
export type WorkRole = 'task' | 'checklist' | 'ignored' | 'history';

export interface WorkItem {
  /** A checkbox, a task written as a heading (`#### Task 1.2: … ✅`), or a table row with a status cell. */
  kind: 'box' | 'heading' | 'row';
  state: CheckState;
  /** Not required: Kiro's `[ ]*`, "(optional)", "(deferred)". */
  optional: boolean;
  /** No work to do: struck through, N/A, skipped, dropped (or under a task that is). */
  notApplicable: boolean;
  role: WorkRole;
  text: string;
  /** `1.2`, `T001`, `3` as the item numbers itself; null when it does not. */
  id: string | null;
  /** How many numbered tasks the item stands for: 11 for `T057-T067 covered by …`, otherwise 1. */
  span: number;
  line: number;
  column: number;
  listItem: ListItem | null;
  section: Section | null;
  parent: WorkItem | null;
  children: WorkItem[];
}

export interface Group {
  /** Folded kind: `phase`, `milestone`, `story`, … or `task` for a task heading with boxes under it. */
  kind: string;
  /** Normalised id: `04` is `4`, `01.1` is `1.1`. */
  id: string;
  /** `phase 4`: how claims find it. */
  key: string;
  /** `Phase 4`, for messages. */
  label: string;
  /** The heading or item text as written. */
  title: string;
  /** Where the name after the label starts in the title, so a state word in the name is not read as a state. */
  nameStart: number;
  line: number;
  column: number;
  endLine: number;
  origin: 'heading' | 'item';
  section: Section | null;
  listItem: ListItem | null;
  parent: Group | null;
  children: Group[];
  /** Every work item inside it, its subgroups' included. */
  items: WorkItem[];
}

/** Who a claim is about: the whole ledger, or one group of it. */
export type Subject = { scope: 'document' } | { scope: 'group'; kind: string; id: string; key: string; label: string };

/** A place in a line: 1-based line, 0-based offsets. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface StatedPercent extends Span {
  value: number;
  decimals: number;
  /** Where the number itself ends (before any space and the %). */
  numberEnd: number;
}

export interface StatedFraction extends Span {
  done: number;
  total: number;
  /** What is counted, folded and singular (`task`, `plan`, `phase`, `feature`), or null when unsaid. */
  unit: string | null;
  /** Where the done count ends and the total starts. */
  doneEnd: number;
  totalStart: number;
}

/** `[████░░░░░░]`: cells filled of cells in all. */
export interface StatedBar extends Span {
  filled: number;
  width: number;
}

export interface StatedStateAt extends Span {
  category: StateCategory;
  word: string;
}

/** `**Total Tasks**: 24`, `- **Phase 3 (US1)**: 5 tasks`: how much work there is, without how much is done. */
export interface StatedCount extends Span {
  total: number;
  unit: string | null;
}

/** `0/TBD`, `2/?`: how much is done of a total not known yet (plans not written). */
export interface StatedDone extends Span {
  done: number;
  unit: string | null;
}

/** `Phase: 3 of 5`: where the work stands, not how much is done. */
export interface StatedPosition extends Span {
  current: number;
  of: number;
  unit: string;
}

/**
 * Where a claim is made: a line of prose, a heading, a table row, front matter, the
 * document's status, or a box whose text names a group (`- [x] **Phase 1: Setup**`).
 */
export type ClaimOrigin = 'line' | 'heading' | 'table' | 'front-matter' | 'status' | 'box';

export interface Claim {
  subject: Subject;
  origin: ClaimOrigin;
  /** The line the claim starts on. */
  line: number;
  /** "Phase 2", "Overall", "the progress table's Phase 2 row", for messages. */
  label: string;
  percent: StatedPercent | null;
  fraction: StatedFraction | null;
  bar: StatedBar | null;
  state: StatedStateAt | null;
  position: StatedPosition | null;
  count: StatedCount | null;
  done: StatedDone | null;
  /** Written as an estimate: `~45%`, `about 3/5`. */
  approximate: boolean;
  /**
   * current: a claim about the work as it is; history: in a log, true when written;
   * example: in fenced code, checked only for its own arithmetic.
   */
  standing: 'current' | 'history' | 'example';
  /** Made in a section the profile names as the place of progress claims. */
  inClaimSection: boolean;
}
