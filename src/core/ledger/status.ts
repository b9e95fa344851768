/**
 * The ledger's own status, wherever it is stated: a header field (`**Status:**`,
 * `**Status**:`, `- **Status:**`, `> **Status**:`, plain `Status:`), front matter
 * `status:`, a `## Status` section whose first line is the value, a heading like
 * `## Status: Done`, a Status line in an Overview or Metadata section, a footer
 * `**Plan Status**:`. The first `Status:` in a file is not always the document's: one
 * inside a phase is the phase's, one in Testing is the tests', one offering every state
 * is a template's menu.
 */
import type { Field, Ledger, Section } from '../model/document.js';
import { lookupStatus, nameIn, type CompiledProfile, type CompiledState } from '../profiles/compile.js';
import { findField } from './fields.js';
import { groupsOf } from './groups.js';
import { inHistory, inLogEntry } from './roles.js';
import { sectionHolding } from './sections.js';
import { stateOfValue, type StatedState } from './state-words.js';
import { lineContent } from '../text/lines.js';
import { trimEndOf } from '../text/names.js';

export interface StatusStatement {
  state: StatedState;
  /** The value as written. */
  value: string;
  line: number;
  /** 1-based column of the value. */
  column: number;
  origin: 'field' | 'front-matter' | 'section' | 'heading' | 'footer';
  field: Field | null;
  /** A hedge after the state ("— only the Safari check is left"): the author knows work is open. */
  qualifier: string | null;
}

export interface LedgerStatus {
  field: Field | undefined;
  state: CompiledState | undefined;
  /** Where the status is stated, when it is not a field (a `## Status` section, a heading). */
  statement?: StatusStatement;
}

// Matched against a line's content (its bullet or quote taken off by lineContent).
const STATUS_LINE = /^[*_]*(status|current status|story status|project status|overall status)[*_ \t]*:[ \t*_]*(\S.*)/i;
const FOOTER_LINE = /^[*_]+(plan status|final status|document status)[*_ \t]*:[ \t*_]*(\S.*)/i;
const STATUS_HEADING = /^(?:current |project |story |overall )?status\s*:\s*(\S.*)/i;
const DOC_STATUS_SECTIONS = [
  'status',
  'current status',
  'story status',
  'project status',
  'overview',
  'summary',
  'metadata',
  'story information',
  'information',
  'basic info',
  'details',
  'header',
  'ticket',
];

const cache = new WeakMap<Ledger, { profile: CompiledProfile; statements: StatusStatement[] }>();

/** Every statement of the document's status, the one that counts first. */
export function statusStatements(ledger: Ledger, profile: CompiledProfile): StatusStatement[] {
  const cached = cache.get(ledger);
  if (cached?.profile === profile) return cached.statements;
  // A template says where its status is: its header field (or front matter) only.
  const loose = profile.tier !== 'template';
  const statements = [
    ...headerStatements(ledger, profile),
    ...frontMatterStatements(ledger, profile),
    ...(loose ? [...sectionStatements(ledger, profile), ...footerStatements(ledger, profile)] : []),
  ];
  const seen = new Set<number>();
  const unique = statements.filter((s) => (seen.has(s.line) ? false : (seen.add(s.line), true)));
  cache.set(ledger, { profile, statements: unique });
  return unique;
}

/**
 * The status that counts. A template's is its status field, read in the template's
 * closed vocabulary (header-fields reports a word outside it); any other ledger's is
 * its first statement.
 */
export function ledgerStatus(ledger: Ledger, profile: CompiledProfile): LedgerStatus {
  const field = findField(ledger, profile, profile.spec.status.field);
  if (profile.tier === 'template') return { field, state: field ? lookupStatus(profile, field.value) : undefined };
  const first = statusStatements(ledger, profile).find((s) => s.origin !== 'footer');
  if (!first) return { field, state: undefined };
  const exact = lookupStatus(profile, first.value);
  const state = exact ?? {
    name: first.state.word,
    category: first.state.category,
    done: first.state.category === 'done',
  };
  return { field: first.field ?? undefined, state, statement: first };
}

export function isDone(ledger: Ledger, profile: CompiledProfile): boolean {
  return ledgerStatus(ledger, profile).state?.done === true;
}

function statement(
  profile: CompiledProfile,
  value: string,
  line: number,
  column: number,
  origin: StatusStatement['origin'],
  field: Field | null,
): StatusStatement | null {
  const state = stateOfValue(profile, value) ?? announced(value);
  if (!state) return null;
  return { state, value: value.trim(), line, column, origin, field, qualifier: qualifierOf(value.slice(state.end)) };
}

// A count followed by its verdict: "40/40 features passing (100%) *** PROJECT COMPLETE ***".
const ANNOUNCED_DONE = /\b(?:PROJECT|ALL|FEATURE|WORK)\s+(?:COMPLETE|COMPLETED|DONE|FINISHED)\b/;

function announced(value: string): StatedState | null {
  const m = ANNOUNCED_DONE.exec(value);
  return m ? { category: 'done', word: m[0], start: m.index, end: m.index + m[0].length } : null;
}

// "✅ Complete — only the manual check on Safari is left": the author says the work is not all done.
const HEDGE =
  /\b(?:only|except|but|left|remaining|remains|pending|outstanding|still|not yet|todo|to do|partial|partially|mostly|almost)\b/i;

function qualifierOf(rest: string): string | null {
  const remark = trimEndOf(rest.replace(/^[\s*_)(—–:,;-]+/, ''), ' \t*_)').trim();
  return remark !== '' && HEDGE.test(remark) ? remark : null;
}

/**
 * Status lines before the first heading after the title (bold, bulleted, quoted or plain).
 * A progress log kept as text may open with more `#` lines (comments to the agent): those
 * are part of its header, so the header ends at the first `##`.
 */
