/**
 * What an agent should know about the ledgers of a repository checked by ledgerlint,
 * written into CLAUDE.md (and AGENTS.md, when there is one) between markers. The same
 * guidance ships as a skill, agent/skills/ledgerlint/SKILL.md (a test keeps them in step).
 */

export const BEGIN_MARKER = '<!-- ledgerlint:begin -->';
export const END_MARKER = '<!-- ledgerlint:end -->';

export const INSTRUCTIONS = `## Ledgers (checked by ledgerlint)

The feature ledgers in this repository (PRD and feature ledgers, plans, task lists, progress logs) are checked by ledgerlint. When you update one:

- Tick a task only when its work is done and you can point to the evidence (a commit, a file, a passing test). Never tick a task whose subtasks are still open.
- Set a done status (Completed, Done, …) only when \`npx ledgerlint gate <ledger>\` says the ledger is ready. If it is not, finish the work, or mark what is not needed N/A and say why.
- Do not work out derived numbers by hand: after ticking boxes or logging a session, run \`npx ledgerlint --fix <ledger>\` to update the progress counts and the session count.
- After editing a ledger, run \`npx ledgerlint <ledger>\` and fix what it reports.
- Never commit with \`--no-verify\`: the pre-commit hook checks the ledgers.
- Hooks check your edits: one that marks a ledger complete or ticks a box while the work says otherwise is refused, with each reason and its line. Fix the work those reasons name, not the paperwork.
`;

/** The text with the instructions between the markers: appended, or put in place of an older version; null when it has them already. */
export function withInstructions(text: string | null): string | null {
  const block = `${BEGIN_MARKER}\n${INSTRUCTIONS}${END_MARKER}\n`;
  if (text === null || text.trim() === '') return block;
  const begin = text.indexOf(BEGIN_MARKER);
  const end = begin < 0 ? -1 : text.indexOf(END_MARKER, begin);
  if (begin < 0 || end < 0) return `${text}${text.endsWith('\n') ? '' : '\n'}\n${block}`;
  const after = text.slice(end + END_MARKER.length).replace(/^\r?\n/, '');
  const updated = `${text.slice(0, begin)}${block}${after}`;
  return updated === text ? null : updated;
}
