import * as z from 'zod/mini';
import { openBlockers } from '../blockers.js';
import { checkboxesIn, describeItem, findSection, itemTextAfterId, ledgerStatus } from '../queries.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'completion-gate',
    description: 'A ledger in a done state has every task ticked, its completion checklist ticked and no open blockers.',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const { field, state } = ledgerStatus(ledger, profile);
    if (!field || !state?.done) return;
    const claim = `Status is ${state.name}`;
    const { tasks, completion } = profile.spec;

    const tasksSection = tasks ? findSection(ledger, profile, tasks.section) : undefined;
    if (tasksSection) {
      for (const item of checkboxesIn(ledger, tasksSection)) {
        if (item.checkbox!.state === 'done') continue;
        const state = item.checkbox!.state === 'open' ? 'open' : `marked ${item.checkbox!.marker}`;
        const rest = item.id ? itemTextAfterId(item) : '';
        report({ message: `${claim} but ${describeItem(item)} is ${state}${rest ? `: ${rest}` : ''}.`, line: item.line, column: item.checkbox!.column });
      }
    }

    for (const path of completion.checklists) {
      const checklist = findSection(ledger, profile, path);
      if (!checklist) continue; // required-sections reports the missing checklist
      for (const item of checkboxesIn(ledger, checklist)) {
        if (item.checkbox!.state === 'done') continue;
        report({ message: `${claim} but "${item.text}" in ${checklist.title} is not ticked.`, line: item.line, column: item.checkbox!.column });
      }
    }

    for (const blocker of openBlockers(ledger, profile)) {
      report({ message: `${claim} but a current blocker is still open: ${blocker.text}`, line: blocker.line, column: blocker.column });
    }
  },
});
