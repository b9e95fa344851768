/**
 * The job summary: per ledger its status, a progress table per phase and the
 * findings. Ledger text is untrusted, so everything taken from it is escaped for
 * markdown and HTML before it reaches the page.
 */
import { plural } from '../core/text/wording.js';
import type { FileResult } from '../runner/results.js';
import { totals } from '../runner/results.js';

/** Text that renders as itself in a GitHub markdown table cell. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&');
}

const percent = (done: number, total: number) => (total === 0 ? '–' : `${Math.round((done / total) * 100)}%`);

export interface SummaryOptions {
  /** A line under the heading, e.g. which ledgers were checked and why. */
  scope?: string;
  /** Said after the findings tables, e.g. that annotations were capped. */
  footnote?: string;
}

export function summaryMarkdown(results: readonly FileResult[], options: SummaryOptions = {}): string {
  const { errors, warnings } = totals(results);
  const withProblems = results.filter((r) => r.messages.length > 0).length;
  const lines: string[] = ['## ledgerlint', ''];
  if (options.scope) lines.push(options.scope, '');
  lines.push(
    errors + warnings === 0
      ? `✅ ${plural(results.length, 'ledger')} checked, no problems.`
      : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${withProblems} of ${plural(results.length, 'ledger')}.`,
    '',
  );
  for (const result of results) {
    const status = result.overview?.status ? ` · ${escapeMarkdown(result.overview.status)}` : '';
    const profile = result.profile ? ` · ${escapeMarkdown(result.profile)}` : '';
    const count = result.messages.length === 0 ? '✅' : `${result.errorCount > 0 ? '❌' : '⚠️'} ${result.errorCount}E ${result.warningCount}W`;
    lines.push(`### ${escapeMarkdown(result.displayPath)}${profile}${status} · ${count}`, '');
    const overview = result.overview;
    if (overview && overview.phases.length > 0) {
      lines.push('| Phase | Done | Total | Progress |', '| --- | ---: | ---: | ---: |');
      for (const phase of overview.phases) lines.push(`| ${escapeMarkdown(phase.title)} | ${phase.done} | ${phase.total} | ${percent(phase.done, phase.total)} |`);
      if (overview.overall) lines.push(`| **Overall** | ${overview.overall.done} | ${overview.overall.total} | ${percent(overview.overall.done, overview.overall.total)} |`);
      lines.push('');
    }
    if (result.messages.length > 0) {
      lines.push('| Line | Severity | Rule | Finding |', '| ---: | --- | --- | --- |');
      for (const m of result.messages) {
        lines.push(`| ${m.line} | ${m.severity === 2 ? 'error' : 'warning'} | ${escapeMarkdown(m.ruleId ?? '–')} | ${escapeMarkdown(m.message)} |`);
      }
      lines.push('');
    }
  }
  if (options.footnote) lines.push(options.footnote, '');
  return `${lines.join('\n')}\n`;
}
