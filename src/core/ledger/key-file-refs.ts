/**
 * Repository paths in a Key Files section: backticked, optionally with a line
 * (`src/a.ts:42`) or a range (`src/a.ts:10-20`). Line-based, like commit-refs.
 */
import { CODE_SPAN } from '../text/inline.js';

export interface KeyFileRef {
  /** The path as written, without the line part; `/`-separated, no leading `./`. */
  path: string;
  /** The path leaves the repository (`../x`, `/etc/x`): it is reported, never looked up. */
  outside: boolean;
  /** Lines named after the colon, if any. */
  lines: { start: number; end: number } | null;
  /** The whole code span content, for messages. */
  raw: string;
  line: number;
  column: number;
  endColumn: number;
}

// A path: no spaces, colons or quotes; optionally :LINE or :START-END.
const PATH = /^([^\s:`'"<>|]+)(?::(\d{1,9})(?:-(\d{1,9}))?)?$/;
const EXTENSION = /\.[A-Za-z0-9]{1,12}$/;

export function keyFileRefsIn(lines: readonly string[], lineNumbers: Iterable<number>): KeyFileRef[] {
  const refs: KeyFileRef[] = [];
  for (const lineNo of lineNumbers) {
    const text = lines[lineNo - 1];
    if (text === undefined) continue;
    let first = true;
    for (const span of text.matchAll(CODE_SPAN)) {
      // The first span of a line names the file; later ones are paths only when they have a slash
      // (`RetryPolicy.next` or `v1.2` in a description are not files).
      const leading = first;
      first = false;
      const raw = span[1]!.trim();
      const match = PATH.exec(raw);
      if (!match || !looksLikePath(match[1]!, leading)) continue;
      const path = match[1]!.replace(/^(?:\.\/)+/, '');
      const start = match[2] === undefined ? null : Number(match[2]);
      const lineRange = start === null ? null : { start, end: match[3] === undefined ? start : Number(match[3]) };
      const column = span.index + 2;
      refs.push({ path, outside: leavesRepository(path), lines: lineRange, raw, line: lineNo, column, endColumn: column + span[1]!.length });
    }
  }
  return refs;
}

/** `src/a.ts`, `.env.example`, `docs/`, `./Makefile` are paths; `claimDue()`, `WEBHOOK_X`, `https://…` are not. */
function looksLikePath(path: string, leading: boolean): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes('(') || path.startsWith('-')) return false;
  return path.includes('/') || (leading && EXTENSION.test(path) && !/\.\d+$/.test(path));
}

/** A `/`-separated path with a `.git` part (any case, as case-insensitive file systems see it): git's own files, never a key file. */
export function inGitDirectory(path: string): boolean {
  return path.split('/').some((part) => part.toLowerCase() === '.git');
}

function leavesRepository(path: string): boolean {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return true;
  let depth = 0;
  for (const part of path.split('/')) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}
