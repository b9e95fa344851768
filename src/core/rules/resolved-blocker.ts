import * as z from 'zod/mini';
import { currentBlockers, currentBlockersSection, resolvedBlockersSection } from '../ledger/blockers.js';
import { quoted } from '../text/wording.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'resolved-blocker',
    description:
      'A blocker marked resolved (struck through, ✅, "(resolved …)", Status: Resolved) is not left under Current Blockers.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const section = currentBlockersSection(ledger, profile);
    if (!section) return;
    const resolvedList = resolvedBlockersSection(ledger, section);
    const move = resolvedList ? `move it to ${resolvedList.title}` : `move it out of ${section.title}`;
    for (const blocker of currentBlockers(ledger, profile)) {
      if (blocker.resolved === null) continue;
      report({
        message: `${quoted(blocker.text)} is still listed under ${section.title}, but it ${blocker.resolved}; ${move}.`,
        line: blocker.line,
        column: blocker.column,
      });
    }
  },
});
