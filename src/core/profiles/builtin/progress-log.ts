/**
 * Agent progress logs: `claude-progress.txt` and `agent-progress.md` beside a
 * `feature_list.json`, `PROGRESS.md`, a memory bank's `progress.md` (What Works, What's
 * Left to Build, Current Status, Known Issues). Their counts ("41/45 features passing")
 * usually count a list kept elsewhere, and their session entries were true when written.
 */
import type { ProfileInput } from '../schema.js';

export const progressLogProfile: ProfileInput = {
  name: 'progress-log',
  description: 'Agent progress log: claude-progress.txt, agent-progress.md, PROGRESS.md, memory-bank/progress.md.',
  detect: {
    title: '\\bprogress\\b',
    paths: [
      '**/claude-progress.txt',
      '**/*progress*.txt',
      '**/*progress*.md',
      '**/*PROGRESS*.md',
      '**/memory-bank/progress.md',
    ],
    signals: [
      'What Works',
      "What's Left to Build",
      'Current Status',
      'Known Issues',
      'Session Log',
      'Next Steps',
      'Completed Tasks',
      'Current Tasks',
      'Session History',
      'Progress Log',
    ],
    minSignals: 2,
  },
  claims: { boxes: 'elsewhere' },
};
