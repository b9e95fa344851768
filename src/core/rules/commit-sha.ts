import * as z from 'zod/mini';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { commitRefs, spanOf } from '../ledger/refs.js';
import { SHA_DIGITS } from '../text/sha.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-sha',
    description: `Every commit a ledger lists is written as a SHA: ${SHA_DIGITS.min} to ${SHA_DIGITS.sha1} hexadecimal digits, or ${SHA_DIGITS.sha256}.`,
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
        : digits < SHA_DIGITS.min
          ? `has only ${digits} digits; a SHA needs at least ${SHA_DIGITS.min} to be looked up`
          : `has ${digits} digits; a SHA has ${SHA_DIGITS.min} to ${SHA_DIGITS.sha1}, or all ${SHA_DIGITS.sha256} of a SHA-256 name`;
      report({ message: `"${ref.raw}" is not a commit SHA: it ${problem}.`, ...spanOf(ref) });
    }
  },
});
