import type { CommitFact } from '../../src/core/model/facts.js';
import { historyFacts } from '../helpers/history-facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FULL = '4be19c2d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b';
const listing = (...lines: string[]) => prdLedger({ commits: lines });
const found = (sha: string): [string, CommitFact] => [
  sha,
  { status: 'found', sha: FULL, subject: 'feat: add delivery_attempts table', reachable: true },
];

ruleTester('commit-duplicate', {
  valid: [
    { name: 'each commit once', text: listing('- `4be19c2` - feat: a', '- `8497191` - feat: b') },
    {
      name: 'two prefixes of different length are not known to be one commit without facts',
      text: listing('- `4be19c2` - feat: a', '- `4be19c2d8e7f` - feat: a'),
    },
    {
      name: 'two prefixes that name different commits',
      text: listing('- `4be19c2` - feat: a', '- `4be19c2d8e7f` - feat: a'),
      facts: historyFacts([
        found('4be19c2'),
        [
          '4be19c2d8e7f',
          { status: 'found', sha: `4be19c2d8e7f${'0'.repeat(28)}`, subject: 'feat: a', reachable: true },
        ],
      ]),
    },
    {
      name: "a commit in a session's entry and in Git Commits is listed once in each",
      text: prdLedger({ commits: ['- `4be19c2` - feat: add delivery_attempts table'] }).replace(
        '- Completed: Task 1.1',
        '- Completed: Task 1.1 (commit `4be19c2`)',
      ),
    },
    {
      name: 'a token that is not a SHA is left to commit-sha',
      text: listing('- `4be19cz` - feat: a', '- `4be19cz` - feat: a'),
    },
  ],
  invalid: [
    {
      name: 'the same SHA twice, whatever its case',
      text: listing('- `4be19c2` - feat: a', '- `8497191` - feat: b', '- feat: a (`4BE19C2`)'),
      errors: [
        { line: '4BE19C2', message: 'Commit 4BE19C2 is listed twice (first at line 112).', severity: 'warning' },
      ],
    },
    {
      name: 'a short and a long SHA of one commit, as the repository resolves them',
      text: listing('- `4be19c2` - feat: a', `- \`${FULL}\` - feat: a`),
      facts: historyFacts([found('4be19c2'), found(FULL)]),
      errors: [{ line: FULL, message: `Commit ${FULL} is listed twice (first at line 112).`, severity: 'warning' }],
    },
    {
      name: 'a third listing names the first',
      text: listing('- `4be19c2` - feat: a', '- `4be19c2` - feat: a', '- `4be19c2` - feat: a again'),
      errors: [
        { line: 113, message: 'Commit 4be19c2 is listed twice (first at line 112).', severity: 'warning' },
        { line: 'a again', message: 'Commit 4be19c2 is listed twice (first at line 112).', severity: 'warning' },
      ],
    },
    {
      name: 'twice in a table of commits',
      text: listing('| Commit | Message |', '| --- | --- |', '| `4be19c2` | feat: a |', '| `4be19c2` | feat: b |'),
      errors: [
        { line: 'feat: b', message: 'Commit 4be19c2 is listed twice (first at line 114).', severity: 'warning' },
      ],
    },
  ],
});
