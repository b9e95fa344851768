import type { Facts } from '../../src/core/model/facts.js';
import { fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The PRD fixture is In Progress; its Tasks heading is at line 23, Task 1.1 (ticked) at line 27.
const now = fixture('minimal/prd.md');
const BASE = 'the base branch (3f9a2c1)';
const was = (text: string | null, label = BASE): Facts => ({ previous: { label, text } });
const status = (text: string, value: string) => plant(text, '**Status:** In Progress', `**Status:** ${value}`);
const feature = fixture('minimal/feature.md');
const featureStatus = (value: string) => plant(feature, '**Status:** In Progress', `**Status:** ${value}`);

ruleTester('status-transition', {
  valid: [
    { name: 'no earlier version (a plain run)', text: now },
    { name: 'the ledger is new in the base branch', text: now, facts: was(null) },
    { name: 'the earlier version cannot be parsed', text: now, facts: was(`${'>'.repeat(120)} deep\n`) },
    { name: 'nothing changed', text: now, facts: was(now) },
    { name: 'a move the state machine allows', text: now, facts: was(status(now, 'Not Started')) },
    { name: 'a synonym is its state', text: now, facts: was(status(now, 'WIP')) },
    {
      name: 'into a done state (the completion gate checks the rest)',
      text: status(now, 'Completed'),
      facts: was(now),
    },
    { name: 'from a value that is no state', text: status(now, 'Completed'), facts: was(status(now, 'Almost there')) },
    {
      name: 'tasks added, ticked and reworded under their id',
      text: plant(
        plant(
          now,
          '- [ ] Task 2.1: Show attempts in the dashboard',
          '- [x] Task 2.1: Show the attempts on the dashboard\n- [ ] Task 2.3: Export attempts',
        ),
        '- [ ] Task 2.2:',
        '- [ ] Task 2.2:',
      ),
      facts: was(now),
    },
    {
      name: 'a state without an entry in transitions may move anywhere',
      text: status(now, 'Completed'),
      facts: was(status(now, 'In Review')),
      config: {
        profiles: {
          prd: {
            extends: 'prd',
            status: {
              states: [
                { name: 'Not Started' },
                { name: 'In Progress' },
                { name: 'In Review' },
                { name: 'Blocked' },
                { name: 'Completed', done: true },
              ],
              transitions: { 'Not Started': ['In Progress'] },
            },
          },
        },
      },
    },
  ],
  invalid: [
    {
      name: 'a move the state machine does not allow',
      text: status(now, 'Completed'),
      facts: was(status(now, 'Not Started')),
      errors: [
        {
          line: 5,
          message: `Status may not go from Not Started (in ${BASE}) to Completed: from Not Started it may move to In Progress or Blocked.`,
        },
      ],
    },
    {
      name: 'out of a final state',
      text: featureStatus('In Progress'),
      facts: was(featureStatus("Won't Do"), 'HEAD'),
      errors: [
        {
          line: '**Status:**',
          message: 'Status may not go from Cancelled (in HEAD) to In Progress: Cancelled is final.',
        },
      ],
    },
    {
      name: 'leaving a done state',
      text: now,
      facts: was(status(now, '✅ Done')),
      errors: [
        {
          line: 5,
          message: `Status leaves Completed (it was Completed in ${BASE}, now In Progress); reopening done work deserves a note in the ledger.`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a ticked task unticked, and a task dropped',
      text: plant(
        plant(now, '- [x] Task 1.1:', '- [ ] Task 1.1:'),
        '- [ ] Task 2.2: Alert after the last failed attempt\n',
        '',
      ),
      facts: was(now),
      errors: [
        {
          line: 23,
          message: `Task 2.2 was in ${BASE} and is gone now: Task 2.2: Alert after the last failed attempt.`,
          severity: 'warning',
        },
        { line: 27, message: `Task 1.1 was ticked in ${BASE} and is not any more.`, severity: 'warning' },
      ],
    },
    {
      name: 'a task without an id is matched by its text',
      text: now,
      facts: was(
        plant(
          now,
          '- [ ] Task 2.2: Alert after the last failed attempt',
          '- [ ] Task 2.2: Alert after the last failed attempt\n- [x] Write the runbook',
        ),
      ),
      errors: [
        {
          line: 23,
          message: `"Write the runbook" was in ${BASE} and is gone now: Write the runbook.`,
          severity: 'warning',
        },
      ],
    },
  ],
});
