/** ESLint's stylish layout: a block per file, aligned `line:col  severity  message  rule`, then a count. */
import type { FileResult } from '../core/model/results.js';
import { totals } from '../core/model/results.js';
import { plural } from '../core/text/wording.js';
import { paint } from './colors.js';
import type { Reporter } from './reporter.js';

// Widths measured without colour codes.
const visibleLength = (text: string) => [...text.replace(/\u001b\[\d+m/g, '')].length;

export const stylish: Reporter = (results, { color }) => {
  const p = paint(color);
  const withMessages = results.filter((r) => r.messages.length > 0);
  if (withMessages.length === 0) return '';
  let out = '\n';
  for (const result of withMessages) {
    out += `${p.underline(result.displayPath)}\n`;
    const rows = result.messages.map((m) => [
      '',
      p.dim(`${m.line}:${m.column}`),
      m.severity === 2 ? p.red('error') : p.yellow('warning'),
      m.message.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)),
      p.dim(m.ruleId ?? ''),
    ]);
    const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((row) => visibleLength(row[col]!))));
    for (const row of rows) {
      out += `${row.map((cell, col) => (col < 4 ? cell + ' '.repeat(widths[col]! - visibleLength(cell)) : cell)).join('  ').trimEnd()}\n`;
    }
    out += '\n';
  }
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

function sum(results: readonly FileResult[], pick: (r: FileResult) => number): number {
  return results.reduce((n, r) => n + pick(r), 0);
}
