/**
 * The same fact stated in two places with different values: a phase's D/T in its summary
 * line and in the progress table, a percentage in the body and in the front matter, a
 * heading's "✅ COMPLETE" and a table's "In progress", an Overall that is not the sum of
 * the phase lines, a TOTAL row that is not the sum of its rows, a current phase beyond
 * the number of phases. Each contradiction is reported at both places, naming both.
 * Only claims about the work as it is are compared (not logs of the past, not code).
 */
import type { Ledger } from '../model/document.js';
import type { Finding } from '../model/findings.js';
import type { Claim, StatedFraction, StatedStateAt } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { currentClaims } from './claims/index.js';
import { rangeClaims, type RangeClaim } from './claims/ranges.js';
import { totalRowMismatches } from './claims/tables.js';
import { inHistory } from './roles.js';
import { formatPercent, percentFits, sumTallies } from './tally.js';
import { countsBoxes, GROUP_UNITS } from './units.js';

/** What a count counts, for comparing two of them: boxes under any name ("tasks", "steps", none) are one family; "plans" another. */
function family(fraction: StatedFraction): string {
  return fraction.unit !== 'plan' && countsBoxes(fraction.unit) ? 'task' : fraction.unit!;
}

/**
 * `settled`: lines where the boxes already prove a claim wrong (progress-math's errors).
 * A disagreement that involves such a claim is that error again, so it is not repeated.
 */
export function conflictFindings(
  ledger: Ledger,
  profile: CompiledProfile,
  settled: ReadonlySet<number> = new Set(),
): Finding[] {
  const claims = currentClaims(ledger, profile).filter((c) => !settled.has(c.line));
  const bySubject = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = claim.subject.scope === 'group' ? claim.subject.key : 'document';
    bySubject.set(key, [...(bySubject.get(key) ?? []), claim]);
  }
  const out: Finding[] = [];
  for (const group of bySubject.values()) {
    for (const claim of group) out.push(...withinClaim(claim));
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) out.push(...betweenClaims(group[i]!, group[j]!));
    out.push(...percentAgainstFractions(group));
  }
  out.push(...overallAgainstParts(bySubject));
  out.push(...rangesAgainstPhases(rangeClaims(ledger, profile), bySubject));
  for (const table of ledger.tables) {
    if (inHistory(profile, table.section)) continue;
    for (const m of totalRowMismatches(table)) {
      out.push({
        message: `The total row says ${m.stated} under ${m.header}, but the rows above add up to ${m.sum}.`,
        line: m.line,
        column: m.column,
      });
    }
  }
  for (const claim of claims) {
    const position = claim.position;
    if (position && position.current > position.of) {
      out.push({
        message: `${capital(position.unit)} ${position.current} of ${position.of}: the current ${position.unit} is beyond the number of ${position.unit}s.`,
        line: position.line,
        column: position.start + 1,
      });
    }
  }
  return out;
}

function fractionText(f: StatedFraction): string {
  return `${f.done}/${f.total}${f.unit ? ` ${f.total === 1 ? f.unit : `${f.unit}s`}` : ''}`;
}

const CATEGORY_WORDS = {
  planned: 'not started',
  active: 'in progress',
  review: 'in review',
  blocked: 'blocked',
  done: 'done',
  cancelled: 'cancelled',
} as const;

function stateText(state: StatedStateAt): string {
  if (state.word === '[x]' || state.word === '[X]') return 'ticked';
  if (/^\[.\]/.test(state.word)) return 'not ticked';
  return /[\p{L}\p{N}]/u.test(state.word) ? `"${state.word}"` : `${state.word} (${CATEGORY_WORDS[state.category]})`;
}

/** "Phase 2 is ticked", "Phase 2 says 2/3 plans". */
function states(label: string, what: string): string {
  return /^(?:not )?ticked\b/.test(what) ? `${label} is ${what}` : `${label} says ${what}`;
}

/** A contradiction between two claims, reported at both, each naming the other. */
function pair(a: Claim, b: Claim, what: { a: string; b: string }, severity?: 'warning'): Finding[] {
  const at = (c: Claim) => ({ line: c.line, column: firstColumn(c) });
  const extra = severity ? { severity } : {};
  return [
    {
      message: `${states(a.label, what.a)}, but ${states(midSentence(b.label), what.b)} at line ${b.line}.`,
      ...at(a),
      ...extra,
    },
    {
      message: `${states(b.label, what.b)}, but ${states(midSentence(a.label), what.a)} at line ${a.line}.`,
      ...at(b),
      ...extra,
    },
  ];
}

