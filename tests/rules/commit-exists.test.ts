import type { CommitFact } from '../../src/core/model/facts.js';
import { historyCommit, historyFacts } from '../helpers/history-facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const NEW = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const OTHER = '8e7d6c5b4a39281706f5e4d3c2b1a09876543210';
const OLD = '1a2b3c4';
const missing = (sha: string): [string, CommitFact] => [sha, { status: 'missing' }];
const found = (sha: string, full: string, subject: string): [string, CommitFact] => [
  sha,
  { status: 'found', sha: full, subject, reachable: true },
];
const listing = (...lines: string[]) => prdLedger({ commits: lines });
const retries = historyCommit(NEW, 'feat: schedule retries with backoff [PRD-04 Task 1.2]');

ruleTester('commit-exists', {
  valid: [
    {
      name: 'a commit that exists',
      text: listing(`- \`${NEW.slice(0, 7)}\` - feat: x`),
      facts: historyFacts([found(NEW.slice(0, 7), NEW, 'feat: x')]),
    },
    { name: 'nothing known (outside a repository)', text: listing(`- \`${OLD}\` - feat: x`) },
  ],
  invalid: [
    {
      name: 'missing, and no commit on HEAD has its message: as before',
      text: listing(`- \`${OLD}\` - feat: invented`),
      facts: historyFacts([missing(OLD)], { sameSubject: [retries] }),
      errors: [{ line: OLD, message: `Commit ${OLD} does not exist in this repository.` }],
    },
    {
      name: 'missing, and one commit on HEAD has its subject: rebased, and the fix writes the new SHA',
      text: listing(`- \`${OLD}\` - feat: schedule retries with backoff [PRD-04 Task 1.2]`),
      facts: historyFacts([missing(OLD)], { sameSubject: [retries] }),
      errors: [
        {
          line: OLD,
          message: `Commit ${OLD} does not exist in this repository; rebased: now \`9f8e7d6\` (same subject, on this branch).`,
        },
      ],
      output: listing('- `9f8e7d6` - feat: schedule retries with backoff [PRD-04 Task 1.2]'),
    },
    {
      name: 'a full SHA is replaced by a full SHA; case, spacing and tags do not matter',
      text: listing(
        `| SHA | Message |\n| --- | --- |\n| ${'ab12'.repeat(10)} | Feat:  Schedule retries with backoff |`,
      ),
      facts: historyFacts([missing('ab12'.repeat(10))], { sameSubject: [retries] }),
      errors: [{ line: 'Feat:  Schedule', message: new RegExp(`rebased: now \`${NEW}\``) }],
      output: listing(`| SHA | Message |\n| --- | --- |\n| ${NEW} | Feat:  Schedule retries with backoff |`),
    },
    {
      name: 'a message marked shortened matches the start of a subject',
      text: listing(`- \`${OLD}\` - feat: schedule retries…`),
      facts: historyFacts([missing(OLD)], { sameSubject: [retries] }),
      errors: [{ line: OLD, message: /rebased: now `9f8e7d6`/ }],
      output: listing('- `9f8e7d6` - feat: schedule retries…'),
    },
    {
      name: 'a message not marked shortened must be the whole subject',
      text: listing(`- \`${OLD}\` - feat: schedule retries`),
      facts: historyFacts([missing(OLD)], { sameSubject: [retries] }),
      errors: [{ line: OLD, message: `Commit ${OLD} does not exist in this repository.` }],
    },
    {
      name: 'several commits with the subject: said, not fixed',
      text: listing(`- \`${OLD}\` - feat: schedule retries with backoff`),
      facts: historyFacts([missing(OLD)], {
        sameSubject: [retries, historyCommit(OTHER, 'feat: schedule retries with backoff')],
      }),
      errors: [
        {
          line: OLD,
          message: `Commit ${OLD} does not exist in this repository; it may have been rebased, but 2 commits on this branch have its subject (\`9f8e7d6\`, \`8e7d6c5\`).`,
        },
      ],
      output: listing(`- \`${OLD}\` - feat: schedule retries with backoff`),
    },
    {
      name: 'the new commit is listed already: said, not fixed',
      text: listing(
        `- \`${OLD}\` - feat: schedule retries with backoff`,
        `- \`${NEW.slice(0, 9)}\` - feat: schedule retries with backoff`,
      ),
      facts: historyFacts([missing(OLD), found(NEW.slice(0, 9), NEW, retries.subject)], { sameSubject: [retries] }),
      errors: [
        {
          line: OLD,
          message: /; rebased: now `9f8e7d6` \(same subject, on this branch\), which is listed at line \d+\.$/,
        },
      ],
      output: listing(
        `- \`${OLD}\` - feat: schedule retries with backoff`,
        `- \`${NEW.slice(0, 9)}\` - feat: schedule retries with backoff`,
      ),
    },
    {
      name: 'two missing commits with one subject: only the first is fixed',
      text: listing(
        `- \`${OLD}\` - feat: schedule retries with backoff`,
        '- `2b3c4d5` - feat: schedule retries with backoff',
      ),
      facts: historyFacts([missing(OLD), missing('2b3c4d5')], { sameSubject: [retries] }),
      errors: [
        { line: OLD, message: /rebased: now `9f8e7d6` \(same subject, on this branch\)\.$/ },
        {
          line: '2b3c4d5',
          message: /rebased: now `9f8e7d6` \(same subject, on this branch\), as is the commit at line \d+\.$/,
        },
      ],
      output: listing(
        '- `9f8e7d6` - feat: schedule retries with backoff',
        '- `2b3c4d5` - feat: schedule retries with backoff',
      ),
    },
    {
      name: 'a line without a message cannot be matched',
      text: listing(`- Merged as ${'ab12'.repeat(10)} after review.`),
      facts: historyFacts([missing('ab12'.repeat(10))], { sameSubject: [historyCommit(NEW, 'Merged as')] }),
      errors: [{ line: 'Merged as', message: `Commit ${'ab12'.repeat(10)} does not exist in this repository.` }],
    },
  ],
});
