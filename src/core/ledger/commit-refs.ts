/**
 * Commit references read off one line, in the shapes real ledgers write them.
 * A line of a commit list (a section or label about commits, fenced code in one):
 *   - `a1b2c3d` - feat: subject [PRD-07 Task 1.1]       the subject follows the SHA
 *   - `a1b2c3d - feat: subject`                          one code span: the separator is not the subject
 *   - `feat: subject` - a1b2c3d, feat: subject (`a1b2c3d`)  a subject before the SHA
 *   1. **Task 1: Queue table** - `a1b2c3d` (feat)        a task's title before it: no subject
 *   - merged as 9f3e2d1 after review                     prose around it: no subject
 * A table row: the SHA in the commit column, the subject in the message column.
 * A line of prose: only a SHA right after the word commit (`Commit: a1b2c3d`,
 * `**Commit:** `a1b2c3d``, "in commit (`a1b2c3d`)"); other hex words are not commits.
 * Which lines are which is commit-lists.ts's business.
 */
import { lineContent } from '../text/lines.js';
import { CODE_SPAN, withoutHtmlComments } from '../text/inline.js';
import { leadStripped, nameKey, trimEndOf } from '../text/names.js';
import type { CommitLists } from '../profiles/compile.js';
import { isSha, SHA_SOURCE } from '../text/sha.js';

export interface CommitRef {
  /** The token as written. */
  raw: string;
  /** Lower-case hex when the token is a SHA (see text/sha.ts: 7 to 40 hex digits, or 64), else null. */
  sha: string | null;
  /** The subject written beside it, tags like [PRD-07 Task 1.1] removed; '' when the line gives none. */
  message: string;
  /** Task ids named on the line (`Task 1.1` gives "1.1"). */
  tasks: string[];
  /** PRD numbers named on the line, without leading zeros (`PRD-07` gives "7"). */
  prds: string[];
  line: number;
  /** 1-based columns of the token. */
  column: number;
  endColumn: number;
  /**
   * The line that opens the list the reference is in (its heading, label or table header),
   * or its own line for a commit named in prose: references with the same one are one list's.
   */
  listing: number;
}

/** Whether a folded label names a commit ("commit", "last nixos commit", "sha"): a SHA right after it opens its line. */
export type CommitLabelTest = (key: string) => boolean;

interface Token {
  raw: string;
  /** 0-based column of the token itself. */
  index: number;
  /** Where it is written, backticks included. */
  start: number;
  end: number;
  /** The subject written in the token's own code span (`a1b2c3d feat: x`). */
  message?: string;
}

