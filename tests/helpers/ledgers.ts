/**
 * The minimal PRD fixture with Git Commits, Key Files and a PRD field of the test's choosing
 * (by default none, and a PRD named without a path, so it is clean wherever it is checked,
 * in a repository or not).
 */
import { fixture } from './lint.js';

export function prdLedger({
  commits = [],
  keyFiles = ['- None yet'],
  status = 'In Progress',
  prd = 'PRD 04 (in the product tracker)',
}: { commits?: string[]; keyFiles?: string[]; status?: string; prd?: string } = {}): string {
  return fixture('minimal/prd.md')
    .replace('**PRD:** `prd/04_webhook_retries.md`', `**PRD:** ${prd}`)
    .replace('**Status:** In Progress', `**Status:** ${status}`)
    .replace(/## Key Files\n\n[^]*?\n\n---/, `## Key Files\n\n${keyFiles.join('\n')}\n\n---`)
    .replace(
      /## Git Commits\n\n[^]*?\n\n---/,
      `## Git Commits\n\n${commits.length > 0 ? commits.join('\n') : 'None yet.'}\n\n---`,
    );
}
