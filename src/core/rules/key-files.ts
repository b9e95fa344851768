import * as z from 'zod/mini';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { keyFileRefs, refusalReason, spanOf } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'key-files',
    description: 'Paths listed in Key Files exist (in --staged mode: in the index) and their line numbers are within the file.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    const paths = facts.paths;
    if (!paths) return;
    for (const ref of keyFileRefs(ledger, profile)) {
      if (hasPlaceholder(ref.raw, profile)) continue;
      const at = spanOf(ref);
      if (ref.outside) {
        report({ message: `Key file ${ref.path} is outside the repository; key files are repository paths.`, ...at });
        continue;
      }
      const fact = paths.byPath.get(ref.path);
      if (!fact) continue;
      if (fact.exists === null) {
        report({ message: `Key file ${ref.path} ${refusalReason(fact.refused)}; it was not looked at.`, ...at });
        continue;
      }
      if (!fact.exists) {
        report({ message: `Key file ${ref.path} does not exist in the ${paths.source}.`, ...at });
        continue;
      }
      if (!ref.lines) continue;
      const { start, end } = ref.lines;
      if (fact.kind === 'directory') {
        report({ message: `${ref.path} is a directory, so ${ref.raw} names no lines.`, ...at });
      } else if (start < 1) {
        report({ message: `${ref.raw}: lines are numbered from 1.`, ...at });
      } else if (end < start) {
        report({ message: `${ref.raw}: the line range ${start}-${end} runs backwards.`, ...at });
      } else if (fact.lines !== null && end > fact.lines) {
        report({ message: `${ref.raw} points past the end of ${ref.path}, which has ${fact.lines} line${fact.lines === 1 ? '' : 's'}.`, ...at });
      }
    }
  },
});
