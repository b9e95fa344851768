import * as z from 'zod/mini';
import { conflictFindings } from '../ledger/claim-conflicts.js';
import { progressFindings, type ProgressOptions } from '../ledger/progress-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'conflicting-claims',
    description:
      'The same fact is not stated twice with different values: a summary line, a table row, a heading, front matter and the status agree; a total is the sum of its parts.',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, setting, report }) {
    // A claim the boxes prove wrong is progress-math's error; its disagreement with another claim is the same fault.
    const progress = setting('progress-math');
    const settled = new Set(
      progress
        ? progressFindings(ledger, profile, progress.options as ProgressOptions)
            .filter((f) => f.severity !== 'warning')
            .map((f) => f.line)
        : [],
    );
    for (const finding of conflictFindings(ledger, profile, settled)) report(finding);
  },
});
