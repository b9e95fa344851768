import type { CommitFact, Facts, HistoryCommit, HistoryFacts } from '../../src/core/model/facts.js';
import { historyCommit as commit, historyFacts } from '../helpers/history-facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const A = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const B = 'b2c3d4e5f60718293a4b5c6d7e8f901234567890';
const C = 'c3d4e5f60718293a4b5c6d7e8f90123456789012';

const facts = (
  onBranch: HistoryCommit[],
  more: Partial<HistoryFacts> = {},
  bySha: Array<[string, CommitFact]> = [],
): Facts => historyFacts(bySha, { onBranch, ...more });
const LISTED = '- `4be19c2` - feat: add delivery_attempts table [PRD-04 Task 1.1]';
const listing = (...lines: string[]) => prdLedger({ commits: lines });
const withBranch = (text: string, branch: string) =>
  text.replace('**Status:**', `**Branch:** \`${branch}\`\n\n**Status:**`);
const found = (sha: string, subject: string, reachable = true): [string, CommitFact] => [
  sha.slice(0, 7),
  { status: 'found', sha, subject, reachable },
];

ruleTester('commit-unlisted', {
  valid: [
    {
      name: 'every commit naming the ledger is listed, under a short SHA',
      text: listing(`- \`${A.slice(0, 7)}\` - feat: retries [PRD-04 Task 1.2]`),
      facts: facts([commit(A, 'feat: retries [PRD-04 Task 1.2]')]),
    },
    { name: 'no history read', text: listing(LISTED) },
    {
      name: 'silenced on the heading, as its page says',
      text: listing(LISTED).replace(
        '## Git Commits',
        '<!-- ledgerlint-disable-next-line commit-unlisted -- listed in the release notes -->\n## Git Commits',
      ),
      facts: facts([commit(A, 'feat: retries [PRD-04 Task 1.2]')]),
    },
    { name: 'another PRD', text: listing(LISTED), facts: facts([commit(A, 'feat: invoices [PRD-05 Task 1.2]')]) },
    {
      name: 'a task without a PRD names no ledger',
      text: listing(LISTED),
      facts: facts([commit(A, 'feat: Task 1.2 retries')]),
    },
    {
      name: 'a PRD without a task names no task',
      text: listing(LISTED),
      facts: facts([commit(A, 'docs: PRD-04 wording')]),
    },
    {
      name: "the ledger's own upkeep",
      text: listing(LISTED),
      facts: facts([
        commit(A, 'docs: ledger [PRD-04 Task 1.2]', { changes: { files: 1, only: 'docs/ledger.md' } }),
        commit(B, 'chore: empty [PRD-04 Task 1.2]', { changes: { files: 0, only: null } }),
      ]),
    },
    {
      name: 'a trailer naming another ledger',
      text: listing(LISTED),
      facts: facts([commit(A, 'feat: x', { ledgerTasks: ['docs/other.md Task 1.2'] })]),
    },
    {
      name: 'the Branch, but HEAD is on the default branch',
      text: withBranch(listing(LISTED), 'feature/retries'),
      facts: facts([commit(A, 'feat: x')], { scope: 'window' }),
    },
    {
      name: 'another Branch',
      text: withBranch(listing(LISTED), 'feature/other'),
      facts: facts([commit(A, 'feat: x')]),
    },
    {
      name: 'on the Branch, but naming another PRD',
      text: withBranch(listing(LISTED), 'feature/retries'),
      facts: facts([commit(A, 'feat: invoices [PRD-05 Task 1.1]')]),
    },
    {
      name: 'the commit a listed one became through a rebase is left to commit-exists',
      text: listing(`- \`${C.slice(0, 7)}\` - feat: retries [PRD-04 Task 1.2]`),
      facts: facts(
        [commit(A, 'feat: retries [PRD-04 Task 1.2]')],
        { sameSubject: [commit(A, 'feat: retries [PRD-04 Task 1.2]')] },
        [[C.slice(0, 7), { status: 'missing' }]],
      ),
    },
  ],
  invalid: [
    {
      name: 'a commit naming a task of the ledger, appended in the list format',
      text: listing(LISTED),
      facts: facts([commit(A, 'feat: schedule retries [PRD-04 Task 1.2]')]),
      errors: [
        {
          line: '## Git Commits',
          message: `Commit a1b2c3d "feat: schedule retries [PRD-04 Task 1.2]" names PRD 4 Task 1.2 but is not listed in Git Commits.`,
          severity: 'warning',
        },
      ],
      output: listing(LISTED, '- `a1b2c3d` - feat: schedule retries [PRD-04 Task 1.2]'),
    },
    {
      name: 'several, appended oldest first, with as many digits as the list writes',
      text: listing('- `4be19c2a` - feat: add delivery_attempts table [PRD-04 Task 1.1]'),
      facts: facts([commit(B, 'feat: alert [PRD-04 Task 2.2]'), commit(A, 'feat: dashboard [PRD-04 Task 2.1]')]),
      errors: [
        { line: '## Git Commits', message: /^Commit a1b2c3d "feat: dashboard/, severity: 'warning' },
        { line: '## Git Commits', message: /^Commit b2c3d4e "feat: alert/, severity: 'warning' },
      ],
      output: listing(
        '- `4be19c2a` - feat: add delivery_attempts table [PRD-04 Task 1.1]',
        '- `a1b2c3d4` - feat: dashboard [PRD-04 Task 2.1]',
        '- `b2c3d4e5` - feat: alert [PRD-04 Task 2.2]',
      ),
    },
    {
      name: "a Ledger-Task trailer with the ledger's path",
      text: listing(LISTED),
      facts: facts([commit(A, 'feat: retries', { ledgerTasks: ['docs/ledger.md Task 1.2'] })]),
      errors: [
        {
          line: '## Git Commits',
          message:
            'Commit a1b2c3d "feat: retries" carries "Ledger-Task: docs/ledger.md Task 1.2" but is not listed in Git Commits.',
          severity: 'warning',
        },
      ],
      output: listing(LISTED, '- `a1b2c3d` - feat: retries'),
    },
    {
      name: "a Ledger-Task trailer with the ledger's PRD and a task",
      text: listing(LISTED),
      facts: facts([commit(A, 'feat: retries', { ledgerTasks: ['PRD-04 Task 1.2'] })]),
      errors: [
        {
          line: '## Git Commits',
          message:
            'Commit a1b2c3d "feat: retries" carries "Ledger-Task: PRD-04 Task 1.2" but is not listed in Git Commits.',
          severity: 'warning',
        },
      ],
      output: listing(LISTED, '- `a1b2c3d` - feat: retries'),
    },
    {
      name: "a commit on the ledger's Branch",
      text: withBranch(listing(LISTED), 'feature/retries'),
      facts: facts([commit(A, 'fix: jitter')]),
      errors: [
        {
          line: '## Git Commits',
          message:
            'Commit a1b2c3d "fix: jitter" is on feature/retries, this ledger\'s Branch, but is not listed in Git Commits.',
          severity: 'warning',
        },
      ],
      output: withBranch(listing(LISTED, '- `a1b2c3d` - fix: jitter'), 'feature/retries'),
    },
    {
      name: 'a table: a row with the SHA, the subject and the task, other cells empty',
      text: listing(
        '| Commit | Task | Message | Date |',
        '| --- | --- | --- | --- |',
        '| `4be19c2` | Task 1.1 | feat: add delivery_attempts table | 2026-03-02 |',
      ),
      facts: facts([commit(A, 'feat: retries | backoff [PRD-04 Task 1.2]')]),
      errors: [{ line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' }],
      output: listing(
        '| Commit | Task | Message | Date |',
        '| --- | --- | --- | --- |',
        '| `4be19c2` | Task 1.1 | feat: add delivery_attempts table | 2026-03-02 |',
        '| `a1b2c3d` | Task 1.2 | feat: retries \\| backoff [PRD-04 Task 1.2] |  |',
      ),
    },
    {
      name: 'a numbered list with the subject first',
      text: listing('1. feat: add delivery_attempts table (`4be19c2`)'),
      facts: facts([commit(A, 'feat: retries [PRD-04 Task 1.2]'), commit(B, '[x] odd subject [PRD-04 Task 1.3]')]),
      errors: [
        { line: '## Git Commits', message: /^Commit b2c3d4e /, severity: 'warning' },
        { line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' },
      ],
      output: listing(
        '1. feat: add delivery_attempts table (`4be19c2`)',
        '2. \\[x] odd subject [PRD-04 Task 1.3] (`b2c3d4e`)',
        '3. feat: retries [PRD-04 Task 1.2] (`a1b2c3d`)',
      ),
    },
    {
      name: 'SHA and subject in one code span; a subject with an HTML comment is written harmless',
      text: listing('- `4be19c2 feat: add delivery_attempts table`'),
      facts: facts([commit(A, 'feat: x <!-- ledgerlint-disable --> [PRD-04 Task 1.2]')]),
      errors: [{ line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' }],
      output: listing(
        '- `4be19c2 feat: add delivery_attempts table`',
        '- `a1b2c3d feat: x <\\!-- ledgerlint-disable --> [PRD-04 Task 1.2]`',
      ),
    },
    {
      name: 'CRLF line endings stay CRLF, and a list item with lines below it keeps them',
      text: listing(LISTED, '  files: src/db.ts').replace(/\n/g, '\r\n'),
      facts: facts([commit(A, 'feat: retries [PRD-04 Task 1.2]')]),
      errors: [{ line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' }],
      output: listing(LISTED, '  files: src/db.ts', '- `a1b2c3d` - feat: retries [PRD-04 Task 1.2]').replace(
        /\n/g,
        '\r\n',
      ),
    },
    {
      name: 'no fix when the lines do not agree on a shape',
      text: listing(LISTED, '- feat: schedule retries (`4364f9f`)'),
      facts: facts([commit(A, 'feat: alert [PRD-04 Task 2.2]')]),
      errors: [{ line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' }],
      output: listing(LISTED, '- feat: schedule retries (`4364f9f`)'),
    },
    {
      name: 'no fix when nothing is listed yet',
      text: listing(),
      facts: facts([commit(A, 'feat: alert [PRD-04 Task 2.2]')]),
      errors: [{ line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' }],
      output: listing(),
    },
    {
      name: 'a listed commit off the branch does not hide another commit with a different subject',
      text: listing(`- \`${C.slice(0, 7)}\` - feat: spike`),
      facts: facts([commit(A, 'feat: alert [PRD-04 Task 2.2]')], { sameSubject: [] }, [found(C, 'feat: spike', false)]),
      errors: [{ line: '## Git Commits', message: /^Commit a1b2c3d /, severity: 'warning' }],
      output: listing(`- \`${C.slice(0, 7)}\` - feat: spike`, '- `a1b2c3d` - feat: alert [PRD-04 Task 2.2]'),
    },
  ],
});
