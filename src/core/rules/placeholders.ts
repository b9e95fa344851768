import * as z from 'zod/mini';
import { placeholderFindings } from '../ledger/placeholders.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'placeholders',
    description: 'No template text is left unfilled ([Feature Name], YYYY-MM-DD, XX, example SHAs, …).',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    for (const finding of placeholderFindings(ledger, profile)) report(finding);
  },
});
