import * as z from 'zod/mini';
import { keyFileProblems } from '../ledger/key-file-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'key-files',
    description:
      'Paths listed in Key Files and the PRD field exist (in --staged mode: in the index) and their line numbers are within the file.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    // Without path facts (no repository) nothing was looked up, so nothing is said.
    if (!facts.paths) return;
    for (const { ref: _ref, absent: _absent, ...finding } of keyFileProblems(ledger, profile, facts)) report(finding);
  },
});
