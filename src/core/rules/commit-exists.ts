import * as z from 'zod/mini';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { commitRefs, spanOf } from '../ledger/refs.js';
import { rebasedHint } from '../ledger/rebased.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-exists',
    description:
      'Every commit a ledger lists exists in the repository, and a short SHA names exactly one commit; a rebased one is named by its new SHA.',
    defaultSeverity: 'error',
    fixable: true,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    const commits = facts.commits;
    if (!commits) return;
    let noticed = false;
    const refs = commitRefs(ledger, profile);
    for (const ref of refs) {
      if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue;
      const fact = commits.bySha.get(ref.sha);
      const at = spanOf(ref);
      if (fact?.status === 'missing') {
        const rebased = rebasedHint(ledger, ref, refs, facts);
        report({
          message: `Commit ${ref.raw} does not exist in this repository${rebased.hint}.`,
          ...at,
          ...(rebased.fix ? { fix: rebased.fix } : {}),
        });
      } else if (fact?.status === 'ambiguous') {
        const shown = fact.candidates.slice(0, 5).map((c) => c.slice(0, Math.max(12, ref.raw.length + 2)));
        const more = fact.candidates.length > 5 ? ` and ${fact.candidates.length - 5} more` : '';
        report({
          message: `Commit ${ref.raw} is ambiguous: it could be ${shown.join(', ')}${more}; write more digits.`,
          ...at,
        });
      } else if (fact?.status === 'unverifiable' && !noticed && commits.shallowNotice?.sha === ref.sha) {
        noticed = true;
        const others = commits.shallowNotice.others;
        const also = others > 0 ? ` (nor ${others} other commit${others === 1 ? '' : 's'} in this run)` : '';
        report({
          message: `Commit ${ref.raw} cannot be verified: the clone is shallow${also}; fetch full history (actions/checkout: fetch-depth: 0).`,
          ...at,
          severity: 'warning',
        });
      }
    }
  },
});
