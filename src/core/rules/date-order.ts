import * as z from 'zod/mini';
import { dateFindings } from '../ledger/date-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'date-order',
    description:
      'Last Updated (or Updated, updated_date) is not before Started (or Created, created_date), whatever the date formats.',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    for (const finding of dateFindings(ledger, profile)) report(finding);
  },
});
