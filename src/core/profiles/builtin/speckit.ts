/**
 * spec-kit's `specs/NNN-feature/tasks.md`: `## Phase N: …` groups of `- [ ] T001 [P]
 * [US1] …` tasks (the `[P]` and `[US1]` after the id are tags, not boxes), checkpoints,
 * and sometimes a task total or a state on a phase heading.
 */
import type { ProfileInput } from '../schema.js';

export const speckitProfile: ProfileInput = {
  name: 'speckit-tasks',
  description: 'spec-kit tasks.md: "# Tasks: X", "## Phase N" groups of T001-style tasks.',
  detect: {
    title: '^tasks\\s*:',
    paths: ['specs/*/tasks.md', '**/specs/*/tasks.md'],
    signals: [
      'Format',
      'Path Conventions',
      'Dependencies & Execution Order',
      'Parallel Opportunities',
      'Implementation Strategy',
      'Checkpoint',
      'Notes',
      'Parallel Example',
    ],
    minSignals: 3,
  },
  // The older template's Validation Checklist and Execution Flow are checks of the generated plan, not work.
  work: {
    ignore: [
      'Format',
      'Path Conventions',
      'Parallel Example',
      'Implementation Strategy',
      'Validation Checklist',
      'Task Generation Rules',
      'Execution Flow',
    ],
  },
};
