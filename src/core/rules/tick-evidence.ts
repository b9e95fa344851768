import * as z from 'zod/mini';
import type { FileHistory, TouchingCommit } from '../model/facts.js';
import type { ListItem } from '../model/document.js';
import { foundCommits, ledgerPrdNumber, spanOf } from '../ledger/refs.js';
import { looksLikeFile, sameWork, tickedFiles } from '../ledger/task-files.js';
import { describeItem } from '../ledger/tasks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'tick-evidence',
    description:
      'A ticked task that names a file has evidence in history: a commit the ledger lists, or one naming the task, touched that file.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    const evidence = facts.evidence;
    if (!evidence) return;
    const ticked = tickedFiles(ledger, profile);
    if (ticked.length === 0) return;
    const listed = new Set(foundCommits(ledger, profile, facts).map(({ fact }) => fact.sha));
    const prd = ledgerPrdNumber(ledger, profile);
    // A commit naming another PRD's Task 1.2 is not about this ledger's.
    const names = (commit: TouchingCommit, id: string | null) =>
      id !== null &&
      commit.tasks.some((task) => sameWork(task, id)) &&
      (prd === null || commit.prds.length === 0 || commit.prds.includes(prd));
    // Nothing to judge against: no commit listed, none naming a task. Only a file nobody ever made is said then.
    const namesSomeTask = (commit: TouchingCommit) => ticked.some(({ task }) => names(commit, task.id));
    const judged =
      listed.size > 0 || ticked.some(({ ref }) => evidence.byPath.get(ref.path)?.commits.some(namesSomeTask));
    const where = facts.paths?.source ?? 'working tree';

    for (const { task, ref } of ticked) {
      const history = evidence.byPath.get(ref.path);
      if (!history || history.staged || history.commits.some((c) => listed.has(c.sha) || names(c, task.id))) continue;
      const path = facts.paths?.byPath.get(ref.path);
      if (path?.exists === null || (path?.exists && path.kind === 'directory')) continue;
      const missing = path?.exists === false;
      // A name neither the tree nor history knows may be no file at all: a setting (`retry.max`), a package (`packages/fees`).
      if (history.last === null && path?.exists !== true && !looksLikeFile(ref.path)) continue;
      if (!judged || (listed.size === 0 && task.id === null)) {
        if (missing && history.last === null) {
          report({
            message: `${describeItem(task)} is ticked, but ${ref.path} does not exist in the ${where} and no commit ever touched it.`,
            ...spanOf(ref),
          });
        }
        continue;
      }
      report({
        message: `${describeItem(task)} is ticked without evidence: ${notTouched(task, ref.path, listed.size)}${lastSeen(history, missing, where)}.`,
        ...spanOf(ref),
      });
    }
  },
});

/** Which commits were looked at, and that none touched the file. */
function notTouched(task: ListItem, path: string, listed: number): string {
  if (task.id)
    return `${path} was touched by no commit that the ledger lists (${listed === 0 ? 'it lists none' : `${listed} commit${listed === 1 ? '' : 's'}`}) or whose message names ${describeItem(task)}`;
  return listed === 1
    ? `${path} was not touched by the commit the ledger lists`
    : `${path} was not touched by any of the ${listed} commits the ledger lists`;
}

function lastSeen(history: FileHistory, missing: boolean, where: string): string {
  const last =
    history.last === null
      ? 'no commit ever touched it'
      : `it was last changed by ${history.last.slice(0, 7)}, which the ledger does not list`;
  return missing ? `; it does not exist in the ${where}, and ${last.replace(/^it was/, 'was')}` : `; ${last}`;
}
