import * as z from 'zod/mini';
import { commitRefs, foundCommits, spanOf } from '../ledger/refs.js';
import { rebasedHint } from '../ledger/rebased.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-reachable',
    description:
      'Every commit a ledger lists is on the current branch (reachable from HEAD), not left behind by a rebase.',
    defaultSeverity: 'warn',
    fixable: true,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    const refs = commitRefs(ledger, profile);
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (fact.reachable) continue;
      const rebased = rebasedHint(ledger, ref, refs, facts);
      const hint = rebased.hint || '; a rebase may have rewritten it, or its branch was abandoned';
      report({
        message: `Commit ${ref.raw} exists but is not reachable from HEAD${hint}.`,
        ...spanOf(ref),
        ...(rebased.fix ? { fix: rebased.fix } : {}),
      });
    }
  },
});
