import * as z from 'zod/mini';
import { checkboxesIn, findSection } from '../ledger/sections.js';
import { commitRefs, ledgerPrdNumber } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-task',
    description:
      "The task a commit names ([PRD-07 Task 1.1]) exists in the ledger, and the PRD it names is the ledger's own.",
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const refs = commitRefs(ledger, profile);
    if (refs.length === 0) return;
    const tasksSection = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
    const ids = new Set(tasksSection ? checkboxesIn(ledger, tasksSection).flatMap((t) => (t.id ? [t.id] : [])) : []);
    const prd = ledgerPrdNumber(ledger, profile);
    const reported = new Set<string>();
    for (const ref of refs) {
      const at = { line: ref.line, column: ref.column };
      // Without numbered tasks there is nothing to hold a task reference against.
      for (const task of ids.size > 0 ? ref.tasks : []) {
        if (ids.has(task) || reported.has(`${ref.line}:${task}`)) continue;
        reported.add(`${ref.line}:${task}`);
        report({
          message: `Commit ${ref.raw} names Task ${task}, but ${tasksSection!.title} has no Task ${task}.`,
          ...at,
        });
      }
      for (const other of prd === null ? [] : ref.prds) {
        if (other === prd || reported.has(`${ref.line}:PRD${other}`)) continue;
        reported.add(`${ref.line}:PRD${other}`);
        report({
          message: `Commit ${ref.raw} names PRD ${other}, but this ledger is PRD ${prd}.`,
          ...at,
          severity: 'warning',
        });
      }
    }
  },
});
