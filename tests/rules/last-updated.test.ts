import type { Facts, LastChangeFacts } from '../../src/core/model/facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SHA = `9f3e2d1${'b'.repeat(33)}`;
// The PRD fixture says **Last Updated:** 2026-03-04 17:10.
const now = prdLedger();
const redated = (text: string, date: string) =>
  plant(text, '**Last Updated:** 2026-03-04 17:10', `**Last Updated:** ${date}`);

function changed(day: string, before: string | null | undefined, sha: string | null = SHA): Facts {
  const lastChange: LastChangeFacts = { sha, day, ...(before === undefined ? {} : { before }) };
  return { lastChange };
}

/** With --staged: the commit being made is the last change, and HEAD's version is the one before it. */
function staged(day: string, head: string): Facts {
  return { lastChange: { sha: null, day }, previous: { label: 'HEAD', text: head } };
}

const backlog = (updated: string) =>
  `---\nid: task-3\ntitle: Export\nstatus: In Progress\ncreated_date: '2025-07-01'\nupdated_date: '${updated}'\n---\n\n## Description\n\nExport.\n\n## Acceptance Criteria\n\n- [x] #1 CSV\n`;

ruleTester('last-updated', {
  valid: [
    { name: 'history was not read', text: now },
    { name: 'changed on the day it says', text: now, facts: changed('2026-03-04', now) },
    { name: 'changed before the day it says', text: now, facts: changed('2026-03-01', now) },
    {
      name: 'the last change wrote the date itself (a squash merge, dated later)',
      text: now,
      facts: changed('2026-03-20', redated(now, '2026-03-01')),
    },
    { name: 'the last change added the file', text: now, facts: changed('2026-03-20', null) },
    {
      name: 'the version before the last change is not known (a merge)',
      text: now,
      facts: changed('2026-03-20', undefined),
    },
    {
      name: 'the commit being made updates the date',
      text: now,
      facts: staged('2026-03-20', redated(now, '2026-03-01')),
    },
    { name: 'the commit being made is dated the day it says', text: now, facts: staged('2026-03-04', now) },
    {
      name: 'entering a done state with the date updated',
      text: prdLedger({ status: 'Completed' }),
      facts: staged('2026-03-20', redated(now, '2026-03-01')),
    },
    {
      name: 'no date to judge',
      text: plant(now, '**Last Updated:** 2026-03-04 17:10', '**Last Updated:** TBD'),
      facts: changed('2026-03-20', now),
    },
  ],
  invalid: [
    {
      name: 'older than the last commit that changed the file, which left the date as it was',
      text: now,
      facts: changed('2026-03-09', now),
      errors: [
        {
          line: '**Last Updated:**',
          message:
            'Last Updated 2026-03-04 17:10 is older than the last commit that changed this file, 9f3e2d1 of 2026-03-09, which did not update it.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'with --staged, older than the commit being made, which changes the ledger but not the date',
      text: now,
      facts: staged('2026-03-09', plant(now, '**Agent Sessions:** 2', '**Agent Sessions:** 1')),
      errors: [
        {
          line: '**Last Updated:**',
          message:
            'Last Updated 2026-03-04 17:10 is older than this commit, dated 2026-03-09, which changes the ledger but not the date.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'entering a done state without updating the date (--staged)',
      text: prdLedger({ status: 'Completed' }),
      facts: staged('2026-03-09', now),
      errors: [
        {
          line: '**Last Updated:**',
          message:
            'Status became Completed (it was In Progress in HEAD), but Last Updated still says 2026-03-04 17:10.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'entering a done state without updating the date, against the base branch (no history read)',
      text: prdLedger({ status: 'Completed' }),
      facts: { previous: { label: 'the base branch', text: now } },
      errors: [
        {
          line: '**Last Updated:**',
          message:
            'Status became Completed (it was In Progress in the base branch), but Last Updated still says 2026-03-04 17:10.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a front-matter date (Backlog.md)',
      path: 'backlog/tasks/task-3 - Export.md',
      text: backlog('2025-07-03 22:56'),
      facts: changed('2025-07-10', backlog('2025-07-03 22:56').replace('In Progress', 'To Do')),
      errors: [
        {
          line: 'updated_date',
          message:
            'updated_date 2025-07-03 22:56 is older than the last commit that changed this file, 9f3e2d1 of 2025-07-10, which did not update it.',
          severity: 'warning',
        },
      ],
    },
  ],
});
