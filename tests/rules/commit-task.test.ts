import { fixture } from '../helpers/lint.js';
import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The ledger is PRD 04; its Tasks hold Tasks 1.1, 1.2 (Subtasks 1.2.1, 1.2.2), 2.1 and 2.2.
const listing = (...lines: string[]) => prdLedger({ commits: lines });
const untitled = (text: string) => text.replace('# Feature: Webhook Retries (PRD 04)', '# Feature: Webhook Retries');

ruleTester('commit-task', {
  valid: [
    {
      name: 'tasks, subtasks and the PRD the ledger has, however written',
      text: listing(
        '- `8497191` - feat: a [PRD-04 Task 1.1]',
        '- `4364f9f` - feat: b [PRD-4 Task 1.2, Subtask 1.2.1]',
        '- `0acb603` - docs: c (task 2.2, PRD_04)',
      ),
    },
    { name: 'a subtask named as a Task', text: listing('- `4364f9f` - feat: b [PRD-04 Task 1.2.2]') },
    { name: 'no commits', text: prdLedger() },
    { name: 'a tag on a line without a commit is not read', text: listing('- feat: planned for Task 9.9 of PRD 12') },
    {
      name: 'the PRD field gives the number when the title does not',
      text: untitled(listing('- `8497191` - feat: a [PRD-04 Task 1.1]')),
    },
    {
      name: 'without a PRD number, PRD names are not checked',
      text: untitled(
        prdLedger({ commits: ['- `8497191` - feat: a [PRD-05 Task 1.1]'], prd: 'in the product tracker' }),
      ),
    },
    {
      name: 'without numbered tasks, task names are not checked',
      text: listing('- `8497191` - feat: a [PRD-04 Task 7.1]').replace(
        /- \[([ x])\] (Sub)?[Tt]ask \d+(\.\d+)+:? /g,
        '- [$1] ',
      ),
    },
    {
      name: 'a profile without tasks',
      text: `${fixture('minimal/feature.md')}\n## Commits\n\n- \`8497191\` - feat: a [PRD-05 Task 7.1]\n`,
    },
  ],
  invalid: [
    {
      name: 'a task Tasks does not have, and another PRD',
      text: listing(
        '- `8497191` - feat: a [PRD-04 Task 1.1]',
        '- `4364f9f` - feat: b [PRD-04 Task 1.3]',
        '- `0acb603` - docs: c [PRD-05 Task 2.1]',
      ),
      errors: [
        { line: '4364f9f', message: 'Commit 4364f9f names Task 1.3, but Tasks has no Task 1.3.' },
        { line: '0acb603', message: 'Commit 0acb603 names PRD 5, but this ledger is PRD 4.', severity: 'warning' },
      ],
    },
    {
      name: 'each task and PRD once per line, however often it is named',
      text: listing('- `8497191` `4364f9f` - feat: a [PRD-05 Task 3.1] (Task 3.1, PRD 5)'),
      errors: [
        { line: 112, message: 'Commit 8497191 names Task 3.1, but Tasks has no Task 3.1.' },
        { line: 112, message: 'Commit 8497191 names PRD 5, but this ledger is PRD 4.', severity: 'warning' },
      ],
    },
    {
      name: 'a commit whose SHA is malformed is still read for its tags',
      text: listing('- `4364f9g` - feat: b [PRD-04 Task 4.1]'),
      errors: [{ line: '4364f9g', message: 'Commit 4364f9g names Task 4.1, but Tasks has no Task 4.1.' }],
    },
    {
      name: 'the PRD number from the PRD field',
      text: untitled(prdLedger({ commits: ['- `0acb603` - docs: c [PRD-05]'], prd: '`prd/04_webhook_retries.md`' })),
      errors: [
        { line: '0acb603', message: 'Commit 0acb603 names PRD 5, but this ledger is PRD 4.', severity: 'warning' },
      ],
    },
  ],
});
