/**
 * Reading the rules' documentation as data: the pages in docs/rules/ (their headings,
 * metadata table and code blocks) and the README's table of rules. For the parity and
 * docs-example tests; markdown is read line by line, code blocks set aside, as a reader sees it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const ROOT = new URL('../../', import.meta.url);
export const RULE_DOCS = new URL('docs/rules/', ROOT);
export const RULE_SOURCES = new URL('src/core/rules/', ROOT);
export const RULE_TESTS = new URL('tests/rules/', ROOT);

/** The headings every rule's page has, in this order (ESLint's and markdownlint's pages are alike). */
export const PAGE_HEADINGS = [
  '## What it reports',
  '## Examples',
  '### Incorrect',
  '### Correct',
  '## Options',
  '## Disabling',
] as const;

export interface Heading {
  depth: number;
  /** As written after the hashes. */
  text: string;
  line: number;
}

export interface CodeBlock {
  /** The info string's first word (`markdown`, `json`), '' when none. */
  lang: string;
  /** The content, without the fences. */
  text: string;
  /** Line of the opening fence. */
  line: number;
}

/** A markdown page as headings, code blocks and the lines of prose between them. */
export interface Page {
  lines: string[];
  headings: Heading[];
  blocks: CodeBlock[];
  /** Whether a line (1-based) is inside a code block, fences included. */
  inCode: (line: number) => boolean;
}

const FENCE = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/;

export function readPage(text: string): Page {
  const lines = text.split(/\r?\n/);
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  const code = new Set<number>();
  let open: { fence: string; lang: string; line: number; body: string[] } | null = null;
  lines.forEach((line, index) => {
    const number = index + 1;
    const fence = FENCE.exec(line);
    if (open) {
      code.add(number);
      const closing = line.trim();
      if (closing.startsWith(open.fence) && /^[`~]+$/.test(closing) && closing[0] === open.fence[0]) {
        blocks.push({ lang: open.lang, text: open.body.join('\n'), line: open.line });
        open = null;
      } else {
        open.body.push(line);
      }
    } else if (fence) {
      code.add(number);
      open = { fence: fence[1]!, lang: fence[2]!, line: number, body: [] };
    } else {
      const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) headings.push({ depth: heading[1]!.length, text: heading[2]!, line: number });
    }
  });
  return { lines, headings, blocks, inCode: (line) => code.has(line) };
}

export function ruleIdsWithSource(): string[] {
  return readdirSync(RULE_SOURCES)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'rule.ts')
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();
}

export function ruleIdsWithDocs(): string[] {
  return readdirSync(RULE_DOCS)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

export function readIfThere(url: URL): string | null {
  return existsSync(url) ? readFileSync(url, 'utf8') : null;
}

export function rulePage(id: string): { path: string; text: string | null } {
  return { path: `docs/rules/${id}.md`, text: readIfThere(new URL(`${id}.md`, RULE_DOCS)) };
}

/** The page's metadata table (`| Default severity | \`error\` (…) |`), by its first column. */
export function metadataOf(page: Page): Map<string, string> {
  const rows = new Map<string, string>();
  page.lines.forEach((line, index) => {
    if (page.inCode(index + 1)) return;
    const row = /^\|\s*([^|]+?)\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    if (row && !rows.has(row[1]!)) rows.set(row[1]!, row[2]!);
  });
  return rows;
}

export interface ReadmeRow {
  id: string;
  /** The id in the link's page name, docs/rules/<page>.md. */
  page: string;
  /** Marked 🔧 (`--fix` corrects it). */
  fixable: boolean;
  /** The Default column as written: `error (some: warning)`. */
  severity: string;
  line: number;
}

/** The rows of the README's rules table (under `## Rules`): `| [\`id\`](docs/rules/id.md) 🔧 | … | error |`. */
export function readmeRules(readme: string): ReadmeRow[] {
  const page = readPage(readme);
  const start = page.headings.find((h) => h.depth === 2 && h.text === 'Rules');
  if (!start) return [];
  const end = page.headings.find((h) => h.depth <= 2 && h.line > start.line)?.line ?? page.lines.length + 1;
  const rows: ReadmeRow[] = [];
  for (let line = start.line + 1; line < end; line++) {
    const row = /^\|\s*\[`([\w-]+)`\]\(docs\/rules\/([\w-]+)\.md\)(\s*🔧)?\s*\|.*\|\s*([^|]+?)\s*\|\s*$/u.exec(
      page.lines[line - 1]!,
    );
    if (row) rows.push({ id: row[1]!, page: row[2]!, fixable: row[3] !== undefined, severity: row[4]!, line });
  }
  return rows;
}
