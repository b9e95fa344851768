/**
 * The words ledgers use, as data every profile starts from: status words and what
 * they say of the work, the names of sections whose boxes are checks or not work at
 * all, of sections that hold progress claims or history, of date fields, of table
 * columns and front-matter keys. A profile adds to these; none of it lives in rules.
 */
import type { ProfileInput } from '../schema.js';

type States = NonNullable<NonNullable<ProfileInput['status']>['states']>;

/** Status words of agent ledgers of every family, by what they say of the work. */
export const STATUS_WORDS: States = [
  {
    name: 'Not Started',
    category: 'planned',
    aliases: [
      'Planned',
      'Planning',
      'Pending',
      'To Do',
      'Todo',
      'Backlog',
      'Up Next',
      'Next',
      'Draft',
      'Drafted',
      'Proposed',
      'Approved',
      'Ready',
      'Ready for Dev',
      'Ready to Start',
      'Ready to Execute',
      'Ready to Implement',
      'Ready for Implementation',
      'Waiting',
      'Queued',
      'Upcoming',
      'Not Run',
      'Open',
      'New',
      'Discussing',
      'Contexted',
      'Planning Complete',
    ],
  },
  {
    name: 'In Progress',
    category: 'active',
    aliases: [
      'InProgress',
      'WIP',
      'Active',
      'Ongoing',
      'Doing',
      'Started',
      'Executing',
      'Implementing',
      'In Development',
      'Current',
      'Underway',
      'Partial',
      'Partially Complete',
      'Partially Completed',
      'Near Complete',
      'Mostly Complete',
      'Almost Done',
    ],
  },
  {
    name: 'In Review',
    category: 'review',
    aliases: [
      'Review',
      'Ready for Review',
      'Under Review',
      'Pending Review',
      'Awaiting Review',
      'Testing',
      'QA',
      'Verifying',
      'Ready for Done',
      'Dev Complete',
      'Review Passed',
      'Awaiting Verification',
      'Ready for Verification',
      'Awaiting Approval',
      'Pending Approval',
      'Awaiting Sign-off',
      'Awaiting Operator',
      'In Verification',
      'UAT',
    ],
  },
  { name: 'Blocked', category: 'blocked', aliases: ['On Hold', 'Paused', 'Stalled'] },
  {
    name: 'Done',
    category: 'done',
    aliases: [
      'Complete',
      'Completed',
      'Finished',
      'Shipped',
      'Merged',
      'Deployed',
      'Released',
      'Delivered',
      'Implemented',
      'Closed',
      'Resolved',
      'Accepted',
      'Passed',
      'Passing',
      'All Complete',
    ],
  },
  {
    name: 'Cancelled',
    category: 'cancelled',
    aliases: [
      'Canceled',
      'Abandoned',
      'Dropped',
      "Won't Do",
      'Wont Do',
      'Wontfix',
      "Won't Fix",
      'Skipped',
      'Superseded',
      'Obsolete',
      'Rejected',
      'Deferred',
      'Archived',
    ],
  },
];

/** Status emoji, read only beside a status word or as the whole mark on a group's heading. */
export const STATUS_EMOJI: Readonly<Record<string, 'planned' | 'active' | 'blocked' | 'done'>> = {
  '✅': 'done',
  '✔': 'done',
  '✔️': 'done',
  '☑': 'done',
  '☑️': 'done',
  '✓': 'done',
  '🔄': 'active',
  '🚧': 'active',
  '⏳': 'planned',
  '⬜': 'planned',
  '🔲': 'planned',
  '⏸': 'blocked',
  '⏸️': 'blocked',
};

/** Sections whose boxes are checks made before calling work done, not the work. */
export const CHECKLIST_SECTIONS = [
  'Quality Gate',
  'Quality Gates',
  'Gate',
  'Gates',
  'Definition of Done',
  'DoD',
  'Acceptance Criteria',
  'Success Criteria',
  'Exit Criteria',
  'Ready Criteria',
  'Manual Test',
  'Manual Testing',
  'Manual Test Checklist',
  'Final Checklist',
  'Before Marking Complete',
  'Completion Checklist',
  'Review Checklist',
  'Code Review Checklist',
  'Verification',
  'Validation',
  'Validation Checklist',
  'Testing',
  'Tests',
  'Test Plan',
  'Testing Strategy',
  'Testing Status',
  'Final Status',
];

/** Sections whose boxes are neither work nor checks: intentions, legends, examples. */
export const IGNORED_SECTIONS = [
  'Out of Scope',
  'Non Goals',
  'Not in Scope',
  'Must Not Introduce',
  'Must Preserve',
  'Open Questions',
  'Questions',
  'Next Steps',
  'Immediate Next Steps',
  'Next Session',
  'Next Session Priorities',
  'Next Actions',
  'Follow up',
  'Follow up Items',
  'Follow ups',
  'Future',
  'Future Work',
  'Future Improvements',
  'Future Enhancements',
  'Ideas',
  'Nice to Have',
  'Risks',
  'Risk Assessment',
  'Notes',
  'Legend',
  'Status Definitions',
  'Template',
  'Session Template',
  'Example',
  'Examples',
  'Format',
  'Instructions',
  'Critical Instructions',
  'Usage',
  'References',
  'Rollback',
  'Rollback Strategy',
  'Rollback Plan',
  'Deferred',
  'Backlog',
  'Dependencies',
  'Required Before Starting',
  'Prerequisites',
  'Improvements Checklist',
  'Action Items',
  'QA Results',
  'Review Follow ups',
  'Known Issues',
  'Blockers',
  'Current Blockers',
  'Resolved Blockers',
  'Decisions',
  'Decisions Made',
  'Technical Decisions',
  'Key Decisions',
  'Lessons Learned',
  'Stakeholder Feedback',
];

