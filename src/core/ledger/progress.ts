/** The Progress Summary as written (`- **Phase 1:** 60% complete (3/5 tasks done)`), and what the boxes say. */
import type { Ledger, ListItem } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { checkboxesIn, findSection } from './sections.js';
import { countedTasks, phasesOf, type CountPolicy, type Phase } from './tasks.js';

export interface NumberSpan {
  /** 0-based indexes into the line. */
  start: number;
  end: number;
}

export interface StatedPercent extends NumberSpan {
  value: number;
  decimals: number;
  /** Where the number itself ends (before any space and the %). */
  numberEnd: number;
}

export interface StatedFraction extends NumberSpan {
  done: number;
  total: number;
  /** Where the done count ends and the total starts. */
  doneEnd: number;
  totalStart: number;
}

export interface SummaryLine {
  line: number;
  /** Phase id, or null for the Overall/Total line. */
  phase: string | null;
  /** Where the phase id is written in the line (phase lines only). */
  idSpan: NumberSpan | null;
  label: string;
  percent: StatedPercent | null;
  fraction: StatedFraction | null;
  /** A ✅ or 100% says the phase is done. */
  presentsDone: boolean;
}

const PHASE_LABEL = /\b(?:phase|stage)[ \t]+(\d+[a-z]?)\b/i;
const OVERALL_LABEL = /\b(?:overall|total)\b/i;
const PERCENT = /(?<![\d.])(\d{1,3})(?:\.(\d{1,2}))?[ \t]*%/;
const FRACTION = /(?<![\d./])(\d{1,6})(?:[ \t]*\/[ \t]*|[ \t]+of[ \t]+)(\d{1,6})(?![\d/])/gi;
// A fraction that counts tasks says so, or sits in parentheses: "(3/5 tasks done)", not "due 3/20".
const COUNTING = /^[ \t]*(?:\)|tasks?\b|items?\b|done\b|complete\b|finished\b)/i;

export function readSummary(ledger: Ledger, profile: CompiledProfile): { section: ReturnType<typeof findSection>; lines: SummaryLine[] } {
  const spec = profile.spec.progress;
  const section = spec ? findSection(ledger, profile, spec.section) : undefined;
  const lines: SummaryLine[] = [];
  if (!section) return { section, lines };
  for (let line = section.line + 1; line <= section.endLine; line++) {
    if (!ledger.prose[line - 1]) continue;
    const parsed = parseSummaryLine(ledger.lines.text[line - 1]!, line);
    if (parsed) lines.push(parsed);
  }
  return { section, lines };
}

export function parseSummaryLine(text: string, line: number): SummaryLine | null {
  // The label written first decides: "Overall: 40% - Phase 2 underway" is the Overall line.
  const phaseMatch = PHASE_LABEL.exec(text);
  const overallMatch = OVERALL_LABEL.exec(text);
  const phase = phaseMatch && (!overallMatch || phaseMatch.index < overallMatch.index) ? phaseMatch : null;
  const label = phase ?? overallMatch;
  if (!label) return null;
  const from = label.index + label[0].length;
  const rest = text.slice(from);
  const p = PERCENT.exec(rest);
  const fractions = [...rest.matchAll(FRACTION)];
  const f = fractions.find((m) => COUNTING.test(rest.slice(m.index + m[0].length))) ?? fractions[0];
  if (!p && !f) return null;
  const percent = p
    ? { value: Number(`${p[1]}${p[2] ? `.${p[2]}` : ''}`), decimals: p[2]?.length ?? 0, start: from + p.index, end: from + p.index + p[0].length, numberEnd: from + p.index + p[1]!.length + (p[2] ? p[2].length + 1 : 0) }
    : null;
  const fraction = f
    ? { done: Number(f[1]), total: Number(f[2]), start: from + f.index, end: from + f.index + f[0].length, doneEnd: from + f.index + f[1]!.length, totalStart: from + f.index + f[0].length - f[2]!.length }
    : null;
  return {
    line,
    phase: phase ? phase[1]!.toLowerCase() : null,
    idSpan: phase ? { start: phase.index + phase[0].length - phase[1]!.length, end: phase.index + phase[0].length } : null,
    label: phase ? `Phase ${phase[1]}` : 'Overall',
    percent,
    fraction,
    presentsDone: percent?.value === 100 || /[✅✔☑]/u.test(text),
  };
}

export interface Tally {
  done: number;
  total: number;
}

export function tally(tasks: readonly ListItem[], policy: CountPolicy): Tally {
  const counted = countedTasks(tasks, policy);
  return { done: counted.filter((t) => t.checkbox?.state === 'done').length, total: counted.length };
}

/** Whether a stated percentage is the fraction rounded or truncated to its own precision. */
export function percentMatches(percent: StatedPercent, { done, total }: Tally): boolean {
  if (total === 0) return percent.value === 0;
  const exact = (done / total) * 100;
  const scale = 10 ** percent.decimals;
  const rounded = Math.round(exact * scale) / scale;
  const truncated = Math.floor(exact * scale + 1e-9) / scale;
  return Math.abs(percent.value - rounded) < 1e-9 || Math.abs(percent.value - truncated) < 1e-9;
}

/** Tallies added up (the phases into Overall). */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce<Tally>((sum, t) => ({ done: sum.done + t.done, total: sum.total + t.total }), { done: 0, total: 0 });
}

/** A fraction as a percentage with the given number of decimals, for messages. */
export function formatPercent({ done, total }: Tally, decimals = 0): string {
  const value = total === 0 ? 0 : (done / total) * 100;
  return `${decimals === 0 ? Math.round(value) : value.toFixed(decimals)}%`;
}

/** The percentage --fix writes: rounded to a whole number. */
export function roundedPercent({ done, total }: Tally): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

/**
 * The edits that make a summary line say `target`: only its numbers change, so
 * its wording, spacing and decoration stay as written. Null when nothing changes.
 */
export function summaryLineEdits(text: string, summary: SummaryLine, target: Tally): Array<{ start: number; end: number; text: string }> | null {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const { percent, fraction } = summary;
  if (fraction) {
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

export interface PhaseProgress {
  phase: Phase;
  actual: Tally;
}

export function phaseProgress(ledger: Ledger, profile: CompiledProfile, policy: CountPolicy): { phases: PhaseProgress[]; unphased: Tally | null } {
  const { tasksSection, phases } = phasesOf(ledger, profile);
  const result = phases.map((phase) => ({ phase, actual: tally(phase.tasks, policy) }));
  // Without phase headings the whole Tasks section is one implicit phase, summed up by Overall.
  const unphased = tasksSection && phases.length === 0 ? tally(checkboxesIn(ledger, tasksSection), policy) : null;
  return { phases: result, unphased };
}
