import * as z from 'zod/mini';
import { applyFixes, lineFix } from '../engine/fix.js';
import type { Ledger } from '../model/document.js';
import { formatPercent, parseSummaryLine, percentMatches, phaseProgress, readSummary, roundedPercent, summaryLineEdits, sumTallies, type SummaryLine, type Tally } from '../ledger/progress.js';
import { plural } from '../text/wording.js';
import { described } from '../zod.js';
import { defineRule, type Fix, type Report } from './rule.js';

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
    fixable: true,
  },
  options: Options,
  check({ ledger, profile, options, report }) {
    const { section, lines } = readSummary(ledger, profile);
    if (!section) return;
    const { phases, unphased } = phaseProgress(ledger, profile, options.count);
    const [one, counted] = COUNTED[options.count];
    const phaseSum = sumTallies(phases.map((p) => p.actual));

    // What each line should say, and the fix that makes it say so (numbers only).
    const targetOf = (summary: SummaryLine): Tally | null =>
      summary.phase === null ? (unphased ?? phaseSum) : (phases.find((p) => p.phase.id.toLowerCase() === summary.phase)?.actual ?? null);
    const fixOf = (summary: SummaryLine): Fix | undefined => {
      const target = targetOf(summary);
      if (!target || (summary.fraction?.total === 0 && summary.presentsDone)) return undefined;
      const lineStart = ledger.lines.starts[summary.line - 1]!;
      const edits = summaryLineEdits(ledger.lines.text[summary.line - 1]!, summary, target);
      return edits ? lineFix(ledger.source, lineStart, edits) : undefined;
    };
    const at = (summary: SummaryLine, span: { start: number; end: number } | null): Pick<Report, 'line' | 'column' | 'endLine' | 'endColumn' | 'fix'> => {
      const fix = fixOf(summary);
      return {
        line: summary.line,
        column: (span?.start ?? 0) + 1,
        ...(span ? { endLine: summary.line, endColumn: span.end + 1 } : {}),
        ...(fix ? { fix } : {}),
      };
    };

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
        report({ message: `${summary.label} is summarised twice (first at line ${earlier.line}).`, line: summary.line, column: 1, severity: 'warning' });
        continue;
      }
      seen.set(summary.phase, summary);
      const match = phases.find((p) => p.phase.id.toLowerCase() === summary.phase);
      if (!match) {
        report({ message: `Progress Summary lists ${summary.label}, but Tasks has no ${summary.label}.`, line: summary.line, column: 1 });
        continue;
      }
      checkAgainstBoxes(summary, match.actual, 'its checkboxes show');
    }
    for (const [index, { phase, actual }] of phases.entries()) {
      // A phase with nothing to count (no tasks, or all marked not applicable) needs no line.
      if (seen.has(phase.id.toLowerCase()) || actual.total === 0) continue;
      const fix = missingLineFix(ledger, lines, phases.slice(0, index).map((p) => p.phase.id.toLowerCase()), phase.id, actual);
      report({
        message: `Phase ${phase.id} (${plural(actual.total, one, counted)}, ${actual.done} done) has no line in the Progress Summary; expected ${pct(actual)} (${show(actual)}).`,
        line: section.line,
        column: section.column,
        ...(fix ? { fix } : {}),
      });
    }

    // Layer 3: Overall against the sum of the phases' boxes (or all of Tasks when it has no phases).
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

/**
 * A summary line for a phase that has none, worded like the phase lines already
 * there, placed after the line of the phase before it (else before the first line).
 */
function missingLineFix(ledger: Ledger, lines: readonly SummaryLine[], earlierIds: readonly string[], id: string, target: Tally): Fix | undefined {
  const phaseLines = lines.filter((l) => l.phase !== null);
  const after = [...phaseLines].reverse().find((l) => earlierIds.includes(l.phase!));
  const anchor = after ?? phaseLines[0] ?? lines[0];
  if (!anchor) return undefined;
  const template = phaseLines[0];
  const text = template ? clonedLine(ledger.lines.text[template.line - 1]!, template, id, target) : null;
  const indent = /^\s*/.exec(ledger.lines.text[anchor.line - 1]!)![0];
  const line = text ?? `${indent}- **Phase ${id}:** ${roundedPercent(target)}% complete (${target.done}/${target.total} tasks done)`;
  const eol = /\r\n|\r|\n/.exec(ledger.source.slice(ledger.lines.starts[anchor.line - 1]! + ledger.lines.text[anchor.line - 1]!.length))?.[0] ?? '\n';
  if (after) {
    const end = ledger.lines.starts[after.line - 1]! + ledger.lines.text[after.line - 1]!.length;
    return { start: end, end, text: `${eol}${line}` };
  }
  const start = ledger.lines.starts[anchor.line - 1]!;
  return { start, end: start, text: `${line}${eol}` };
}

/** The template line with another phase id and its numbers; null when the label carries a phase name. */
function clonedLine(text: string, template: SummaryLine, id: string, target: Tally): string | null {
  const span = template.idSpan!;
  if (!/^[ \t]*(?:(?:\*\*|__)[ \t]*)?:/.test(text.slice(span.end))) return null;
  // The new phase is not done: a ✅ or ⏳ on the line it copies is not its to carry.
  const cloned = `${text.slice(0, span.start)}${id}${text.slice(span.end)}`.replace(/[ \t]*[✅✔☑⏳🚧]\uFE0F?/gu, '');
  const parsed = parseSummaryLine(cloned, 1);
  if (!parsed) return null;
  const edits = summaryLineEdits(cloned, parsed, target);
  return edits ? applyFixes(cloned, [lineFix(cloned, 0, edits)]).output : cloned;
}
