/**
 * Kiro's `.kiro/specs/<feature>/tasks.md`: numbered tasks `- [ ] 1. …` with subtasks
 * `- [ ] 1.1 …` (indented or at the margin), optional ones `- [ ]* 2.3 …`, `[-]` for a task
 * under way, and `_Requirements: …_` lines.
 */
import type { ProfileInput } from '../schema.js';

export const kiroProfile: ProfileInput = {
  name: 'kiro-tasks',
  description: 'Kiro tasks.md: "# Implementation Plan", numbered tasks with subtasks, optional tasks marked [ ]*.',
  detect: {
    title: '^implementation plan\\b',
    paths: ['.kiro/specs/*/tasks.md', '**/.kiro/specs/*/tasks.md'],
    // Its folder or its title is the sign; its sections are everyone's (tech specs have these too).
    signals: ['Implementation Plan', 'Tasks', 'Overview', 'Notes'],
    minSignals: 0,
  },
};
