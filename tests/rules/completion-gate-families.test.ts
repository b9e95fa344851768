/**
 * The completion gate on ledgers that follow no template: a done status with open
 * required work is refused; what the ledger itself marks optional, not applicable,
 * conditional or hedged is not held against it as an error. The template cases are in
 * completion-gate.test.ts.
 */
import { ruleTester } from '../helpers/rule-tester.js';

const story = (status: string, tasks: string) =>
  `# Story 4.2: Export Loans as CSV\n\n## Status\n\n${status}\n\n## Story\n\nAs a branch lead, I want a CSV of loans.\n\n## Acceptance Criteria\n\n1. One row per loan.\n\n## Tasks / Subtasks\n\n${tasks}\n\n## Dev Notes\n\nUse the replica.\n`;
const path = 'docs/stories/4.2.story.md';

ruleTester('completion-gate', {
  valid: [
    {
      name: 'a Done story whose open items the story itself sets aside (BMAD)',
      path,
      text: story(
        'Done',
        [
          '- [x] Task 1: Write the export query (AC: #1)',
          '  - [x] Query',
          '  - [ ] Open the file in LibreOffice and check the accents *(Maintainer)*',
          '  - [ ] Manual test: download on a phone',
          '  - [ ] USER TESTING - branch leads confirm the columns',
          '  - [ ] XLSX export - OUT OF SCOPE FOR MVP',
          '  - [ ] Streaming for large exports - deferred to story 4.5',
          '  - [ ] Excel BOM N/A - the council uses LibreOffice',
          '  - [ ] Skipped: signed download links',
          '- [ ] Task 3: Scheduled monthly export (DEFERRED to epic 6)',
          '  - [ ] Cron entry',
          '    - [ ] Pick the day of the month',
        ].join('\n'),
      ),
    },
    {
      name: "open boxes in QA's improvements checklist are follow-ups, not the story's work",
      path,
      text: `${story('Done', '- [x] Task 1: Write the export query (AC: #1)')}\n## QA Results\n\n### Improvements Checklist\n\n- [ ] Consider streaming\n\n**Final Status:** ✓ APPROVED - Ready for Done\n`,
    },
    {
      name: 'a bold criterion that ends in "tasks" is a criterion, not an emptied task list',
      path,
      text: story('Done', '- [x] Task 1: Write the export query (AC: #1)').replace(
        '1. One row per loan.',
        "**AC3 — `GET /api/loans` returns only the branch's tasks:**\n- **Given** a session\n- **Then** only the branch's loans",
      ),
    },
    {
      name: 'notes about tasks are not a task list ("Remaining Minor Tasks")',
      path,
      text: `${story('Done', '- [x] Task 1: Write the export query (AC: #1)')}\n## Dev Agent Record\n\n### Remaining Minor Tasks\n\n- Test dependencies can follow in another story\n\n#### Tasks 1-5 Completed (Dec 2024)\n\n- Query and button shipped\n`,
    },
    {
      name: 'GSD STATE\'s "completed" is written for a finished phase too, so it holds nothing to 100%',
      path: '.planning/STATE.md',
      text: '---\ngsd_state_version: 1.0\nmilestone: v5.0\nstatus: completed\nprogress:\n  total_phases: 57\n  completed_phases: 36\n  total_plans: 111\n  completed_plans: 107\n---\n\n# Project State\n\n## Current Position\n\nPhase: 36 of 57\nStatus: Phase complete — ready for verification\n',
    },
    {
      name: 'a status that is not done says nothing here (the gate command lists the reasons)',
      path,
      text: story('InProgress', '- [x] Task 1: Query\n- [ ] Task 2: Button'),
    },
  ],
  invalid: [
    {
      name: 'boxes glued to their text or marked with a check emoji are boxes still ("[x]Task 1", "[✅]")',
      path,
      text: story(
        'Done',
        '- [x]Task 1: Write the export query (AC: #1)\n  - [x]1.1 Query\n  - [ ]1.2 Header row\n- [✅] **Task 2: Add the download button** (AC: #1)\n- [x](https://example.com) is a link, not a box',
      ),
      errors: [{ line: '- [ ]1.2', message: 'Status is Done but Task 1.2 is open: Header row.' }],
    },
    {
      name: 'a Done story whose task list was turned into plain bullets',
      path,
      text: story('Done', '- Task 1: Write the export query (AC: #1)\n- Task 2: Add the download button (AC: #1)'),
      errors: [
        {
          line: '## Tasks / Subtasks',
          message: 'Status is Done but Tasks / Subtasks has no checkboxes left, so nothing in it shows as done.',
        },
      ],
    },
    {
      name: 'a Done story with a task open',
      path,
      text: story(
        'Done',
        '- [x] Task 1: Write the export query (AC: #1)\n- [ ] Task 2: Add the download button (AC: #1)',
      ),
      errors: [
        { line: '- [ ] Task 2', message: 'Status is Done but Task 2 is open: Add the download button (AC: #1).' },
      ],
    },
    {
      name: 'a status that owns up to what is left is a warning, quoting it',
      path: '.ai/ledgers/dark-mode.md',
      text: '# Feature Ledger: Dark Mode\n\n**Status:** ✅ Complete — only the manual check on Safari is left\n\n## Tasks\n- [x] Theme tokens\n- [ ] Manual check on Safari\n',
      errors: [
        {
          line: '- [ ] Manual check',
          message:
            'Status is Complete but "Manual check on Safari" is open (the status says: "only the manual check on Safari is left").',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a criterion that is one branch of a choice, or waits for the next release, is a warning (Backlog.md)',
      path: 'backlog/tasks/task-61 - Publish-arm64-image.md',
      text: "---\nid: TASK-61\ntitle: Publish arm64 image\nstatus: Done\ncreated_date: '2026-05-12 10:00'\n---\n\n## Description\n\nBuild an arm64 image.\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [x] #1 CI builds a multi-arch image\n- [ ] #2 If the native arm64 runner is used instead, its cache is shared\n- [ ] #3 The image is listed in the notes of the next tagged release\n- [ ] #4 The image is signed\n<!-- AC:END -->\n",
      errors: [
        {
          line: '- [ ] #2',
          message: 'Status is Done but #2 is open: If the native arm64 runner is used instead, its cache is shared.',
          severity: 'warning',
        },
        {
          line: '- [ ] #3',
          message: 'Status is Done but #3 is open: The image is listed in the notes of the next tagged release.',
          severity: 'warning',
        },
        { line: '- [ ] #4', message: 'Status is Done but #4 is open: The image is signed.' },
      ],
    },
    {
      name: 'a count followed by its verdict is a done status (a progress log)',
      path: 'claude-progress.txt',
      text: '# Tally — Claude Progress Log\n\n## Current Status\nStatus: 40/40 features passing (100%) *** PROJECT COMPLETE ***\n\n## Roadmap\n- [x] Export CSV\n- [ ] Export XLSX\n',
      errors: [{ line: '- [ ] Export XLSX', message: 'Status is PROJECT COMPLETE but "Export XLSX" is open.' }],
    },
    {
      name: 'a text log may open with comment lines before its status',
      path: 'claude-progress.txt',
      text: '# Tally — Claude Progress Log\n\n# Append a new entry at the bottom; keep the status line current.\n\n**Status:** ✅ Complete\n\n## Roadmap\n- [x] Import CSV\n- [ ] Export CSV\n',
      errors: [{ line: '- [ ] Export CSV', message: 'Status is Complete but "Export CSV" is open.' }],
    },
  ],
});
