import * as z from 'zod/mini';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { commitRefs, spanOf } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-sha',
    description: 'Every commit listed in Git Commits is written as a SHA: 7 to 40 hexadecimal digits.',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha !== null || hasPlaceholder(ref.raw, profile)) continue;
      const digits = ref.raw.length;
      const problem = !/^[0-9a-f]+$/i.test(ref.raw)
        ? 'is not hexadecimal'
        : digits < 7
          ? `has only ${digits} digits; a SHA needs at least 7 to be looked up`
          : `has ${digits} digits; a SHA has at most 40 (64 in a SHA-256 repository)`;
      report({ message: `"${ref.raw}" is not a commit SHA: it ${problem}.`, ...spanOf(ref) });
    }
  },
});
