import * as z from 'zod/mini';
import { repositoryPath, type KeyFileRef } from '../ledger/key-file-refs.js';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { keyFileRefs, refusalReason, spanOf } from '../ledger/refs.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'key-files',
    description: 'Paths listed in Key Files and the PRD field exist (in --staged mode: in the index) and their line numbers are within the file.',
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
      const where = repositoryPath(ref, paths.ledgerDirectory ?? null);
      if (!where) continue;
      const noun = ref.field ? `${ref.field} file` : 'Key file';
      if (where.outside) {
        report({ message: `${noun} ${ref.path} is outside the repository; ${ref.field ? 'only repository paths are looked up' : 'key files are repository paths'}.`, ...at });
        continue;
      }
      const fact = paths.byPath.get(where.path);
      if (!fact) continue;
      const name = `${noun} ${shown(ref, where.path)}`;
      if (fact.exists === null) {
        report({ message: `${name} ${refusalReason(fact.refused)}; it was not looked at.`, ...at });
        continue;
      }
      if (!fact.exists) {
        report({ message: `${name} does not exist in the ${paths.source}.`, ...at });
        continue;
      }
      if (!ref.lines) continue;
      const { start, end } = ref.lines;
      if (fact.kind === 'directory') {
        report({ message: `${where.path} is a directory, so ${ref.raw} names no lines.`, ...at });
      } else if (start < 1) {
        report({ message: `${ref.raw}: lines are numbered from 1.`, ...at });
      } else if (end < start) {
        report({ message: `${ref.raw}: the line range ${start}-${end} runs backwards.`, ...at });
      } else if (fact.lines !== null && end > fact.lines) {
        report({ message: `${ref.raw} points past the end of ${where.path}, which has ${fact.lines} line${fact.lines === 1 ? '' : 's'}.`, ...at });
      }
    }
  },
});

/** The repository path, and how a link wrote it when that differs (`src/a.ts (linked as ../../src/a.ts)`). */
function shown(ref: KeyFileRef, path: string): string {
  return path === ref.path ? path : `${path} (linked as ${ref.path})`;
}
