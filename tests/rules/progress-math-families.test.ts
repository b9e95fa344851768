/**
 * progress-math on ledgers that do not follow a template: a claim is checked against
 * every way of counting its group's boxes, a mismatch the totals settle is an error, one
 * they cannot settle a warning, and nothing is said where counts may count a list kept
 * outside the file. The template cases are in progress-math.test.ts.
 */
import { ruleTester } from '../helpers/rule-tester.js';

const plan = (body: string) =>
  `# Implementation Plan: Search\n\n**Status**: 🔄 In Progress\n\n## Implementation Phases\n\n${body}`;
const twoPhases = `### Phase 1: Index
- [x] Task 1.1: schema
  - [x] 1.1.1 columns
  - [x] 1.1.2 indexes
- [x] Task 1.2: writer

### Phase 2: Query
- [x] Task 2.1: parser
- [ ] Task 2.2: ranking
- [ ] Task 2.3: paging

#### Quality Gate ✋
- [ ] lint passes
`;

ruleTester('progress-math', {
  valid: [
    {
      name: 'phase lines that count top-level tasks, or every box',
      text: plan(
        `${twoPhases}\n## 📊 Progress Tracking\n\n- **Phase 1**: ✅ 100% (2/2 tasks)\n- **Phase 2**: 🔄 33% (1/3 tasks)\n- **Overall**: 71% (5/7 boxes)\n`,
      ),
    },
    {
      name: 'a percentage that rounds, truncates or rounds up its own fraction',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2 Progress**: 1/3 tasks (34%)\n`),
    },
    {
      name: 'an estimate is not held to the boxes',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n**Overall Progress**: ~40% complete\n`),
    },
    {
      name: 'percentages that are not progress: coverage, targets, before and after',
      text: plan(
        `${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: coverage ≥80%, 50% faster queries, 94% unit test pass rate, 70% → 100% of routes\n`,
      ),
    },
    {
      name: 'a phase with no boxes carries no claim the boxes could contradict',
      text: plan('### Phase 1: Research\n\nRead the papers.\n\n## Progress Tracking\n\n- **Phase 1**: 60%\n'),
    },
    {
      name: "a progress log's counts are of a feature list kept elsewhere",
      path: 'claude-progress.txt',
      text: '# Claude Progress Log\n\n## Current Status\n\nStatus: 41/45 features passing (91%)\n\n## Next Steps\n\n- [ ] fix login\n',
    },
    {
      name: 'a total that counts the ids without the inserted ones, or the highest id',
      path: 'specs/005-reports/tasks.md',
      text: '# Tasks: Reports\n\n## Phase 1: Setup\n\n- [X] T001 Create the module\n- [X] T002 Add the writer\n- [ ] T002a Add a BOM\n- [ ] T003 Wire the route\n\n## Summary\n\n- **Total Tasks**: 3 (T001-T003)\n',
    },
    {
      name: 'a box that stands for a range of task ids counts once per id',
      path: 'specs/008-hooks/tasks.md',
      text: "# Tasks: Hooks\n\n## Phase 5: User Story 3 - Fix hints (Priority: P3)\n\n- [x] T050-T060 [US3] Covered by the linters' own output\n- [x] T061 [US3] Document the hints\n\n## Task Summary\n\n- **Phase 5 (US3)**: 12 tasks\n- **Total Tasks**: 12\n",
    },
    {
      name: 'claims in a session log were true when written',
      text: plan(`${twoPhases}\n## Session Log\n\n### Session 1 - 2026-01-10\n- Phase 2: 0/3 tasks\n`),
    },
    {
      name: 'a number in quotes describes the product, not the work',
      text: plan(
        `${twoPhases}\n## Progress Tracking\n\n- **Phase 1**: done, the counter shows "4/6 active goals" and "20%" off\n`,
      ),
    },
    {
      name: 'a percentage and a fraction that state two facts are not one claim',
      text: plan(
        `${twoPhases}\n## Progress Tracking\n\n- **Phase 1**: [██████████] 100% (docs 5/6 shipped as code; review pending)\n`,
      ),
    },
    {
      name: 'a bar without brackets or empty cells may be drawn to any scale',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: ████████████████ 33% (1/3 tasks)\n`),
    },
    {
      name: 'a Status value ends at its first " | "; what follows are other facts',
      text: `# Implementation Plan: Search\n\n**Status**: 🔄 In Progress | 410 tests passed | rule: only 100% done is DONE\n\n## Implementation Phases\n\n${twoPhases}`,
    },
  ],
  invalid: [
    {
      name: 'a percentage that is not its own fraction',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: 60% (1/3 tasks)\n`),
      errors: [{ line: '- **Phase 2**', message: 'Phase 2 says 60% but its own 1/3 is 33%.' }],
      output: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: 33% (1/3 tasks)\n`),
    },
    {
      name: 'a parenthesis that opens with a fraction glosses the percentage before it, words between or not',
      text: plan(`${twoPhases}\n## Progress Tracking\n\nPhase 2  [██████░░░░] 60%   query parser (1/3 tasks)\n`),
      errors: [{ line: 'Phase 2  [', message: 'Phase 2 says 60% but its own 1/3 is 33%.' }],
      output: plan(`${twoPhases}\n## Progress Tracking\n\nPhase 2  [███░░░░░░░] 33%   query parser (1/3 tasks)\n`),
    },
    {
      name: 'a full bar with no empty mark to redraw it with is left for the author, and so is its percentage',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: [##########] 100% (1/3 tasks)\n`),
      errors: [{ line: '- **Phase 2**', message: 'Phase 2 says 100% but its own 1/3 is 33%.' }],
      output: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: [##########] 100% (1/3 tasks)\n`),
    },
    {
      name: 'a bar that does not show its percentage',
      text: plan(`${twoPhases}\n## Progress Tracking\n\nProgress: [████████░░] 60%\n`),
      errors: [{ line: 'Progress: [', message: "Progress's bar shows 8 of 10 cells filled (80%) but it says 60%." }],
    },
    {
      name: 'a fraction the totals settle: same number of tasks, another number done',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: 🔄 (2/3 tasks)\n`),
      errors: [
        {
          line: '- **Phase 2**',
          message:
            'Phase 2 says 2/3 tasks done, but its checkboxes show 1/3 (top-level tasks) or 1/4 (top-level tasks with the checklists); expected 33% (1/3).',
        },
      ],
      output: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: 🔄 (1/3 tasks)\n`),
    },
    {
      name: 'a fraction the boxes cannot settle is only a warning, and is not rewritten',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: 🔄 (2/5 tasks)\n`),
      errors: [
        {
          line: '- **Phase 2**',
          message:
            'Phase 2 says 2/5 tasks done, but its checkboxes show 1/3 (top-level tasks) or 1/4 (top-level tasks with the checklists).',
          severity: 'warning',
        },
      ],
      output: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: 🔄 (2/5 tasks)\n`),
    },
    {
      name: '100% with open tasks',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 2**: ✅ 100%\n`),
      errors: [
        {
          line: '- **Phase 2**',
          message:
            'Phase 2 says 100%, but 2 required tasks are open (its checkboxes give 1/3 (top-level tasks) or 1/4 (top-level tasks with the checklists)).',
        },
      ],
    },
    {
      name: '0% with ticked tasks',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n- **Phase 1**: ⏳ 0%\n`),
      errors: [
        {
          line: '- **Phase 1**',
          message: 'Phase 1 says 0%, but its checkboxes show 2/2 (top-level tasks) or 4/4 (boxes) or 3/3 (leaf tasks).',
        },
      ],
    },
    {
      name: 'a D/T of phases that the phases do not give',
      text: plan(`${twoPhases}\n## Progress Tracking\n\n**Overall Progress**: 50% complete (0/2 phases)\n`),
      errors: [
        { line: '**Overall Progress**', message: 'Overall says 50% but its own 0/2 is 0%.' },
        {
          line: '**Overall Progress**',
          message: 'Overall says 0/2 phases done, but by their boxes 1 of the 2 phases are done.',
        },
      ],
    },
    {
      name: 'stated totals that no way of counting gives are worth a warning (spec-kit)',
      path: 'specs/005-reports/tasks.md',
      text: '# Tasks: Reports\n\n## Phase 3: Monthly report\n\n- [X] T012 Add the route\n- [ ] T013 Render rows\n\n## Phase 4: Polish\n\n- [ ] T014 Document it\n\n## Task Summary\n\n- **Total Tasks**: 9\n- **Phase 3 (US1)**: 5 tasks (T012-T016)\n- **Phase 4 (Polish)**: 1 task\n',
      errors: [
        {
          line: '**Total Tasks**',
          message: 'Total Tasks says 9 tasks, but the phases add up to 3 (top-level tasks).',
          severity: 'warning',
        },
        {
          line: '**Phase 3 (US1)**',
          message: 'Phase 3 says 5 tasks, but its checkboxes count 2 (top-level tasks).',
          severity: 'warning',
        },
      ],
    },
    {
      name: "a checkpoint's numbers are a claim about its phase; its words are a goal",
      path: 'specs/005-reports/tasks.md',
      text: '# Tasks: Reports\n\n## Phase 3: Monthly report\n\n- [X] T012 Add the route\n- [ ] T013 Render rows\n\n**Checkpoint**: User Story 1 is COMPLETE with 2/2 tasks done (100%)\n\n## Phase 4: Polish\n\n- [ ] T014 Document it\n\n**Checkpoint**: ✅ Polish complete - ready to ship\n',
      errors: [
        {
          line: '2/2 tasks done',
          message:
            "Phase 3's checkpoint says 2/2 tasks done, but its checkboxes show 1/2 (top-level tasks); expected 50% (1/2).",
        },
      ],
    },
    {
      name: 'a done count of a total not decided yet, that the boxes contradict (GSD "0/TBD")',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Demo\n\n## Phase Details\n\n### Phase 1: Core\n**Goal**: Core works\n**Plans**: 0/TBD\n\nPlans:\n- [x] 01-01-PLAN.md — build the core\n',
      errors: [
        {
          line: '**Plans**: 0/TBD',
          message: 'Phase 1 says 0 done of a total to be decided, but its checkboxes show 1 done (top-level tasks).',
        },
      ],
    },
    {
      name: 'a Plans count that the listed plans do not give (GSD "N plans")',
      path: '.planning/ROADMAP.md',
      text: '# Roadmap: Demo\n\n## Phase Details\n\n### Phase 1: Core\n**Goal**: Core works\n**Plans**: 2 plans\n\nPlans:\n- [x] 01-01-PLAN.md — build the core\n',
      errors: [
        {
          line: '**Plans**: 2 plans',
          message: 'Phase 1 says 2 plans, but its checkboxes count 1 (top-level tasks).',
          severity: 'warning',
        },
      ],
    },
    {
      name: "a progress log's count is checked when the file lists exactly that many items",
      path: 'claude-progress.txt',
      text: '# Claude Progress Log\n\n## Current Status\n\nStatus: 3/4 features passing (75%)\n\n## Features\n\n- [x] login\n- [x] logout\n- [ ] signup\n- [ ] reset\n',
      errors: [
        {
          line: 'Status: 3/4',
          message: 'Status says 3/4 features done, but its checkboxes show 2/4 (top-level tasks); expected 50% (2/4).',
        },
      ],
    },
  ],
});
