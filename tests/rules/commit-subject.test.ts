import type { CommitFact } from '../../src/core/model/facts.js';
import { historyFacts } from '../helpers/history-facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SUBJECT = 'feat: schedule retries with backoff';
const listing = (...lines: string[]) => prdLedger({ commits: lines });
/** The repository has 4364f9f (and its longer prefixes) with this subject. */
const repo = (subject = SUBJECT, ...written: string[]) =>
  historyFacts(
    (written.length > 0 ? written : ['4364f9f']).map((sha): [string, CommitFact] => [
      sha.toLowerCase(),
      { status: 'found', sha: `4364f9f${'0'.repeat(33)}`, subject, reachable: true },
    ]),
  );
const differs = (raw: string, listed: string, subject = SUBJECT) => ({
  line: raw,
  message: `Commit ${raw} is listed as "${listed}" but its subject is "${subject}".`,
  severity: 'warning' as const,
});

ruleTester('commit-subject', {
  valid: [
    { name: 'the subject as it is', text: listing(`- \`4364f9f\` - ${SUBJECT}`), facts: repo() },
    {
      name: 'case, runs of spaces and a full stop do not matter',
      text: listing('- `4364f9f` - Feat: Schedule  retries with backoff.'),
      facts: repo(),
    },
    {
      name: 'a shortened start, marked or not',
      text: listing(
        '- `4364f9f` - feat: schedule retries…',
        '- `4364f9f1` - feat: schedule retries...',
        '- `4364f9f10` - feat: schedule',
      ),
      facts: repo(SUBJECT, '4364f9f', '4364f9f1', '4364f9f10'),
    },
    {
      name: 'tags and dates beside the message are not part of it',
      text: listing(`- \`4364f9f\` - ${SUBJECT} [PRD-04 Task 1.2] (2026-03-04) ✓`),
      facts: repo(),
    },
    {
      name: 'a subject before the SHA, in a code span or as a conventional commit',
      text: listing(`- \`${SUBJECT}\` - 4364f9f`, `- ${SUBJECT} (\`4364f9f1\`)`),
      facts: repo(SUBJECT, '4364f9f', '4364f9f1'),
    },
    {
      name: 'the message column of a table',
      text: listing('| Commit | Message | Task |', '| --- | --- | --- |', `| 4364f9f | ${SUBJECT} | Task 1.2 |`),
      facts: repo(),
    },
    {
      name: 'a commit in a sentence has no message to compare',
      text: listing('- Merged as 4364f9f after review'),
      facts: repo(),
    },
    { name: 'a message that is only an ellipsis says nothing', text: listing('- `4364f9f` - …'), facts: repo() },
    {
      name: 'without facts (outside a repository) nothing is compared',
      text: listing('- `4364f9f` - fix: something else'),
    },
    {
      name: 'a commit the repository does not have is left to commit-exists',
      text: listing('- `4364f9f` - fix: something else'),
      facts: historyFacts([['4364f9f', { status: 'missing' }]]),
    },
    {
      name: 'a subject with its own tags, copied as it is',
      text: listing('- `4364f9f` - [PRD-04 Task 1.2] feat: schedule retries (Task 1.2) with backoff'),
      facts: repo('[PRD-04 Task 1.2] feat: schedule retries (Task 1.2) with backoff'),
    },
  ],
  invalid: [
    {
      name: 'another subject',
      text: listing(
        '- `8497191` - feat: add delivery_attempts table',
        '- `4364f9f` - fix: retry every failed delivery [PRD-04 Task 1.2]',
      ),
      facts: repo(),
      errors: [differs('4364f9f', 'fix: retry every failed delivery')],
    },
    {
      name: 'text added after the subject',
      text: listing(`- \`4364f9f\` - ${SUBJECT} (reviewed)`),
      facts: repo(),
      errors: [differs('4364f9f', `${SUBJECT} (reviewed)`)],
    },
    {
      name: 'a subject before the SHA, and in a table',
      text: listing(
        '- feat: describe retry schedule (`4364F9F`)',
        '',
        '| Commit | Message |',
        '| --- | --- |',
        '| 4364f9f1 | docs: retries |',
      ),
      facts: repo(SUBJECT, '4364F9F', '4364f9f1'),
      errors: [differs('4364F9F', 'feat: describe retry schedule'), differs('4364f9f1', 'docs: retries')],
    },
  ],
});
