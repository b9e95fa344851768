/**
 * The minimal PRD fixture with Git Commits and Key Files of the test's choosing
 * (by default none, so it is clean wherever it is checked, in a repository or not).
 */
import { fixture } from './lint.js';

export function prdLedger({ commits = [], keyFiles = ['- None yet'], status = 'In Progress' }: { commits?: string[]; keyFiles?: string[]; status?: string } = {}): string {
  return fixture('minimal/prd.md')
    .replace('**Status:** In Progress', `**Status:** ${status}`)
    .replace(/## Key Files\n\n[^]*?\n\n---/, `## Key Files\n\n${keyFiles.join('\n')}\n\n---`)
    .replace(/## Git Commits\n\n[^]*?\n\n---/, `## Git Commits\n\n${commits.length > 0 ? commits.join('\n') : 'None yet.'}\n\n---`);
}
