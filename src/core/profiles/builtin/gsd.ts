/**
 * GSD ("Get Shit Done") planning files. ROADMAP.md: a phase list with boxes, a section
 * per phase with its `**Plans:**` line and plan boxes, a progress table (`| Phase |
 * Plans Complete | Status | Completed |`). STATE.md: front matter counts, a Current
 * Position with `Phase: X of Y`, a Progress bar. STATE's counts come from plan files on
 * disk, not from boxes in the file.
 */
import type { ProfileInput } from '../schema.js';
import { STATUS_WORDS } from './vocabulary.js';

export const gsdRoadmapProfile: ProfileInput = {
  name: 'gsd-roadmap',
  description: 'GSD .planning/ROADMAP.md: phase list, phase details with Plans lines and plan boxes, progress table.',
  detect: {
    title: '^roadmap\\b',
    paths: ['.planning/ROADMAP.md', '**/.planning/ROADMAP.md', '.planning/milestones/*-ROADMAP.md'],
    signals: [
      'Phases',
      'Phase Details',
      'Progress',
      'Milestones',
      'Overview',
      'Plans',
      'Goal',
      'Depends on',
      'Success Criteria',
    ],
    minSignals: 4,
  },
  // Success Criteria under a phase are what it must achieve, numbered, not its work.
  work: { ignore: ['Phase Numbering', 'Requirement Traceability', 'Traceability'] },
  claims: { sections: ['Progress', 'Progress Table'], columns: { fraction: ['Plans Complete'] } },
};

export const gsdStateProfile: ProfileInput = {
  name: 'gsd-state',
  description: 'GSD .planning/STATE.md: front-matter progress counts, Current Position (Phase: X of Y), Progress bar.',
  detect: {
    title: '^(?:project )?state\\b',
    paths: ['.planning/STATE.md', '**/.planning/STATE.md'],
    signals: [
      'Project Reference',
      'Current Position',
      'Accumulated Context',
      'Session Continuity',
      'Performance Metrics',
      'Decisions',
      'Blockers/Concerns',
      'Pending Todos',
    ],
    minSignals: 3,
  },
  claims: { sections: ['Current Position'], boxes: 'elsewhere' },
  dates: { updates: ['last updated', 'last activity'] },
  // GSD writes `status: completed` whenever its Status line says "complete" anywhere ("Phase complete —
  // ready for verification"): a step is done, not certainly the whole, so it is read as awaiting review.
  status: {
    field: 'Status',
    states: [{ name: 'completed', aliases: ['complete'], category: 'review' }, ...STATUS_WORDS],
  },
};

/**
 * A GSD plan summary, `.planning/phases/NN-name/NN-MM-SUMMARY.md`: what executing one plan
 * did, with no boxes of its own. What it lists are the plan's commits (`## Task Commits`:
 * `1. **Task 1: Title** - `a1b2c3d` (feat)`), checked against the repository like any ledger's.
 */
export const gsdSummaryProfile: ProfileInput = {
  name: 'gsd-summary',
  description:
    'GSD .planning/phases/*/NN-MM-SUMMARY.md: Performance, Accomplishments, Task Commits, Files Created/Modified, Deviations from Plan.',
  detect: {
    title: '^phase\\s+\\S+\\s+plan\\s+\\S+.*\\bsummary\\b',
    paths: ['.planning/phases/*/*-SUMMARY.md'],
    signals: [
      'Performance',
      'Accomplishments',
      'Task Commits',
      'Files Created/Modified',
      'Decisions Made',
      'Deviations from Plan',
      'Issues Encountered',
      'Next Phase Readiness',
      'User Setup Required',
    ],
    minSignals: 4,
  },
  // `**Tasks:** 3/3` counts the plan's tasks, which live in the PLAN file, not here.
  claims: { boxes: 'elsewhere' },
  history: ['Deviations from Plan', 'Issues Encountered'],
};
