import * as z from 'zod/mini';
import { progressFindings } from '../ledger/progress-checks.js';
import { described } from '../zod.js';
import { defineRule } from './rule.js';

const Options = z.strictObject({
  count: z.optional(
    described(
      z.enum(['top-level', 'all', 'leaves']),
      "Count a group's boxes only this way: top-level tasks, all boxes, or leaves only. Without it, the profile's ways (top-level for the templates; any of the three elsewhere).",
    ),
  ),
});

export default defineRule({
  meta: {
    id: 'progress-math',
    description:
      'Percentages match their own fractions and bars, and stated progress matches the boxes of the phase (or the whole) it is about.',
    defaultSeverity: 'error',
    fixable: true,
  },
  options: Options,
  check({ ledger, profile, options, report }) {
    for (const finding of progressFindings(ledger, profile, options)) report(finding);
  },
});
