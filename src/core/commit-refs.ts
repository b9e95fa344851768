/**
 * Commit references in a Git Commits section, in the shapes real ledgers use:
 *   - `a1b2c3d` - feat: subject [PRD-07 Task 1.1]
 *   - `a1b2c3d feat: subject`            (SHA and message in one code span)
 *   - feat: subject (`a1b2c3d`)          (message first, SHA last)
 *   | a1b2c3d | feat: subject | Task 1.1 |  (table rows)
 *   - merged as 9f3e2d1 after review     (a bare hex word)
 * Works on lines, so the same reading serves the rules (lines from the parsed
 * model) and the fact gathering before them (lines from a quick scan).
 */
import { lineContent } from './queries.js';
import { trimEndOf } from './text.js';

export interface CommitRef {
  /** The token as written. */
  raw: string;
  /** Lower-case hex when the token is a well-formed SHA (7-40 hex digits), else null. */
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

const HEX_SHA = /^[0-9a-f]{7,40}$/i;
// A code-span token that looks like an attempt at a hash: letters and digits, both.
const HASH_LIKE = /^(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{4,64}$/i;
const BARE_SHA = /(?<![\w./-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\w/-])/gi;
const CODE_SPAN = /`([^`\n]+)`/g;
const TASK = /\b(?:sub)?task[ \t]+(\d+(?:\.\d+)+)\b/gi;
const PRD = /\bPRD[ \t_-]?0*(\d+)\b/gi;

/** Reads the references on the given 1-based lines. */
export function commitRefsIn(lines: readonly string[], lineNumbers: Iterable<number>): CommitRef[] {
  const refs: CommitRef[] = [];
  for (const lineNo of lineNumbers) {
    const text = lines[lineNo - 1];
    if (text !== undefined) refs.push(...refsOnLine(text, lineNo));
  }
  return refs;
}

function refsOnLine(text: string, line: number): CommitRef[] {
  const tasks = [...text.matchAll(TASK)].map((m) => m[1]!);
  const prds = [...text.matchAll(PRD)].map((m) => m[1]!);
  const make = (raw: string, index: number, message: string): CommitRef => ({
    raw,
    sha: HEX_SHA.test(raw) ? raw.toLowerCase() : null,
    message: cleanMessage(message),
    tasks,
    prds,
    line,
    column: index + 1,
    endColumn: index + 1 + raw.length,
  });

  if (/^\s*\|/.test(text)) return tableRow(text, make);

  const refs: CommitRef[] = [];
  for (const span of text.matchAll(CODE_SPAN)) {
    const content = span[1]!;
    const start = span.index + 1 + (content.length - content.trimStart().length);
    const [token = '', ...rest] = content.trim().split(/\s+/);
    if (rest.length > 0) {
      // `a1b2c3d feat: subject`: the SHA and the message share the span.
      if (HEX_SHA.test(token)) refs.push(make(token, start, rest.join(' ')));
      continue;
    }
    if (!HEX_SHA.test(token) && !HASH_LIKE.test(token)) continue;
    refs.push(make(token, start, messageAround(text, span.index, span.index + span[0].length)));
  }
  if (refs.length > 0) return refs;

  for (const bare of text.matchAll(BARE_SHA)) {
    refs.push(make(bare[0], bare.index, messageAround(text, bare.index, bare.index + bare[0].length)));
  }
  return refs;
}

/**
 * The subject is what follows a SHA that opens the line, or what precedes one that
 * closes it; a SHA in the middle of a sentence ("merged as 9f3e2d1 after review") has none.
 */
function messageAround(text: string, start: number, end: number): string {
  const before = trimEndOf(lineContent(text.slice(0, start)).content, ' \t([:,;–—-`');
  const after = text.slice(end).replace(/^[\s)\]:,;–—`-]+/, '');
  const opens = !/[\p{L}\p{N}]/u.test(before);
  const closes = !/[\p{L}\p{N}]/u.test(after.replace(/\[[^\]]*\]|\([^)]*\)/g, ''));
  if (opens) return after;
  return closes ? before : '';
}

function tableRow(text: string, make: (raw: string, index: number, message: string) => CommitRef): CommitRef[] {
  const cells: Array<{ text: string; start: number }> = [];
  let from = text.indexOf('|') + 1;
  for (;;) {
    const next = text.indexOf('|', from);
    if (next < 0) break;
    cells.push({ text: text.slice(from, next), start: from });
    from = next + 1;
  }
  if (cells.length === 0 || cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c.text))) return [];
  const shaCell = cells.findIndex((c) => {
    const token = c.text.trim().replace(/^`|`$/g, '');
    return HEX_SHA.test(token) || (c.text.includes('`') && HASH_LIKE.test(token));
  });
  if (shaCell < 0) return [];
  const cell = cells[shaCell]!;
  const token = cell.text.trim().replace(/^`|`$/g, '');
  const index = cell.start + cell.text.indexOf(token);
  const message = cells.slice(shaCell + 1).find((c) => /\p{L}{2}/u.test(c.text) && !/^\s*`?(?:sub)?task\b/i.test(c.text))?.text ?? '';
  return [make(token, index, message)];
}

/** Drops tags and decoration: "feat: add x [PRD-07 Task 1.1] ✓" gives "feat: add x". */
function cleanMessage(message: string): string {
  const cleaned = message
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\((?:[^()]*\b(?:task|prd)\b[^()]*)\)/gi, ' ')
    .replace(/[`*]+/g, '')
    .replace(/[✓✔✅]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return trimEndOf(cleaned, ' –—-');
}
