/** The feature ledger (docs/templates/feature-ledger.md), usually kept in .ai/ledgers/. */
import type { ProfileInput } from '../schema.js';

const sub = (
  name: string,
  presence: 'recommended' | 'optional' | 'required-when-done' = 'recommended',
  aliases?: string[],
) => ({ name, presence, ...(aliases ? { aliases } : {}) }) as const;

export const featureProfile: ProfileInput = {
  name: 'feature',
  tier: 'template',
  description: 'Feature ledger: "# NAME", Branch/Summary/Status/Created/Updated, progress log, completion checklist.',
  detect: {
    signals: [
      'Branch',
      'Created',
      'Updated',
      'Progress Log',
      'Technical Approach',
      'Technical Decisions',
      'Testing Strategy',
      'Deployment Notes',
      'Review & Feedback',
      'Completion',
    ],
    minSignals: 4,
    paths: ['.ai/ledgers/**/*.md'],
  },
  fields: [
    { name: 'Branch', type: 'text' },
    { name: 'Summary', type: 'text' },
    { name: 'Status', type: 'status' },
    { name: 'Created', aliases: ['Started'], type: 'date', formats: ['YYYY-MM-DD'] },
    {
      name: 'Updated',
      aliases: ['Last Updated'],
      type: 'date',
      formats: ['YYYY-MM-DD', 'YYYY-MM-DD HH:MM'],
      notBefore: 'Created',
    },
  ],
  status: {
    field: 'Status',
    states: [
      // Up Next and Backlog are how the template's author files planned work in .ai/ledgers/_active.md.
      {
        name: 'Planning',
        category: 'planned',
        aliases: ['Planned', 'Not Started', 'Draft', 'Proposed', 'Todo', 'To Do', 'Up Next', 'Backlog'],
      },
      {
        name: 'In Progress',
        category: 'active',
        aliases: ['WIP', 'Active', 'Ongoing', 'In Development', 'Implementing', 'Started'],
      },
      { name: 'Blocked', category: 'blocked', aliases: ['On Hold', 'Paused'] },
      { name: 'In Review', category: 'review', aliases: ['Review', 'Under Review', 'Testing', 'QA'] },
      {
        name: 'Completed',
        category: 'done',
        aliases: ['Complete', 'Done', 'Finished', 'Shipped', 'Deployed', 'Merged'],
      },
      { name: 'Cancelled', category: 'cancelled', aliases: ['Canceled', 'Abandoned', 'Dropped', "Won't Do"] },
    ],
    transitions: {
      Planning: ['In Progress', 'Blocked', 'Cancelled'],
      'In Progress': ['Blocked', 'In Review', 'Completed', 'Cancelled'],
      Blocked: ['In Progress', 'Cancelled'],
      'In Review': ['In Progress', 'Completed', 'Blocked'],
      Completed: [],
      Cancelled: [],
    },
  },
  sections: [
    {
      name: 'Context',
      presence: 'required',
      children: [sub('Problem Statement'), sub('Success Criteria'), sub('Acceptance Criteria')],
    },
    {
      name: 'Technical Approach',
      presence: 'required',
      children: [
        sub('Architecture Changes'),
        sub('Implementation Plan'),
        sub('Dependencies'),
        sub('Risks & Mitigations', 'recommended', ['Risks']),
      ],
    },
    { name: 'Progress Log', presence: 'required' },
    { name: 'Technical Decisions', aliases: ['Decisions'], presence: 'required' },
    {
      name: 'Testing Strategy',
      presence: 'required',
      children: [sub('Unit Tests'), sub('Integration Tests'), sub('Manual Testing')],
    },
    { name: 'Documentation Updates', aliases: ['Documentation'], presence: 'required' },
    {
      name: 'Deployment Notes',
      aliases: ['Deployment'],
      presence: 'required',
      children: [sub('Environment Requirements'), sub('Rollback Plan')],
    },
    {
      name: 'Review & Feedback',
      presence: 'required',
      children: [sub('Code Review Checklist'), sub('Stakeholder Feedback')],
    },
    {
      name: 'Completion',
      presence: 'required',
      children: [
        sub('Final Status', 'required-when-done'),
        sub('Lessons Learned'),
        sub('Follow-up Items', 'recommended', ['Follow-ups']),
      ],
    },
  ],
  // No task list: the template's boxes are checks, its completion checklists say which must be ticked.
  work: { tasks: [] },
  completion: {
    checklists: ['Completion > Final Status', 'Context > Success Criteria', 'Context > Acceptance Criteria'],
    testing: 'Testing Strategy',
  },
  placeholders: [
    '[Feature Name]',
    { pattern: '\\[1-2 sentences[^\\]\\n]{0,200}\\]', label: '[1-2 sentences: …]' },
    '[Status Update]',
    '[Title]',
    'feat/feature-name',
    { pattern: '(?<![\\p{L}\\p{N}])YYYY-MM-DD(?![\\p{L}\\p{N}])', label: 'YYYY-MM-DD' },
    { pattern: '^Criterion \\d+$', label: 'Criterion N' },
    'User can do X',
    'System behaves Y when Z',
    'Performance meets requirement A',
    {
      pattern: '^(?:Test case|Integration scenario|Manual test case|Follow-up task) \\d+$',
      label: 'example checklist item',
    },
    { pattern: '^(?:Step|Dependency) \\d+: Description$', label: 'example step' },
    { pattern: '^Feedback from stakeholder \\d+$', label: 'example feedback' },
  ],
};
