import { fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');

ruleTester('date-order', {
  valid: [
    { name: 'the PRD template fixture', text: prd },
    { name: 'the feature template fixture', text: feature },
    {
      name: 'the same day in two formats',
      text: '# Implementation Plan: Search\n\n**Started**: 2026-01-15\n**Last Updated**: January 15, 2026\n\n- [ ] Task 1.1: index\n',
    },
    {
      name: 'a month alone is all of that month',
      text: '# Plan: Search\n\n**Started:** 2025-01-20\n**Last Updated:** January 2025\n\n- [ ] index\n',
    },
    {
      name: 'dates it cannot read are not wrong',
      text: '# Plan: Search\n\n**Started:** TBD\n**Last Updated:** 03/04/2025\n\n- [ ] index\n',
    },
    {
      name: 'a date-only created_date and a later datetime updated_date (Backlog.md)',
      path: 'backlog/tasks/task-3 - Export.md',
      text: "---\nid: task-3\ntitle: Export\nstatus: In Progress\ncreated_date: '2025-07-03'\nupdated_date: '2025-07-03 22:56'\n---\n\n## Description\n\nExport.\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [ ] #1 CSV\n<!-- AC:END -->\n",
    },
    {
      name: 'a date in a session log is history',
      text: '# Plan: X\n\n**Started:** 2026-02-01\n\n- [ ] a\n\n## Session Log\n\n### Session 1\nLast Updated: 2026-01-01\n',
    },
  ],
  invalid: [
    {
      name: 'Last Updated before Started (PRD template)',
      text: plant(prd, '**Last Updated:** 2026-03-04 17:10', '**Last Updated:** 2026-03-01 09:00'),
      errors: [{ line: '**Last Updated:**', message: 'Last Updated 2026-03-01 09:00 is before Started 2026-03-02.' }],
    },
    {
      name: 'Estimated Completion before Started (a field order the template states)',
      text: plant(prd, '**Estimated Completion:** 2026-03-20', '**Estimated Completion:** 2026-02-20'),
      errors: [
        { line: '**Estimated Completion:**', message: 'Estimated Completion 2026-02-20 is before Started 2026-03-02.' },
      ],
    },
    {
      name: 'Updated before Created (feature template)',
      text: plant(feature, '**Updated:** 2026-04-03', '**Updated:** 2026-03-31'),
      errors: [{ line: '**Updated:**', message: 'Updated 2026-03-31 is before Created 2026-04-01.' }],
    },
    {
      name: 'month names against ISO dates',
      text: '# Implementation Plan: Search\n\n**Started**: October 10, 2025\n**Last Updated**: 2025-10-09\n\n- [ ] Task 1.1: index\n',
      errors: [{ line: '**Last Updated**', message: 'Last Updated 2025-10-09 is before Started October 10, 2025.' }],
    },
    {
      name: 'front matter timestamps, compared by the minute on the same day',
      path: 'backlog/tasks/task-3 - Export.md',
      text: "---\nid: task-3\ntitle: Export\nstatus: To Do\ncreated_date: '2025-07-03 22:56'\nupdated_date: '2025-07-03 09:10'\n---\n\n## Description\n\nExport.\n\n## Acceptance Criteria\n\n- [ ] #1 CSV\n",
      errors: [
        { line: 'updated_date', message: 'updated_date 2025-07-03 09:10 is before created_date 2025-07-03 22:56.' },
      ],
    },
    {
      name: 'an italic footer line',
      text: '# Progress\n\nCreated: 2026-01-10\n\n- [x] a\n\n*Last updated: 2026-01-02*\n',
      errors: [{ line: '*Last updated', message: 'Last updated 2026-01-02 is before Created 2026-01-10.' }],
    },
  ],
});