// A code-span token that looks like an attempt at a hash: letters and digits, both. Where a
// commit opens the line, any such token is one; elsewhere only one of SHA length with at most
// two letters beyond f (`5d1e9g2`), not a word like `utf8mb4`.
const HASH_LIKE = /^(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{4,80}$/i;
const nearSha = (token: string) =>
  token.length >= 7 && HASH_LIKE.test(token) && (token.match(/[g-z]/gi)?.length ?? 0) <= 2;
// A SHA in prose needs a digit and a letter: seven digits alone are a number.
const BARE = `(?<![\\w./-])(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])${SHA_SOURCE}(?![\\w/-])`;
const BARE_SHA = new RegExp(BARE, 'gi');
export const TASK = /\b(?:sub)?task[ \t]+(\d+(?:\.\d+)+)\b/gi;
export const PRD = /\bPRD[ \t_-]?0*(\d+)\b/gi;
const LEADING_LABEL =
  /^(?:\*\*([^*\n]{1,60}?)(?::\*\*|\*\*[ \t]*:)|([\p{L}\p{N}][\p{L}\p{N} _./-]{0,59}):(?=[ \t]))[ \t]*/u;
// A subject before a SHA is taken only when it reads as one; prose there ("merged as") is not a subject.
const CONVENTIONAL =
  /^(?:feat|fix|docs?|style|refactor|perf|tests?|build|ci|chore|revert|release|deps|hotfix|security|wip)(?:\([^()]*\))?!?:[ \t]*\S/i;
const MENTION = /\bcommit(?:s|ted)?\b/gi;
// "Commit: a1b2c3d", "**Commit:** `a1b2c3d`", "commit (`a1b2c3d`)", "**Committed in:** a1b2c3d", "commits `a1b2c3d` and `b2c3d4e`".
const MENTION_GAP = /(?:[ \t,;/&+()*_:#[]|(?:and|in|as)\b)*/y;
// Between two of them, also what one is about: "Commits: `a1b2c3d` (the query), `b2c3d4e` (the toggle)".
const MENTION_NEXT = /(?:\([^()`\n]*\)|[ \t,;/&+)*_:#]|(?:and|in|as)\b)*/y;
const MENTION_TOKEN = new RegExp(`\`([0-9a-z]{7,80})\`|(${BARE})`, 'iy');

/**
 * References on a line of a commit list (a section or label about commits, or fenced code
 * in one). On a list item or in code, any SHA; on a line of prose there, a SHA without
 * backticks only where it opens the line ("Build 1a2b3c4d passed" names no commit).
 */
export function listLineRefs(
  text: string,
  line: number,
  listing: number,
  isCommitLabel: CommitLabelTest,
  prose = false,
): CommitRef[] {
  const head = headOf(text, isCommitLabel);
  const tokens = codeSpanTokens(text, head);
  if (tokens.length === 0)
    tokens.push(...bareTokens(text).filter((t) => !prose || !/[\p{L}\p{N}]/u.test(text.slice(head, t.start))));
  const taken = new Set(tokens.map((t) => t.index + 1));
  const mentioned = prose ? mentionRefs(text, line, isCommitLabel, listing).filter((m) => !taken.has(m.column)) : [];
  if (tokens.length === 0) return mentioned;
  const shared = messageAround(text, text.slice(head, tokens[0]!.start), tokens[tokens.length - 1]!.end);
  return [...refsOf(text, line, listing, tokens, (t) => t.message ?? shared), ...mentioned].sort(
    (x, y) => x.column - y.column,
  );
}

/** References on a line of prose: SHAs right after the word commit, nothing else. */
export function mentionRefs(text: string, line: number, isCommitLabel: CommitLabelTest, listing = line): CommitRef[] {
  if (!/commit/i.test(text)) return [];
  const plain = blankCodeSpans(text, (content) => isSha(content) || nearSha(content));
  const head = headOf(text, isCommitLabel);
  const refs: CommitRef[] = [];
  for (const word of plain.matchAll(MENTION)) {
    const tokens: Token[] = [];
    for (let at = word.index + word[0].length; ;) {
      const gap = tokens.length === 0 ? MENTION_GAP : MENTION_NEXT;
      gap.lastIndex = at;
      gap.exec(plain);
      MENTION_TOKEN.lastIndex = gap.lastIndex;
      const found = MENTION_TOKEN.exec(plain);
      if (!found || (found[1] !== undefined && !isSha(found[1]) && !nearSha(found[1]))) break;
      const raw = found[1] ?? found[2]!;
      tokens.push({
        raw,
        index: found[1] ? found.index + 1 : found.index,
        start: found.index,
        end: MENTION_TOKEN.lastIndex,
      });
      at = MENTION_TOKEN.lastIndex;
    }
    if (tokens.length === 0) continue;
    // "feat: x, in commit `a1b2c3d`": what stands before the word commit (unless it is in the label) is the candidate subject.
    const before = text.slice(head, word.index >= head ? word.index : tokens[0]!.start);
    const message = messageAround(text, before, tokens[tokens.length - 1]!.end);
    refs.push(...refsOf(text, line, listing, tokens, () => message));
  }
  return refs;
}

/** Which columns of a table hold commits and their subjects, from its header row; a SHA column beside a File column holds checksums. */
export function commitColumns(header: string, lists: CommitLists): { commit: number | null; message: number | null } {
  const keys = cellsOf(header).map((c) => nameKey(c.text));
  const ofFiles = keys.some((k) => lists.files.includes(k));
  const commit = keys.findIndex((k) => lists.columns.includes(k) && !(ofFiles && lists.checksums.includes(k)));
  const message = keys.findIndex((k) => lists.messages.includes(k));
  return { commit: commit >= 0 ? commit : null, message: message >= 0 ? message : null };
}

/**
 * References on a table row: in the commit column, or, in a table under a commit
 * section whose header names none, the first cell that holds a SHA and nothing else.
 */
export function tableRowRefs(
  text: string,
  line: number,
  listing: number,
  columns: { commit: number | null; message: number | null },
): CommitRef[] {
  if (isTableSeparator(text)) return [];
  const cells = cellsOf(text);
  const at = columns.commit ?? cells.findIndex((c) => wholeCellToken(c.text) !== null);
  const cell = cells[at];
  if (!cell) return [];
  const whole = wholeCellToken(cell.text);
  const tokens = whole
    ? [
        {
          raw: whole,
          index: cell.start + cell.text.indexOf(whole),
          start: cell.start,
          end: cell.start + cell.text.length,
        },
      ]
    : [...codeSpanTokens(cell.text, null), ...bareTokens(cell.text)].map((t) => ({
        ...t,
        index: t.index + cell.start,
      }));
  const message =
    columns.message !== null && columns.message !== at ? tableMessage(cells[columns.message]?.text ?? '') : '';
  return refsOf(text, line, listing, tokens, () => message);
}

/** The references a line's tokens make; the tasks and PRDs it names are read once for all of them. */
function refsOf(
  text: string,
  line: number,
  listing: number,
  tokens: readonly Token[],
  message: (token: Token) => string,
): CommitRef[] {
  if (tokens.length === 0) return [];
  const tags = { tasks: [...text.matchAll(TASK)].map((m) => m[1]!), prds: [...text.matchAll(PRD)].map((m) => m[1]!) };
  return tokens.map((token) => refOf(line, listing, token, message(token), tags));
}

function refOf(
  line: number,
  listing: number,
  token: Token,
  message: string,
  { tasks, prds }: { tasks: string[]; prds: string[] },
): CommitRef {
  return {
    raw: token.raw,
    sha: isSha(token.raw) ? token.raw.toLowerCase() : null,
    message,
    tasks: [...tasks],
    prds: [...prds],
    line,
    column: token.index + 1,
    endColumn: token.index + 1 + token.raw.length,
    listing,
  };
}

/** Where a line's own text starts: after its bullet or checkbox, and after a label naming a commit (`**Commit:**`, `Last commit:`). */
function headOf(text: string, isCommitLabel: CommitLabelTest): number {
  const { offset } = lineContent(text);
  const label = LEADING_LABEL.exec(text.slice(offset));
  return label && isCommitLabel(nameKey(label[1] ?? label[2]!)) ? offset + label[0].length : offset;
}

/** SHAs in code spans; a token that only looks like a hash (`xyz1234`) only where a commit opens the line (after `head`; never without one). */
function codeSpanTokens(text: string, head: number | null): Token[] {
  const tokens: Token[] = [];
  for (const span of text.matchAll(CODE_SPAN)) {
    const content = span[1]!;
    if (content.trim().length < 4) continue;
    const index = span.index + 1 + (content.length - content.trimStart().length);
    const [word = '', ...rest] = content.trim().split(/\s+/);
    const at = { raw: word, index, start: span.index, end: span.index + span[0].length };
    if (isSha(word)) tokens.push(rest.length > 0 ? { ...at, message: subjectAfter(rest.join(' ')) } : at);
    else if (
      head !== null &&
      rest.length === 0 &&
      (nearSha(word) || (HASH_LIKE.test(word) && !/[\p{L}\p{N}]/u.test(text.slice(head, span.index))))
    )
      tokens.push(at);
  }
  return tokens;
}

/** SHAs written without backticks, outside code spans. */
function bareTokens(text: string): Token[] {
  if (!/[0-9a-f]{7}/i.test(text)) return [];
  return [...blankCodeSpans(text, () => false).matchAll(BARE_SHA)].map((m) => ({
    raw: m[0],
    index: m.index,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The line with code spans turned to spaces, except those `keep` keeps. */
function blankCodeSpans(text: string, keep: (content: string) => boolean): string {
  return text.replace(CODE_SPAN, (span, content: string) => (keep(content) ? span : ' '.repeat(span.length)));
}

/**
 * The subject is what follows SHAs that open the line (after its bullet and a commit
 * label), or what precedes SHAs that close it when it reads as a subject; SHAs in the
 * middle of a sentence ("merged as 9f3e2d1 after review") have none.
 */
function messageAround(text: string, before: string, end: number): string {
  const after = text.slice(end);
  if (!/[\p{L}\p{N}]/u.test(before)) return subjectAfter(after);
  // [^\][] rather than [^\]]: an unclosed "[[[[…" must not be rescanned from every bracket.
  const closes = !/[\p{L}\p{N}]/u.test(withoutHtmlComments(after).replace(/\[[^\][]*\]|\([^()]*\)/g, ''));
  return closes ? subjectBefore(before) : '';
}

/** "- feat: x", ": feat: x", " feat: x" give "feat: x"; "(feat)" or "· **Branch:** main" give none. */
function subjectAfter(after: string): string {
  // Another field on the same line ("· **Branch:** `main`") is not part of the subject.
  const field = after.search(/\s·\s|\*\*[^*\n]+(?::\*\*|\*\*[ \t]*:)/);
  // A SHA written as a link, [a1b2c3d](…/commit/a1b2c3d): the subject follows the link.
  let text = (field >= 0 ? after.slice(0, field) : after).replace(/^`?\]\([^()\s]*\)/, '').replace(/^[\s`)\]]+/, '');
  const separator = /^(?:->|→|[-–—:|])+[ \t]*/.exec(text);
  if (separator) text = text.slice(separator[0].length);
  else if (!/^[\p{L}\p{N}"'“]/u.test(text)) return '';
  const message = cleanMessage(text);
  return /[\p{L}\p{N}]/u.test(message.replace(/\([^()]*\)/g, '')) ? message : '';
}

/** "`feat: x` - " and "feat: x (" give "feat: x"; "**Task 1: Queue table** - " and "merged as " give none. */
function subjectBefore(before: string): string {
  const text = trimEndOf(lineContent(before).content, ' \t([:,;–—-').trim();
  const span = /^`([^`]+)`$/.exec(text);
  if (span) return cleanMessage(span[1]!);
  const message = leadStripped(cleanMessage(text));
  return CONVENTIONAL.test(message) ? message : '';
}

/** A message cell's subject; a link or a path there is not one. */
function tableMessage(cell: string): string {
  const text = cell.trim();
  if (/^\[[^\]]*\]\([^)]*\)$/.test(text) || /^`?[\w.-]*\/[^\s`]*`?$/.test(text)) return '';
  return cleanMessage(text);
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
    .replace(/^(?:(?:sub)?task[ \t]+\d+(?:\.\d+)*|PRD[ \t_-]?\d+)[ \t]*[:–—-]?[ \t]*/i, '');
  return trimEndOf(cleaned, ' –—-');
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

/** A cell that holds one SHA (`a1b2c3d` or a1b2c3d) or one code span that tries to be one (`xyz1234`), and nothing else. */
function wholeCellToken(cell: string): string | null {
  const token = cell.trim().replace(/^`|`$/g, '');
  return isSha(token) || (cell.includes('`') && HASH_LIKE.test(token)) ? token : null;
}

const SEPARATOR_CELL = /^:?-+:?$/;

/** `| --- | :-: |`; split rather than one pattern, whose optional spaces on either side of an optional pipe backtrack quadratically on long blank lines. */
export function isTableSeparator(line: string): boolean {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  return row.split('|').every((cell) => SEPARATOR_CELL.test(cell.trim()));
}
