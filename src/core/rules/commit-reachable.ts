import * as z from 'zod/mini';
import { foundCommits, spanOf } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-reachable',
    description: 'Every commit a ledger lists is on the current branch (reachable from HEAD), not left behind by a rebase.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (fact.reachable) continue;
      const hint = fact.rewrittenAs
        ? `; a rebase may have rewritten it: ${fact.rewrittenAs.slice(0, Math.max(7, ref.raw.length))} on this branch has the same subject`
        : '; a rebase may have rewritten it, or its branch was abandoned';
      report({ message: `Commit ${ref.raw} exists but is not reachable from HEAD${hint}.`, ...spanOf(ref) });
    }
  },
});
