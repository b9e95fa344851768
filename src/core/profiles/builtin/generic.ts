/**
 * Any other file with work items and at least one claim or status: its claims are
 * checked with the usual vocabulary, and nothing is required of its shape.
 */
import type { ProfileInput } from '../schema.js';

export const genericProfile: ProfileInput = {
  name: 'generic',
  tier: 'generic',
  description:
    'Any markdown file with checkboxes and at least one progress claim or status that no other profile takes.',
  detect: { signals: [], minSignals: 0 },
};
