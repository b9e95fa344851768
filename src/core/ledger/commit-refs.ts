/**
 * Commit references in a Git Commits section, in the shapes real ledgers use:
 *   - `a1b2c3d` - feat: subject [PRD-07 Task 1.1]
 *   - `a1b2c3d feat: subject`            (SHA and message in one code span)
 *   - feat: subject (`a1b2c3d`)          (message first, SHA last)
 *   | a1b2c3d | feat: subject | Task 1.1 |  (table rows; a header names the message column)
 *   - merged as 9f3e2d1 after review     (a bare hex word)
 * Works on lines, so the same reading serves the rules (lines from the parsed
 * model) and the fact gathering before them (lines from a quick scan).
 */
import { lineContent } from '../text/lines.js';
import { CODE_SPAN, withoutHtmlComments } from '../text/inline.js';
import { trimEndOf } from '../text/names.js';
import { isSha, SHA_SOURCE } from '../text/sha.js';

export interface CommitRef {
  /** The token as written. */
  raw: string;
  /** Lower-case hex when the token is a SHA (see text/sha.ts: 7 to 40 hex digits, or 64), else null. */
  sha: string | null;
  /** The subject written beside it, tags like [PRD-07 Task 1.1] removed; '' when none. */
  message: string;
  /** Task ids named on the line (`Task 1.1` gives "1.1"). */
  tasks: string[];
  /** PRD numbers named on the line, without leading zeros (`PRD-07` gives "7"). */
  prds: string[];
  line: number;
  /** 1-based columns of the token. */
  column: number;
  endColumn: number;
}

