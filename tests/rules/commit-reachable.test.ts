import type { CommitFact } from '../../src/core/model/facts.js';
import { historyCommit, historyFacts } from '../helpers/history-facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const OLD = '1a2b3c4d5e6f708192a3b4c5d6e7f80912345678';
const NEW = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const offBranch = (subject: string): [string, CommitFact] => [
  OLD.slice(0, 7),
  { status: 'found', sha: OLD, subject, reachable: false },
];
const listing = (...lines: string[]) => prdLedger({ commits: lines });

ruleTester('commit-reachable', {
  valid: [
    {
      name: 'on the branch',
      text: listing('- `1a2b3c4` - feat: x'),
      facts: historyFacts([['1a2b3c4', { status: 'found', sha: OLD, subject: 'feat: x', reachable: true }]]),
    },
  ],
  invalid: [
    {
      name: 'off the branch, no commit on HEAD with its subject',
      text: listing('- `1a2b3c4` - feat: spike on a queue'),
      facts: historyFacts([offBranch('feat: spike on a queue')]),
      errors: [
        {
          line: '1a2b3c4',
          message:
            'Commit 1a2b3c4 exists but is not reachable from HEAD; a rebase may have rewritten it, or its branch was abandoned.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'off the branch, one commit on HEAD with its real subject (not the one written): rebased, fixed',
      text: listing('- `1a2b3c4` - alert'),
      facts: historyFacts([offBranch('feat: alert after the last attempt')], {
        sameSubject: [historyCommit(NEW, 'feat: alert after the last attempt')],
      }),
      errors: [
        {
          line: '1a2b3c4',
          message:
            'Commit 1a2b3c4 exists but is not reachable from HEAD; rebased: now `9f8e7d6` (same subject, on this branch).',
          severity: 'warning',
        },
      ],
      output: listing('- `9f8e7d6` - alert'),
    },
  ],
});
