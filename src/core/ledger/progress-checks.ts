/**
 * Progress claims against their own arithmetic and against the work: a percentage that
 * is not its own fraction or its own bar; a D/T or percentage that none of the allowed
 * ways of counting the group's boxes gives. Certain contradictions are errors; a number
 * the boxes cannot settle (it may count something kept elsewhere) is a warning, or
 * nothing where the profile says numbers often count a list outside the file. A fix
 * is offered only when the boxes settle what the number must be.
 */
import type { Ledger } from '../model/document.js';
import type { Finding } from '../model/findings.js';
import type { Claim, StatedFraction, WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { plural } from '../text/wording.js';
import { barFits } from './claims/quantities.js';
import { claimsOf } from './claims/index.js';
import { groupNamed, groupsOf } from './groups.js';
import { fixLine } from './claim-edits.js';
import { summaryCoverage } from './progress-summary.js';
import { findSection } from './sections.js';
import {
  countsOf,
  describeCount,
  distinctCounts,
  formatPercent,
  percentFits,
  showTally,
  type Count,
  type CountPolicy,
} from './tally.js';
import { countsBoxes, GROUP_UNITS, MAYBE_WORK_UNITS, WORK_UNITS } from './units.js';
import { isRequired, workItems } from './work.js';

export interface ProgressOptions {
  /** Count only this way (the rule's `count` option); without it, the profile's ways. */
  count?: CountPolicy | undefined;
}

// progress-math, conflicting-claims and the completion gate each need these for one ledger: worked out once.
const cache = new WeakMap<
  Ledger,
  { profile: CompiledProfile; count: CountPolicy | undefined; findings: readonly Finding[] }
>();

export function progressFindings(
  ledger: Ledger,
  profile: CompiledProfile,
  options: ProgressOptions = {},
): readonly Finding[] {
  const cached = cache.get(ledger);
  if (cached?.profile === profile && cached.count === options.count) return cached.findings;
  const out: Finding[] = [];
  const claims = claimsOf(ledger, profile);
  for (const claim of claims) out.push(...arithmetic(ledger, claim));
  for (const claim of claims)
    if (claim.standing === 'current')
      out.push(
        ...againstWork(ledger, profile, claim, options),
        ...countAgainstWork(ledger, profile, claim),
        ...doneAgainstWork(ledger, profile, claim),
      );
  if (profile.boxes === 'counted' && profile.spec.progress)
    out.push(...summaryCoverage(ledger, profile, claims, policiesFor(profile, options)[0]!));
  cache.set(ledger, { profile, count: options.count, findings: out });
  return out;
}

/** A claim's numbers against each other: percentage and fraction, bar and percentage, done and total. */
function arithmetic(ledger: Ledger, claim: Claim): Finding[] {
  const out: Finding[] = [];
  const { percent, fraction, bar } = claim;
  const presentsDone = percent?.value === 100 || claim.state?.category === 'done';
  if (fraction && fraction.total === 0 && presentsDone) {
    out.push({
      message: `${claim.label} is presented as done with 0/0 tasks; with nothing to do nothing is done.`,
      ...at(percent ?? fraction),
    });
  } else if (percent && fraction && !claim.approximate && !percentFits(percent.value, percent.decimals, fraction)) {
    // The fraction is the count; its percentage is derived from it, so the fix writes that.
    const fix = claim.origin === 'line' ? fixLine(ledger, claim, fraction, { fractionToo: false }) : undefined;
    out.push({
      message: `${claim.label} says ${percent.value}% but its own ${showTally(fraction)} is ${formatPercent(fraction, percent.decimals)}.`,
      ...at(percent),
      ...(fix ? { fix } : {}),
    });
  }
  if (fraction && fraction.done > fraction.total)
    out.push({ message: `${claim.label} says ${showTally(fraction)}: more done than there are.`, ...at(fraction) });
  if (bar && percent && !barFits(bar, percent.value)) {
    out.push({
      message: `${claim.label}'s bar shows ${bar.filled} of ${bar.width} cells filled (${Math.round((bar.filled / bar.width) * 100)}%) but it says ${percent.value}%.`,
      ...at(bar),
    });
  }
  return out;
}

interface Work {
  items: WorkItem[];
  /** How messages name where the count comes from. */
  source: string;
}

function workOf(ledger: Ledger, profile: CompiledProfile, claim: Claim): Work | null {
  const groups = groupsOf(ledger, profile);
  if (claim.subject.scope === 'group') {
    const group = groupNamed(groups, claim.subject.key);
    return group ? { items: group.items, source: 'its checkboxes show' } : null;
  }
  const items = workItems(ledger, profile);
  const grouped = new Set(groups.all.flatMap((g) => g.items));
  const tasks = items.filter((i) => i.role === 'task');
  const top = groups.all.find((g) => g.parent === null);
  // Counted as the phases' sum, the whole is what lies in its phases (a checklist outside them is not theirs).
  if (top && tasks.length > 0 && tasks.every((i) => grouped.has(i)))
    return { items: items.filter((i) => grouped.has(i)), source: `the ${pluralWord(top.kind)} add up to` };
  const tasksSection = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
  return { items, source: tasksSection ? `the checkboxes in ${tasksSection.title} show` : 'its checkboxes show' };
}

function policiesFor(profile: CompiledProfile, options: ProgressOptions): CountPolicy[] {
  return options.count ? [options.count] : profile.counting;
}

function candidates(profile: CompiledProfile, items: readonly WorkItem[], options: ProgressOptions): Count[] {
  const counts = countsOf(
    items.filter((i) => i.role === 'task' || i.role === 'checklist'),
    policiesFor(profile, options),
  );
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
    const settled =
      sameTotal.length > 0 && sameTotal.every((c) => c.done === sameTotal[0]!.done) ? sameTotal[0]! : null;
    if (!settled && !strict && elsewhere) return [];
    const target = strict ? usable[0]! : settled;
    const fix =
      target && claim.origin === 'line' && !claim.approximate
        ? fixLine(ledger, claim, target, { fractionToo: true })
        : undefined;
    const expected = target ? `; expected ${formatPercent(target)} (${showTally(target)})` : '';
    const severity = strict || settled ? undefined : ('warning' as const);
    return [
      {
        message: `${claim.label} says ${showTally(fraction)} ${unitText(fraction)}done, but ${work.source} ${described}${expected}.`,
        ...at(fraction),
        ...(severity ? { severity } : {}),
        ...(fix ? { fix } : {}),
      },
    ];
  }
  const p = percent!;
  if (usable.some((c) => percentFits(p.value, p.decimals, c))) return [];
  const open = work.items.filter((i) => isRequired(i) && i.state !== 'done');
  if (p.value === 100 && open.length > 0 && usable.every((c) => c.done < c.total)) {
    return [
      {
        message: `${claim.label} says 100%, but ${plural(open.length, 'required task is', 'required tasks are')} open (${work.source.replace(/ show$/, ' give')} ${described}).`,
        ...at(p),
      },
    ];
  }
  if (p.value === 0 && usable.every((c) => c.done > 0))
    return [{ message: `${claim.label} says 0%, but ${work.source} ${described}.`, ...at(p) }];
  if (claim.approximate || (!strict && elsewhere)) return [];
  const target = strict ? usable[0]! : null;
  const fix = target && claim.origin === 'line' ? fixLine(ledger, claim, target, { fractionToo: true }) : undefined;
  return [
    {
      message: `${claim.label} says ${p.value}%, but ${work.source} ${described}${target ? `, which is ${formatPercent(target)}` : ''}.`,
      ...at(p),
      ...(strict ? {} : { severity: 'warning' as const }),
      ...(fix ? { fix } : {}),
    },
  ];
}