/** "The total row" is "the total row" within a sentence; names keep their capitals. */
function midSentence(label: string): string {
  return label.startsWith('The ') ? `the ${label.slice(4)}` : label;
}

function firstColumn(claim: Claim): number {
  const spans = [claim.fraction, claim.percent, claim.state, claim.bar].flatMap((s) => (s ? [s.start] : []));
  return spans.length > 0 ? Math.min(...spans) + 1 : 1;
}

const isDoneState = (s: StatedStateAt) => s.category === 'done';
const isBox = (claim: Claim) => claim.origin === 'box';
const complete = (f: StatedFraction) => f.total > 0 && f.done === f.total;

/** A claim's own state against its own numbers: a table row "Complete" with 2/3. */
function withinClaim(claim: Claim): Finding[] {
  const { state, fraction, percent, done } = claim;
  if (!state || state.category === 'cancelled') return [];
  const at = { line: claim.line, column: state.start + 1 };
  // "| 2. Polish | 0/TBD | Complete |": done, with nothing planned yet done; a phase of commits alone may be so.
  if (isDoneState(state) && done && !fraction)
    return [
      {
        message: `${claim.label} is marked ${stateText(state)} but says ${done.done}/TBD.`,
        ...at,
        severity: 'warning',
      },
    ];
  if (isDoneState(state)) {
    const marked = isBox(claim) ? `${claim.label} is ticked` : `${claim.label} is marked ${stateText(state)}`;
    if (fraction && fraction.total > 0 && fraction.done < fraction.total && countsWork(fraction))
      return [{ message: `${marked} but says ${fractionText(fraction)}.`, ...at }];
    if (!fraction && percent && percent.value < 100)
      return [
        {
          message: `${marked} but says ${percent.value}%.`,
          ...at,
          ...(percent.value === 0 ? {} : { severity: 'warning' as const }),
        },
      ];
    return [];
  }
  const full = (fraction && complete(fraction) && countsWork(fraction)) || (!fraction && percent?.value === 100);
  if (full && state.category === 'planned' && !isBox(claim))
    return [
      {
        message: `${claim.label} is marked ${stateText(state)} but says ${fraction ? fractionText(fraction) : '100%'}.`,
        ...at,
      },
    ];
  return [];
}

function doneFamily(unit: string | null): string {
  return unit !== 'plan' && countsBoxes(unit) ? 'task' : unit!;
}

function countsWork(fraction: StatedFraction): boolean {
  return countsBoxes(fraction.unit) || GROUP_UNITS.has(fraction.unit ?? '');
}

function betweenClaims(a: Claim, b: Claim): Finding[] {
  const out: Finding[] = [];
  const estimate = a.approximate || b.approximate;
  if (
    a.fraction &&
    b.fraction &&
    !estimate &&
    family(a.fraction) === family(b.fraction) &&
    (a.fraction.done !== b.fraction.done || a.fraction.total !== b.fraction.total)
  ) {
    out.push(...pair(a, b, { a: fractionText(a.fraction), b: fractionText(b.fraction) }));
  }
  const doneA = a.done?.done ?? null;
  const doneB = b.done?.done ?? b.fraction?.done ?? null;
  if (
    a.done &&
    doneB !== null &&
    !estimate &&
    doneA !== doneB &&
    (b.done ? true : family(b.fraction!) === doneFamily(a.done.unit))
  ) {
    out.push(
      ...pair(a, b, {
        a: `${doneA} done (of a total to be decided)`,
        b: b.fraction ? fractionText(b.fraction) : `${doneB} done (of a total to be decided)`,
      }),
    );
  } else if (
    b.done &&
    a.fraction &&
    !estimate &&
    a.fraction.done !== b.done.done &&
    family(a.fraction) === doneFamily(b.done.unit)
  ) {
    out.push(...pair(a, b, { a: fractionText(a.fraction), b: `${b.done.done} done (of a total to be decided)` }));
  }
  if (
    a.percent &&
    b.percent &&
    !estimate &&
    !samePercent(a.percent.value, b.percent.value, a.percent.decimals, b.percent.decimals)
  ) {
    out.push(...pair(a, b, { a: `${a.percent.value}%`, b: `${b.percent.value}%` }));
  }
  if (a.state && b.state) out.push(...statesDisagree(a, b));
  out.push(...stateAgainstNumbers(a, b), ...stateAgainstNumbers(b, a));
  return out;
}

