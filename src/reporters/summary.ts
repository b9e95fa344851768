/**
 * The job summary: the ledgers with findings, each with its status, a progress table
 * per phase and its findings (folded away when long), and the clean ones on one line.
 * Ledger text is untrusted, so everything taken from it is escaped for markdown and
 * HTML before it reaches the page.
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
/** Rows a table shows open; a longer one is folded into a <details> block under its heading. */
const OPEN_ROWS = 10;
/** Bytes of the line that names the clean ledgers: a thousand clean ledgers are a count, not a list to read. */
const CLEAN_LINE_LIMIT = 8 * 1024;

export interface SummaryOptions {
  /** A line under the heading, e.g. which ledgers were checked and why. */
  scope?: string;
  /** Said after the findings tables, e.g. that annotations were capped. */
  footnote?: string;
  /** Bytes the summary may take (UTF-8); what does not fit is counted in a closing line. */
  limit?: number;
  /**
   * Link files and their lines: `blobUrl` + the file's path (+ `#L<line>`), e.g.
   * `https://github.com/o/r/blob/<sha>/`; except the `unlinked` paths (files not at that commit).
   */
  links?: { blobUrl: string; unlinked?: ReadonlySet<string> };
}

interface Table {
  open: string[];
  rows: Array<{ line: string; findings: number }>;
  close: string[];
}

export function summaryMarkdown(results: readonly FileResult[], options: SummaryOptions = {}): string {
  const { errors, warnings } = totals(results);
  const failing = results.filter((r) => r.messages.length > 0);
  const head: string[] = ['## ledgerlint', ''];
  if (options.scope) head.push(options.scope, '');
  head.push(
    errors + warnings === 0
      ? `✅ ${plural(results.length, 'ledger')} checked, no problems.`
      : `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${failing.length} of ${plural(results.length, 'ledger')}.`,
    '',
  );
  const link = linker(options.links);
  const clean = results.filter((r) => r.messages.length === 0);
  if (clean.length > 0) head.push(cleanLine(clean, link), '');
  const foot = options.footnote ? [options.footnote, ''] : [];
  // Room kept for the line that says what was left out.
  let room = (options.limit ?? SUMMARY_LIMIT) - bytesOf(head) - bytesOf(foot) - 400;
  const body: string[] = [];
  let listedFindings = 0;
  let listedLedgers = 0;
  fill: for (const result of failing) {
    const { heading, tables } = section(result, link);
    if (bytesOf(heading) > room) break;
    room -= bytesOf(heading);
    body.push(...heading);
    listedLedgers++;
    for (const table of tables) {
      const kept = keepRows(table, room);
      room -= kept.bytes;
      body.push(...kept.lines);
      listedFindings += kept.findings;
      if (kept.rows < table.rows.length) break fill;
    }
  }
  const leftOut = errors + warnings - listedFindings;
  const unlisted = failing.length - listedLedgers;
  if (leftOut > 0 || unlisted > 0) {
    const ledgers = unlisted > 0 ? ` (${plural(unlisted, 'more ledger')} not shown at all)` : '';
    body.push(
      `The summary stops here, to stay under GitHub's size limit for a job summary: ${plural(leftOut, 'more finding')}${ledgers}. The JSON report (the \`report\` output) has them all.`,
      '',
    );
  }
  return `${[...head, ...body, ...foot].join('\n')}\n`;
}

/** As many rows of a table as fit, with its opening and closing lines; nothing when not one row fits. */
function keepRows(table: Table, room: number): { lines: string[]; bytes: number; rows: number; findings: number } {
  let bytes = bytesOf(table.open) + bytesOf(table.close);
  const rows: string[] = [];
  let findings = 0;
  for (const row of table.rows) {
    const size = bytesOf([row.line]);
    if (bytes + size > room) break;
    bytes += size;
    rows.push(row.line);
    findings += row.findings;
  }
  if (rows.length === 0) return { lines: [], bytes: 0, rows: 0, findings: 0 };
  return { lines: [...table.open, ...rows, ...table.close], bytes, rows: rows.length, findings };
}

