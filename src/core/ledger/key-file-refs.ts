/**
 * Repository paths a ledger names: in its Key Files section, and in the header
 * fields the profile says name a file (the PRD). A path is written in a code span
 * (`src/a.ts`, optionally with a line `src/a.ts:42` or a range `src/a.ts:10-20`), as
 * a markdown link (`[retry](../../src/retry.ts#L12)`), or bare at the start of a
 * list item (`- src/a.ts - Retry scheduling`). Line-based, like commit-refs.
 */
import type { CompiledProfile } from '../profiles/compile.js';
import { CODE_SPAN } from '../text/inline.js';
import { inlineLinks, isExternalDestination, type InlineLink } from '../text/links.js';
import { nameKey, trimEndOf } from '../text/names.js';

export interface KeyFileRef {
  /**
   * The path as written, without its line part (or a link's `#anchor`, `?query` and `<…>`), a link's
   * percent-decoded: `/`-separated, no leading `./`.
   */
  path: string;
  /** How it is written, which says where it is read from (see repositoryPath). */
  kind: 'code' | 'bare' | 'link';
  /** Lines named after the colon (or a link's `#L12-L30`), if any. */
  lines: { start: number; end: number } | null;
  /** The code span's content, the bare word or the link's destination, for messages. */
  raw: string;
  /** The header field that names it (`PRD`); null for an entry of Key Files. */
  field: string | null;
  line: number;
  column: number;
  endColumn: number;
}

// A path: no spaces, colons or quotes; optionally :LINE or :START-END.
const PATH = /^([^\s:`'"<>|]+)(?::(\d{1,9})(?:-(\d{1,9}))?)?$/;
const EXTENSION = /\.[A-Za-z0-9]{1,12}$/;
// A list item's marker (and box), then its first word.
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)/;
// GitHub's line anchors: #L12, #L12-L30.
const LINE_ANCHOR = /^L(\d{1,9})(?:-L(\d{1,9}))?$/;
const GLOB_CHARS = /[*?[\]{}]/;

export function keyFileRefsIn(lines: readonly string[], lineNumbers: Iterable<number>): KeyFileRef[] {
  const refs: KeyFileRef[] = [];
  for (const lineNo of lineNumbers) {
    const text = lines[lineNo - 1];
    if (text === undefined) continue;
    const item = LIST_ITEM.exec(text);
    refs.push(...refsIn(text, lineNo, { from: 0, bareAt: item ? item[0].length : null, field: null }));
  }
  return refs;
}

/** The names (folded) of the header fields whose value names a file, with their aliases. */
export function pathFieldKeys(profile: CompiledProfile): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of profile.spec.keyFiles?.fields ?? []) {
    const spec = profile.fields.get(nameKey(name));
    for (const alias of spec ? [spec.name, ...(spec.aliases ?? [])] : [name])
      keys.set(nameKey(alias), spec?.name ?? name);
  }
  return keys;
}

// `**PRD:** value`, `**PRD**: value`, as header fields are written.
const FIELD_LINE = /^ {0,3}(?:[-*+][ \t]+)?\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)(.*)$/;

/** Paths in the values of those fields, on the given lines (others are skipped). */
export function fieldPathRefsIn(
  lines: readonly string[],
  lineNumbers: Iterable<number>,
  keys: ReadonlyMap<string, string>,
): KeyFileRef[] {
  const refs: KeyFileRef[] = [];
  if (keys.size === 0) return refs;
  for (const lineNo of lineNumbers) {
    const text = lines[lineNo - 1];
    const match = text === undefined ? null : FIELD_LINE.exec(text);
    const field = match ? keys.get(nameKey(match[1]!.trim())) : undefined;
    if (!match || !field) continue;
    const from = text!.length - match[2]!.length;
    const value = text!.slice(from);
    refs.push(...refsIn(text!, lineNo, { from, bareAt: from + value.length - value.trimStart().length, field }));
  }
  return refs;
}

interface Scope {
  /** Where reading starts (after a field's name). */
  from: number;
  /** Where a bare path may stand: the start of a list item, or of a field's value. */
  bareAt: number | null;
  field: string | null;
}

/**
 * The first path of a line names the file; a code span after it is a path only when it has a
 * slash (`RetryPolicy.next` or `v1.2` in a description are not files). Links always name a path;
 * a code span in a link's text is the link's label, its destination the path.
 */
function refsIn(text: string, lineNo: number, scope: Scope): KeyFileRef[] {
  // Spans and links come in line order and do not overlap: one sweep over each keeps a line of thousands linear.
  const spans = [...text.matchAll(CODE_SPAN)].filter((s) => s.index >= scope.from);
  const links: InlineLink[] = [];
  let s = 0;
  for (const link of inlineLinks(text)) {
    while (s < spans.length && spans[s]!.index + spans[s]![0].length <= link.start) s++;
    if (link.start >= scope.from && !(s < spans.length && spans[s]!.index <= link.start)) links.push(link);
  }
  const refs: KeyFileRef[] = [];
  const bare = scope.bareAt === null ? null : bareRef(text, scope.bareAt, lineNo, scope.field);
  if (bare) refs.push(bare);
  let firstLinked = Infinity;
  for (const link of links) {
    const ref = linkRef(link, lineNo, scope.field);
    if (!ref) continue;
    refs.push(ref);
    firstLinked = Math.min(firstLinked, link.start);
  }
  let leading = bare === null;
  let l = 0;
  for (const span of spans) {
    while (l < links.length && links[l]!.end <= span.index) l++;
    if (l < links.length && links[l]!.textStart <= span.index && span.index < links[l]!.textEnd) continue;
    const first = leading && firstLinked > span.index;
    leading = false;
    const ref = codeRef(span[1]!, span.index + 1, lineNo, first, scope.field);
    if (ref) refs.push(ref);
  }
  return refs.sort((a, b) => a.column - b.column);
}

function codeRef(content: string, at: number, line: number, leading: boolean, field: string | null): KeyFileRef | null {
  const raw = content.trim();
  const match = PATH.exec(raw);
  if (!match || !looksLikePath(match[1]!, leading)) return null;
  const column = at + 1;
  return {
    path: withoutDotSlash(match[1]!),
    kind: 'code',
    lines: lineRange(match[2], match[3]),
    raw,
    field,
    line,
    column,
    endColumn: column + content.length,
  };
}

/** `- src/a.ts - …`, `- **src/a.ts**: …`, `- src/a.ts:42`: a bare first word that is surely a path (it has a slash and names a file, a directory or a glob). */
function bareRef(text: string, at: number, line: number, field: string | null): KeyFileRef | null {
  const word = /^\S+/.exec(text.slice(at))?.[0];
  if (!word || /^[`[!<]/.test(word)) return null;
  const lead = word.length - word.replace(/^[*_]+/, '').length;
  const raw = trimEndOf(word.slice(lead), '*_,;:.');
  const match = PATH.exec(raw);
  if (!match || !isSurelyPath(match[1]!, field !== null)) return null;
  const column = at + lead + 1;
  return {
    path: withoutDotSlash(match[1]!),
    kind: 'bare',
    lines: lineRange(match[2], match[3]),
    raw,
    field,
    line,
    column,
    endColumn: column + raw.length,
  };
}

