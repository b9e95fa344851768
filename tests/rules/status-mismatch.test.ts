import { ruleTester } from '../helpers/rule-tester.js';

const plan = (status: string, body: string) =>
  `# Implementation Plan: Search\n\n**Status**: ${status}\n\n## Implementation Phases\n\n${body}`;

ruleTester('status-mismatch', {
  valid: [
    {
      name: 'phases whose states match their boxes',
      text: plan(
        '🔄 In Progress',
        '### Phase 1: Index ✅ COMPLETE\n\n- [x] Task 1.1: schema\n\n### Phase 2: Query\n**Status**: 🔄 In Progress\n\n- [x] Task 2.1: parser\n- [ ] Task 2.2: ranking\n',
      ),
    },
    {
      name: 'open quality-gate boxes do not hold a finished phase open',
      text: plan(
        '🔄 In Progress',
        '### Phase 1: Index\n**Status**: ✅ Complete\n\n- [x] Task 1.1: schema\n\n#### Quality Gate ✋\n- [ ] Lint passes\n\n### Phase 2: Query\n\n- [ ] Task 2.1: parser\n',
      ),
    },
    {
      name: 'optional tasks left open',
      text: plan(
        '🔄 In Progress',
        '### Phase 1: Index ✅\n\n- [x] 1.1 schema\n- [ ]* 1.2 benchmark\n- [ ] 1.3 fuzzing (optional)\n\n### Phase 2: Query\n\n- [ ] 2.1 parser\n',
      ),
    },
    {
      name: 'a phase with no tasks states nothing that boxes could contradict',
      text: plan(
        '⏳ Pending',
        '### Phase 1: Research ✅ COMPLETE\n\nRead the papers.\n\n### Phase 2: Build\n\n- [ ] Task 2.1: parser\n',
      ),
    },
    {
      name: 'In Review with every task done is how review works',
      text: plan('In Review', '### Phase 1: Index\n\n- [x] Task 1.1: schema\n'),
    },
    {
      name: 'a GSD phase in progress with one of two plans done',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Shop\n\n## Phase Details\n\n### Phase 1: Catalog\n**Plans**: 2 plans\n\nPlans:\n- [x] 01-01-PLAN.md — schema\n- [ ] 01-02-PLAN.md — listing\n\n## Progress\n\n| Phase | Plans Complete | Status | Completed |\n|---|---|---|---|\n| 1. Catalog | 1/2 | In progress | - |\n',
    },
    {
      name: 'a phase named with a status word is named, not marked ("Phase 2: Testing")',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Demo\n\n## Phases\n\n- [x] **Phase 1: Core** - the core\n- [ ] **Phase 2: Testing** - ship and verify\n\n## Phase Details\n\n### Phase 1: Core\n**Plans**: 1 plan\n\n- [x] 01-01-PLAN.md — build the core\n\n### Phase 2: Testing\n**Plans**: 2 plans\n\n- [x] 02-01-PLAN.md — packaging\n- [ ] 02-02-PLAN.md — smoke test\n',
    },
    {
      name: 'all plans done while another place says the phase awaits verification (GSD)',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Demo\n\n## Phases\n\n- [ ] **Phase 2: Rollout** - ship and verify\n\n## Phase Details\n\n### Phase 2: Rollout\n**Plans**: 2 plans\n\n- [x] 02-01-PLAN.md — packaging\n- [x] 02-02-PLAN.md — smoke test\n\n## Progress\n\n| Phase | Plans Complete | Status | Completed |\n|---|---|---|---|\n| 2. Rollout | 2/2 | Awaiting verification | - |\n',
    },
    {
      name: 'a ticked placeholder plan is no work ("TBD (run …)")',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Demo\n\n## Phases\n\n- [ ] **Phase 2: Polish** - rough edges\n\n## Phase Details\n\n### Phase 2: Polish\n**Plans**: TBD\n\n- [x] TBD (run /gsd-plan-phase 2 to break down)\n',
    },
    {
      name: 'a state word inside a phase name is part of the name',
      text: plan('🔄 In Progress', '### Phase 2: Complete Value Proposition\n\n- [ ] Task 2.1: pricing page\n'),
    },
    {
      name: 'a state word inside an identifier is no state ("FLAT → ENTRY_PENDING")',
      text: plan(
        '🔄 In Progress',
        '### Phase 2: Entry flow (FLAT → ENTRY_PENDING)\n\n- [ ] Task 2.1: gate\n### Phase 3: Exit (IN_POSITION → DONE_CLOSED)\n\n- [ ] Task 3.1: close\n',
      ),
    },
    {
      name: 'a heading all in capitals has no capitals to set a state apart ("DATABASE SYSTEMS COMPLETE")',
      text: plan('🔄 In Progress', '## PHASE 6: DATABASE SYSTEMS COMPLETE (5-6 weeks)\n\n- [ ] 6.1 schema course\n'),
    },
  ],
  invalid: [
    {
      name: "a heading's ✅ COMPLETE over open tasks",
      text: plan(
        '🔄 In Progress',
        '### Phase 1: Index ✅ COMPLETE\n\n- [x] Task 1.1: schema\n- [ ] Task 1.2: writer\n- [ ] Task 1.3: compaction\n',
      ),
      errors: [
        { line: '### Phase 1', message: 'Phase 1 is marked "COMPLETE" but Task 1.2 and Task 1.3 are still open.' },
      ],
    },
    {
      name: 'a capitalised state after a name in lower case',
      text: plan('🔄 In Progress', '### Phase 1: Index COMPLETE\n\n- [ ] Task 1.1: schema\n'),
      errors: [{ line: '### Phase 1', message: 'Phase 1 is marked "COMPLETE" but Task 1.1 is still open.' }],
    },
    {
      name: "a user story's phase heading marked ✅ COMPLETE over an open task (spec-kit)",
      path: 'specs/005-reports/tasks.md',
      text: '# Tasks: Reports\n\n## Phase 3: User Story 1 - Monthly report (Priority: P1) ✅ COMPLETE\n\n- [X] T012 [US1] Add the GET /reports route in src/reports/routes.ts\n- [ ] T013 [US1] Render rows in src/reports/rows.ts\n',
      errors: [{ line: '## Phase 3', message: 'Phase 3 is marked "COMPLETE" but T013 is still open.' }],
    },
    {
      name: 'a story in review with a task still open (BMAD)',
      path: 'docs/sprint-artifacts/4-2-export-loans-as-csv.md',
      text: '# Story 4.2: Export Loans as CSV\n\nStatus: review\n\n## Story\n\nAs a branch lead, I want a CSV of loans.\n\n## Acceptance Criteria\n\n1. One row per loan.\n\n## Tasks / Subtasks\n\n- [x] Task 1: Write the export query (AC: #1)\n- [ ] Task 2: Add the download button (AC: #1)\n\n## Dev Notes\n\nUse the replica.\n',
      errors: [{ line: 'Status: review', message: 'Status is review but Task 2 is still open.', severity: 'warning' }],
    },
    {
      name: "a phase's Status line says Complete over an open task",
      text: plan(
        '🔄 In Progress',
        '### Phase 2: Query\n**Goal**: search\n**Status**: ✅ Complete (2026-01-20)\n\n#### Tasks\n- [x] **Task 2.1**: parser\n- [ ] **Task 2.2**: ranking\n',
      ),
      errors: [
        { line: '**Status**: ✅ Complete', message: 'Phase 2 is marked "Complete" but Task 2.2 is still open.' },
      ],
    },
    {
      name: 'a ticked phase box over open plans (GSD)',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Shop\n\n## Phases\n\n- [x] **Phase 1: Catalog** - browse (completed 2026-01-10)\n\n## Phase Details\n\n### Phase 1: Catalog\n**Plans**: 2 plans\n\n- [ ] 01-01-PLAN.md — schema\n- [ ] 01-02-PLAN.md — listing\n',
      errors: [
        {
          line: '- [x] **Phase 1',
          message: 'Phase 1 is ticked but "01-01-PLAN.md — schema" and "01-02-PLAN.md — listing" are still open.',
        },
      ],
    },
    {
      name: 'a phase still In Progress when all its tasks are done',
      text: plan(
        '🔄 In Progress',
        '### Phase 1: Index\n**Status**: 🔄 In Progress\n\n- [x] Task 1.1: schema\n- [x] Task 1.2: writer\n\n### Phase 2: Query\n\n- [ ] Task 2.1: parser\n',
      ),
      errors: [
        {
          line: 8,
          message: 'Phase 1 is marked "In Progress" but all its 2 tasks are done; the status lags the work.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a phase still Pending with work done',
      text: plan(
        '🔄 In Progress',
        '### Phase 3: Export\n**Status**: ⏳ Pending\n\n- [x] Task 3.1: CSV\n- [ ] Task 3.2: PDF\n',
      ),
      errors: [
        {
          line: '**Status**: ⏳ Pending',
          message: 'Phase 3 is marked "Pending" but 1 of its 2 tasks is done.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the document still In Progress when every task is done',
      text: plan(
        '🔄 In Progress',
        '### Phase 1: Index\n\n- [x] Task 1.1: schema\n\n### Phase 2: Query\n\n- [x] Task 2.1: parser\n',
      ),
      errors: [
        {
          line: 3,
          message:
            'Status is In Progress but all 2 tasks are done; the status lags the work (mark it done, or add the work that remains).',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the document Planned with work done (BMAD story)',
      path: 'docs/stories/1.2.story.md',
      text: '# Story 1.2: Login\n\n## Status\n\nDraft\n\n## Story\n\nAs a user…\n\n## Acceptance Criteria\n\n1. Login works\n\n## Tasks / Subtasks\n\n- [x] Task 1 (AC: #1)\n  - [x] form\n- [ ] Task 2 (AC: #1)\n\n## Dev Notes\n\nNone.\n',
      errors: [
        {
          line: 5,
          message: 'Status is Draft but 2 of its 3 tasks are done already (Task 1 and "form").',
          severity: 'warning',
        },
      ],
    },
  ],
});
