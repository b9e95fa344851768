/**
 * Implementation plans as agents write them (the feature-planner skill's
 * `docs/plans/PLAN_<feature>.md` and its kin): a header Status, phases with a Status line
 * each, task boxes grouped by TDD step, Quality Gate checks, and a Progress Tracking
 * section with a line per phase and an Overall line.
 */
import type { ProfileInput } from '../schema.js';

export const planProfile: ProfileInput = {
  name: 'plan',
  description:
    'Implementation plan: "# Implementation Plan: X", phases with Status lines, tasks, quality gates, Progress Tracking.',
  detect: {
    title: '^(?:implementation plan|plan|feature plan|task plan)\\s*[:—–-]',
    paths: [
      'docs/plans/**/*.md',
      'docs/plan/**/*.md',
      'plans/**/*.md',
      '.claude/plans/**/*.md',
      '**/IMPLEMENTATION_PLAN.md',
      '**/PLAN_*.md',
      '**/*-plan.md',
      '**/*_plan.md',
    ],
    signals: [
      'Implementation Phases',
      'Progress Tracking',
      'Quality Gate',
      'Overall Progress',
      'Rollback Strategy',
      'Risk Assessment',
      'Estimated Completion',
      'Last Updated',
      'Started',
      'Completion Status',
      'Final Checklist',
    ],
    minSignals: 3,
  },
  claims: { sections: ['Progress Tracking', 'Completion Status'] },
};