// A code-span token that looks like an attempt at a hash: letters and digits, both.
const HASH_LIKE = /^(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{4,80}$/i;
const BARE_SHA = new RegExp(`(?<![\\w./-])(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])${SHA_SOURCE}(?![\\w/-])`, 'gi');
export const TASK = /\b(?:sub)?task[ \t]+(\d+(?:\.\d+)+)\b/gi;
export const PRD = /\bPRD[ \t_-]?0*(\d+)\b/gi;
const SEPARATOR_CELL = /^:?-{2,}:?$/;
const MESSAGE_HEADER = /message|subject|description|summary|title|change|commit message/i;

/** Reads the references on the given 1-based lines (in order, so tables keep their header). */
export function commitRefsIn(lines: readonly string[], lineNumbers: Iterable<number>): CommitRef[] {
  const refs: CommitRef[] = [];
  let messageColumn: number | null = null;
  for (const lineNo of lineNumbers) {
    const text = lines[lineNo - 1];
    if (text === undefined) continue;
    if (!/^\s*\|/.test(text)) messageColumn = null;
    else if (isTableSeparator(lines[lineNo] ?? '')) {
      // A header row: remember which column holds the message.
      const index = cellsOf(text).findIndex((c) => MESSAGE_HEADER.test(c.text));
      messageColumn = index >= 0 ? index : null;
      continue;
    }
    refs.push(...refsOnLine(text, lineNo, messageColumn));
  }
  return refs;
}

function refsOnLine(text: string, line: number, messageColumn: number | null): CommitRef[] {
  const tasks = [...text.matchAll(TASK)].map((m) => m[1]!);
  const prds = [...text.matchAll(PRD)].map((m) => m[1]!);
  const make = (raw: string, index: number, message: string): CommitRef => ({
    raw,
    sha: isSha(raw) ? raw.toLowerCase() : null,
    message: cleanMessage(message),
    tasks,
    prds,
    line,
    column: index + 1,
    endColumn: index + 1 + raw.length,
  });

  if (/^\s*\|/.test(text)) return tableRow(text, messageColumn, make);

  // Every SHA-like token on the line, then one message for them all.
  const tokens: Array<{ raw: string; index: number; start: number; end: number; message?: string }> = [];
  for (const span of text.matchAll(CODE_SPAN)) {
    const content = span[1]!;
    const index = span.index + 1 + (content.length - content.trimStart().length);
    const [token = '', ...rest] = content.trim().split(/\s+/);
    const end = span.index + span[0].length;
    // `a1b2c3d feat: subject`: the SHA and the message share the span.
    if (rest.length > 0) {
      if (isSha(token)) tokens.push({ raw: token, index, start: span.index, end, message: rest.join(' ') });
    } else if (isSha(token) || HASH_LIKE.test(token)) {
      tokens.push({ raw: token, index, start: span.index, end });
    }
  }
  if (tokens.length === 0) {
    for (const bare of text.matchAll(BARE_SHA)) tokens.push({ raw: bare[0], index: bare.index, start: bare.index, end: bare.index + bare[0].length });
  }
  if (tokens.length === 0) return [];
  const message = messageAround(text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
  return tokens.map((t) => make(t.raw, t.index, t.message ?? message));
}

/**
 * The subject is what follows SHAs that open the line, or what precedes SHAs that
 * close it; SHAs in the middle of a sentence ("merged as 9f3e2d1 after review") have none.
 */
function messageAround(text: string, start: number, end: number): string {
  const before = trimEndOf(lineContent(text.slice(0, start)).content, ' \t([:,;–—-`');
  const after = text.slice(end).replace(/^[\s)\]:,;–—`-]+/, '');
  const opens = !/[\p{L}\p{N}]/u.test(before);
  // [^\][] rather than [^\]]: an unclosed "[[[[…" must not be rescanned from every bracket.
  const closes = !/[\p{L}\p{N}]/u.test(withoutHtmlComments(after).replace(/\[[^\][]*\]|\([^()]*\)/g, ''));
  if (opens) return after;
  return closes ? before : '';
}

interface Cell {
  text: string;
  start: number;
}

function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let from = text.indexOf('|') + 1;
  for (;;) {
    const next = text.indexOf('|', from);
    if (next < 0) break;
    cells.push({ text: text.slice(from, next), start: from });
    from = next + 1;
  }
  return cells;
}

function tableRow(text: string, messageColumn: number | null, make: (raw: string, index: number, message: string) => CommitRef): CommitRef[] {
  if (isTableSeparator(text)) return [];
  const cells = cellsOf(text);
  const shaCell = cells.findIndex((c) => {
    const token = c.text.trim().replace(/^`|`$/g, '');
    return isSha(token) || (c.text.includes('`') && HASH_LIKE.test(token));
  });
  if (shaCell < 0) return [];
  const cell = cells[shaCell]!;
  const token = cell.text.trim().replace(/^`|`$/g, '');
  const index = cell.start + cell.text.indexOf(token);
  // Without a header naming it, the message is the longest other cell that is not a task tag.
  const others = cells.filter((c, i) => i !== shaCell && !/^\s*`?(?:sub)?task\b/i.test(c.text) && /\p{L}{2}/u.test(c.text));
  const message = messageColumn !== null && messageColumn !== shaCell ? (cells[messageColumn]?.text ?? '') : (others.sort((a, b) => b.text.trim().length - a.text.trim().length)[0]?.text ?? '');
  return [make(token, index, message)];
}

/** Drops tags and decoration: "Task 1.1: feat: add x [PRD-07 Task 1.1] ✓ (2026-03-04)" gives "feat: add x". */
function cleanMessage(message: string): string {
  const cleaned = withoutHtmlComments(message)
    .replace(/\[[^\][]*\]/g, ' ')
    .replace(/\([^()]*\)/g, (group) => (/\b(?:task|prd)\b/i.test(group) ? ' ' : group))
    .replace(/\(\s*\d{4}-\d{2}-\d{2}[^()]*\)/g, ' ')
    .replace(/[`*]+/g, '')
    .replace(/[✓✔✅]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:sub)?task[ \t]+\d+(?:\.\d+)+|PRD[ \t_-]?\d+)[ \t]*[:–—-]?[ \t]*/i, '');
  return trimEndOf(cleaned, ' –—-');
}

/** `| --- | :-: |`; split rather than one pattern, whose optional spaces on either side of an optional pipe backtrack quadratically on long blank lines. */
function isTableSeparator(line: string): boolean {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => SEPARATOR_CELL.test(cell.trim()));
}
