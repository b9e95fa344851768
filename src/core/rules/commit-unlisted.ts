import * as z from 'zod/mini';
import { commitLineWriter } from '../ledger/commit-lines.js';
import { unlistedCommits, type Naming } from '../ledger/history.js';
import { findSection } from '../ledger/sections.js';
import { defineRule } from './rule.js';

function because(naming: Naming): string {
  if (naming.by === 'task') return `names PRD ${naming.prd} ${naming.tasks.map((t) => `Task ${t}`).join(', ')}`;
  if (naming.by === 'trailer') return `carries "Ledger-Task: ${naming.value}"`;
  return `is on ${naming.branch}, this ledger's Branch,`;
}

export default defineRule({
  meta: {
    id: 'commit-unlisted',
    description:
      'Commits on the branch that name this ledger (its PRD and a task, a Ledger-Task trailer, its Branch) are listed in Git Commits.',
    defaultSeverity: 'warn',
    fixable: true,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    const unlisted = unlistedCommits(ledger, profile, facts);
    if (unlisted.length === 0) return;
    const name = profile.spec.commits?.section;
    const section = name ? findSection(ledger, profile, name) : undefined;
    const writer = section ? commitLineWriter(ledger, profile, section) : null;
    let written = 0;
    for (const { commit, naming } of unlisted) {
      const line = writer?.line(commit, written) ?? null;
      if (line !== null) written++;
      report({
        message: `Commit ${commit.sha.slice(0, 7)} "${commit.subject}" ${because(naming)} but is not listed in ${section?.title ?? name ?? 'the ledger'}.`,
        line: section?.line ?? ledger.title?.line ?? 1,
        column: section?.column ?? 1,
        ...(writer && line !== null ? { fix: { start: writer.at, end: writer.at, text: `${writer.eol}${line}` } } : {}),
      });
    }
  },
});