function samePercent(x: number, y: number, dx: number, dy: number): boolean {
  return Math.abs(x - y) < Math.max(10 ** -dx, 10 ** -dy);
}

function statesDisagree(a: Claim, b: Claim): Finding[] {
  const sa = a.state!;
  const sb = b.state!;
  if (sa.category === 'cancelled' || sb.category === 'cancelled') return [];
  const doneDiffers = isDoneState(sa) !== isDoneState(sb);
  // A box says only done or not done; a word says which stage too.
  if (isBox(a) || isBox(b)) return doneDiffers ? pair(a, b, { a: stateText(sa), b: stateText(sb) }) : [];
  if (doneDiffers) return pair(a, b, { a: stateText(sa), b: stateText(sb) });
  if (sa.category !== sb.category) return pair(a, b, { a: stateText(sa), b: stateText(sb) }, 'warning');
  return [];
}

/** One claim's state against another's numbers (`✅ COMPLETE` on the heading, 2/3 in the table). */
function stateAgainstNumbers(a: Claim, b: Claim): Finding[] {
  const state = a.state;
  // A claim with numbers of its own is compared by them; one with a state of its own, by it. The
  // document's own status against the numbers is the completion gate's (done) or status-mismatch's (lagging).
  if (!state || state.category === 'cancelled' || b.state || a.percent || a.fraction || a.origin === 'status')
    return [];
  const { fraction, percent } = b;
  if (isDoneState(state)) {
    if (fraction && countsWork(fraction) && fraction.total > 0 && fraction.done < fraction.total)
      return pair(a, b, { a: stateText(state), b: fractionText(fraction) });
    if (!fraction && percent && percent.value < 100)
      return pair(a, b, { a: stateText(state), b: `${percent.value}%` }, percent.value === 0 ? undefined : 'warning');
    return [];
  }
  const full = (fraction && countsWork(fraction) && complete(fraction)) || (!fraction && percent?.value === 100);
  if (!full || isBox(a)) return [];
  if (state.category === 'planned')
    return pair(a, b, { a: stateText(state), b: fraction ? fractionText(fraction) : '100%' });
  if (state.category === 'active')
    return pair(a, b, { a: stateText(state), b: fraction ? fractionText(fraction) : '100%' }, 'warning');
  return [];
}

/**
 * A percentage stated on its own against the D/Ts stated for the same subject elsewhere:
 * it must be one of them (GSD's percent is the plans' or the phases' share, whichever is
 * less). When the D/Ts count different things and it fits none, it is only a warning.
 */
function percentAgainstFractions(claims: readonly Claim[]): Finding[] {
  // A claim with a percentage of its own is compared by it (percent against percent); here, the bare counts.
  const fractions = claims.filter((c) => c.fraction && c.fraction.total > 0 && !c.approximate && !c.percent);
  const out: Finding[] = [];
  for (const claim of claims) {
    const percent = claim.percent;
    if (!percent || claim.fraction || claim.approximate) continue;
    const others = fractions.filter((c) => c !== claim);
    if (others.length === 0 || others.some((c) => percentFits(percent.value, percent.decimals, c.fraction!))) continue;
    const families = new Set(others.map((c) => family(c.fraction!)));
    const listed = others
      .map((c) => `${fractionText(c.fraction!)} (${formatPercent(c.fraction!)}) at line ${c.line}`)
      .join(' and ');
    out.push({
      message: `${claim.label} says ${percent.value}%, but ${listed} ${others.length === 1 ? 'says' : 'say'} otherwise.`,
      line: claim.line,
      column: percent.start + 1,
      ...(families.size > 1 ? { severity: 'warning' as const } : {}),
    });
  }
  return out;
}

/**
 * The whole against its parts: an Overall D/T of tasks that is not the sum of the phase
 * lines' (when their totals add up to its total, so both count the same), an Overall D/T
 * of phases that does not match how many phases are stated done.
 */
