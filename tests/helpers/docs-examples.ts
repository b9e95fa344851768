/**
 * The examples of a rule's page, read and run as tests (remark-lint's "examples are tests",
 * ESLint's check-rule-examples). docs/rules/README.md describes the convention:
 * - under `## Examples`, `### Incorrect` and `### Correct` hold examples: `markdown` code
 *   blocks; blocks with only blank lines between them are one example;
 * - an example that opens with a title (`# …`) or front matter is a whole ledger; any other
 *   is a fragment planted into the minimal PRD ledger (tests/fixtures/minimal/prd.md), or
 *   the minimal feature ledger (see plant-fragment.ts for where each part goes);
 * - `<!-- example: {...} -->` before an example sets its base, path, config and facts;
 * - an Incorrect example is followed by `Reports:` and a list of the rule's messages, each
 *   in backticks, `(warning)` or `(error)` after it where it is not the rule's default;
 *   "line N" in a message counts the example's own lines (its first code line is 1).
 */
import { prepareConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/engine/lint.js';
import type { Rule } from '../../src/core/rules/rule.js';
import { factsOf, type TextSource } from './example-facts.js';
import { fixture } from './lint.js';
import { plantFragment, type PlantedLine } from './plant-fragment.js';
import { readPage, type CodeBlock, type Page } from './rule-docs.js';

export interface Report {
  message: string;
  severity: 'error' | 'warning';
}

export interface Example {
  kind: 'Incorrect' | 'Correct';
  /** The page and the line of its first code block, as a reader finds it. */
  where: string;
  blocks: CodeBlock[];
  settings: ExampleSettings;
  /** What the page says it reports: for an Incorrect example, its Reports list; none for a Correct one. */
  reports: Report[];
  /** Set when the page itself breaks the convention (an Incorrect example without its Reports list, …). */
  problem?: string;
}

export interface ExampleSettings {
  /**
   * What a fragment is planted into: the minimal `prd` or `feature` ledger, or another of
   * tests/fixtures/ by its path (`clean/feature-completed.md`); `none`: the example is the whole ledger.
   */
  base?: string;
  /** The ledger's path, relative to the config (detection reads it). */
  path?: string;
  /** Config as a config file holds it. */
  config?: Record<string, unknown>;
  facts?: Record<string, unknown>;
}

const BASES: Record<string, string> = { prd: 'minimal/prd.md', feature: 'minimal/feature.md' };
const baseLedger = (base: string) => fixture(BASES[base] ?? base);
const SETTINGS = /^\s*<!--\s*example:\s*(\{.*\})\s*-->\s*$/;
const CODE_SPAN = /(`+)([^`]|[^`][^]*?[^`])\1(?!`)/;

/** The first code span of a line, as CommonMark reads it (one space on both sides stripped). */
function firstCodeSpan(text: string): string | null {
  const span = CODE_SPAN.exec(text);
  if (!span) return null;
  const content = span[2]!;
  return /^ .* $/.test(content) && content.trim() !== '' ? content.slice(1, -1) : content;
}

function reportsAfter(
  page: Page,
  line: number,
  defaultSeverity: Report['severity'],
): { reports: Report[]; next: number } {
  const reports: Report[] = [];
  let at = line + 1;
  for (; at <= page.lines.length; at++) {
    const text = page.lines[at - 1]!;
    if (text.trim() === '') continue;
    if (!/^\s*[-*] /.test(text)) break;
    const message = firstCodeSpan(text);
    const said = /\((warning|error)\)\s*$/.exec(text)?.[1] as Report['severity'] | undefined;
    if (message !== null) reports.push({ message, severity: said ?? defaultSeverity });
  }
  return { reports, next: at };
}

/** The examples under `## Examples` > `### Incorrect` and `### Correct` of one page. */
export function examplesOf(path: string, text: string, rule: Rule<unknown>): Example[] {
  const page = readPage(text);
  const defaultSeverity = rule.meta.defaultSeverity === 'warn' ? 'warning' : 'error';
  const examples: Example[] = [];
  const examplesAt = page.headings.find((h) => h.depth === 2 && h.text === 'Examples');
  if (!examplesAt) return examples;
  const end = page.headings.find((h) => h.depth <= 2 && h.line > examplesAt.line)?.line ?? page.lines.length + 1;
  for (const kind of ['Incorrect', 'Correct'] as const) {
    const start = page.headings.find(
      (h) => h.depth === 3 && h.text === kind && h.line > examplesAt.line && h.line < end,
    );
    if (!start) continue;
    const stop = page.headings.find((h) => h.depth <= 3 && h.line > start.line)?.line ?? end;
    examples.push(...examplesBetween(page, path, kind, start.line + 1, stop, defaultSeverity));
  }
  return examples;
}

function examplesBetween(
  page: Page,
  path: string,
  kind: Example['kind'],
  from: number,
  to: number,
  defaultSeverity: Report['severity'],
): Example[] {
  const examples: Example[] = [];
  let current: Example | null = null;
  let joinable = false;
  let settings: ExampleSettings = {};
  for (let line = from; line < to; line++) {
    const text = page.lines[line - 1]!;
    const block = page.blocks.find((b) => b.line === line);
    if (block) {
      if (block.lang === 'markdown') {
        if (current && joinable) current.blocks.push(block);
        else examples.push((current = { kind, where: `${path}:${line}`, blocks: [block], settings, reports: [] }));
        settings = {};
        joinable = true;
      } else {
        joinable = false;
      }
      while (line < to && page.inCode(line + 1)) line++;
      continue;
    }
    const declared = SETTINGS.exec(text);
    if (declared) {
      settings = JSON.parse(declared[1]!) as ExampleSettings;
      joinable = false;
      continue;
    }
    if (text.trim() === '') continue;
    joinable = false;
    if (/^Reports\b.*:\s*$/.test(text) && current) {
      const { reports, next } = reportsAfter(page, line, defaultSeverity);
      if (kind === 'Correct')
        current.problem = `${current.where}: a Correct example reports nothing, but a Reports list follows it`;
      else if (current.reports.length > 0) current.problem = `${current.where}: two Reports lists follow this example`;
      current.reports = reports;
      line = next - 1;
    }
  }
  for (const example of examples) {
    if (example.kind === 'Incorrect' && example.reports.length === 0)
      example.problem ??= `${example.where}: an Incorrect example is followed by "Reports:" and the list of its messages, each in backticks`;
  }
  return examples;
}

/** The example's code lines, numbered as the reader counts them (the blocks of an example one after the other). */
function shownLines(example: Example): PlantedLine[] {
  let shown = 0;
  return example.blocks.flatMap((block, index) =>
    block.text.split('\n').map((text) => ({ text, shown: ++shown, block: index })),
  );
}

function isWholeLedger(lines: PlantedLine[]): boolean {
  const first = lines.find((l) => l.text.trim() !== '')?.text ?? '';
  return /^# /.test(first) || /^---\s*$/.test(first);
}

/** The ledger the example stands for, line by line. */
export function ledgerOf(example: Example): PlantedLine[] {
  const lines = shownLines(example);
  const base = example.settings.base ?? (isWholeLedger(lines) ? 'none' : 'prd');
  return base === 'none' ? lines : plantFragment(baseLedger(base), lines);
}

/**
 * What the page's rule reports on the example, as the page writes it ("line N" counts the
 * example's own lines), and the reports at lines of the base the example does not show.
 */
export function runExample(ruleId: string, example: Example): { reports: Report[]; unseen: string[] } {
  const planted = ledgerOf(example);
  const text = planted.map((l) => l.text).join('\n');
  const base = example.settings.base === 'none' || !example.settings.base ? 'prd' : example.settings.base;
  const textOf = (source: TextSource): string | null =>
    source === null || typeof source === 'string'
      ? source
      : plantFragment(
          baseLedger(base),
          source.fragment.split('\n').map((t) => ({ text: t, shown: null, block: 0 })),
        )
          .map((l) => l.text)
          .join('\n');
  const facts = factsOf(example.settings.facts ?? {}, textOf);
  const prepared = prepareConfig(example.settings.config ?? {}, 'example config');
  const path = example.settings.path ?? 'ledger.md';
  const { profile } = prepared.pickProfile(path, text);
  if (!profile)
    throw new Error(
      `${example.where}: the example's ledger matches no profile; give its base or path in an <!-- example: {...} --> comment`,
    );
  const { messages } = lintText({ text, profile, rules: prepared.rulesFor(path, profile.name), facts });
  const shownAt = (line: number) => planted[line - 1]?.shown ?? line;
  const own = messages.filter((m) => m.ruleId === ruleId);
  return {
    reports: own.map((m) => ({
      message: m.message.replace(/\bline (\d+)/g, (_all, n: string) => `line ${shownAt(Number(n))}`),
      severity: m.severity === 2 ? 'error' : 'warning',
    })),
    unseen: own
      .filter((m) => planted[m.line - 1]?.shown == null)
      .map((m) => `line ${m.line} of the ledger it was planted into: ${m.message}`),
  };
}
