/**
 * "May this ledger be marked complete now?": every reason it may not, each at its line.
 * `ledgerlint gate` lists them whatever the status; the completion-gate rule reports
 * them once the status claims a done state. For every kind of ledger: open required
 * tasks, checks not made, claims short of 100% or of done; for a template also its
 * checklists, blockers, testing, commits, key files and placeholders. A ledger whose
 * task list or checklist has no boxes left is not ready either.
 */
import type { Ledger, ListItem, Section } from '../model/document.js';
import type { Facts } from '../model/facts.js';
import type { Finding } from '../model/findings.js';
import type { Severity } from '../model/severity.js';
import type { WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { stripInlineMarks } from '../text/names.js';
import { quoted } from '../text/wording.js';
import { openBlockers } from './blockers.js';
import { currentClaims } from './claims/index.js';
import { placeholderFindings, hasPlaceholder } from './placeholders.js';
import { progressFindings, type ProgressOptions } from './progress-checks.js';
import { keyFileProblems } from './key-file-checks.js';
import { commitRefs, keyFileRefs, spanOf } from './refs.js';
import { checkboxesIn, findSection, itemsIn } from './sections.js';
import { formatPercent } from './tally.js';
import { isNotApplicable, itemTextAfterId } from './tasks.js';
import { nameOf } from './status-checks.js';
import { isRequired, workItems } from './work.js';

export interface Blocker {
  /** Reads on after "Status is Completed but …" and, capitalised, on its own. */
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Worth a look, not a reason to refuse: an open check of a ledger that is not a template. */
  severity?: Severity;
  /** The rule that checks this too: turned off for the file, it takes the reason out of the gate. */
  rule?: string;
  /**
   * That rule reports this very fact at this very place, whatever the status: the lint keeps
   * one of the two findings (see engine/same-fact.ts).
   */
  restated?: boolean;
}

/** How a rule is set for the ledger (null: off), as the gate needs to know. */
export type GateSettings = (ruleId: string) => { severity: Severity; options: unknown } | null;

/** Without a config: every rule on, with its default options. */
const DEFAULTS: GateSettings = () => ({ severity: 'error', options: {} });

/** Every reason, except those of rules turned off for this ledger (with their own options where they count). */
export function gateBlockers(
  ledger: Ledger,
  profile: CompiledProfile,
  facts: Facts,
  settings: GateSettings = DEFAULTS,
): Blocker[] {
  const all: Blocker[] = [
    ...openWork(ledger, profile),
    ...uncheckedChecklists(ledger, profile),
    ...emptyLists(ledger, profile),
    ...openBlockers(ledger, profile).map((b) => ({
      message: `a current blocker is still open: ${b.text}`,
      line: b.line,
      column: b.column,
    })),
    ...progress(ledger, profile, settings),
    ...commits(ledger, profile, facts),
    ...keyFiles(ledger, profile, facts),
    ...testing(ledger, profile),
    ...asBlockers(settings('placeholders') ? placeholderFindings(ledger, profile) : [], 'placeholders'),
  ];
  return all.filter((b) => !b.rule || settings(b.rule) !== null).sort((a, b) => a.line - b.line || a.column - b.column);
}

function unticked(item: ListItem): boolean {
  return item.checkbox !== null && item.checkbox.state !== 'done' && !isNotApplicable(item);
}

/** Required work not done: the boxes of the tasks (for a template, of its task section). */
function openWork(ledger: Ledger, profile: CompiledProfile): Blocker[] {
  return workItems(ledger, profile)
    .filter((item) => isRequired(item) && item.state !== 'done')
    .map((item) => ({
      message: describeOpen(item),
      line: item.line,
      column: item.column,
      ...(CONDITIONAL.test(withoutId(item.text)) ? { severity: 'warning' as const } : {}),
    }));
}

// A criterion that is one branch of a choice, or waits on a later event, may stay open by design: worth a look, not a refusal.
const CONDITIONAL =
  /^(?:if|only if|only when|when|either|or|optionally|unless)\b|\bnext (?:tagged )?release\b|\bblocked by\b/i;

function withoutId(text: string): string {
  return text.replace(/^(?:#\d+|T\d+|(?:sub)?task\s+[\d.]+:?|[\d.]+)\s*/i, '');
}

function describeOpen(item: WorkItem): string {
  if (item.listItem) {
    const box = item.listItem.checkbox!;
    const state = box.state === 'open' ? 'open' : `marked ${box.marker}`;
    // Named by its id ("Task 1.2", "T015", "#3"), then what it is: "T015 is open: Add a member name column".
    const rest = item.id ? itemTextAfterId(item.listItem).replace(/^(?:\[[^\]\n]{1,12}\]\s*)+/, '') : '';
    return `${nameOf(item)} is ${state}${rest ? `: ${rest}` : ''}`;
  }
  return `${quoted(item.text)} is ${item.state === 'partial' ? 'under way' : 'open'}`;
}

/**
 * The profile's completion checklists must be ticked (an error); other checks a ledger
 * keeps (quality gates, definition of done) are worth a warning when it is not a template.
 */
function uncheckedChecklists(ledger: Ledger, profile: CompiledProfile): Blocker[] {
  const named = profile.spec.completion.checklists.flatMap((path) => findSection(ledger, profile, path) ?? []); // required-sections reports a missing one
  const required = named.flatMap((checklist) =>
    checkboxesIn(ledger, checklist)
      .filter(unticked)
      .map((item) => ({
        message: `"${item.text}" in ${checklist.title} is not ticked`,
        line: item.line,
        column: item.checkbox!.column,
      })),
  );
  if (profile.tier === 'template') return required;
  const inNamed = (line: number) => named.some((s) => line > s.line && line <= s.endLine);
  const checks = workItems(ledger, profile)
    .filter(
      (item) =>
        item.role === 'checklist' &&
        !item.optional &&
        !item.notApplicable &&
        item.state !== 'done' &&
        !inNamed(item.line),
    )
    .map((item) => ({
      message: `"${item.text}"${item.section ? ` in ${item.section.title}` : ''} is not ticked`,
      line: item.line,
      column: item.column,
      severity: 'warning' as const,
    }));
  return [...required, ...checks];
}

/**
 * No vacuous pass: a task list or checklist the profile requires, present but without a
 * box left (turned into plain bullets, or emptied), shows nothing done.
 */
function emptyLists(ledger: Ledger, profile: CompiledProfile): Blocker[] {
  const paths = [...(profile.spec.tasks ? [profile.spec.tasks.section] : []), ...profile.spec.completion.checklists];
  const sections = paths.flatMap((path) => findSection(ledger, profile, path) ?? []);
  const named = profile.work.tasks ?? [];
  // A heading that names a task list ("Tasks / Subtasks - all completed"), not a bold line that ends in
  // "…the user's tasks:" nor notes about tasks ("Remaining Minor Tasks", "Tasks 1-5 Completed (Dec 2024)").
  const namesTaskList = (s: Section) =>
    s.kind === 'heading' &&
    named.some(
      (name) =>
        s.key === name || (s.key.startsWith(`${name} `) && s.key.split(' ').length <= name.split(' ').length + 2),
    );
  const taskSections =
    profile.tier === 'template'
      ? []
      : ledger.allSections.filter((s) => named.length > 0 && namesTaskList(s) && !sections.includes(s));
  return [...sections, ...taskSections]
    .filter((section) => checkboxesIn(ledger, section).length === 0 && hasItems(ledger, section))
    .map((section) => ({
      message: `${section.title} has no checkboxes left, so nothing in it shows as done`,
      line: section.line,
      column: section.column,
    }));
}

/** Whether a section lists anything (plain bullets where boxes were). */
function hasItems(ledger: Ledger, section: Section): boolean {
  return itemsIn(ledger, section).length > 0 || section.hasBody;
}

/**
 * Claims short of done: a line, heading, table row or front matter that puts the whole
 * or a group below 100% or in a state that is not done; and the progress-math errors.
 */
function progress(ledger: Ledger, profile: CompiledProfile, settings: GateSettings): Blocker[] {
  const out: Blocker[] = [];
  const summary = profile.spec.progress ? findSection(ledger, profile, profile.spec.progress.section) : undefined;
  const claims = currentClaims(ledger, profile);
  if (summary && !claims.some((c) => c.line > summary.line && c.line <= summary.endLine && (c.percent || c.fraction))) {
    out.push({ message: `${summary.title} states no progress`, line: summary.line, column: summary.column });
  }
  for (const claim of claims) {
    if (claim.origin === 'status' || claim.position) continue;
    const { fraction, percent, state } = claim;
    if (fraction && fraction.total > 0 && fraction.done < fraction.total) {
      out.push({
        message: `${claim.label} is at ${formatPercent(fraction)} (${fraction.done}/${fraction.total}), not 100%`,
        line: claim.line,
        column: fraction.start + 1,
      });
    } else if (!fraction && percent && percent.value < 100) {
      out.push({
        message: `${claim.label} is at ${percent.value}%, not 100%`,
        line: claim.line,
        column: percent.start + 1,
      });
    } else if (
      !fraction &&
      !percent &&
      state &&
      claim.subject.scope === 'group' &&
      state.category !== 'done' &&
      state.category !== 'cancelled'
    ) {
      out.push({
        message: `${claim.label} is marked ${/[\p{L}]/u.test(state.word) ? state.word : `${state.word} (not done)`}`,
        line: claim.line,
        column: state.start + 1,
      });
    }
  }
  const setting = settings('progress-math');
  if (setting)
    out.push(
      ...asBlockers(
        progressFindings(ledger, profile, setting.options as ProgressOptions).filter((f) => f.severity !== 'warning'),
        'progress-math',
      ),
    );
  return out;
}

function commits(ledger: Ledger, profile: CompiledProfile, facts: Facts): Blocker[] {
  const refs = commitRefs(ledger, profile);
  const required = profile.spec.commits?.section;
  const out: Blocker[] = [];
  if (required) {
    // The section the template keeps them in must list some; commits named elsewhere do not stand in for it.
    const section = findSection(ledger, profile, required);
    if (!refs.some((r) => section && r.line > section.line && r.line <= section.endLine))
      out.push(listsNothing(ledger, profile, required, 'commits', 'commit-exists'));
  }
  for (const ref of refs) {
    const at = spanOf(ref);
    if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue; // commit-sha and placeholders
    const fact = facts.commits?.bySha.get(ref.sha);
    if (fact?.status === 'missing')
      out.push({
        message: `commit ${ref.raw} does not exist in this repository`,
        ...at,
        rule: 'commit-exists',
        restated: true,
      });
    else if (fact?.status === 'ambiguous')
      out.push({ message: `commit ${ref.raw} is ambiguous`, ...at, rule: 'commit-exists', restated: true });
    // Not known is no reason to refuse: worth a look, said as what it is.
    else if (fact?.status === 'unverifiable')
      out.push({
        message: `commit ${ref.raw} cannot be verified: the clone is shallow`,
        ...at,
        rule: 'commit-exists',
        severity: 'warning',
        restated: true,
      });
    else if (fact?.status === 'found' && !fact.reachable)
      out.push({
        message: `commit ${ref.raw} is not on this branch (not reachable from HEAD)`,
        ...at,
        rule: 'commit-reachable',
        restated: true,
      });
  }
  return out;
}

function keyFiles(ledger: Ledger, profile: CompiledProfile, facts: Facts): Blocker[] {
  const spec = profile.spec.keyFiles;
  if (!spec) return [];
  // The files of Key Files; a PRD field that names a file is no key file (key-files checks it all the same).
  if (!keyFileRefs(ledger, profile).some((ref) => ref.field === null))
    return [listsNothing(ledger, profile, spec.section, 'files', 'key-files')];
  return asBlockers(
    keyFileProblems(ledger, profile, facts).filter((p) => p.absent && p.ref.field === null),
    'key-files',
  );
}

/** "Git Commits lists no commits", at the section (or the top when it is missing). */
function listsNothing(ledger: Ledger, profile: CompiledProfile, path: string, what: string, rule: string): Blocker {
  const section = findSection(ledger, profile, path);
  return { message: `${section?.title ?? path} lists no ${what}`, line: section?.line ?? 1, column: 1, rule };
}

const STATUS_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?status(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
const COVERAGE_LINE =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?coverage(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(\d{1,3}(?:\.\d+)?)\s*%(?:[^(\n]*\(\s*target\s*:?\s*(\d{1,3}(?:\.\d+)?)\s*%)?/i;
const THRESHOLD = /coverage\s*(?:≥|>=|=>|of at least|at least)\s*(\d{1,3}(?:\.\d+)?)\s*%/i;
const COMPLETE = /^(?:✅\s*)?(?:complete|completed|done|passing|passed|green|n\/a)\b/i;

function testing(ledger: Ledger, profile: CompiledProfile): Blocker[] {
  const path = profile.spec.completion.testing;
  const section = path ? findSection(ledger, profile, path) : undefined;
  if (!section) return [];
  const out: Blocker[] = [];
  // A coverage floor written into a checklist ("Coverage ≥80%") holds whether or not its box is ticked.
  const checklistItems = profile.spec.completion.checklists.flatMap((p) => {
    const s = findSection(ledger, profile, p);
    return s ? checkboxesIn(ledger, s) : [];
  });
  const floorItem = [...checklistItems, ...checkboxesIn(ledger, section)].find((i) => THRESHOLD.test(i.text));
  const floor = floorItem ? Number(THRESHOLD.exec(floorItem.text)![1]) : null;

  for (let line = section.line + 1; line <= section.endLine; line++) {
    if (!ledger.prose[line - 1]) continue;
    const text = ledger.lines.text[line - 1]!;
    if (hasPlaceholder(text, profile)) continue;
    const where = headingAt(ledger, section, line);
    const status = STATUS_LINE.exec(text);
    if (status) {
      const value = stripInlineMarks(status[1]!);
      if (value !== '' && !COMPLETE.test(value))
        out.push({ message: `${where}: Status is ${value}, not complete`, line, column: text.search(/\S/) + 1 });
      continue;
    }
    const coverage = COVERAGE_LINE.exec(text);
    if (!coverage) continue;
    const stated = Number(coverage[1]);
    const target = coverage[2] === undefined ? null : Number(coverage[2]);
    const column = text.indexOf(coverage[1]!) + 1;
    if (target !== null && stated < target)
      out.push({ message: `${where}: coverage ${stated}% is below its target of ${target}%`, line, column });
    else if (floor !== null && stated < floor)
      out.push({
        message: `${where}: coverage ${stated}% is below the ${floor}% that "${floorItem!.text}" asks for`,
        line,
        column,
      });
  }
  for (const item of checkboxesIn(ledger, section).filter(unticked)) {
    out.push({
      message: `"${item.text}" in ${item.section?.title ?? section.title} is not ticked`,
      line: item.line,
      column: item.checkbox!.column,
    });
  }
  return out;
}

/** The innermost label or heading of the testing section holding a line, for messages. */
function headingAt(ledger: Ledger, section: Section, line: number): string {
  let found = section;
  for (const s of ledger.allSections)
    if (s.line > section.line && s.line <= line && line <= s.endLine && s.depth >= found.depth) found = s;
  return found.title;
}

/** Another rule's errors, as blockers that rule already reports. */
function asBlockers(findings: readonly Finding[], rule: string): Blocker[] {
  return findings.map((f) => ({
    message: lowerFirst(f.message.replace(/\.$/, '')),
    line: f.line,
    column: f.column ?? 1,
    ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
    ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
    rule,
    restated: true,
  }));
}

function lowerFirst(text: string): string {
  // "Template placeholder …" reads on after "but"; a phase or task name keeps its capital.
  return /^(?:Phase|Overall|Task|Subtask|Milestone|Stage|Story|Sprint)\b/.test(text)
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
}
