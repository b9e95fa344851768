/**
 * "May this ledger be marked complete now?": every reason it may not, each at its
 * line. `ledgerlint gate` lists them whatever the status; the completion-gate rule
 * reports them as errors once the status claims a done state.
 */
import { openBlockers } from '../ledger/blockers.js';
import type { Facts } from '../model/facts.js';
import type { Ledger, ListItem, Section } from '../model/document.js';
import { hasPlaceholder } from '../ledger/placeholders.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { readSummary, formatPercent } from '../ledger/progress.js';
import { checkboxesIn, findSection } from '../ledger/sections.js';
import { describeItem, isNotApplicable, itemTextAfterId } from '../ledger/tasks.js';
import { commitRefs, keyFileRefs, spanOf } from '../ledger/refs.js';
import placeholdersRule from '../rules/placeholders.js';
import progressMathRule from '../rules/progress-math.js';
import type { Report, RuleSetting } from '../rules/rule.js';
import { stripInlineMarks } from '../text/names.js';

export interface Blocker {
  /** Reads on after "Status is Completed but …" and, capitalised, on its own. */
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The rule that checks this too: turned off for the file, it takes the reason out of the gate. */
  rule?: string;
  /** That rule reports it as an error whatever the status, so the completion-gate rule need not. */
  reportedAsError?: boolean;
}

type Settings = (ruleId: string) => RuleSetting | null;

/** Without a config: every rule on, with its default options. */
const DEFAULTS: Settings = (ruleId) => ({ severity: 'error', options: ruleId === progressMathRule.meta.id ? progressMathRule.options.parse({}) : {} });

/** Every reason, except those of rules turned off for this ledger (with their own options where they count). */
export function gateBlockers(ledger: Ledger, profile: CompiledProfile, facts: Facts, settings: Settings = DEFAULTS): Blocker[] {
  const all: Blocker[] = [
    ...openTasks(ledger, profile),
    ...uncheckedChecklists(ledger, profile),
    ...openBlockers(ledger, profile).map((b) => ({ message: `a current blocker is still open: ${b.text}`, line: b.line, column: b.column })),
    ...progress(ledger, profile, facts, settings),
    ...commits(ledger, profile, facts),
    ...keyFiles(ledger, profile, facts),
    ...testing(ledger, profile),
    ...fromRule(placeholdersRule, ledger, profile, facts, settings),
  ];
  return all.filter((b) => !b.rule || settings(b.rule) !== null).sort((a, b) => a.line - b.line || a.column - b.column);
}

function unticked(item: ListItem): boolean {
  return item.checkbox !== null && item.checkbox.state !== 'done' && !isNotApplicable(item);
}

function openTasks(ledger: Ledger, profile: CompiledProfile): Blocker[] {
  const section = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
  if (!section) return [];
  return checkboxesIn(ledger, section)
    .filter(unticked)
    .map((item) => {
      const state = item.checkbox!.state === 'open' ? 'open' : `marked ${item.checkbox!.marker}`;
      const rest = item.id ? itemTextAfterId(item) : '';
      return { message: `${describeItem(item)} is ${state}${rest ? `: ${rest}` : ''}`, line: item.line, column: item.checkbox!.column };
    });
}

function uncheckedChecklists(ledger: Ledger, profile: CompiledProfile): Blocker[] {
  return profile.spec.completion.checklists.flatMap((path) => {
    const checklist = findSection(ledger, profile, path);
    if (!checklist) return []; // required-sections reports the missing checklist
    return checkboxesIn(ledger, checklist)
      .filter(unticked)
      .map((item) => ({ message: `"${item.text}" in ${checklist.title} is not ticked`, line: item.line, column: item.checkbox!.column }));
  });
}

function progress(ledger: Ledger, profile: CompiledProfile, facts: Facts, settings: Settings): Blocker[] {
  const { section, lines } = readSummary(ledger, profile);
  if (!section) return [];
  if (lines.length === 0) return [{ message: `${section.title} states no progress`, line: section.line, column: section.column }];
  const incomplete = lines.flatMap((l): Blocker[] => {
    // 0 of 0 is a phase with nothing (left) to do, all of it marked not applicable, say.
    const done = l.fraction ? l.fraction.done >= l.fraction.total : l.percent?.value === 100;
    if (done) return [];
    const at = l.fraction ?? l.percent!;
    const shown = l.fraction ? `${formatPercent(l.fraction)} (${l.fraction.done}/${l.fraction.total})` : `${l.percent!.value}%`;
    return [{ message: `${l.label} is at ${shown}, not 100%`, line: l.line, column: at.start + 1 }];
  });
  return [...incomplete, ...fromRule(progressMathRule, ledger, profile, facts, settings)];
}

