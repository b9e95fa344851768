/**
 * Progress claims against their own arithmetic and against the work: a percentage that
 * is not its own fraction or its own bar; a D/T or percentage that none of the allowed
 * ways of counting the group's boxes gives. Certain contradictions are errors; a number
 * the boxes cannot settle (it may count something kept elsewhere) is a warning, or
 * nothing where the profile says numbers often count a list outside the file. A fix
 * is offered only when the boxes settle what the number must be.
 */
import type { Ledger } from '../model/document.js';
import type { Finding, Fix } from '../model/findings.js';
import type { Claim, Group, StatedFraction, StatedPercent, WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { applyFixes, lineFix } from '../engine/fix.js';
import { plural } from '../text/wording.js';
import { barFits } from './claims/quantities.js';
import { claimsOf } from './claims/index.js';
import { claimOnLine } from './claims/lines.js';
import { groupNamed, groupsOf } from './groups.js';
import { findSection } from './sections.js';
import { countNoun, countsOf, describeCount, distinctCounts, formatPercent, percentFits, roundedPercent, type Count, type CountPolicy, type Tally } from './tally.js';
import { countsBoxes, GROUP_UNITS, MAYBE_WORK_UNITS, WORK_UNITS } from './units.js';
import { isRequired, workItems } from './work.js';

export interface ProgressOptions {
  /** Count only this way (the rule's `count` option); without it, the profile's ways. */
  count?: CountPolicy | undefined;
}


const show = ({ done, total }: Tally) => `${done}/${total}`;
const pct = (t: Tally) => `${roundedPercent(t)}%`;

export function progressFindings(ledger: Ledger, profile: CompiledProfile, options: ProgressOptions = {}): Finding[] {
  const out: Finding[] = [];
  const claims = claimsOf(ledger, profile);
  for (const claim of claims) out.push(...arithmetic(ledger, profile, claim));
  for (const claim of claims) if (claim.standing === 'current') out.push(...againstWork(ledger, profile, claim, options), ...countAgainstWork(ledger, profile, claim));
  if (profile.boxes === 'counted' && profile.spec.progress) out.push(...summaryCoverage(ledger, profile, claims, options));
  return out;
}

/** A claim's numbers against each other: percentage and fraction, bar and percentage, done and total. */
function arithmetic(ledger: Ledger, profile: CompiledProfile, claim: Claim): Finding[] {
  const out: Finding[] = [];
  const { percent, fraction, bar } = claim;
  const presentsDone = percent?.value === 100 || claim.state?.category === 'done';
  if (fraction && fraction.total === 0 && presentsDone) {
    out.push({ message: `${claim.label} is presented as done with 0/0 tasks; with nothing to do nothing is done.`, ...at(percent ?? fraction) });
  } else if (percent && fraction && !claim.approximate && !percentFits(percent.value, percent.decimals, fraction)) {
    // The fraction is the count; its percentage is derived from it, so the fix writes that.
    const fix = claim.origin === 'line' ? fixLine(ledger, claim, fraction, { fractionToo: false }) : undefined;
    out.push({ message: `${claim.label} says ${percent.value}% but its own ${show(fraction)} is ${formatPercent(fraction, percent.decimals)}.`, ...at(percent), ...(fix ? { fix } : {}) });
  }
  if (fraction && fraction.done > fraction.total) out.push({ message: `${claim.label} says ${show(fraction)}: more done than there are.`, ...at(fraction) });
  if (bar && percent && !barFits(bar, percent.value)) {
    out.push({ message: `${claim.label}'s bar shows ${bar.filled} of ${bar.width} cells filled (${Math.round((bar.filled / bar.width) * 100)}%) but it says ${percent.value}%.`, ...at(bar) });
  }
  return profile.boxes === 'counted' || claim.standing !== 'example' || bar ? out : [];
}

interface Work {
  items: WorkItem[];
  /** How messages name where the count comes from. */
  source: string;
  group: Group | null;
}

function workOf(ledger: Ledger, profile: CompiledProfile, claim: Claim): Work | null {
  const groups = groupsOf(ledger, profile);
  if (claim.subject.scope === 'group') {
    const group = groupNamed(groups, claim.subject.key);
    return group ? { items: group.items, source: 'its checkboxes show', group } : null;
  }
  const items = workItems(ledger, profile);
  const grouped = new Set(groups.all.flatMap((g) => g.items));
  const tasks = items.filter((i) => i.role === 'task');
  const top = groups.all.find((g) => g.parent === null);
  // Counted as the phases' sum, the whole is what lies in its phases (a checklist outside them is not theirs).
  if (top && tasks.length > 0 && tasks.every((i) => grouped.has(i))) return { items: items.filter((i) => grouped.has(i)), source: `the ${pluralWord(top.kind)} add up to`, group: null };
  const tasksSection = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
  return { items, source: tasksSection ? `the checkboxes in ${tasksSection.title} show` : 'its checkboxes show', group: null };
}

function policiesFor(profile: CompiledProfile, options: ProgressOptions): CountPolicy[] {
  return options.count ? [options.count] : profile.counting;
}

function candidates(profile: CompiledProfile, items: readonly WorkItem[], options: ProgressOptions): Count[] {
  const counts = countsOf(items.filter((i) => i.role === 'task' || i.role === 'checklist'), policiesFor(profile, options));
  // A template counts one way only: its tasks, as the rule's option says.
  return profile.boxes === 'counted' ? counts.slice(0, 1) : counts;
}

/** A claim's numbers against the boxes of the group (or the whole) it is about. */
function againstWork(ledger: Ledger, profile: CompiledProfile, claim: Claim, options: ProgressOptions): Finding[] {
  const { percent, fraction } = claim;
  if (!percent && !fraction) return [];
  if (fraction && fraction.total === 0) return [];
  const unit = fraction?.unit ?? null;
  if (unit !== null && isGroupKind(unit)) return againstGroups(ledger, profile, claim, fraction!);
  if (unit !== null && !WORK_UNITS.has(unit) && !MAYBE_WORK_UNITS.has(unit)) return [];
  const work = workOf(ledger, profile, claim);
  if (!work) return [];
  const counts = candidates(profile, work.items, options);
  const usable = counts.filter((c) => c.total > 0);
  if (usable.length === 0) return [];
  const strict = profile.boxes === 'counted' && claim.inClaimSection;
  const elsewhere = profile.boxes === 'elsewhere' || (unit !== null && MAYBE_WORK_UNITS.has(unit));
  const described = listCounts(usable, strict);
  if (fraction) {
    if (usable.some((c) => c.done === fraction.done && c.total === fraction.total)) return [];
    const sameTotal = usable.filter((c) => c.total === fraction.total);
    const settled = sameTotal.length > 0 && sameTotal.every((c) => c.done === sameTotal[0]!.done) ? sameTotal[0]! : null;
    if (!settled && !strict && elsewhere) return [];
    const target = strict ? usable[0]! : settled;
    const fix = target && claim.origin === 'line' && !claim.approximate ? fixLine(ledger, claim, target, { fractionToo: true }) : undefined;
    const expected = target ? `; expected ${pct(target)} (${show(target)})` : '';
    const severity = strict || settled ? undefined : ('warning' as const);
    return [{ message: `${claim.label} says ${show(fraction)} ${unitText(fraction)}done, but ${work.source} ${described}${expected}.`, ...at(fraction), ...(severity ? { severity } : {}), ...(fix ? { fix } : {}) }];
  }
  const p = percent!;
  if (usable.some((c) => percentFits(p.value, p.decimals, c))) return [];
  const open = work.items.filter((i) => isRequired(i) && i.state !== 'done');
  if (p.value === 100 && open.length > 0 && usable.every((c) => c.done < c.total)) {
    return [{ message: `${claim.label} says 100%, but ${plural(open.length, 'required task is', 'required tasks are')} open (${work.source.replace(/ show$/, ' give')} ${described}).`, ...at(p) }];
  }
  if (p.value === 0 && usable.every((c) => c.done > 0)) return [{ message: `${claim.label} says 0%, but ${work.source} ${described}.`, ...at(p) }];
  if (claim.approximate || (!strict && elsewhere)) return [];
  const target = strict ? usable[0]! : null;
  const fix = target && claim.origin === 'line' ? fixLine(ledger, claim, target, { fractionToo: true }) : undefined;
  return [{ message: `${claim.label} says ${p.value}%, but ${work.source} ${described}${target ? `, which is ${pct(target)}` : ''}.`, ...at(p), ...(strict ? {} : { severity: 'warning' as const }), ...(fix ? { fix } : {}) }];
}

/**
 * A bare count ("**Total Tasks**: 24", "Phase 3 (US1): 5 tasks"): right when any plausible
 * way of counting gives it (every policy, boxes as written with the dropped ones, ids
 * without the inserted `T004a`, the highest id); else a warning, as plans get written
 * before the list grows.
 */
function countAgainstWork(ledger: Ledger, profile: CompiledProfile, claim: Claim): Finding[] {
  const count = claim.count;
  if (!count || !countsBoxes(count.unit)) return [];
  const work = workOf(ledger, profile, claim);
  const tasks = work?.items.filter((i) => i.role === 'task') ?? [];
  if (!work || tasks.length === 0) return [];
  const counts = distinctCounts(countsOf(tasks, ['top-level', 'all', 'leaves']).filter((c) => !c.withChecks));
  const ids = tasks.flatMap((t) => (t.id && /^T\d+$/i.test(t.id) ? [Number(t.id.slice(1))] : []));
  const plausible = new Set([...counts.map((c) => c.total), tasks.length, ids.length, ...(ids.length > 0 ? [Math.max(...ids)] : [])]);
  if (plausible.has(count.total)) return [];
  const shown = counts.map((c) => `${c.total} (${describeCount(c)})`).join(' or ');
  return [{ message: `${claim.label} says ${count.total} ${count.total === 1 ? count.unit : pluralWord(count.unit!)}, but ${work.source.replace(/ (?:show|add up to)$/, '')} ${work.source.endsWith('add up to') ? 'add up to' : 'count'} ${shown}.`, line: count.line, column: count.start + 1, severity: 'warning' }];
}

/** "D/T phases": how many of the ledger's groups of that kind are done, by their boxes. */
function againstGroups(ledger: Ledger, profile: CompiledProfile, claim: Claim, fraction: StatedFraction): Finding[] {
  if (claim.subject.scope !== 'document') return [];
  const kind = fraction.unit!;
  const groups = groupsOf(ledger, profile).all.filter((g) => g.kind === kind && (g.parent === null || g.parent.kind !== kind));
  if (groups.length !== fraction.total) return [];
  const required = groups.map((g) => g.items.filter(isRequired));
  if (required.some((r) => r.length === 0)) return [];
  const done = required.filter((r) => r.every((i) => i.state === 'done')).length;
  if (done === fraction.done) return [];
  return [{ message: `${claim.label} says ${show(fraction)} ${unitText(fraction)}done, but by their boxes ${done} of the ${plural(groups.length, kind)} are done.`, ...at(fraction) }];
}

function isGroupKind(unit: string): boolean {
  return GROUP_UNITS.has(unit);
}

function unitText(fraction: StatedFraction): string {
  return fraction.unit ? `${fraction.total === 1 ? fraction.unit : pluralWord(fraction.unit)} ` : 'tasks ';
}

function pluralWord(word: string): string {
  return word.endsWith('y') ? `${word.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** "1/4 (top-level tasks)", or for a template the one way it counts. */
function listCounts(counts: readonly Count[], strict: boolean): string {
  const shown = strict ? counts.slice(0, 1) : distinctCounts(counts).slice(0, 3);
  return shown.map((c) => `${show(c)} (${describeCount(c)})`).join(' or ');
}

function at(span: { line: number; start: number; end: number }): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: span.line, column: span.start + 1, endLine: span.line, endColumn: span.end + 1 };
}

/**
 * The edits that make a claim's line say `target`: only its numbers change, so its
 * wording, spacing and decoration stay as written.
 */
export function claimLineEdits(text: string, parts: { percent: StatedPercent | null; fraction: StatedFraction | null }, target: Tally, fractionToo: boolean): Array<{ start: number; end: number; text: string }> | null {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const { percent, fraction } = parts;
  if (fraction && fractionToo) {
    edits.push({ start: fraction.start, end: fraction.doneEnd, text: String(target.done) });
    edits.push({ start: fraction.totalStart, end: fraction.end, text: String(target.total) });
  }
  if (percent) {
    const value = target.total === 0 ? 0 : (target.done / target.total) * 100;
    edits.push({ start: percent.start, end: percent.numberEnd, text: percent.decimals > 0 ? value.toFixed(percent.decimals) : String(Math.round(value)) });
  }
  const changed = edits.filter((e) => text.slice(e.start, e.end) !== e.text);
  return changed.length > 0 ? edits.sort((a, b) => a.start - b.start) : null;
}

function fixLine(ledger: Ledger, claim: Claim, target: Tally, { fractionToo }: { fractionToo: boolean }): Fix | undefined {
  const line = claim.line;
  const lineStart = ledger.lines.starts[line - 1]!;
  const edits = claimLineEdits(ledger.lines.text[line - 1]!, claim, target, fractionToo);
  return edits ? lineFix(ledger.source, lineStart, edits) : undefined;
}

/**
 * A template's progress section has one line per phase, and no line for a phase the
 * tasks do not have: a phase without a line gets one (worded like the others) by --fix.
 */
function summaryCoverage(ledger: Ledger, profile: CompiledProfile, claims: readonly Claim[], options: ProgressOptions): Finding[] {
  const section = findSection(ledger, profile, profile.spec.progress!.section);
  if (!section) return [];
  const lines = claims.filter((c) => c.origin === 'line' && c.line > section.line && c.line <= section.endLine && (c.percent || c.fraction));
  const groups = groupsOf(ledger, profile).all.filter((g) => g.origin === 'heading' && g.parent === null);
  const out: Finding[] = [];
  const seen = new Map<string, Claim>();
  for (const claim of lines) {
    if (claim.subject.scope !== 'group') continue;
    const earlier = seen.get(claim.subject.key);
    if (earlier) {
      out.push({ message: `${claim.label} is summarised twice (first at line ${earlier.line}).`, line: claim.line, column: 1, severity: 'warning' });
      continue;
    }
    seen.set(claim.subject.key, claim);
    if (!groupsOf(ledger, profile).byKey.has(claim.subject.key)) {
      const tasks = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
      out.push({ message: `${section.title} lists ${claim.label}, but ${tasks?.title ?? 'the tasks'} has no ${claim.label}.`, line: claim.line, column: 1 });
    }
  }
  const policy = policiesFor(profile, options)[0]!;
  for (const [index, group] of groups.entries()) {
    const count = countsOf(group.items.filter((i) => i.role === 'task'), [policy])[0];
    if (seen.has(group.key) || !count || count.total === 0) continue;
    const fix = missingLineFix(ledger, profile, lines, groups.slice(0, index).map((g) => g.key), group, count);
    out.push({
      message: `${group.label} (${countNoun(count, count.total)}, ${count.done} done) has no line in the ${section.title}; expected ${pct(count)} (${show(count)}).`,
      line: section.line,
      column: section.column,
      ...(fix ? { fix } : {}),
    });
  }
  return out;
}

/**
 * A summary line for a phase that has none, worded like the phase lines already there,
 * placed after the line of the phase before it (else before the first line).
 */
function missingLineFix(ledger: Ledger, profile: CompiledProfile, lines: readonly Claim[], earlierKeys: readonly string[], group: Group, target: Tally): Fix | undefined {
  const phaseLines = lines.filter((l) => l.subject.scope === 'group');
  const after = [...phaseLines].reverse().find((l) => l.subject.scope === 'group' && earlierKeys.includes(l.subject.key));
  const anchor = after ?? phaseLines[0] ?? lines[0];
  if (!anchor) return undefined;
  const template = phaseLines[0];
  const text = template ? clonedLine(ledger, profile, template, group, target) : null;
  const indent = /^\s*/.exec(ledger.lines.text[anchor.line - 1]!)![0];
  const line = text ?? `${indent}- **${group.label}:** ${roundedPercent(target)}% complete (${target.done}/${target.total} tasks done)`;
  const eol = /\r\n|\r|\n/.exec(ledger.source.slice(ledger.lines.starts[anchor.line - 1]! + ledger.lines.text[anchor.line - 1]!.length))?.[0] ?? '\n';
  if (after) {
    const end = ledger.lines.starts[after.line - 1]! + ledger.lines.text[after.line - 1]!.length;
    return { start: end, end, text: `${eol}${line}` };
  }
  const start = ledger.lines.starts[anchor.line - 1]!;
  return { start, end: start, text: `${line}${eol}` };
}

/** The template line with another phase id and its numbers; null when its label carries a phase name. */
function clonedLine(ledger: Ledger, profile: CompiledProfile, template: Claim, group: Group, target: Tally): string | null {
  if (template.subject.scope !== 'group') return null;
  const text = ledger.lines.text[template.line - 1]!;
  const idAt = new RegExp(`(\\b${template.subject.kind}\\s+)0*${template.subject.id.replace(/\./g, '\\.')}\\b`, 'i').exec(text);
  if (!idAt) return null;
  const idStart = idAt.index + idAt[1]!.length;
  const idEnd = idAt.index + idAt[0].length;
  if (!/^[ \t]*(?:(?:\*\*|__)[ \t]*)?:/.test(text.slice(idEnd))) return null;
  // The new phase is not done: a ✅ or ⏳ on the line it copies is not its to carry.
  const cloned = `${text.slice(0, idStart)}${group.id}${text.slice(idEnd)}`.replace(/[ \t]*[✅✔☑⏳🚧]\uFE0F?/gu, '');
  const parsed = claimOnLine(cloned, 1, { profile, group: null, inGroupHead: false, inClaimSection: true, standing: 'current' });
  if (!parsed) return null;
  const edits = claimLineEdits(cloned, parsed, target, true);
  return edits ? applyFixes(cloned, [lineFix(cloned, 0, edits)]).output : cloned;
}
