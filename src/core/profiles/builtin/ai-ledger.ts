/**
 * Feature ledgers that follow the feature template loosely: `# Feature Ledger: X` or a
 * ledger in `.ai/ledgers/` that renamed or dropped the template's sections. Their claims
 * are checked; the template's sections and fields are not required of them.
 */
import type { ProfileInput } from '../schema.js';

export const aiLedgerProfile: ProfileInput = {
  name: 'ai-ledger',
  description:
    'A feature ledger that does not follow the template closely: "# Feature Ledger: X", or a file in .ai/ledgers/.',
  detect: {
    title: '^feature ledger\\s*[:—–-]',
    paths: ['.ai/ledgers/**/*.md', '.aiwf/**/*.md'],
    signals: [
      'Branch',
      'Created',
      'Updated',
      'Status',
      'Progress Log',
      'Technical Approach',
      'Completion',
      'Success Criteria',
      'Implementation Details',
      'Next Steps',
    ],
    minSignals: 4,
  },
};