/** The tasks a claim is about, and how messages name where they are; null when it is about none. */
function tasksOf(ledger: Ledger, profile: CompiledProfile, claim: Claim): { work: Work; tasks: WorkItem[] } | null {
  const work = workOf(ledger, profile, claim);
  const tasks = work?.items.filter((i) => i.role === 'task') ?? [];
  return work && tasks.length > 0 ? { work, tasks } : null;
}

/**
 * A bare count ("**Total Tasks**: 24", "Phase 3 (US1): 5 tasks"): right when any plausible
 * way of counting gives it (every policy, boxes as written with the dropped ones, ids
 * without the inserted `T004a`, the highest id); else a warning, as plans get written
 * before the list grows.
 */
function countAgainstWork(ledger: Ledger, profile: CompiledProfile, claim: Claim): Finding[] {
  const count = claim.count;
  const found = count && countsBoxes(count.unit) ? tasksOf(ledger, profile, claim) : null;
  if (!count || !found) return [];
  const { work, tasks } = found;
  const counts = distinctCounts(countsOf(tasks, ['top-level', 'all', 'leaves']).filter((c) => !c.withChecks));
  const ids = tasks.flatMap((t) => (t.id && /^T\d+$/i.test(t.id) ? [Number(t.id.slice(1))] : []));
  const plausible = new Set([
    ...counts.map((c) => c.total),
    tasks.length,
    ids.length,
    ...(ids.length > 0 ? [Math.max(...ids)] : []),
  ]);
  if (plausible.has(count.total)) return [];
  const shown = counts.map((c) => `${c.total} (${describeCount(c)})`).join(' or ');
  const source = work.source.endsWith('show') ? work.source.replace(/show$/, 'count') : work.source;
  return [
    {
      message: `${claim.label} says ${count.total} ${count.total === 1 ? count.unit : pluralWord(count.unit!)}, but ${source} ${shown}.`,
      line: count.line,
      column: count.start + 1,
      severity: 'warning',
    },
  ];
}

