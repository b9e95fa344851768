import * as z from 'zod/mini';
import { placeholdersIn } from '../ledger/placeholders.js';
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
    ledger.lines.text.forEach((line, index) => {
      if (!ledger.prose[index]) return;
      for (const hit of placeholdersIn(line, profile)) {
        const what = hit.label === hit.text ? `"${hit.text}"` : `"${hit.text}" (${hit.label})`;
        report({ message: `Template placeholder ${what} is still here; fill it in or remove it.`, line: index + 1, column: hit.start + 1, endLine: index + 1, endColumn: hit.end + 1 });
      }
    });
  },
});
