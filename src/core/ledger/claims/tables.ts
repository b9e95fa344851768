/**
 * Claims in progress tables: a table whose first column names groups (`| Phase |
 * Plans Complete | Status | Completed |`) states, per row, how far that group is; a
 * TOTAL row states it for the whole, and must be the sum of the rows above it. Rows are
 * read by their header, and by their content when a writer shifted a row's cells.
 */
import type { Table, TableCell, TableRow } from '../../model/document.js';
import type { Claim, StatedStateAt, Subject } from '../../model/work.js';
import type { CompiledProfile, NameSet } from '../../profiles/compile.js';
import { leadStripped, nameKey } from '../../text/names.js';
import { groupKey, groupKind as groupKindOf, groupLabel, normaliseId, readGroupLabel } from '../groups.js';
import { stateOfValue } from '../state-words.js';
import { makeClaim } from './claim.js';
import { readDone, readFraction, readPercent, unitWord } from './quantities.js';

const TOTAL_ROW = /^(?:total|overall|all|sum)\b/i;
const BARE_ID = /^(\d{1,4}(?:\.\d{1,4}){0,3}[a-z]?)(?:[.)]?(?:\s|$))/i;

interface Columns {
  group: number;
  kind: string;
  fraction: number[];
  percent: number[];
  status: number[];
  /** What the fraction column counts, from its header ("Plans Complete": plan). */
  unit: string | null;
}

const has = (names: NameSet, header: string) => names.some((n) => header === n || header.startsWith(`${n} `));

function columnsOf(profile: CompiledProfile, table: Table): Columns | null {
  const headers = table.header.cells.map((c) => nameKey(c.text));
  const first = headers[0] ?? '';
  if (!has(profile.columns.group, first)) return null;
  const indexes = (names: NameSet) => headers.flatMap((h, i) => (i > 0 && has(names, h) ? [i] : []));
  const fraction = indexes(profile.columns.fraction);
  const unitHeader = fraction
    .map((i) => headers[i]!.split(' ')[0]!)
    .find((w) => !['done', 'completed', 'complete', 'progress', 'count'].includes(w));
  return {
    group: 0,
    kind: first.split(' ')[0]!,
    fraction,
    percent: indexes(profile.columns.percent),
    status: indexes(profile.columns.status),
    unit: unitHeader ? unitWord(unitHeader) : null,
  };
}

/** Whether a table states progress per group (its first column names them). */
export function isProgressTable(profile: CompiledProfile, table: Table): boolean {
  return columnsOf(profile, table) !== null;
}

export function tableClaims(profile: CompiledProfile, table: Table, standing: Claim['standing']): Claim[] {
  const columns = columnsOf(profile, table);
  if (!columns) return [];
  return table.rows.flatMap((row) => {
    const subject = rowSubject(profile, row.cells[columns.group]?.text ?? '', columns.kind);
    if (!subject) return [];
    const readD = (cell: TableCell) => readFraction(cell.text, row.line, cell.start, columns.unit);
    const readState = (cell: TableCell) => stateAt(profile, row, cell);
    const fraction =
      firstOf(row, columns.fraction, readD) ??
      (columns.fraction.length > 0 ? shifted(row, columns, readD) : firstOf(row, bareCounts(row, columns), readD));
    const percent = firstOf(row, columns.percent, (cell) => readPercent(cell.text, row.line, cell.start));
    const done = fraction
      ? null
      : firstOf(row, columns.fraction, (cell) => readDone(cell.text, row.line, cell.start, columns.unit));
    const state =
      firstOf(row, columns.status, readState) ?? (columns.status.length > 0 ? shifted(row, columns, readState) : null);
    if (!fraction && !percent && !state && !done) return [];
    const label = subject.scope === 'group' ? `${subject.label} (table row)` : 'The total row';
    return [
      makeClaim(
        { subject, origin: 'table', line: row.line, label, standing, inClaimSection: true },
        { percent, fraction, state, done },
      ),
    ];
  });
}