/** A ledger with findings: its heading, then its progress table and its findings table. */
function section(result: FileResult, link: Linker): { heading: string[]; tables: Table[] } {
  const status = result.overview?.status ? ` · ${cell(result.overview.status)}` : '';
  const profile = result.profile ? ` · ${cell(result.profile)}` : '';
  const count = `${result.errorCount > 0 ? '❌' : '⚠️'} ${result.errorCount}E ${result.warningCount}W`;
  const heading = [`### ${link(result.displayPath, cell(result.displayPath))}${profile}${status} · ${count}`, ''];
  const tables: Table[] = [];
  const overview = result.overview;
  if (overview && overview.phases.length > 0) {
    const rows = overview.phases.map(
      (phase) => `| ${cell(phase.title)} | ${phase.done} | ${phase.total} | ${percent(phase.done, phase.total)} |`,
    );
    if (overview.overall)
      rows.push(
        `| **Overall** | ${overview.overall.done} | ${overview.overall.total} | ${percent(overview.overall.done, overview.overall.total)} |`,
      );
    tables.push(
      table(
        plural(overview.phases.length, 'phase'),
        ['| Phase | Done | Total | Progress |', '| --- | ---: | ---: | ---: |'],
        rows.map((line) => ({ line, findings: 0 })),
      ),
    );
  }
  const rows = result.messages.map((m) => ({
    line: `| ${link(result.displayPath, String(m.line), m.line)} | ${m.severity === 2 ? 'error' : 'warning'} | ${cell(m.ruleId ?? '–')} | ${cell(m.message)} |`,
    findings: 1,
  }));
  const said = [
    result.errorCount > 0 ? plural(result.errorCount, 'error') : '',
    result.warningCount > 0 ? plural(result.warningCount, 'warning') : '',
  ]
    .filter(Boolean)
    .join(', ');
  tables.push(
    table(
      `${plural(rows.length, 'finding')}: ${said}`,
      ['| Line | Severity | Rule | Finding |', '| ---: | --- | --- | --- |'],
      rows,
    ),
  );
  return { heading, tables };
}

/** A table, open when short, else folded under a one-line summary of what it holds. */
function table(title: string, header: string[], rows: Table['rows']): Table {
  if (rows.length <= OPEN_ROWS) return { open: header, rows, close: [''] };
  // The blank lines let GitHub render the markdown table inside the HTML block.
  return { open: ['<details>', `<summary>${title}</summary>`, '', ...header], rows, close: ['', '</details>', ''] };
}

/** The clean ledgers on one line, each with its status and overall progress, as many as fit. */
function cleanLine(clean: readonly FileResult[], link: Linker): string {
  const start = `✅ No problems in ${plural(clean.length, 'ledger')}: `;
  const names: string[] = [];
  let bytes = Buffer.byteLength(start);
  for (const result of clean) {
    const overall = result.overview?.overall;
    const about = [
      result.overview?.status ? cell(result.overview.status) : '',
      overall ? percent(overall.done, overall.total) : '',
    ]
      .filter(Boolean)
      .join(', ');
    const name = `${link(result.displayPath, cell(result.displayPath))}${about ? ` (${about})` : ''}`;
    // Room kept for the count of the rest.
    if (bytes + Buffer.byteLength(name) + 40 > CLEAN_LINE_LIMIT) break;
    bytes += Buffer.byteLength(name) + 2;
    names.push(name);
  }
  const rest = clean.length - names.length;
  return `${start}${names.join(', ')}${rest > 0 ? `${names.length > 0 ? ',' : ''} and ${rest} more` : ''}.`;
}

type Linker = (path: string, text: string, line?: number) => string;

/** `[text](url)` to the file (at the line), or the text alone without a base URL. */
function linker(links: SummaryOptions['links']): Linker {
  if (!links) return (_path, text) => text;
  // Each segment encoded; parentheses too, which would end a markdown link.
  const encode = (path: string) =>
    path
      .split('/')
      .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
      .join('/');
  return (path, text, line) =>
    links.unlinked?.has(path)
      ? text
      : `[${text}](${links.blobUrl}${encode(path)}${line !== undefined ? `#L${line}` : ''})`;
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
