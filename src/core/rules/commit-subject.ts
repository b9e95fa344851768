import * as z from 'zod/mini';
import { subjectKey } from '../ledger/history.js';
import { foundCommits, spanOf } from '../ledger/refs.js';
import { trimEndOf } from '../text/names.js';
import { defineRule } from './rule.js';

/** Case and spacing do not matter, nor a trailing ellipsis on a shortened subject. */
const normalise = (subject: string) =>
  trimEndOf(
    subject
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/(?:\.\.\.|…)$/, ''),
    ' .',
  );

export default defineRule({
  meta: {
    id: 'commit-subject',
    description: "The subject written beside a commit matches the commit's real subject (a shortened prefix is fine).",
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, report }) {
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (ref.message === '') continue;
      const listed = normalise(ref.message);
      // The listed message lost its tags when it was read; a subject that has its own ([PRD-04 Task 1.2] feat: x) is read alike.
      if (
        listed === '' ||
        [fact.subject, subjectKey(fact.subject)].some((subject) => normalise(subject).startsWith(listed))
      )
        continue;
      report({
        message: `Commit ${ref.raw} is listed as "${ref.message}" but its subject is "${fact.subject}".`,
        ...spanOf(ref),
      });
    }
  },
});