function commits(ledger: Ledger, profile: CompiledProfile, facts: Facts): Blocker[] {
  const spec = profile.spec.commits;
  if (!spec) return [];
  const refs = commitRefs(ledger, profile);
  if (refs.length === 0) return [listsNothing(ledger, profile, spec.section, 'commits', 'commit-exists')];
  const out: Blocker[] = [];
  for (const ref of refs) {
    const at = spanOf(ref);
    if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue; // commit-sha and placeholders
    const fact = facts.commits?.bySha.get(ref.sha);
    if (fact?.status === 'missing') out.push({ message: `commit ${ref.raw} does not exist in this repository`, ...at, rule: 'commit-exists', reportedAsError: true });
    else if (fact?.status === 'ambiguous') out.push({ message: `commit ${ref.raw} is ambiguous`, ...at, rule: 'commit-exists', reportedAsError: true });
    else if (fact?.status === 'unverifiable') out.push({ message: `commit ${ref.raw} cannot be verified in a shallow clone`, ...at, rule: 'commit-exists' });
    else if (fact?.status === 'found' && !fact.reachable) out.push({ message: `commit ${ref.raw} is not on this branch (not reachable from HEAD)`, ...at, rule: 'commit-reachable' });
  }
  return out;
}

function keyFiles(ledger: Ledger, profile: CompiledProfile, facts: Facts): Blocker[] {
  const spec = profile.spec.keyFiles;
  if (!spec) return [];
  const refs = keyFileRefs(ledger, profile);
  if (refs.length === 0) return [listsNothing(ledger, profile, spec.section, 'files', 'key-files')];
  const source = facts.paths?.source ?? 'working tree';
  return refs
    .filter((ref) => !hasPlaceholder(ref.raw, profile) && (ref.outside || facts.paths?.byPath.get(ref.path)?.exists === false))
    .map((ref) => ({ message: ref.outside ? `key file ${ref.path} is outside the repository` : `key file ${ref.path} does not exist in the ${source}`, line: ref.line, column: ref.column, rule: 'key-files' }));
}

/** "Git Commits lists no commits", at the section (or the top when it is missing). */
function listsNothing(ledger: Ledger, profile: CompiledProfile, path: string, what: string, rule: string): Blocker {
  const section = findSection(ledger, profile, path);
  return { message: `${section?.title ?? path} lists no ${what}`, line: section?.line ?? 1, column: 1, rule };
}

const STATUS_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?status(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
const COVERAGE_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?coverage(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(\d{1,3}(?:\.\d+)?)\s*%(?:[^(\n]*\(\s*target\s*:?\s*(\d{1,3}(?:\.\d+)?)\s*%)?/i;
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
      if (value !== '' && !COMPLETE.test(value)) out.push({ message: `${where}: Status is ${value}, not complete`, line, column: text.search(/\S/) + 1 });
      continue;
    }
    const coverage = COVERAGE_LINE.exec(text);
    if (!coverage) continue;
    const stated = Number(coverage[1]);
    const target = coverage[2] === undefined ? null : Number(coverage[2]);
    const column = text.indexOf(coverage[1]!) + 1;
    if (target !== null && stated < target) out.push({ message: `${where}: coverage ${stated}% is below its target of ${target}%`, line, column });
    else if (floor !== null && stated < floor) out.push({ message: `${where}: coverage ${stated}% is below the ${floor}% that "${floorItem!.text}" asks for`, line, column });
  }
  for (const item of checkboxesIn(ledger, section).filter(unticked)) {
    out.push({ message: `"${item.text}" in ${item.section?.title ?? section.title} is not ticked`, line: item.line, column: item.checkbox!.column });
  }
  return out;
}

/** The innermost label or heading of the testing section holding a line, for messages. */
function headingAt(ledger: Ledger, section: Section, line: number): string {
  let found = section;
  for (const s of ledger.allSections) if (s.line > section.line && s.line <= line && line <= s.endLine && s.depth >= found.depth) found = s;
  return found.title;
}

/** Another rule's error reports (with its options for this ledger), as blockers that rule already reports. */
function fromRule(rule: typeof placeholdersRule | typeof progressMathRule, ledger: Ledger, profile: CompiledProfile, facts: Facts, settings: Settings): Blocker[] {
  const setting = settings(rule.meta.id);
  if (!setting) return [];
  const out: Blocker[] = [];
  const report = (r: Report) => {
    if (r.severity === 'warning') return;
    out.push({ message: lowerFirst(r.message.replace(/\.$/, '')), line: r.line, column: r.column ?? 1, ...(r.endLine !== undefined ? { endLine: r.endLine } : {}), ...(r.endColumn !== undefined ? { endColumn: r.endColumn } : {}), rule: rule.meta.id, reportedAsError: true });
  };
  (rule.check as (context: unknown) => void)({ ledger, profile, options: setting.options, facts, setting: settings, report });
  return out;
}

function lowerFirst(text: string): string {
  // "Template placeholder …" reads on after "but"; a phase or task name keeps its capital.
  return /^(?:Phase|Overall|Task|Subtask)\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
