import { ruleTester } from '../helpers/rule-tester.js';

const plan = (body: string) =>
  `# Implementation Plan: Search\n\n**Status**: 🔄 In Progress\n**Last Updated**: 2026-01-20\n\n${body}`;

const phases = `## Implementation Phases

### Phase 1: Index
**Status**: ✅ Complete

- [x] **Task 1.1**: schema
- [x] **Task 1.2**: writer

### Phase 2: Query
**Status**: 🔄 In Progress

- [x] **Task 2.1**: parser
- [ ] **Task 2.2**: ranking
`;

const milestones = (v10: string, phase2: string) =>
  `# Roadmap: Shop\n\n## Milestones\n\n${v10}\n- 🚧 **v1.1 Checkout** — Phases 3-4 (in progress)\n\n## Phases\n\n- [x] **Phase 1: Catalog** - browse\n${phase2}\n- [x] **Phase 3: Cart** - add to cart\n- [ ] **Phase 4: Payment** - pay\n`;

ruleTester('conflicting-claims', {
  valid: [
    {
      name: 'a summary line, a table row and a heading that agree',
      text: plan(`${phases}
## Progress Tracking

- **Phase 1**: ✅ 100% (2/2 tasks)
- **Phase 2**: 🔄 50% (1/2 tasks)

**Overall Progress**: 75% complete (3/4 tasks)

| Phase | Tasks | Status |
|---|---|---|
| 1. Index | 2/2 | ✅ Complete |
| 2. Query | 1/2 | In progress |
| **TOTAL** | 3/4 | |
`),
    },
    {
      name: 'claims in a session log were true when written',
      text: plan(`${phases}
## Session Log

### Session 1 - 2026-01-12
- Phase 1: 0% (0/2 tasks)
`),
    },
    {
      name: "GSD STATE: the percent is the plans' share or the phases', whichever is less",
      path: '.planning/STATE.md',
      text: '---\nstatus: executing\nprogress:\n  total_phases: 4\n  completed_phases: 1\n  total_plans: 5\n  completed_plans: 4\n  percent: 25\n---\n\n# Project State\n\n## Current Position\n\nPhase: 2 of 4 (Query)\nProgress: [██▒░░░░░░░] 25%\n',
    },
    {
      name: 'before → after on one line: what it is now follows the arrow',
      path: 'agent-progress.md',
      text: '# Agent Progress Log: Pinecount\n\n## Current Status\n**Progress:** Start: 22/48 features (46%) → End: 31/48 features (65%)\n- Overall: 31/48 features passing (65%)\n\n## Roadmap\n- [x] a\n- [ ] b\n',
    },
    {
      name: 'an estimate is not held to an exact figure',
      path: 'memory-bank/progress.md',
      text: '# Progress\n\n## Current Status\nCompletion: 65%\n- Overall: ~60/96 features passing, exact count in feature_list.json\n\n## What Works\n- [x] a\n',
    },
    {
      name: "a QA reviewer's verdict is not the story's closing status (BMAD)",
      path: 'docs/stories/4.2.story.md',
      text: '# Story 4.2: Export Loans as CSV\n\n## Status\n\nDone\n\n## Story\n\nAs a branch lead, I want a CSV.\n\n## Acceptance Criteria\n\n1. One row per loan.\n\n## Tasks / Subtasks\n\n- [x] Task 1: Query\n\n## Dev Notes\n\nNone.\n\n## QA Results\n\n**Final Status:** ✓ APPROVED - Ready for Done\n',
    },
    {
      name: 'a template left unfilled offers every state and claims none',
      text: plan(`${phases}
## Progress Tracking

- **Phase 1**: ⏳ 0% | 🔄 50% | ✅ 100%
`).replace('**Status**: ✅ Complete', '**Status**: ⏳ Pending | 🔄 In Progress | ✅ Complete'),
    },
    {
      name: 'milestones whose phases agree with them, and one in progress over open phases',
      path: '.planning/ROADMAP.md',
      text: milestones(
        '- ✅ **v1.0 Foundation** — Phases 1-2 (shipped 2026-04-01)',
        '- [x] **Phase 2: Search** - find',
      ),
    },
    {
      name: 'phases a milestone covers that the file does not list say nothing',
      path: '.planning/ROADMAP.md',
      text: milestones(
        '- [x] **v0.9 Prototype** — Phases 5-9 (completed 2026-03-01) — [archive](milestones/v0.9-ROADMAP.md)',
        '- [x] **Phase 2: Search** - find',
      ),
    },
    {
      name: 'a range of phases is not the first of them (GSD "Phase 8.1–8.9")',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Recall\n\n## Milestones\n\n- [x] Phase 8: MCP server (4/4 plans) — completed 2026-02-27\n- [x] Phase 8.1–8.9: Gap closures [INSERTED] (16/16 plans) — completed 2026-03-01\n',
    },
    {
      name: 'a checkpoint trending toward a target is not at it',
      text: plan(`${phases}
## Weekly checkpoints

- [x] Week 4: integration tests pass, trending toward 90%
`),
    },
  ],
  invalid: [
    {
      name: 'a milestone shipped over a phase of its run left open (GSD)',
      path: '.planning/ROADMAP.md',
      text: milestones(
        '- ✅ **v1.0 Foundation** — Phases 1-2 (shipped 2026-04-01)',
        '- [ ] **Phase 2: Search** - find',
      ),
      errors: [
        {
          line: '- ✅ **v1.0',
          message: 'v1.0 Foundation (Phases 1-2) says ✅ (done), but Phase 2 is not ticked at line 11.',
        },
      ],
    },
    {
      name: 'a ticked milestone, its state after the run, and "Phase 1-2" written tight',
      path: '.planning/ROADMAP.md',
      text: milestones(
        '- Milestone 1: Foundation (Phase 1-2) -- shipped 2026-04-01',
        '- [ ] **Phase 2: Search** - find',
      ),
      errors: [
        {
          line: '- Milestone 1',
          message: 'Milestone 1: Foundation (Phase 1-2) says "shipped", but Phase 2 is not ticked at line 11.',
        },
      ],
    },
    {
      name: 'a phase line and a table row state different fractions',
      text: plan(`${phases}
## Progress Tracking

- **Phase 2**: 🔄 50% (1/2 tasks)

| Phase | Tasks | Status |
|---|---|---|
| 2. Query | 2/2 | In progress |
`),
      errors: [
        {
          line: '- **Phase 2**',
          message: 'Phase 2 says 1/2 tasks, but Phase 2 (table row) says 2/2 tasks at line 26.',
        },
        { line: '| 2. Query', message: 'Phase 2 (table row) says 2/2 tasks, but Phase 2 says 1/2 tasks at line 22.' },
      ],
    },
    {
      name: "a heading's ✅ COMPLETE against a table's In progress",
      text: plan(`## Implementation Phases

### Phase 1: Index ✅ COMPLETE

- [x] **Task 1.1**: schema

## Progress

| Phase | Status |
|---|---|
| 1 | In progress |
`),
      errors: [
        {
          line: '### Phase 1',
          message: 'Phase 1 says "COMPLETE", but Phase 1 (table row) says "In progress" at line 16.',
        },
        {
          line: '| 1 | In progress',
          message: 'Phase 1 (table row) says "In progress", but Phase 1 says "COMPLETE" at line 8.',
        },
      ],
    },
    {
      name: 'a table row marked Complete with 2 of 3 plans',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Shop\n\n## Progress\n\n| Phase | Plans Complete | Status | Completed |\n|---|---|---|---|\n| 1. Catalog | 2/3 | Complete | 2026-01-10 |\n',
      errors: [{ line: '| 1. Catalog', message: 'Phase 1 (table row) is marked "Complete" but says 2/3 plans.' }],
    },
    {
      name: 'a ticked phase box against the table',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Shop\n\n## Phases\n\n- [x] **Phase 1: Catalog** - browse\n\n## Progress\n\n| Phase | Plans Complete | Status |\n|---|---|---|\n| 1. Catalog | 1/3 | In progress |\n',
      errors: [
        {
          line: '- [x] **Phase 1',
          message: 'Phase 1 is ticked, but Phase 1 (table row) says "In progress" at line 11.',
        },
        { line: '| 1. Catalog', message: 'Phase 1 (table row) says "In progress", but Phase 1 is ticked at line 5.' },
      ],
    },
    {
      name: 'Overall is not the sum of the phase lines',
      text: plan(`${phases}
## Progress Tracking

- **Phase 1**: 100% (2/2 tasks)
- **Phase 2**: 50% (1/2 tasks)

**Overall Progress**: 50% complete (2/4 tasks)
`),
      errors: [
        { line: '**Overall Progress**', message: 'Overall says 2/4 tasks, but the lines for its parts add up to 3/4.' },
      ],
    },
    {
      name: 'Overall counts phases, and counts them wrong',
      text: plan(`${phases.replace('🔄 In Progress', '✅ Complete')}
## Progress Tracking

- **Phase 1**: ✅ 100%
- **Phase 2**: ✅ 100%

**Overall Progress**: 50% complete (1/2 phases)
`),
      errors: [
        { line: '**Overall Progress**', message: 'Overall says 1/2 phases, but 2 of the 2 phases are stated done.' },
      ],
    },
    {
      name: 'a TOTAL row that is not the sum of its rows',
      text: '# Progress Tracker\n\n- [x] a\n\n| Phase | Total | Done | Left |\n|---|---|---|---|\n| 1 | 12 | 10 | 2 |\n| 2 | 8 | 3 | 5 |\n| **TOTAL** | 20 | 14 | 6 |\n',
      errors: [
        { line: '**TOTAL**', message: 'The total row says 14 under Done, but the rows above add up to 13.' },
        { line: '**TOTAL**', message: 'The total row says 6 under Left, but the rows above add up to 7.' },
      ],
    },
    {
      name: 'front matter and the body disagree on the percentage',
      path: '.planning/STATE.md',
      text: '---\nprogress:\n  percent: 40\n---\n\n# Project State\n\n## Current Position\n\nProgress: [██████░░░░] 60%\n',
      errors: [
        {
          line: 'percent: 40',
          message: "The front matter's progress.percent says 40%, but Progress says 60% at line 10.",
        },
        {
          line: 'Progress: [',
          message: "Progress says 60%, but the front matter's progress.percent says 40% at line 3.",
        },
      ],
    },
    {
      name: 'the current phase is beyond the number of phases',
      path: '.planning/STATE.md',
      text: '# Project State\n\n## Current Position\n\nPhase: 5 of 4 (Polish)\n',
      errors: [{ line: 'Phase: 5 of 4', message: 'Phase 5 of 4: the current phase is beyond the number of phases.' }],
    },
    {
      name: "a story's second Status, under the Dev Agent Record, left behind (BMAD)",
      path: 'docs/stories/4.2.story.md',
      text: '# Story 4.2: Export Loans as CSV\n\n## Status\n\nDone\n\n## Story\n\nAs a branch lead, I want a CSV.\n\n## Acceptance Criteria\n\n1. One row per loan.\n\n## Tasks / Subtasks\n\n- [x] Task 1: Query\n\n## Dev Notes\n\nNone.\n\n## Dev Agent Record\n\n### Status\n\nReady for Review\n',
      errors: [
        { line: 5, message: 'Status says "Done", but Status says "Ready for Review" at line 27.' },
        { line: 27, message: 'Status says "Ready for Review", but Status says "Done" at line 5.' },
      ],
    },
    {
      name: 'a status heading against the front matter, reported once at each',
      path: 'docs/stories/4.2.story.md',
      text: '---\nstatus: "In Progress"\n---\n\n# Story 4.2: Export Loans as CSV\n\n## Status: Completed\n\n## Story\n\nAs a branch lead.\n\n## Acceptance Criteria\n\n1. One row.\n\n## Tasks / Subtasks\n\n- [x] Task 1: Query\n\n## Dev Notes\n\nNone.\n',
      errors: [
        { line: 2, message: 'The front-matter status says "In Progress", but Status says "Completed" at line 7.' },
        { line: 7, message: 'Status says "Completed", but the front-matter status says "In Progress" at line 2.' },
      ],
    },
    {
      name: 'a table row marked Complete with nothing planned yet done (GSD "0/TBD")',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Demo\n\n## Progress\n\n| Phase | Plans Complete | Status | Completed |\n|---|---|---|---|\n| 2. Polish | 0/TBD | Complete | - |\n',
      errors: [
        {
          line: '| 2. Polish',
          message: 'Phase 2 (table row) is marked "Complete" but says 0/TBD.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the closing status against the header status',
      text: plan(`${phases}\n---\n\n**Plan Status**: ✅ Complete\n`),
      errors: [
        { line: 3, message: 'Status says "In Progress", but the closing status says "Complete" at line 22.' },
        {
          line: '**Plan Status**',
          message: 'The closing status says "Complete", but Status says "In Progress" at line 3.',
        },
      ],
    },
  ],
});
