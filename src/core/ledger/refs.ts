/**
 * A ledger's commit and key-file references, read two ways with the same line
 * readers: for the rules, and from a quick outline scan before any parsing (so facts
 * can be gathered for all ledgers in one batch). Commits are read from the outline
 * both times, so both find the same ones.
 */
import { commitRefsInText } from './commit-lists.js';
import type { CommitRef } from './commit-refs.js';
import { fieldPathRefsIn, keyFileRefsIn, pathFieldKeys, type KeyFileRef } from './key-file-refs.js';
import type { CommitFact, Facts, PathRefusal } from '../model/facts.js';
import type { Ledger } from '../model/document.js';
import { sectionKeys, type CommitLists, type CompiledProfile } from '../profiles/compile.js';
import { scanOutline, type Outline } from '../profiles/detect.js';
import { findField } from './fields.js';
import { findSection, specFor } from './sections.js';
import { splitLines } from '../text/lines.js';

export interface LedgerRefs {
  commits: CommitRef[];
  keyFiles: KeyFileRef[];
}

function proseLinesOf(ledger: Ledger, path: string | undefined, profile: CompiledProfile): number[] {
  const section = path ? findSection(ledger, profile, path) : undefined;
  if (!section) return [];
  const lines: number[] = [];
  for (let l = section.line + 1; l <= section.endLine; l++) if (ledger.prose[l - 1]) lines.push(l);
  return lines;
}

// Several rules read the same references; read them once per ledger.
const cache = new WeakMap<Ledger, { profile: CompiledProfile; refs: LedgerRefs }>();
// And its commits once for all the profiles that list them alike (the same CommitLists).
const commitsRead = new WeakMap<Ledger, { outline: Outline; byLists: Map<CommitLists, CommitRef[]> }>();

function commitsOf(ledger: Ledger, lists: CommitLists): CommitRef[] {
  let read = commitsRead.get(ledger);
  if (!read) commitsRead.set(ledger, (read = { outline: scanOutline(ledger.source), byLists: new Map() }));
  let commits = read.byLists.get(lists);
  if (!commits) read.byLists.set(lists, (commits = commitRefsInText(ledger.lines.text, read.outline, lists)));
  return commits;
}

function ledgerRefs(ledger: Ledger, profile: CompiledProfile): LedgerRefs {
  const cached = cache.get(ledger);
  if (cached?.profile === profile) return cached.refs;
  const refs = {
    commits: commitsOf(ledger, profile.commitLists),
    keyFiles: [
      ...fieldPathRefsIn(
        ledger.lines.text,
        (profile.spec.keyFiles?.fields ?? []).flatMap((name) => findField(ledger, profile, name)?.line ?? []),
        pathFieldKeys(profile),
      ),
      ...keyFileRefsIn(ledger.lines.text, proseLinesOf(ledger, profile.spec.keyFiles?.section, profile)),
    ],
  };
  cache.set(ledger, { profile, refs });
  return refs;
}

/** Where a reference stands, as a report's position: one line, from its column to its end. */
export function spanOf(ref: { line: number; column: number; endColumn: number }): {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} {
  return { line: ref.line, column: ref.column, endLine: ref.line, endColumn: ref.endColumn };
}

export function commitRefs(ledger: Ledger, profile: CompiledProfile): CommitRef[] {
  return ledgerRefs(ledger, profile).commits;
}

/** Linked commits the repository has, each with what it knows of it; none when commits were not checked. */
export function foundCommits(
  ledger: Ledger,
  profile: CompiledProfile,
  facts: Facts,
): Array<{ ref: CommitRef; fact: Extract<CommitFact, { status: 'found' }> }> {
  const bySha = facts.commits?.bySha;
  if (!bySha) return [];
  return commitRefs(ledger, profile).flatMap((ref) => {
    const fact = ref.sha === null ? undefined : bySha.get(ref.sha);
    return fact?.status === 'found' ? [{ ref, fact }] : [];
  });
}

export function keyFileRefs(ledger: Ledger, profile: CompiledProfile): KeyFileRef[] {
  return ledgerRefs(ledger, profile).keyFiles;
}

/** Why a key file was not looked at, to follow "Key file <path>". */
export function refusalReason(refused: PathRefusal): string {
  return refused === 'git-directory'
    ? "is in the .git directory (git's own files, not the repository's)"
    : 'leads out of the repository through a symbolic link';
}

/** The same references from the outline scan, without parsing the markdown. */
export function scanRefs(text: string, outline: Outline, profile: CompiledProfile): LedgerRefs {
  const { keyFiles } = profile.spec;
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).text;
  const linesOf = (path: string | undefined): number[] => {
    if (!path) return [];
    const name = path.split('>').pop()!.trim();
    const keys = new Set(sectionKeys(specFor(profile, name) ?? { name }));
    // The shallowest heading of that name, like findSection.
    const depth = Math.min(...outline.headings.filter((h) => keys.has(h.key)).map((h) => h.depth));
    const index = outline.headings.findIndex((h) => keys.has(h.key) && h.depth === depth);
    if (index < 0) return [];
    const heading = outline.headings[index]!;
    const next = outline.headings.slice(index + 1).find((h) => h.depth <= heading.depth);
    const numbers: number[] = [];
    for (let l = heading.line + 1; l < (next?.line ?? lines.length + 1); l++)
      if (!outline.nonProse.has(l)) numbers.push(l);
    return numbers;
  };
  // Header fields stand above the first section; the scan reads every line there and keeps the fields' own.
  const header = Math.min(...outline.headings.filter((h) => h.depth > 1).map((h) => h.line), lines.length + 1);
  const headerLines = Array.from({ length: header - 1 }, (_, i) => i + 1).filter((l) => !outline.nonProse.has(l));
  return {
    commits: commitRefsInText(lines, outline, profile.commitLists),
    keyFiles: [
      ...fieldPathRefsIn(lines, headerLines, pathFieldKeys(profile)),
      ...keyFileRefsIn(lines, linesOf(keyFiles?.section)),
    ],
  };
}

/** A PRD number in a title: "(PRD 07)" gives "7". */
export const PRD_IN_TITLE = /\bPRD[ \t_-]?0*(\d+)\b/i;
/** A PRD number in a PRD field's value: "prd/07_name.md", "PRD-07", "7". */
export const PRD_IN_FIELD = /(?:^|[\s/`])(?:PRD[ \t_-]?)?0*([1-9]\d*|0)(?=[_\-.\s`]|$)/i;

/** The ledger's own PRD number, from its title "(PRD 07)" or its PRD field "prd/07_name.md". */
export function ledgerPrdNumber(ledger: Ledger, profile: CompiledProfile): string | null {
  const fromTitle = ledger.title ? PRD_IN_TITLE.exec(ledger.title.text) : null;
  if (fromTitle) return fromTitle[1]!;
  const field = findField(ledger, profile, 'PRD');
  const fromField = field ? PRD_IN_FIELD.exec(field.value) : null;
  return fromField ? fromField[1]! : null;
}
