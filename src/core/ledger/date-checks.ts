/**
 * Dates against each other, whatever their format: the date a ledger was last updated
 * may not be before the date it was started or created, and a template's dates keep the
 * order its fields say (Estimated Completion not before Started). Whether a date is in
 * the template's format is header-fields' to say; here only the order counts.
 */
import type { Field, Ledger } from '../model/document.js';
import type { Finding } from '../model/findings.js';
import type { CompiledProfile, NameSet } from '../profiles/compile.js';
import { readWrittenDate, writtenBefore, type WrittenDate } from '../text/dates.js';
import { lineContent } from '../text/lines.js';
import { nameKey, stripInlineMarks } from '../text/names.js';
import { findField } from './fields.js';
import { hasPlaceholder } from './placeholders.js';
import { inHistory } from './roles.js';
import { sectionHolding } from './sections.js';

export interface DatedField {
  name: string;
  value: string;
  date: WrittenDate;
  line: number;
  column: number;
}

// `Created: …`, `**Created**: …`, `- **Last Updated:** …`, `*Last updated: …*`, in a line's content.
const LABELLED = /^[*_]*([A-Za-z][A-Za-z _-]{1,30}?)[*_ \t]*:[*_ \t]*(\S.*)/;

export function dateFindings(ledger: Ledger, profile: CompiledProfile): Finding[] {
  const out: Finding[] = [];
  const pairs: Array<[DatedField | null, DatedField | null]> = [
    [updatedDate(ledger, profile), firstDated(ledger, profile, profile.dates.starts)],
  ];
  for (const spec of profile.spec.fields) {
    if (spec.notBefore)
      pairs.push([
        datedField(profile, findField(ledger, profile, spec.name)),
        datedField(profile, findField(ledger, profile, spec.notBefore)),
      ]);
  }
  const seen = new Set<string>();
  for (const [later, earlier] of pairs) {
    if (!later || !earlier || !writtenBefore(later.date, earlier.date)) continue;
    const key = `${later.line}:${earlier.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      message: `${later.name} ${later.value} is before ${earlier.name} ${earlier.value}.`,
      line: later.line,
      column: later.column,
    });
  }
  return out;
}

function datedField(profile: CompiledProfile, field: Field | undefined): DatedField | null {
  if (!field || hasPlaceholder(field.value, profile)) return null;
  const value = stripInlineMarks(field.value);
  const date = readWrittenDate(value);
  return date ? { name: field.name, value, date, line: field.line, column: field.valueColumn } : null;
}

/** When the ledger says it was last updated (Last Updated, Updated, updated: in front matter), if it says so with a date. */
export function updatedDate(ledger: Ledger, profile: CompiledProfile): DatedField | null {
  return firstDated(ledger, profile, profile.dates.updates);
}

/** Whether a text may state when it was last updated, from a quick look before parsing: the longest word of one of the names appears. */
export function mayStateUpdated(text: string, profile: CompiledProfile): boolean {
  const lower = text.toLowerCase();
  return profile.dates.updates.some((name) =>
    lower.includes(name.split(' ').reduce((a, b) => (b.length > a.length ? b : a))),
  );
}

/**
 * The first field or labelled line with one of these names and a date: front matter and
 * header fields first, then labelled lines anywhere but in a log of the past.
 */
function firstDated(ledger: Ledger, profile: CompiledProfile, names: NameSet): DatedField | null {
  for (const field of ledger.fields) {
    if (field.path !== undefined || !names.includes(field.key)) continue;
    const found = datedField(profile, field);
    if (found) return found;
  }
  for (let line = 1; line <= ledger.lines.text.length; line++) {
    if (!ledger.prose[line - 1]) continue;
    const text = ledger.lines.text[line - 1]!;
    const { content, offset } = lineContent(text);
    const match = LABELLED.exec(content);
    if (!match || !names.includes(nameKey(match[1]!))) continue;
    if (inHistory(profile, sectionHolding(ledger, line))) continue;
    const value = stripInlineMarks(match[2]!);
    if (hasPlaceholder(value, profile)) continue;
    const date = readWrittenDate(value);
    if (date)
      return { name: match[1]!.trim(), value: date.text, date, line, column: text.indexOf(match[2]!, offset) + 1 };
  }
  return null;
}