/**
 * A done count of a total not known yet (`**Plans**: 0/TBD`): the total is open, the done
 * count is not; no way of counting the boxes giving it is a certain contradiction.
 */
function doneAgainstWork(ledger: Ledger, profile: CompiledProfile, claim: Claim): Finding[] {
  const done = claim.done;
  const found = done && countsBoxes(done.unit) ? tasksOf(ledger, profile, claim) : null;
  if (!done || !found) return [];
  const { work, tasks } = found;
  const counts = distinctCounts(countsOf(tasks, ['top-level', 'all', 'leaves']));
  if (counts.some((c) => c.done === done.done)) return [];
  const shown = counts.map((c) => `${c.done} done (${describeCount(c)})`).join(' or ');
  return [
    {
      message: `${claim.label} says ${done.done} done of a total to be decided, but ${work.source} ${shown}.`,
      line: done.line,
      column: done.start + 1,
      endLine: done.line,
      endColumn: done.end + 1,
    },
  ];
}

/** "D/T phases": how many of the ledger's groups of that kind are done, by their boxes. */
function againstGroups(ledger: Ledger, profile: CompiledProfile, claim: Claim, fraction: StatedFraction): Finding[] {
  if (claim.subject.scope !== 'document') return [];
  const kind = fraction.unit!;
  const groups = groupsOf(ledger, profile).all.filter(
    (g) => g.kind === kind && (g.parent === null || g.parent.kind !== kind),
  );
  if (groups.length !== fraction.total) return [];
  const required = groups.map((g) => g.items.filter(isRequired));
  if (required.some((r) => r.length === 0)) return [];
  const done = required.filter((r) => r.every((i) => i.state === 'done')).length;
  if (done === fraction.done) return [];
  return [
    {
      message: `${claim.label} says ${showTally(fraction)} ${unitText(fraction)}done, but by their boxes ${done} of the ${plural(groups.length, kind)} are done.`,
      ...at(fraction),
    },
  ];
}

function isGroupKind(unit: string): boolean {
  return GROUP_UNITS.has(unit);
}

function unitText(fraction: StatedFraction): string {
  return fraction.unit ? `${fraction.total === 1 ? fraction.unit : pluralWord(fraction.unit)} ` : 'tasks ';
}

export function pluralWord(word: string): string {
  return word.endsWith('y') ? `${word.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** "1/4 (top-level tasks)", or for a template the one way it counts. */
function listCounts(counts: readonly Count[], strict: boolean): string {
  const shown = strict ? counts.slice(0, 1) : distinctCounts(counts).slice(0, 3);
  return shown.map((c) => `${showTally(c)} (${describeCount(c)})`).join(' or ');
}

export function at(span: {
  line: number;
  start: number;
  end: number;
}): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: span.line, column: span.start + 1, endLine: span.line, endColumn: span.end + 1 };
}
