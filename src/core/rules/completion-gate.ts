import * as z from 'zod/mini';
import { gateBlockers } from '../ledger/completion.js';
import { ledgerStatus } from '../ledger/status.js';
import { statusAsWritten } from '../ledger/status-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'completion-gate',
    description:
      'A ledger in a done state has its tasks, checklists, blockers, progress, commits, key files and testing complete (what `ledgerlint gate` lists).',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, setting, report }) {
    const { state, statement } = ledgerStatus(ledger, profile);
    if (!state?.done) return;
    const said = statement ? statusAsWritten(statement) : state.name;
    // "✅ Complete — only the Safari check is left": the status itself owns up to what is open; worth a warning, not an error.
    const hedge = statement?.qualifier
      ? { note: ` (the status says: "${statement.qualifier}")`, severity: 'warning' as const }
      : null;
    for (const { message, rule, restated, ...at } of gateBlockers(ledger, profile, facts, setting)) {
      // What another rule reports at this place anyway is said once: the engine keeps the stronger of the two.
      const restates = restated && rule ? { restates: rule } : {};
      report({
        message: `Status is ${said} but ${message}${hedge?.note ?? ''}.`,
        ...at,
        ...(hedge ? { severity: hedge.severity } : {}),
        ...restates,
      });
    }
  },
});
