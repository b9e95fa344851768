import * as z from 'zod/mini';
import { gateBlockers } from '../gate.js';
import { ledgerStatus } from '../queries.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'completion-gate',
    description: 'A ledger in a done state has its tasks, checklists, blockers, progress, commits, key files and testing complete (what `ledgerlint gate` lists).',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, enabled, report }) {
    const { field, state } = ledgerStatus(ledger, profile);
    if (!field || !state?.done) return;
    for (const blocker of gateBlockers(ledger, profile, facts, enabled)) {
      // What another rule reports as an error anyway is not said twice.
      if (blocker.reportedAsError) continue;
      const { message, rule: _rule, reportedAsError: _error, ...at } = blocker;
      report({ message: `Status is ${state.name} but ${message}.`, ...at });
    }
  },
});
