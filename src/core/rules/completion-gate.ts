import * as z from 'zod/mini';
import { gateBlockers } from '../engine/gate.js';
import { ledgerStatus } from '../ledger/status.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'completion-gate',
    description: 'A ledger in a done state has its tasks, checklists, blockers, progress, commits, key files and testing complete (what `ledgerlint gate` lists).',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, setting, report }) {
    const { field, state } = ledgerStatus(ledger, profile);
    if (!field || !state?.done) return;
    for (const blocker of gateBlockers(ledger, profile, facts, setting)) {
      // What another rule reports as an error anyway is not said twice; set to warn, it would not stop a done ledger.
      if (blocker.reportedAsError && blocker.rule && setting(blocker.rule)?.severity === 'error') continue;
      const { message, rule: _rule, reportedAsError: _error, ...at } = blocker;
      report({ message: `Status is ${state.name} but ${message}.`, ...at });
    }
  },
});