/** Sections whose lines state progress: there, a line naming a group or the whole with a number is a claim. */
export const CLAIM_SECTIONS = [
  'Progress',
  'Progress Summary',
  'Progress Tracking',
  'Completion Status',
  'Current Status',
  'Status',
  'Overview',
  'Summary',
  'Statistics',
  'Quick Status',
  'Project Status',
  'Overall Progress',
  'Total Progress',
  'Current Progress',
  'Phase Completion',
  'Current Position',
  'Progress Table',
];

/** Sections that record the past: what they say was true when written. */
export const HISTORY_SECTIONS = [
  'Session Log',
  'Sessions',
  'Session History',
  'Progress Log',
  'History',
  'Changelog',
  'Change Log',
  'Log',
  'Daily Log',
  'Activity Log',
  'Recent Activity',
  'Development Log',
  'Dev Log',
  'Work Log',
  'Journal',
  'Dev Agent Record',
  'Completion Notes',
  'Completion Notes List',
  'Archive',
  'Archived',
  'Roadmap Evolution',
  'Recent Progress',
  'Recent Milestones',
  'Session Continuity',
  'Performance Metrics',
  'Archived Milestone Details',
];

/** Headings of log entries, which are history wherever they stand: `Session 3`, `2026-01-15 …`, `Run 001`, `Entry 4`. */
export const LOG_ENTRY_HEADING = '^(?:\\[?\\d{4}-\\d{2}-\\d{2}|(?:session|run|entry|day|sprint review)[\\s#]*\\d+\\b)';

/** Phases and their kin, as headings and list items open them: `Phase 3: …`, `## 2. Phase 1`, `Milestone 2 (In Progress)`. */
export const GROUP_PATTERN =
  '^(?:\\d{1,3}[.)]\\s+)?(?<kind>phase|stage|milestone|sprint|step|epic|user story|story|release|wave|iteration|increment|week|part)\\s+(?<id>\\d{1,4}(?:\\.\\d{1,4}){0,3}[a-z]?)(?!\\.?\\d)(?!\\s*[-–~]\\s*\\d)(?=\\s*(?:$|[:.)(\\[|—–-]|[^\\p{L}\\p{N}\\s]|(?:complete|completed|done|in progress|pending|blocked|todo)\\b))';

export const DATE_FIELDS = {
  starts: ['Created', 'Started', 'Start Date', 'Created Date', 'Created At', 'Date Created', 'Start'],
  updates: ['Updated', 'Last Updated', 'Updated Date', 'Updated At', 'Last Modified', 'Modified', 'Last Update'],
};

/** Table columns that say which group a row is about, and what it states of it. */
export const TABLE_COLUMNS = {
  group: ['Phase', 'Milestone', 'Stage', 'Sprint', 'Step', 'Epic', 'Story', 'Release', 'Wave', 'Iteration', 'Part'],
  fraction: [
    'Plans Complete',
    'Plans',
    'Tasks',
    'Tasks Done',
    'Done',
    'Completed',
    'Complete',
    'Progress',
    'Count',
    'Items',
    'Steps',
    'Stories',
    'Features',
  ],
  percent: ['Progress', 'Percent', 'Completion', 'Completeness', 'Complete', 'Done', '%'],
  status: ['Status', 'State', 'Result'],
};

/** Front-matter keys that state the whole document's progress. */
export const FRONT_MATTER_KEYS = {
  percent: ['percent', 'progress', 'percent complete', 'completion', 'progress percent'],
  done: ['completed', 'done', 'completed count'],
  total: ['total', 'total count'],
};

/** Allowed ways of counting a group's boxes, unless a profile narrows them. */
export const COUNTING: Array<'top-level' | 'all' | 'leaves'> = ['top-level', 'all', 'leaves'];

/**
 * Where ledgers list commits. A heading or bold label lists them when its title holds one of
 * `titles` as whole words (`## Git Commits`, `### Commit`, `Key Commits Reviewed`, `**Commits
 * This Session:**`), unless it also holds one of `notLists` (`## Commit Conventions` says how
 * to commit, `### Pre-commit Checklist` what to do before). A table lists them in a column
 * headed by one of `columns`, with the subject in a column headed by one of `messages` (never
 * a path, link or task column); a `checksums` column beside one of `files` holds the files'
 * checksums, not commits.
 */
export const COMMIT_LISTS = {
  titles: ['Commit', 'Commits', 'Git Log'],
  notLists: [
    'Convention',
    'Conventions',
    'Guideline',
    'Guidelines',
    'Format',
    'Message',
    'Messages',
    'Style',
    'Strategy',
    'Policy',
    'Rules',
    'Hook',
    'Hooks',
    'Template',
    'Workflow',
    'Process',
    'Signing',
    'How',
    'Pre',
    'Checklist',
  ],
  columns: [
    'Commit',
    'Commits',
    'SHA',
    'Hash',
    'Commit SHA',
    'Commit Hash',
    'Commit ID',
    'Git Commit',
    'Git SHA',
    'Git Hash',
  ],
  messages: ['Message', 'Commit Message', 'Subject', 'Commit Subject', 'Description', 'Summary', 'Title'],
  checksums: ['SHA', 'Hash'],
  files: ['File', 'Files', 'Path', 'Artifact', 'Artifacts', 'Asset', 'Binary', 'Image', 'Package', 'Download'],
  /** Headings over made-up content (`## Session Template`, `### Example`), exactly: no commit under them is read. "Email Templates" is work. */
  examples: [
    'Template',
    'Templates',
    'Example',
    'Examples',
    'Sample',
    'Samples',
    'Session Template',
    'Entry Template',
    'Log Template',
    'Example Session',
    'Example Entry',
    'Example Usage',
    'Usage Example',
  ],
};
