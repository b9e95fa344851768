import * as z from 'zod/mini';
import type { CommitRef } from '../ledger/commit-refs.js';
import { commitRefs, spanOf } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-duplicate',
    description: 'No commit is listed twice in Git Commits.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    const seen: Array<{ ref: CommitRef; id: string }> = [];
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha === null) continue;
      // Two prefixes of one commit are the same commit: compare resolved SHAs where known,
      // else only identical ones (a shorter prefix may name another commit).
      const fact = facts.commits?.bySha.get(ref.sha);
      const id = fact?.status === 'found' ? fact.sha : ref.sha;
      const first = seen.find((s) => s.id === id);
      if (first) {
        report({ message: `Commit ${ref.raw} is listed twice (first at line ${first.ref.line}).`, ...spanOf(ref) });
      } else {
        seen.push({ ref, id });
      }
    }
  },
});
