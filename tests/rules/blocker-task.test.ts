import { fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Task 1.1 (ticked, line 27), Task 1.2 (open) with Subtasks 1.2.1 (ticked) and 1.2.2, Tasks 2.1 and 2.2 (open).
const prd = fixture('minimal/prd.md');
const blockers = (...lines: string[]) =>
  plant(prd, '**Current Blockers:**\n- None', `**Current Blockers:**\n${lines.join('\n')}`);
const task = (from: string, to: string) => plant(prd, from, to);

ruleTester('blocker-task', {
  valid: [
    { name: 'the PRD fixture (no blockers)', text: prd },
    { name: 'a blocker of an open task', text: blockers('1. Queue quota not raised yet - Blocking Task 2.1') },
    { name: 'a blocker of two open tasks', text: blockers('- Alerting API key pending - Blocking Tasks 2.1 and 2.2') },
    {
      name: 'the tasks in a sub-item, after a bold label',
      text: blockers('- Alerting API key pending', '  - **Blocks:** Task 1.2, Subtask 1.2.2'),
    },
    {
      name: 'an open task blocked by an open one',
      text: task(
        '- [ ] Task 2.2: Alert after the last failed attempt',
        '- [ ] Task 2.2: Alert after the last failed attempt (blocked by Task 2.1)',
      ),
    },
    {
      name: 'a note under an open task',
      text: task(
        '- [ ] Task 2.2: Alert after the last failed attempt',
        '- [ ] Task 2.2: Alert after the last failed attempt\n  - Waiting on Task 1.2',
      ),
    },
    {
      name: 'a ticked task remembers what blocked it',
      text: task(
        '- [x] Task 1.1: Add the delivery_attempts table ✓',
        '- [x] Task 1.1: Add the delivery_attempts table (was blocked by Task 2.1) ✓',
      ),
    },
    {
      name: 'a resolved blocker is left to resolved-blocker',
      text: blockers('- ~~Migration lock - Blocking Task 1.1~~'),
    },
    { name: 'the template placeholder names no task', text: blockers('1. [Blocker description] - Blocking Task X.Y') },
    {
      name: 'code spans and comments are not read',
      text: blockers('- `Blocking Task 9.9` flag stuck on in staging <!-- blocking Task 8.8 -->'),
    },
    {
      name: 'a word that only ends in "blocking"',
      text: blockers('- Non-blocking Task 1.1 follow-up is waiting for review'),
    },
    {
      name: 'a number that does not follow the task word',
      text: blockers('- Alerting API key pending - Blocking Task 2.1 and 3 dashboards'),
    },
    {
      name: 'resolved blockers are not current',
      text: plant(prd, '- Queue credentials missing', '- Queue credentials missing - Blocking Task 1.1'),
    },
    {
      name: 'spec-kit ids',
      path: 'specs/001-export/tasks.md',
      text: '# Tasks: Export\n\n## Phase 1: Setup\n\n- [x] T001 Create the project\n- [ ] T002 Add the writer\n- [ ] T003 Wire the API (blocked by T002)\n',
    },
  ],
  invalid: [
    {
      name: 'a blocker of a task the ledger does not have',
      text: blockers('1. Queue quota not raised yet - Blocking Task 2.5'),
      errors: [
        {
          line: 'Blocking Task 2.5',
          message: 'This current blocker says it blocks Task 2.5, but the ledger has no Task 2.5.',
        },
      ],
    },
    {
      name: 'a blocker of a ticked task',
      text: blockers('1. Queue quota not raised yet - Blocking Task 1.1'),
      errors: [
        {
          line: 'Blocking Task 1.1',
          message: 'This current blocker says it blocks Task 1.1, but Task 1.1 is ticked at line 27.',
        },
      ],
    },
    {
      name: 'one of two tasks is ticked',
      text: blockers('- Alerting API key pending - Blocking Tasks 2.1 and 1.1'),
      errors: [
        {
          line: 'Blocking Tasks',
          message: 'This current blocker says it blocks Task 1.1, but Task 1.1 is ticked at line 27.',
        },
      ],
    },
    {
      name: 'a subtask that does not exist among numbered subtasks',
      text: blockers('- Scheduler needs a cron slot', '  - **Blocks:** Subtask 1.2.3'),
      errors: [
        {
          line: 'Subtask 1.2.3',
          message: 'This current blocker says it blocks Subtask 1.2.3, but the ledger has no Subtask 1.2.3.',
        },
      ],
    },
    {
      name: 'a task blocked by a ticked task (a stale note)',
      text: task(
        '- [ ] Task 2.2: Alert after the last failed attempt',
        '- [ ] Task 2.2: Alert after the last failed attempt (blocked by Task 1.1)',
      ),
      errors: [
        {
          line: 'blocked by Task 1.1',
          message: 'Task 2.2 says it is blocked by Task 1.1, but Task 1.1 is ticked at line 27.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a task blocked by one that does not exist',
      text: task(
        '- [ ] Task 2.2: Alert after the last failed attempt',
        '- [ ] Task 2.2: Alert after the last failed attempt\n  - Blocked by Task 3.4',
      ),
      errors: [
        {
          line: 'Blocked by Task 3.4',
          message: 'Task 2.2 says it is blocked by Task 3.4, but the ledger has no Task 3.4.',
        },
      ],
    },
    {
      name: 'an open task that says it blocks a ticked one',
      text: task(
        '- [ ] Task 2.1: Show attempts in the dashboard',
        '- [ ] Task 2.1: Show attempts in the dashboard; blocks Task 1.1',
      ),
      errors: [
        {
          line: 'blocks Task 1.1',
          message: 'Task 2.1 says it blocks Task 1.1, but Task 1.1 is ticked at line 27.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a task numbered nowhere, when some tasks have no number',
      text: plant(
        blockers('- Vendor sandbox down - Blocking Task 2.3'),
        '- [ ] Task 2.2: Alert after the last failed attempt',
        '- [ ] Task 2.2: Alert after the last failed attempt\n- [ ] Write the on-call runbook',
      ),
      errors: [
        {
          line: 'Blocking Task 2.3',
          message:
            'This current blocker says it blocks Task 2.3, but the ledger has no task numbered 2.3 (some of its tasks have no number).',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a blocker of a task marked not applicable',
      text: plant(
        blockers('- Pager vendor contract - Blocking Task 2.2'),
        '- [ ] Task 2.2: Alert after the last failed attempt',
        '- [ ] ~~Task 2.2: Alert after the last failed attempt~~ (dropped)',
      ),
      errors: [
        {
          line: 'Blocking Task 2.2',
          message: 'This current blocker says it blocks Task 2.2, but Task 2.2 is marked not applicable at line 35.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a blocker waiting for a ticked task (a stale note)',
      text: blockers('- Dashboard deploy frozen, waiting for Task 1.1'),
      errors: [
        {
          line: 'waiting for Task 1.1',
          message: 'This current blocker says it is blocked by Task 1.1, but Task 1.1 is ticked at line 27.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'tasks written as headings with a done state',
      profile: 'plan',
      text: '# Implementation Plan: Export\n\n**Status:** In Progress\n\n## Phase 1\n\n#### Task 1.1: Writer ✅ COMPLETE\n\n#### Task 1.2: API (blocked by Task 1.1)\n',
      errors: [
        {
          line: 'blocked by Task 1.1',
          message: 'Task 1.2 says it is blocked by Task 1.1, but Task 1.1 is marked done at line 7.',
          severity: 'warning',
        },
      ],
    },
  ],
});