/** A link to a file of this repository; URLs, anchors and destinations that would be read as globs are not. */
function linkRef(link: InlineLink, line: number, field: string | null): KeyFileRef | null {
  const written = link.destination;
  if (isExternalDestination(written)) return null;
  const hash = written.indexOf('#');
  const anchor = hash < 0 ? '' : written.slice(hash + 1);
  const target = decoded(written.slice(0, hash < 0 ? written.length : hash).replace(/\?.*$/, ''));
  if (target === null || target === '' || GLOB_CHARS.test(target) || /[\0-\x1f]/.test(target)) return null;
  const lines = LINE_ANCHOR.exec(anchor);
  const column = link.destinationStart + 1;
  return {
    path: withoutDotSlash(target),
    kind: 'link',
    lines: lines ? lineRange(lines[1], lines[2]) : null,
    raw: written,
    field,
    line,
    column,
    endColumn: column + written.length,
  };
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // a stray %: not a destination GitHub could follow either
  }
}

function lineRange(start: string | undefined, end: string | undefined): KeyFileRef['lines'] {
  return start === undefined ? null : { start: Number(start), end: end === undefined ? Number(start) : Number(end) };
}

function withoutDotSlash(path: string): string {
  return path.replace(/^(?:\.\/)+/, '');
}

/** `src/a.ts`, `.env.example`, `docs/`, `./Makefile` are paths; `claimDue()`, `WEBHOOK_X`, `https://…` are not. */
function looksLikePath(path: string, leading: boolean): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes('(') || path.startsWith('-')) return false;
  return path.includes('/') || (leading && EXTENSION.test(path) && !/\.\d+$/.test(path));
}

/**
 * Bare words are prose until proven otherwise: `N/A`, `I/O`, `and/or`, `1/2` have a slash too.
 * A path has one and ends in a file name with an extension, a `/` or a glob; a field's value
 * (`**PRD:** PRD.md`) may be a file name alone.
 */
function isSurelyPath(path: string, inField: boolean): boolean {
  if (!looksLikePath(path, inField)) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return (
    path.endsWith('/') || GLOB_CHARS.test(path) || (EXTENSION.test(last) && !/\.\d+$/.test(last) && !/^\.+$/.test(last))
  );
}

/** A `/`-separated path with a `.git` part (any case, as case-insensitive file systems see it): git's own files, never a key file. */
export function inGitDirectory(path: string): boolean {
  return path.split('/').some((part) => part.toLowerCase() === '.git');
}

/**
 * Where a reference leads in the repository. Code spans and bare paths are written from its top
 * (the template's `src/…`); links are read as GitHub reads them, from the ledger's directory, or
 * from the top when they start with `/`. Null when a link's ledger lies outside the tree looked in.
 */
export function repositoryPath(
  ref: Pick<KeyFileRef, 'kind' | 'path'>,
  ledgerDirectory: string | null,
): { path: string; outside: boolean } | null {
  if (ref.kind !== 'link') return { path: ref.path, outside: leavesRepository(ref.path) };
  if (ref.path.startsWith('/')) return normalized(ref.path.replace(/^\/+/, ''));
  if (ledgerDirectory === null) return null;
  return normalized(ledgerDirectory === '' ? ref.path : `${ledgerDirectory}/${ref.path}`);
}

/** `docs/ledgers/../../src/a.ts` is `src/a.ts`; a path that climbs above the top leaves the repository. */
function normalized(path: string): { path: string; outside: boolean } {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return { path, outside: true };
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return { path: parts.join('/') + (path.endsWith('/') && parts.length > 0 ? '/' : ''), outside: false };
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
