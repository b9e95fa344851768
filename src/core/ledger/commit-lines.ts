/**
 * New lines for a ledger's commit list, written as its own lines are: in the shape of
 * the last commit listed in the section, when every commit listed there has that shape.
 * The shapes (see commit-refs.ts for how they are read):
 *   - `a1b2c3d` - subject        the SHA first (in a code span or bare), a separator, the subject
 *   - `a1b2c3d subject`          SHA and subject in one code span
 *   - subject (`a1b2c3d`)        the subject first, the SHA last
 *   | a1b2c3d | subject | … |    a table row, its header naming the message column
 * Anything else (two SHAs on a line, prose, shapes that differ) has no clear format: no line.
 */
import type { HistoryCommit } from '../model/facts.js';
import type { Ledger, Section, Table } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { trimEndOf } from '../text/names.js';
import type { CommitRef } from './commit-refs.js';
import { hasPlaceholder } from './placeholders.js';
import { commitRefs } from './refs.js';
import { tagsIn } from './history.js';

export interface CommitLineWriter {
  /** Where new lines go: the end of the last line of the last listed commit (its list item or table). */
  at: number;
  /** What goes before each new line: the ledger's own line ending. */
  eol: string;
  /** The line for a commit, or null when its subject cannot be written in this shape; `index` counts lines already written (a numbered list counts on). */
  line(commit: HistoryCommit, index: number): string | null;
}

const BULLET = /^([ \t]*)(?:[-*+]|(\d{1,9})([.)]))[ \t]+/;
const MESSAGE_HEADER = /message|subject|description|summary|title|change/i;
const TASK_HEADER = /\btasks?\b/i;
// What would make a subject at the start of a list item something else: a heading, a quote, a nested list, a checkbox.
const BLOCK_START = /^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\[[ xX~/-]\](?:[ \t]|$))/;

interface Shape {
  /** Same key, same format. */
  key: string;
  render(sha: string, subject: string, index: number): string | null;
  /** Last line of what the line belongs to (its list item with any continuation, or its table). */
  endLine: number;
}

export function commitLineWriter(ledger: Ledger, profile: CompiledProfile, section: Section): CommitLineWriter | null {
  const refs = commitRefs(ledger, profile).filter(
    (r) => r.line > section.line && r.line <= section.endLine && !hasPlaceholder(r.raw, profile),
  );
  if (refs.length === 0 || refs.some((r) => r.sha === null) || new Set(refs.map((r) => r.line)).size !== refs.length)
    return null;
  const shapes = refs.map((r) => shapeOf(ledger, r));
  const last = shapes[shapes.length - 1];
  if (!last || shapes.some((s) => s?.key !== last.key)) return null;
  const digits = Math.max(7, refs[refs.length - 1]!.raw.length);
  const endText = ledger.lines.text[last.endLine - 1]!;
  const at = ledger.lines.starts[last.endLine - 1]! + endText.length;
  return {
    at,
    eol: lineEnding(ledger, last.endLine),
    line: (commit, index) => last.render(commit.sha.slice(0, digits), writable(commit.subject), index),
  };
}

/** A subject as text in a markdown line: no control characters, and no HTML comment (a directive could hide in one). */
function writable(subject: string): string {
  // eslint-disable-next-line no-control-regex
  return subject
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/<!--/g, '<\\!--')
    .trim();
}

function lineEnding(ledger: Ledger, line: number): string {
  const { text, starts } = ledger.lines;
  if (line < starts.length) return ledger.source.slice(starts[line - 1]! + text[line - 1]!.length, starts[line]);
  return /\r\n|\r|\n/.exec(ledger.source)?.[0] ?? '\n';
}

function shapeOf(ledger: Ledger, ref: CommitRef): Shape | null {
  const text = ledger.lines.text[ref.line - 1]!;
  if (/^[ \t]*\|/.test(text)) {
    const table = ledger.tables.find((t) => t.line <= ref.line && ref.line <= t.endLine);
    return table ? rowShape(text, table, ref) : null;
  }
  const bullet = BULLET.exec(text);
  const item = ledger.items.find((i) => i.line === ref.line);
  if (!bullet || !item) return null;
  const [prefix, indent = '', number, delimiter] = bullet;
  const start = ref.column - 1;
  const end = ref.endColumn - 1;
  const before = text.slice(prefix.length, start);
  const after = text.slice(end);
  const marker = (index: number) =>
    number === undefined
      ? prefix
      : `${indent}${Number(number) + 1 + index}${delimiter}${prefix.slice(indent.length + number.length + 1)}`;
  const base = { endLine: item.endLine };

  if (/^[`*]*$/.test(before)) {
    // `sha message` in one code span: the span closes after the message.
    if (before.endsWith('`') && !after.startsWith('`')) {
      if (!/^[ \t]/.test(after) || after.trim() === '`' || !after.includes('`')) return null;
      return {
        ...base,
        key: `span ${before}`,
        render: (sha, subject, i) => (subject.includes('`') ? null : `${marker(i)}${before}${sha} ${subject}\``),
      };
    }
    const closing = /^[`*]*/.exec(after)![0];
    const separator = /^[ \t]*(?:[-–—:|][ \t]*)?/.exec(after.slice(closing.length))![0];
    const hasMessage = after.length > closing.length + separator.length;
    if (hasMessage && separator === '') return null;
    return {
      ...base,
      key: `first ${before} ${closing} ${hasMessage}`,
      render: (sha, subject, i) => `${marker(i)}${before}${sha}${closing}${hasMessage ? `${separator}${subject}` : ''}`,
    };
  }
  // The subject first: what closes the line after the SHA is only marks.
  const lead = before.slice(trimEndOf(before, ' \t(`*[').length);
  if (!/^[`*)\]]*[ \t]*$/.test(after) || lead.trim() === lead) return null;
  return {
    ...base,
    key: `last ${lead} ${after.trim()}`,
    render: (sha, subject, i) =>
      `${marker(i)}${BLOCK_START.test(subject) ? '\\' : ''}${subject}${lead}${sha}${after.trimEnd()}`,
  };
}

/** A row with the SHA in its cell, the subject in the message column, the task ids in a Task column, the rest empty. */
function rowShape(text: string, table: Table, ref: CommitRef): Shape | null {
  const row = table.rows.find((r) => r.line === ref.line);
  const start = ref.column - 1;
  const shaCell = row?.cells.findIndex((c) => c.start <= start && start < c.end) ?? -1;
  const messageCell = table.header.cells.findIndex((c, i) => i !== shaCell && MESSAGE_HEADER.test(c.text));
  if (!row || shaCell < 0 || messageCell < 0) return null;
  const cells = row.cells;
  const taskCell = table.header.cells.findIndex(
    (c, i) => i !== shaCell && i !== messageCell && TASK_HEADER.test(c.text),
  );
  return {
    key: `table ${table.line}`,
    endLine: table.endLine,
    render: (sha, subject) => {
      const tasks = tagsIn(subject)
        .tasks.map((t) => `Task ${t}`)
        .join(', ');
      const content = (i: number) => {
        if (i === shaCell)
          return text.slice(cells[i]!.start, start) + sha + text.slice(ref.endColumn - 1, cells[i]!.end);
        if (i === messageCell) return subject.replace(/\|/g, '\\|');
        return i === taskCell ? tasks : '';
      };
      let out = text.slice(0, cells[0]!.start);
      cells.forEach((cell, i) => {
        out += content(i) + text.slice(cell.end, cells[i + 1]?.start ?? text.length);
      });
      return out;
    },
  };
}
