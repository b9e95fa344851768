/**
 * Where a ledger lists commits, whatever its shape: every section whose title is about
 * commits, at any depth (`## Git Commits`, `### Commit` once per run, `#### Key Commits`),
 * fenced code in them, the list after a bold label about commits (`**Git commits:**`),
 * tables anywhere with a commit column, and SHAs right after the word commit in prose.
 * Read from the raw lines and the outline scan alone, so the references found before
 * parsing (to gather git facts for all ledgers at once) are the ones the rules read after.
 */
import type { CommitLists, NameSet } from '../profiles/compile.js';
import type { Outline } from '../profiles/detect.js';
import { blankHtmlComments } from '../text/inline.js';
import { lineContent } from '../text/lines.js';
import { nameKey } from '../text/names.js';
import {
  commitColumns,
  isTableSeparator,
  listLineRefs,
  mentionRefs,
  tableRowRefs,
  type CommitRef,
} from './commit-refs.js';

interface Open {
  /** The heading, label or table header line. */
  line: number;
}

interface LabelBlock extends Open {
  /** The indent of the label's own bullet: the list it opens is nested deeper. Null when the label is not a list item. */
  bulletIndent: number | null;
}

interface TableOpen extends Open {
  columns: { commit: number | null; message: number | null };
}

const BULLET = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
const ALONE_LABEL = /^\*\*([^*\n]{1,80}?)(?::\*\*|\*\*[ \t]*:)[ \t]*$/;

export function commitRefsInText(lines: readonly string[], outline: Outline, lists: CommitLists): CommitRef[] {
  const { titles, notLists, columns, examples } = lists;
  const listsCommits = (key: string) => hasWords(key, titles) && !hasWords(key, notLists);
  const namesCommit = (key: string) => listsCommits(key) || columns.includes(key);
  const headings = new Map(outline.headings.map((h) => [h.line, h]));
  const refs: CommitRef[] = [];
  let section: (Open & { depth: number }) | null = null;
  // A template's or an example's commits are made up: nothing under such a heading is read.
  let example: { depth: number } | null = null;
  let label: LabelBlock | null = null;
  let table: TableOpen | null = null;
  let inComment = false;
  for (let lineNo = outline.frontMatterEnd + 1; lineNo <= lines.length; lineNo++) {
    const heading = headings.get(lineNo);
    if (heading) {
      if (section && heading.depth <= section.depth) section = null;
      if (example && heading.depth <= example.depth) example = null;
      if (!example && examples.includes(heading.key)) example = { depth: heading.depth };
      if (!section && listsCommits(heading.key)) section = { line: lineNo, depth: heading.depth };
      label = table = null;
      continue;
    }
    if (example) continue;
    const fenced = outline.nonProse.has(lineNo);
    let text = lines[lineNo - 1]!;
    if (!fenced) ({ text, insideAtEnd: inComment } = blankHtmlComments(text, inComment));
    if (label && !labelGoesOn(label, text, fenced)) label = null;
    const listing = section?.line ?? label?.line ?? null;

    if (!fenced && /^\s*\|/.test(text)) {
      if (isTableSeparator(lines[lineNo] ?? '') && !isTableSeparator(text)) {
        table = { line: lineNo, columns: commitColumns(text, lists) };
        continue;
      }
      if (table && (table.columns.commit !== null || listing !== null)) {
        refs.push(...tableRowRefs(text, lineNo, listing ?? table.line, table.columns));
        continue;
      }
    } else {
      table = null;
    }
    if (listing !== null) {
      refs.push(...listLineRefs(text, lineNo, listing, namesCommit, !fenced && !BULLET.test(text)));
      continue;
    }
    if (fenced) continue;
    const opened = labelOpening(text, lineNo);
    if (opened && listsCommits(nameKey(opened.title))) label = opened;
    else refs.push(...mentionRefs(text, lineNo, namesCommit));
  }
  return refs;
}

/** A key holds one of the names as whole words ("key commits reviewed" holds "commits"). */
function hasWords(key: string, names: NameSet): boolean {
  const padded = ` ${key} `;
  return names.some((name) => padded.includes(` ${name} `));
}

/** A bold label alone on its line (`**Git commits:**`, `- **Commits:**`): what follows it may be its list. */
function labelOpening(text: string, line: number): (LabelBlock & { title: string }) | null {
  const label = ALONE_LABEL.exec(lineContent(text).content);
  if (!label) return null;
  const bulletIndent = BULLET.test(text) ? text.length - text.trimStart().length : null;
  return { line, bulletIndent, title: label[1]! };
}

/** Whether a line still belongs to the list after a label: blank lines, fenced code, its items and what is indented under them. */
function labelGoesOn(label: LabelBlock, text: string, fenced: boolean): boolean {
  if (fenced || text.trim() === '') return true;
  const indent = text.length - text.trimStart().length;
  if (label.bulletIndent !== null) return indent > label.bulletIndent;
  return BULLET.test(text) || indent >= 2 || /^\s*\|/.test(text);
}
