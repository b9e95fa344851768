/**
 * BMAD-METHOD stories (`docs/stories/1.2.story.md`, `…/sprint-artifacts/1-2-slug.md`):
 * the story's Status (a `## Status` section with the value below it, or a `Status:` line),
 * acceptance criteria, and the work in `## Tasks / Subtasks`. Boxes in QA results and
 * review action items are follow-ups, not the story's work.
 */
import type { ProfileInput } from '../schema.js';

export const bmadStoryProfile: ProfileInput = {
  name: 'bmad-story',
  description: 'BMAD story: Status, Story, Acceptance Criteria, Tasks / Subtasks, Dev Notes, Dev Agent Record.',
  detect: {
    title: '^story\\s+\\d',
    // Stories by their names (`1.2.story.md`, `story-1.12B.md`, `4-2-slug.md`): validation reports, retros and tech specs share the folders.
    paths: [
      '**/stories/**/[0-9]*.md',
      '**/stories/**/story-*.md',
      '**/sprint-artifacts/[0-9]*.md',
      '**/sprint-artifacts/story-*.md',
      '**/implementation-artifacts/[0-9]*.md',
      '**/implementation-artifacts/story-*.md',
    ],
    signals: [
      'Status',
      'Story',
      'Acceptance Criteria',
      'Tasks / Subtasks',
      'Dev Notes',
      'Dev Agent Record',
      'Change Log',
      'QA Results',
      'File List',
      'Completion Notes List',
      'Testing',
    ],
    minSignals: 4,
    requires: ['Tasks / Subtasks'],
  },
  work: { tasks: ['Tasks / Subtasks', 'Tasks'], checklists: ['Definition of Done'] },
};
