import { fixture, plant, template } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The PRD fixture: Task 1.1 ticked with ✓, Task 1.2 open (IN PROGRESS) with Subtask 1.2.1 ticked and 1.2.2 open.
const prd = fixture('minimal/prd.md');
const task12Ticked = plant(
  prd,
  '- [ ] Task 1.2: Schedule retries with backoff (IN PROGRESS)',
  '- [x] Task 1.2: Schedule retries with backoff',
);
const KIRO = '.kiro/specs/demo/tasks.md';

ruleTester('task-consistency', {
  valid: [
    { name: 'consistent tasks', text: prd },
    { name: "the prd template's examples", text: template('prd-ledger.md') },
  ],
  invalid: [
    {
      name: 'a ticked parent with open subtasks',
      text: task12Ticked,
      errors: [{ line: '- [x] Task 1.2', column: 3, message: 'Task 1.2 is ticked but Subtask 1.2.2 is still open.' }],
    },
    {
      name: '[~] is not done',
      text: task12Ticked.replace('  - [ ] Subtask 1.2.2', '  - [~] Subtask 1.2.2'),
      errors: [{ line: '- [x] Task 1.2', message: 'Task 1.2 is ticked but Subtask 1.2.2 is still open.' }],
    },
    {
      name: 'every subtask ticked under an open parent',
      text: plant(prd, '  - [ ] Subtask 1.2.2 Scheduler job', '  - [x] Subtask 1.2.2 Scheduler job'),
      errors: [
        {
          line: '- [ ] Task 1.2',
          column: 3,
          message:
            'All subtasks of Task 1.2 are done but Task 1.2 is not ticked; tick it, or add the work that remains.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a ✓ on an open task',
      text: plant(
        prd,
        '- [ ] Task 2.1: Show attempts in the dashboard',
        '- [ ] Task 2.1: Show attempts in the dashboard ✓',
      ),
      errors: [{ line: '- [ ] Task 2.1', column: 48, message: 'Task 2.1 carries ✓ but its box is [ ].' }],
      output: prd,
    },
    {
      name: 'a ✅ that a task will write ("Mark Epic 1 as: VALIDATED ✅") is its object, not its state',
      text: '# Story 1.14: Fix the ground truth\n\n## Tasks / Subtasks\n\n- [ ] Task 4: Close the epic\n  - [ ] Mark Epic 1 as: VALIDATED ✅\n  - [ ] Set the story status to DONE ✅\n  - [ ] Rerun the checks ✅\n',
      path: 'docs/stories/story-1.14.md',
      errors: [{ line: 8, column: 26, message: '"Rerun the checks" carries ✅ but its box is [ ].' }],
    },
    {
      name: '(IN PROGRESS) on a ticked task',
      text: plant(
        prd,
        '- [x] Task 1.1: Add the delivery_attempts table ✓',
        '- [x] Task 1.1: Add the delivery_attempts table (IN PROGRESS)',
      ),
      errors: [
        {
          line: '- [x] Task 1.1',
          column: 49,
          message: 'Task 1.1 is ticked but still says (IN PROGRESS).',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a ✅ COMPLETE on an open task, taken away by --fix (Kiro)',
      text: '# Implementation Plan\n\n- [x] 1. Create the data model ✅ COMPLETE\n- [ ] 2. Build the API ✅ COMPLETE\n',
      path: KIRO,
      errors: [{ line: 4, column: 24, message: 'Task 2 carries ✅ COMPLETE but its box is [ ].' }],
      output: '# Implementation Plan\n\n- [x] 1. Create the data model ✅ COMPLETE\n- [ ] 2. Build the API\n',
    },
    {
      name: 'no parent held open by optional subtasks; margin-level subtasks found by their ids (Kiro)',
      text: '# Implementation Plan\n\n- [x] 1. Store events\n  - [x] 1.1 Table\n  - [ ]* 1.2 Benchmark\n- [x] 2. Verify signatures\n- [x] 2.1 HMAC check\n- [ ] 2.2 Reject replays\n',
      path: KIRO,
      errors: [{ line: 6, column: 3, message: 'Task 2 is ticked but Task 2.2 is still open.' }],
    },
  ],
});
