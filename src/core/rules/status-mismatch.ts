import * as z from 'zod/mini';
import { statusFindings } from '../ledger/status-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'status-mismatch',
    description:
      'A phase marked done has no open tasks; a status still In Progress or Planned when the work says otherwise is reported as lagging.',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    for (const finding of statusFindings(ledger, profile)) report(finding);
  },
});