function overallAgainstParts(bySubject: ReadonlyMap<string, Claim[]>): Finding[] {
  const whole = bySubject.get('document') ?? [];
  const parts = [...bySubject.entries()].filter(([key]) => key !== 'document').map(([, claims]) => claims);
  const out: Finding[] = [];
  for (const claim of whole) {
    const fraction = claim.fraction;
    if (!fraction || claim.approximate) continue;
    if (family(fraction) === 'task' || fraction.unit === 'plan') {
      const stated = parts.map(
        (claims) => claims.find((c) => c.fraction && family(c.fraction) === family(fraction))?.fraction ?? null,
      );
      const known = stated.filter((f): f is StatedFraction => f !== null);
      if (known.length < 2) continue;
      const sum = sumTallies(known);
      if (sum.total === fraction.total && sum.done !== fraction.done) {
        out.push({
          message: `${claim.label} says ${fractionText(fraction)}, but the lines for its parts add up to ${sum.done}/${sum.total}.`,
          line: claim.line,
          column: fraction.start + 1,
        });
      }
    } else if (GROUP_UNITS.has(fraction.unit ?? '')) {
      const ofKind = parts.filter(
        (claims) => claims[0]!.subject.scope === 'group' && claims[0]!.subject.kind === fraction.unit,
      );
      if (ofKind.length !== fraction.total) continue;
      const doneness = ofKind.map(stateOf);
      if (doneness.some((d) => d === null)) continue;
      const done = doneness.filter(Boolean).length;
      if (done !== fraction.done) {
        out.push({
          message: `${claim.label} says ${fractionText(fraction)}, but ${done} of the ${fraction.total} ${fraction.unit}s are stated done.`,
          line: claim.line,
          column: fraction.start + 1,
        });
      }
    }
  }
  return out;
}

/**
 * A milestone marked done over a run of phases ("✅ v1.0 — Phases 1-5 (shipped)") against
 * the phases of that run the ledger states are not done. Phases the file does not state,
 * or states both ways, say nothing.
 */
function rangesAgainstPhases(ranges: readonly RangeClaim[], bySubject: ReadonlyMap<string, Claim[]>): Finding[] {
  const phases = [...bySubject.values()].flatMap((claims) => {
    const subject = claims[0]!.subject;
    const id = subject.scope === 'group' && subject.kind === 'phase' ? Number(subject.id) : NaN;
    return Number.isFinite(id) ? [{ id, claims }] : [];
  });
  const out: Finding[] = [];
  for (const range of ranges) {
    if (!isDoneState(range.state)) continue;
    const open = phases
      .filter((p) => p.id >= range.from && p.id <= range.to && stateOf(p.claims) === false)
      .sort((a, b) => a.id - b.id);
    if (open.length === 0) continue;
    const shown = open.slice(0, 3).map(({ claims }) => {
      const c = claims.find((claim) => saysDone(claim) === false)!;
      return `${states(midSentence(c.label), notDoneText(c))} at line ${c.line}`;
    });
    const more = open.length > 3 ? ` and ${open.length - 3} more` : '';
    out.push({
      message: `${states(range.label, stateText(range.state))}, but ${shown.join(', ')}${more}.`,
      line: range.line,
      column: range.state.start + 1,
    });
  }
  return out;
}

function notDoneText(claim: Claim): string {
  if (claim.state && claim.state.category !== 'cancelled') return stateText(claim.state);
  return claim.fraction && claim.fraction.total > 0 ? fractionText(claim.fraction) : `${claim.percent!.value}%`;
}

/** Whether one claim says its subject is done (its state first, then its numbers), or says nothing of it. */
function saysDone(c: Claim): boolean | null {
  if (c.state && c.state.category !== 'cancelled') return isDoneState(c.state);
  if (c.fraction && c.fraction.total > 0) return complete(c.fraction);
  if (c.percent) return c.percent.value === 100;
  return null;
}

/** Whether a group's claims say it is done, not done, or cannot say (they disagree, or say nothing of it). */
function stateOf(claims: readonly Claim[]): boolean | null {
  const says = claims.flatMap((c) => saysDone(c) ?? []);
  if (says.length === 0 || says.some((s) => s !== says[0])) return null;
  return says[0]!;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
