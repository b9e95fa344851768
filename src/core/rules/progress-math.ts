import * as z from 'zod/mini';
import { described } from '../zod.js';
import { formatPercent, percentMatches, phaseProgress, readSummary, roundedPercent, type SummaryLine, type Tally } from '../progress.js';
import { plural } from '../text.js';
import { defineRule, type Report } from './rule.js';

const Options = z.strictObject({
  count: described(z._default(z.enum(['top-level', 'all', 'leaves']), 'top-level'), 'Which boxes a phase counts: top-level tasks, all boxes, or leaves only.'),
});

const COUNTED = { 'top-level': ['top-level task', 'top-level tasks'], all: ['box', 'boxes'], leaves: ['leaf task', 'leaf tasks'] } as const;
const show = ({ done, total }: Tally) => `${done}/${total}`;
const pct = (t: Tally) => `${roundedPercent(t)}%`;

export default defineRule({
  meta: {
    id: 'progress-math',
    description: "Progress Summary percentages match their fractions, fractions match the checkboxes, and Overall is the sum of the phases' boxes.",
    defaultSeverity: 'error',
    fixable: false,
  },
  options: Options,
  check({ ledger, profile, options, report }) {
    const { section, lines } = readSummary(ledger, profile);
    if (!section) return;
    const { phases, unphased } = phaseProgress(ledger, profile, options.count);
    const [one, counted] = COUNTED[options.count];
    const at = (summary: SummaryLine, span: { start: number; end: number } | null): Pick<Report, 'line' | 'column' | 'endLine' | 'endColumn'> => ({
      line: summary.line,
      column: (span?.start ?? 0) + 1,
      ...(span ? { endLine: summary.line, endColumn: span.end + 1 } : {}),
    });

    // Layer 1: a percentage against its own fraction.
    for (const summary of lines) {
      const { percent, fraction } = summary;
      if (fraction && fraction.total === 0 && summary.presentsDone) {
        report({ message: `${summary.label} is presented as done with 0/0 tasks; with nothing to do nothing is done.`, ...at(summary, percent ?? fraction) });
      } else if (percent && fraction && !percentMatches(percent, fraction)) {
        report({ message: `${summary.label} says ${percent.value}% but its own ${show(fraction)} is ${formatPercent(fraction, percent.decimals)}.`, ...at(summary, percent) });
      }
      if (fraction && fraction.done > fraction.total) {
        report({ message: `${summary.label} says ${show(fraction)}: more done than there are.`, ...at(summary, fraction) });
      }
    }

    // Layer 2: each phase line against the boxes of that phase.
    const seen = new Map<string, SummaryLine>();
    for (const summary of lines) {
      if (summary.phase === null) continue;
      const earlier = seen.get(summary.phase);
      if (earlier) {
        report({ message: `${summary.label} is summarised twice (first at line ${earlier.line}).`, ...at(summary, null), severity: 'warning' });
        continue;
      }
      seen.set(summary.phase, summary);
      const match = phases.find((p) => p.phase.id.toLowerCase() === summary.phase);
      if (!match) {
        report({ message: `Progress Summary lists ${summary.label}, but Tasks has no ${summary.label}.`, ...at(summary, null) });
        continue;
      }
      checkAgainstBoxes(summary, match.actual, `its checkboxes show`);
    }
    for (const { phase, actual } of phases) {
      if (!seen.has(phase.id.toLowerCase()) && phase.tasks.length > 0) {
        report({ message: `Phase ${phase.id} (${plural(actual.total, one, counted)}, ${actual.done} done) has no line in the Progress Summary; expected ${pct(actual)} (${show(actual)}).`, line: section.line, column: section.column });
      }
    }

    // Layer 3: Overall against the sum of the phases' boxes (or all of Tasks when it has no phases).
    const phaseSum = phases.reduce<Tally>((sum, { actual }) => ({ done: sum.done + actual.done, total: sum.total + actual.total }), { done: 0, total: 0 });
    for (const summary of lines) {
      if (summary.phase !== null) continue;
      checkAgainstBoxes(summary, unphased ?? phaseSum, unphased ? 'the checkboxes in Tasks show' : 'the phases add up to');
    }

    function checkAgainstBoxes(summary: SummaryLine, actual: Tally, source: string): void {
      const { fraction, percent } = summary;
      if (fraction && (fraction.done !== actual.done || fraction.total !== actual.total)) {
        report({ message: `${summary.label} says ${show(fraction)} tasks done, but ${source} ${show(actual)} (${counted}); expected ${pct(actual)} (${show(actual)}).`, ...at(summary, fraction) });
      } else if (!fraction && percent && !percentMatches(percent, actual)) {
        report({ message: `${summary.label} says ${percent.value}%, but ${source} ${show(actual)} (${counted}), which is ${pct(actual)}.`, ...at(summary, percent) });
      }
    }
  },
});
