/**
 * What the history around HEAD says about a ledger's commits, in both directions:
 * which commit a listed one became when a rebase rewrote it, and which commits on
 * the branch name the ledger without being listed in it. The same questions serve
 * the fact gathering (to keep only the commits a ledger may care about, from a
 * quick scan) and the rules (exactly, from the parsed ledger).
 */
import type { CommitFact, Facts, HistoryCommit, HistoryFacts } from '../model/facts.js';
import type { Ledger } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import type { Outline } from '../profiles/detect.js';
import { splitLines } from '../text/lines.js';
import { trimEndOf } from '../text/names.js';
import { PRD, TASK, type CommitRef } from './commit-refs.js';
import { findField } from './fields.js';
import { hasPlaceholder } from './placeholders.js';
import { commitRefs, ledgerPrdNumber, PRD_IN_FIELD, PRD_IN_TITLE } from './refs.js';

const SHORTENED = /(?:\.\.\.|…)\s*$/;

/** What two subjects are compared by: tags (`[PRD-04 Task 1.2]`), code marks, case and spacing aside. */
export function subjectKey(text: string): string {
  const plain = text
    .replace(/\[[^\][]*\]/g, ' ')
    .replace(/\([^()]*\)/g, (group) => (/\b(?:task|prd)\b/i.test(group) ? ' ' : group))
    .replace(/[`*]+/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SHORTENED, '');
  return trimEndOf(plain, ' .–—-:');
}

/**
 * Whether a commit's subject is the one written for a listed commit: the same, or its
 * beginning when the written one says it is shortened (`…`). A looser match (any
 * beginning, as commit-subject accepts) would let a short message name a commit it never was.
 */
export function sameSubject(written: string, subject: string): boolean {
  const listed = subjectKey(written);
  if (listed === '') return false;
  const real = subjectKey(subject);
  return real === listed || (isShortened(written) && real.startsWith(listed));
}

/** A message that says it is the start of a subject: it ends with `…` or `...`. */
export function isShortened(written: string): boolean {
  return SHORTENED.test(written);
}

/** The subject a listed commit is known by: its real one when it exists, else the message written beside it. */
function subjectOf(ref: CommitRef, fact: CommitFact | undefined): string | null {
  if (fact?.status === 'found') return fact.reachable ? null : fact.subject;
  if (fact?.status === 'missing') return ref.message === '' ? null : ref.message;
  return null;
}

/**
 * The commits on HEAD a listed commit may have become: for one that is missing or not
 * reachable, the commits with its subject (newest first); null for any other.
 */
export function rewrittenAs(ref: CommitRef, facts: Facts): HistoryCommit[] | null {
  const history = facts.history;
  if (!history || ref.sha === null) return null;
  const subject = subjectOf(ref, facts.commits?.bySha.get(ref.sha));
  return subject === null ? null : history.sameSubject.filter((c) => sameSubject(subject, c.subject));
}

/** PRD numbers and task ids a text names: `[PRD-04 Task 1.2]` gives 4 and 1.2. */
export function tagsIn(text: string): { prds: string[]; tasks: string[] } {
  return { prds: [...text.matchAll(PRD)].map((m) => m[1]!), tasks: [...text.matchAll(TASK)].map((m) => m[1]!) };
}

/** What a ledger is named by in commits. */
export interface LedgerNames {
  /** Its path from the repository root. */
  path: string;
  /** Its PRD number (from the scan: every number it may be). */
  prds: readonly string[];
  /** Its Branch (from the scan: every value it may be). */
  branches: readonly string[];
}

export type Naming =
  { by: 'task'; prd: string; tasks: string[] } | { by: 'trailer'; value: string } | { by: 'branch'; branch: string };

/** The path a `Ledger-Task:` value starts with: `docs/prd/04.md Task 1.2` and `./docs/prd/04.md#task-1.2` give `docs/prd/04.md`. */
function trailerPath(value: string): string {
  const path = (value.trim().split(/\s/)[0] ?? '').replace(/^\.\//, '');
  return path.includes('#') ? path.slice(0, path.indexOf('#')) : path;
}

/** A Branch value as a branch name: `` `feature/retries` `` and `refs/heads/feature/retries` give `feature/retries`. */
export function branchName(value: string): string {
  return value
    .replace(/[`*]+/g, '')
    .trim()
    .replace(/^refs\/heads\//, '');
}

/** What a commit names, whatever the ledger: its `Ledger-Task:` paths, the PRD numbers it tags with a task (subject or trailer), whether it names any ledger so. */
export interface CommitNames {
  paths: string[];
  prds: string[];
  namesAny: boolean;
}

export function commitNames(commit: HistoryCommit): CommitNames {
  const withTask = (text: string) => {
    const tags = tagsIn(text);
    return tags.tasks.length > 0 ? tags.prds : [];
  };
  const subject = withTask(commit.subject);
  return {
    paths: commit.ledgerTasks.map(trailerPath),
    prds: [...subject, ...commit.ledgerTasks.flatMap(withTask)],
    namesAny: commit.ledgerTasks.length > 0 || subject.length > 0,
  };
}

/**
 * How a commit names a ledger, if it does: a `Ledger-Task:` trailer with the ledger's
 * path, or its PRD number with a task id (`[PRD-04 Task 1.2]`) in the subject or a
 * trailer; else, when the ledger's Branch is the branch checked out, by being on that
 * branch, unless the commit names some ledger in one of those ways.
 */
export function namingOf(
  commit: HistoryCommit,
  names: LedgerNames,
  history: Pick<HistoryFacts, 'scope' | 'branch'>,
): Naming | null {
  const named = commitNames(commit);
  const byPath = named.paths.indexOf(names.path);
  if (byPath >= 0) return { by: 'trailer', value: commit.ledgerTasks[byPath]! };
  const subject = tagsIn(commit.subject);
  const prd = subject.tasks.length > 0 ? subject.prds.find((p) => names.prds.includes(p)) : undefined;
  if (prd !== undefined) return { by: 'task', prd, tasks: subject.tasks };
  const byTag = commit.ledgerTasks.find((value) => {
    const tags = tagsIn(value);
    return tags.tasks.length > 0 && tags.prds.some((p) => names.prds.includes(p));
  });
  if (byTag !== undefined) return { by: 'trailer', value: byTag };
  if (onLedgerBranch(names, history) && !named.namesAny) return { by: 'branch', branch: history.branch! };
  return null;
}

/** Whether the branch checked out is the ledger's Branch, and HEAD has commits of its own on it. */
export function onLedgerBranch(
  names: Pick<LedgerNames, 'branches'>,
  history: Pick<HistoryFacts, 'scope' | 'branch'>,
): boolean {
  return history.scope === 'branch' && history.branch !== null && names.branches.includes(history.branch);
}

/** The ledger's own names, from the parsed ledger. */
function namesOf(ledger: Ledger, profile: CompiledProfile, path: string): LedgerNames {
  const prd = ledgerPrdNumber(ledger, profile);
  const branch = findField(ledger, profile, 'Branch');
  return { path, prds: prd === null ? [] : [prd], branches: branch ? [branchName(branch.value)] : [] };
}

// The name of a field and its colon; the value is the rest of the line.
const FIELD_NAME = /^[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][\w -]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?/;

/**
 * Every PRD number and Branch a ledger may have, read from its text before parsing:
 * more than the parsed ledger has (any line shaped like such a field counts), never less.
 */
export function scanLedgerNames(text: string, outline: Outline): { prds: string[]; branches: string[] } {
  const prds = new Set<string>();
  const branches = new Set<string>();
  const fromTitle = outline.title ? PRD_IN_TITLE.exec(outline.title) : null;
  if (fromTitle) prds.add(fromTitle[1]!);
  for (const line of splitLines(text).text) {
    const field = FIELD_NAME.exec(line);
    if (!field) continue;
    const key = field[1]!.toLowerCase();
    const value = line
      .slice(field[0].length)
      .replace(/\*\*|__/g, '')
      .trim();
    const number = /prd/.test(key) ? PRD_IN_FIELD.exec(value) : null;
    if (number) prds.add(number[1]!);
    if (/branch/.test(key) && value !== '') branches.add(branchName(value));
  }
  return { prds: [...prds], branches: [...branches] };
}

/** A commit on the branch that names the ledger, and how. */
export interface UnlistedCommit {
  commit: HistoryCommit;
  naming: Naming;
}

/**
 * Commits on the branch that name the ledger but that it does not list under any SHA
 * prefix, oldest first. Left out: commits a listed one became through a rebase (the
 * listed one's rule reports them), and the ledger's own upkeep, commits that change
 * nothing or nothing but the ledger, which it can never list before they exist.
 */
export function unlistedCommits(ledger: Ledger, profile: CompiledProfile, facts: Facts): UnlistedCommit[] {
  const history = facts.history;
  if (!history || !profile.spec.commits) return [];
  const refs = commitRefs(ledger, profile).filter((r) => r.sha !== null && !hasPlaceholder(r.raw, profile));
  const rewritten = new Set(refs.flatMap((r) => (rewrittenAs(r, facts) ?? []).map((c) => c.sha)));
  const names = namesOf(ledger, profile, history.path);
  const found: UnlistedCommit[] = [];
  for (const commit of history.onBranch) {
    if (refs.some((r) => commit.sha.startsWith(r.sha!)) || rewritten.has(commit.sha) || isUpkeep(commit, history.path))
      continue;
    const naming = namingOf(commit, names, history);
    if (naming) found.push({ commit, naming });
  }
  return found.reverse();
}

function isUpkeep(commit: HistoryCommit, path: string): boolean {
  const changes = commit.changes;
  return changes !== null && (changes.files === 0 || (changes.files === 1 && changes.only === path));
}
