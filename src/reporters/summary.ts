/**
 * The job summary: per ledger its status, a progress table per phase and the
 * findings. Ledger text is untrusted, so everything taken from it is escaped for
 * markdown and HTML before it reaches the page.
 */
import { plural } from '../core/text/wording.js';
import type { FileResult } from '../core/model/results.js';
import { totals } from '../core/model/results.js';

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

/**
 * GitHub does not show a step's summary over 1 MiB at all, and says only that it
 * was too big; a quarter of that holds some two thousand findings, more than anyone
 * reads on a page, and leaves the step room for other summaries.
 */
export const SUMMARY_LIMIT = 256 * 1024;
/** Characters of one table cell: a finding quotes ledger text, and a ledger line can be a whole paragraph. */
const CELL_LIMIT = 600;

export interface SummaryOptions {
  /** A line under the heading, e.g. which ledgers were checked and why. */
  scope?: string;
  /** Said after the findings tables, e.g. that annotations were capped. */
  footnote?: string;
  /** Bytes the summary may take (UTF-8); what does not fit is counted in a closing line. */
  limit?: number;
}

export function summaryMarkdown(results: readonly FileResult[], options: SummaryOptions = {}): string {
  const { errors, warnings } = totals(results);
  const withProblems = results.filter((r) => r.messages.length > 0).length;
  const head: string[] = ['## ledgerlint', ''];
  if (options.scope) head.push(options.scope, '');
  head.push(
    errors + warnings === 0
      ? `✅ ${plural(results.length, 'ledger')} checked, no problems.`
      : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${withProblems} of ${plural(results.length, 'ledger')}.`,
    '',
  );
  const foot = options.footnote ? [options.footnote, ''] : [];
  // Room kept for the line that says what was left out.
  let room = (options.limit ?? SUMMARY_LIMIT) - bytesOf(head) - bytesOf(foot) - 400;
  const body: string[] = [];
  let listedFindings = 0;
  let listedLedgers = 0;
  fill: for (const result of results) {
    for (const [index, piece] of ledgerPieces(result).entries()) {
      const size = bytesOf(piece.lines);
      if (size > room) break fill;
      room -= size;
      body.push(...piece.lines);
      listedFindings += piece.findings;
      if (index === 0) listedLedgers++;
    }
  }
  const leftOut = errors + warnings - listedFindings;
  const unlisted = results.length - listedLedgers;
  if (leftOut > 0 || unlisted > 0) {
    const ledgers = unlisted > 0 ? ` (${plural(unlisted, 'more ledger')} not shown at all)` : '';
    body.push('', `The summary stops here, to stay under GitHub's size limit for a job summary: ${plural(leftOut, 'more finding')}${ledgers}. The JSON report (the \`report\` output) has them all.`, '');
  }
  return `${[...head, ...body, ...foot].join('\n')}\n`;
}

/** A ledger's part of the summary in pieces that are kept or dropped whole: its heading and progress, then each finding. */
function ledgerPieces(result: FileResult): Array<{ lines: string[]; findings: number }> {
  const status = result.overview?.status ? ` · ${cell(result.overview.status)}` : '';
  const profile = result.profile ? ` · ${cell(result.profile)}` : '';
  const count = result.messages.length === 0 ? '✅' : `${result.errorCount > 0 ? '❌' : '⚠️'} ${result.errorCount}E ${result.warningCount}W`;
  const heading = [`### ${cell(result.displayPath)}${profile}${status} · ${count}`, ''];
  const overview = result.overview;
  if (overview && overview.phases.length > 0) {
    heading.push('| Phase | Done | Total | Progress |', '| --- | ---: | ---: | ---: |');
    for (const phase of overview.phases) heading.push(`| ${cell(phase.title)} | ${phase.done} | ${phase.total} | ${percent(phase.done, phase.total)} |`);
    if (overview.overall) heading.push(`| **Overall** | ${overview.overall.done} | ${overview.overall.total} | ${percent(overview.overall.done, overview.overall.total)} |`);
    heading.push('');
  }
  if (result.messages.length === 0) return [{ lines: heading, findings: 0 }];
  heading.push('| Line | Severity | Rule | Finding |', '| ---: | --- | --- | --- |');
  const rows = result.messages.map((m) => ({ lines: [`| ${m.line} | ${m.severity === 2 ? 'error' : 'warning'} | ${cell(m.ruleId ?? '–')} | ${cell(m.message)} |`], findings: 1 }));
  const last = rows[rows.length - 1]!;
  last.lines.push('');
  return [{ lines: heading, findings: 0 }, ...rows];
}

/** Ledger text for a table cell: escaped, and cut short when it is long. */
function cell(text: string): string {
  if (text.length <= CELL_LIMIT) return escapeMarkdown(text);
  // Not between the halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[CELL_LIMIT - 1]!) ? CELL_LIMIT - 1 : CELL_LIMIT;
  return `${escapeMarkdown(text.slice(0, end))}…`;
}

function bytesOf(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
}