function rowSubject(profile: CompiledProfile, text: string, kind: string): Subject | null {
  const cell = leadStripped(text);
  if (TOTAL_ROW.test(cell)) return { scope: 'document' };
  const label = readGroupLabel(profile, cell);
  const bare = label ? null : BARE_ID.exec(cell);
  const id = label?.id ?? bare?.[1];
  if (!id || /^\d+\s*[-–]\s*\d/.test(cell)) return null;
  const kindWord = label?.kind ?? kind;
  return {
    scope: 'group',
    kind: groupKindOf(kindWord),
    id: normaliseId(id),
    key: groupKey(kindWord, id),
    label: groupLabel(kindWord, id),
  };
}

function firstOf<T>(row: TableRow, columns: readonly number[], read: (cell: TableCell) => T | null): T | null {
  for (const index of columns) {
    const cell = row.cells[index];
    const found = cell ? read(cell) : null;
    if (found) return found;
  }
  return null;
}

// A cell that is nothing but a count ("3/6", "**2/4** steps"): a claim whatever its column is called.
const BARE_COUNT = /^[*_]*\d{1,6}\s*\/\s*\d{1,6}[*_]*(?:\s+\p{L}+)?$/u;

function bareCounts(row: TableRow, columns: Columns): number[] {
  return row.cells.flatMap((cell, i) => (i !== columns.group && BARE_COUNT.test(cell.text) ? [i] : []));
}

/** A row whose cells a writer shifted: what the header's column does not hold, read from any other cell. */
function shifted<T>(row: TableRow, columns: Columns, read: (cell: TableCell) => T | null): T | null {
  return firstOf(
    row,
    row.cells.map((_, i) => i).filter((i) => i !== columns.group),
    read,
  );
}

function stateAt(profile: CompiledProfile, row: TableRow, cell: TableCell): StatedStateAt | null {
  const state = stateOfValue(profile, cell.text);
  return state
    ? { line: row.line, start: cell.start, end: cell.end, category: state.category, word: state.word }
    : null;
}

export interface TotalMismatch {
  line: number;
  column: number;
  header: string;
  stated: string;
  sum: string;
}

/**
 * A TOTAL row's numbers that are not the sums of the rows above: for each column whose
 * cells are all counts (`14`) or fractions (`3/5`).
 */
export function totalRowMismatches(table: Table): TotalMismatch[] {
  const total = table.rows.find((r) => TOTAL_ROW.test(leadStripped(r.cells[0]?.text ?? '')));
  if (!total) return [];
  const rows = table.rows.filter((r) => r !== total);
  if (rows.length === 0) return [];
  const out: TotalMismatch[] = [];
  for (let column = 1; column < table.header.cells.length; column++) {
    const cell = total.cells[column];
    const stated = cell ? readCount(cell.text) : null;
    const values = rows.map((r) => readCount(r.cells[column]?.text ?? ''));
    if (!cell || !stated || values.some((v) => v === null || (v.total === null) !== (stated.total === null))) continue;
    const done = values.reduce((sum, v) => sum + v!.done, 0);
    const all = stated.total === null ? null : values.reduce((sum, v) => sum + (v!.total ?? 0), 0);
    if (done !== stated.done || (all !== null && all !== stated.total)) {
      out.push({
        line: total.line,
        column: cell.start + 1,
        header: table.header.cells[column]!.text,
        stated: cell.text,
        sum: all === null ? String(done) : `${done}/${all}`,
      });
    }
  }
  return out;
}

/** `14`, `**14**` or `3/5` (and nothing else) in a cell. */
function readCount(text: string): { done: number; total: number | null } | null {
  const plain = text.replace(/[*_`]/g, '').trim();
  const fraction = /^(\d{1,6})\s*\/\s*(\d{1,6})$/.exec(plain);
  if (fraction) return { done: Number(fraction[1]), total: Number(fraction[2]) };
  return /^\d{1,6}$/.test(plain) ? { done: Number(plain), total: null } : null;
}
