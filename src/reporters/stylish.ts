/**
 * ESLint's stylish layout: a block per file, its rows aligned in columns (line:col
 * with the colons aligned, severity, message, rule), then a count. Widths are per file
 * block, as ESLint's; unlike ESLint's, a message too long to fit a row of ROW_WIDTH
 * columns does not widen the column: it runs on, and the other rows stay narrow.
 */
import type { LintMessage } from '../core/engine/lint.js';
import type { FileResult } from '../core/model/results.js';
import { totals } from '../core/model/results.js';
import { plural } from '../core/text/wording.js';
import { paint, type Paint } from './colors.js';
import type { Reporter } from './reporter.js';

/** Columns a padded row may take: a long message runs on past it, on its own row only. */
const ROW_WIDTH = 100;
const GAP = '  ';

// Widths measured without colour codes.
const visibleLength = (text: string) => [...text.replace(/\u001b\[\d+m/g, '')].length;

export const stylish: Reporter = (results, { color }) => {
  const p = paint(color);
  const withMessages = results.filter((r) => r.messages.length > 0);
  if (withMessages.length === 0) return '';
  let out = '\n';
  for (const result of withMessages) out += `${p.underline(result.displayPath)}\n${block(result.messages, p)}\n`;
  const t = totals(results);
  const problems = t.errors + t.warnings;
  const line = `✖ ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`;
  out += `${t.errors > 0 ? p.red(p.bold(line)) : p.yellow(p.bold(line))}\n`;
  const fixErrors = sum(results, (r) => r.fixableErrorCount);
  const fixWarnings = sum(results, (r) => r.fixableWarningCount);
  if (fixErrors + fixWarnings > 0) {
    const fixLine = `  ${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')} potentially fixable with the \`--fix\` option.`;
    out += `${t.errors > 0 ? p.red(p.bold(fixLine)) : p.yellow(p.bold(fixLine))}\n`;
  }
  return `${out}\n`;
};

/** One file's rows. */
function block(messages: readonly LintMessage[], p: Paint): string {
  const lineWidth = widest(messages.map((m) => String(m.line)));
  const columnWidth = widest(messages.map((m) => String(m.column)));
  const severityWidth = widest(messages.map((m) => (m.severity === 2 ? 'error' : 'warning')));
  const texts = messages.map((m) => m.message.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)));
  const lead = GAP.length + lineWidth + 1 + columnWidth + GAP.length + severityWidth + GAP.length;
  const room = ROW_WIDTH - lead - GAP.length - widest(messages.map((m) => m.ruleId ?? ''));
  const messageWidth = widest(texts.filter((text) => visibleLength(text) <= room));
  return messages
    .map((m, index) => {
      const where = `${String(m.line).padStart(lineWidth)}:${String(m.column).padEnd(columnWidth)}`;
      const severity = m.severity === 2 ? p.red('error') : p.yellow('warning');
      const cells = [
        p.dim(where),
        pad(severity, severityWidth),
        pad(texts[index]!, messageWidth),
        p.dim(m.ruleId ?? ''),
      ];
      return `${GAP}${cells.join(GAP)}`.trimEnd();
    })
    .join('\n')
    .concat('\n');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

function widest(texts: readonly string[]): number {
  return texts.reduce((max, text) => Math.max(max, visibleLength(text)), 0);
}

function sum(results: readonly FileResult[], pick: (r: FileResult) => number): number {
  return results.reduce((n, r) => n + pick(r), 0);
}
