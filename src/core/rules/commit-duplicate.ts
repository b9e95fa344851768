import * as z from 'zod/mini';
import type { CommitRef } from '../ledger/commit-refs.js';
import { commitRefs, spanOf } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'commit-duplicate',
    description: 'No commit is listed twice in one list of commits.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    // A commit named in a session's entry and again in the Git Commits list is listed once in each.
    const seen: Array<{ ref: CommitRef; id: string }> = [];
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha === null) continue;
      // Two prefixes of one commit are the same commit: compare resolved SHAs where known,
      // else only identical ones (a shorter prefix may name another commit).
      const fact = facts.commits?.bySha.get(ref.sha);
      const id = fact?.status === 'found' ? fact.sha : ref.sha;
      const first = seen.find((s) => s.id === id && s.ref.listing === ref.listing);
      if (first) {
        report({ message: `Commit ${ref.raw} is listed twice (first at line ${first.ref.line}).`, ...spanOf(ref) });
      } else {
        seen.push({ ref, id });
      }
    }
  },
});
