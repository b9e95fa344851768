/**
 * Backlog.md tasks (`backlog/tasks/task-12 - Title.md`): front matter with `status`,
 * `created_date`, `updated_date`; acceptance criteria as `- [ ] #1 …` boxes (between
 * `<!-- AC:BEGIN -->` markers in newer files), which are the task's work; a Definition of
 * Done filled from the project's config, which is a checklist.
 */
import type { ProfileInput } from '../schema.js';

export const backlogTaskProfile: ProfileInput = {
  name: 'backlog-task',
  description:
    'Backlog.md task: front matter (id, title, status, dates), Description, Acceptance Criteria boxes, Implementation Plan and Notes.',
  detect: {
    paths: [
      'backlog/tasks/*.md',
      'backlog/completed/*.md',
      'backlog/drafts/*.md',
      'backlog/archive/**/*.md',
      '**/backlog/tasks/*.md',
    ],
    signals: [
      'id',
      'title',
      'status',
      'created date',
      'updated date',
      'assignee',
      'labels',
      'dependencies',
      'Description',
      'Acceptance Criteria',
      'Implementation Plan',
      'Implementation Notes',
    ],
    minSignals: 6,
    requires: ['created date', 'Acceptance Criteria'],
  },
  work: { tasks: ['Acceptance Criteria'], checklists: ['Definition of Done'] },
};
