/**
 * Input micromark handles in quadratic time or worse, or in far more memory than
 * its size suggests, recognised cheaply before parsing so hostile files cannot hang
 * or exhaust a run: its cost grows with the square of container depth (and the stack
 * overflows near a thousand levels), every unclosed `<!--` in a paragraph is rescanned
 * to the paragraph's end, emphasis marks in one paragraph are resolved pairwise, each
 * setext heading re-walks the document before it, and every line (blank or not), list
 * item, table row, link or character reference keeps kilobytes of events until the
 * parse ends. No ledger nests more than a handful of levels, leaves hundreds of comments
 * open, or holds tens of thousands of lines, list items and links.
 */
import { lineAt, type Lines } from '../text/lines.js';

export const MAX_NESTING = 100;

/** Returns the first line nested deeper than MAX_NESTING, or null. */
export function findExcessiveNesting(lines: Lines): number | null {
  const listIndents: number[] = [];
  for (let i = 0; i < lines.text.length; i++) {
    const line = lines.text[i]!;
    let pos = 0;
    let width = 0;
    let quotes = 0;
    let markers = 0;
    let firstMarkerWidth = -1;
    // Walk the line's container prefix: indentation, `>` and list bullets.
    for (;;) {
      const ch = line.charCodeAt(pos);
      if (ch === 32) {
        width++;
        pos++;
        continue;
      }
      if (ch === 9) {
        width += 4 - (width % 4);
        pos++;
        continue;
      }
      if (ch === 62 /* > */) {
        quotes++;
        width++;
        pos++;
        continue;
      }
      const marker = listMarkerLength(line, pos);
      if (marker > 0) {
        if (firstMarkerWidth < 0) firstMarkerWidth = width;
        markers++;
        width += marker;
        pos += marker;
        continue;
      }
      break;
    }
    if (pos >= line.length) continue; // blank lines do not close lists
    if (firstMarkerWidth >= 0) {
      while (listIndents.length > 0 && listIndents[listIndents.length - 1]! >= firstMarkerWidth) listIndents.pop();
      listIndents.push(firstMarkerWidth);
    } else if (width === 0 && quotes === 0) {
      listIndents.length = 0;
    }
    if (quotes + markers + listIndents.length > MAX_NESTING) return i + 1;
  }
  return null;
}

/** Length of a list bullet plus its following space at pos (`- `, `* `, `+ `, `12. `, `3) `), else 0. */
function listMarkerLength(line: string, pos: number): number {
  const ch = line.charCodeAt(pos);
  if ((ch === 45 || ch === 42 || ch === 43) && isSpace(line.charCodeAt(pos + 1))) return 2;
  let end = pos;
  while (end - pos < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
  if (end > pos && (line.charCodeAt(end) === 46 || line.charCodeAt(end) === 41) && isSpace(line.charCodeAt(end + 1)))
    return end - pos + 2;
  return 0;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9;
}

export const MAX_UNCLOSED_COMMENTS = 200;

/** The line of the first `<!--` past the allowance when far more comments open than close, or null. */
export function findCommentFlood(source: string, lines: Lines): number | null {
  let opened = 0;
  let closed = 0;
  for (let at = source.indexOf('-->'); at >= 0; at = source.indexOf('-->', at + 3)) closed++;
  for (let at = source.indexOf('<!--'); at >= 0; at = source.indexOf('<!--', at + 4)) {
    if (++opened - closed > MAX_UNCLOSED_COMMENTS) return lineAt(lines, at);
  }
  return null;
}

/**
 * Markup a parse can afford. Measured: micromark holds about 4 KB per markup character
 * (bracket, emphasis mark, pipe, backtick, `&` of a character reference, backslash…),
 * 20 KB per list item, table row, heading or quote line, 1 to 5 KB per line of any kind
 * (blank lines included) and per hard break; emphasis in one paragraph costs the square
 * of its marks, and each setext heading (a line underlined with `===` or `---`) re-walks
 * the document before it. At this budget the worst files (table rows, definitions,
 * indented code) take about 550 MB and the slowest (emphasis in one paragraph) 3 to 5 s;
 * a ledger spends 100 to 260 units a kilobyte (140 is typical), so a dense one would
 * have to pass 230 KB to be refused, a typical one 400 KB.
 */
export const MARKUP_BUDGET = 60_000;
const LINE_COST = 1;
const BLOCK_LINE_COST = 5;
const HARD_BREAK_COST = 1;
/** A setext underline costs a unit for this many lines before it. */
const LINES_PER_SETEXT_UNIT = 16;

/** The line where the file's markup exceeds the budget, or null. */
export function findMarkupOverload(lines: Lines, budget = MARKUP_BUDGET): number | null {
  let spent = 0;
  let previousBlank = true;
  for (let i = 0; i < lines.text.length; i++) {
    const line = lines.text[i]!;
    spent += LINE_COST;
    let pos = 0;
    while (line.charCodeAt(pos) === 32 || line.charCodeAt(pos) === 9) pos++;
    const blank = pos === line.length;
    if (!previousBlank && isSetextUnderline(line, pos)) spent += Math.ceil((i + 1) / LINES_PER_SETEXT_UNIT);
    else if (startsBlock(line, pos)) spent += BLOCK_LINE_COST;
    for (; pos < line.length; pos++) if (isMarkup(line.charCodeAt(pos))) spent++;
    if (line.endsWith('  ') && !blank) spent += HARD_BREAK_COST;
    if (spent > budget) return i + 1;
    previousBlank = blank;
  }
  return null;
}

/** `===` or `---` (or a lone `-`) with at most three spaces before and only spaces after: an underline under a text line. */
function isSetextUnderline(line: string, pos: number): boolean {
  const ch = line.charCodeAt(pos);
  if (pos > 3 || (ch !== 61 /* = */ && ch !== 45) /* - */) return false;
  let end = pos;
  while (line.charCodeAt(end) === ch) end++;
  while (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9) end++;
  return end === line.length;
}

function startsBlock(line: string, pos: number): boolean {
  const ch = line.charCodeAt(pos);
  return ch === 35 /* # */ || ch === 62 /* > */ || ch === 124 /* | */ || listMarkerLength(line, pos) > 0;
}

function isMarkup(ch: number): boolean {
  switch (ch) {
    case 91:
    case 93: // [ ]
    case 40:
    case 41: // ( )
    case 42:
    case 95: // * _
    case 96:
    case 126: // ` ~
    case 124: // |
    case 60:
    case 62: // < >
    case 33: // ! (images)
    case 38: // & (character references)
    case 92: // \ (escapes, hard breaks)
      return true;
    default:
      return false;
  }
}