function headerStatements(ledger: Ledger, profile: CompiledProfile): StatusStatement[] {
  const titleLine = ledger.title?.line ?? 0;
  const end =
    ledger.allSections.find((s) => s.kind === 'heading' && s.line > titleLine && s.depth >= 2)?.line ??
    ledger.lines.text.length + 1;
  const out: StatusStatement[] = [];
  const named = findField(ledger, profile, profile.spec.status.field);
  if (named?.source === 'header') {
    const found = statement(profile, named.value, named.line, named.valueColumn, 'field', named);
    if (found) out.push(found);
  }
  for (let line = 1; line < end; line++) {
    if (!ledger.prose[line - 1]) continue;
    const found = statusLine(profile, ledger.lines.text[line - 1]!, line, ledger.fields);
    if (found) out.push(found);
  }
  return out;
}

function statusLine(
  profile: CompiledProfile,
  text: string,
  line: number,
  fields: readonly Field[],
  pattern = STATUS_LINE,
  origin: StatusStatement['origin'] = 'field',
): StatusStatement | null {
  const { content, offset } = lineContent(text);
  const match = pattern.exec(content.replace(/^>[ \t]*/, ''));
  if (!match) return null;
  const value = trimEndOf(match[2]!, ' \t*_');
  const field = fields.find((f) => f.line === line && f.source === 'header') ?? null;
  return statement(profile, value, line, text.indexOf(match[2]!, offset) + 1, origin, field);
}

function frontMatterStatements(ledger: Ledger, profile: CompiledProfile): StatusStatement[] {
  return ledger.fields
    .filter((f) => f.source === 'front-matter' && f.path === undefined && f.key === 'status')
    .flatMap((f) => statement(profile, f.value, f.line, f.valueColumn, 'front-matter', f) ?? []);
}

/**
 * `## Status` with the value on the next line (BMAD), `## Status: Done`, and Status
 * lines in sections that describe the whole (Overview, Metadata, Story Information),
 * never inside a group, a log or a checklist.
 */
function sectionStatements(ledger: Ledger, profile: CompiledProfile): StatusStatement[] {
  const groups = groupsOf(ledger, profile).all;
  const inGroup = (line: number) =>
    groups.some((g) => line > g.line && line <= g.endLine) || groups.some((g) => g.line === line);
  const out: StatusStatement[] = [];
  for (const section of ledger.allSections) {
    if (section.kind !== 'heading' || inGroup(section.line) || inLogEntry(profile, section)) continue;
    // A `### Status` section states the document's status even under a record of the work (BMAD's Dev Agent Record).
    if (inHistory(profile, section) && section.key !== 'status') continue;
    const inTitle = STATUS_HEADING.exec(section.title);
    if (inTitle) {
      const found = statement(
        profile,
        inTitle[1]!,
        section.line,
        ledger.lines.text[section.line - 1]!.indexOf(inTitle[1]!) + 1,
        'heading',
        null,
      );
      if (found) out.push(found);
      continue;
    }
    if (
      !DOC_STATUS_SECTIONS.some((name) => section.key === name || section.key.startsWith(`${name} `)) ||
      (!isTopLevel(section) && section.key !== 'status')
    )
      continue;
    if (['status', 'current status', 'story status', 'project status'].includes(section.key)) {
      const first = firstProseLine(ledger, section);
      if (first) {
        const text = ledger.lines.text[first - 1]!;
        const found =
          statusLine(profile, text, first, ledger.fields) ??
          statement(
            profile,
            text.replace(/^[ \t]*(?:[-*+][ \t]+)?/, ''),
            first,
            text.search(/\S/) + 1,
            'section',
            null,
          );
        if (found) out.push(found);
        continue;
      }
    }
    for (let line = section.line + 1; line <= section.endLine; line++) {
      if (!ledger.prose[line - 1] || inGroup(line)) continue;
      const found = statusLine(profile, ledger.lines.text[line - 1]!, line, ledger.fields);
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}

/** A closing `**Plan Status**:` or `**Final Status**:`, not one inside a review's or QA's verdict. */
function footerStatements(ledger: Ledger, profile: CompiledProfile): StatusStatement[] {
  const out: StatusStatement[] = [];
  for (let line = 1; line <= ledger.lines.text.length; line++) {
    if (!ledger.prose[line - 1] || !/status/i.test(ledger.lines.text[line - 1]!)) continue;
    const section = sectionHolding(ledger, line);
    if (inVerdict(section) || inHistory(profile, section)) continue;
    const found = statusLine(profile, ledger.lines.text[line - 1]!, line, [], FOOTER_LINE, 'footer');
    if (found) out.push(found);
  }
  return out;
}

// A reviewer's verdict ("**Final Status:** ✓ APPROVED - Ready for Done" under QA Results) is not the document's status.
const VERDICT_SECTIONS = [
  'qa results',
  'qa',
  'senior developer review',
  'code review',
  'review',
  'gate status',
  'review follow ups',
  'approval',
];

function inVerdict(section: Section | null): boolean {
  for (let s = section; s; s = s.parent) if (nameIn(s.key, VERDICT_SECTIONS)) return true;
  return false;
}

/** Top-level: not under another section other than the title's. */
function isTopLevel(section: Section): boolean {
  return section.parent === null || section.parent.parent === null;
}

function firstProseLine(ledger: Ledger, section: Section): number | null {
  const end = section.children[0]?.line ?? section.endLine + 1;
  for (let line = section.line + 1; line < end; line++) {
    if (ledger.prose[line - 1] && ledger.lines.text[line - 1]!.trim() !== '') return line;
  }
  return null;
}
