/**
 * What the agent hooks tell a coding agent, in plain text it reads in the same turn:
 * why an edit was refused, what an edit broke, why it may not stop yet. Each reason
 * with its line, and what to do about it.
 */
import { plural } from '../core/text/wording.js';
import type { FileResult } from '../core/model/results.js';

function reasons(result: FileResult): string {
  const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
  return result.messages
    .map((m) => `  ${`${m.line}:${m.column}`.padEnd(width)}  ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`)
    .join('\n');
}

/** PreToolUse: the edit would claim what the ledger does not bear out. */
export function refusedEdit(result: FileResult): string {
  return [
    `ledgerlint: this edit claims more than ${result.displayPath} bears out (${plural(result.errorCount, 'reason')}); it was not made.`,
    `Lines are those of the file as the edit would leave it:`,
    reasons(result),
    'Do the work first (or mark what is not needed N/A, with why), then tick it or set the status. ' +
      `Do not tick a box or set a done status the ledger does not bear out. \`ledgerlint gate ${result.displayPath}\` lists what is still open.`,
  ].join('\n');
}

/** PostToolUse: the errors the edit brought (or, when the text before it is not known, every error the ledger has now). */
export function editErrors(result: FileResult, beforeKnown: boolean): string {
  const fixable = result.messages.some((m) => m.fix);
  return [
    beforeKnown
      ? `ledgerlint: this edit left ${plural(result.errorCount, 'new error')} in ${result.displayPath}:`
      : `ledgerlint: ${result.displayPath} has ${plural(result.errorCount, 'error')} after this edit:`,
    reasons(result),
    fixable
      ? `Run \`ledgerlint --fix ${result.displayPath}\` for the derived numbers (progress counts, session count); fix the rest in the ledger.`
      : 'Fix them in the ledger.',
  ].join('\n');
}

/** Stop, TaskCompleted: ledgers changed in the work tree that say they are done and are not ready. */
export function notReady(results: readonly FileResult[]): string {
  const parts = results.map((r) => `${r.displayPath} (${plural(r.errorCount, 'reason')}):\n${reasons(r)}`);
  return [
    `ledgerlint: ${results.length === 1 ? 'a ledger changed in the work tree says it is' : `${results.length} ledgers changed in the work tree say they are`} done, but ${results.length === 1 ? 'it is' : 'they are'} not ready to be marked complete:`,
    ...parts,
    'Finish the work these reasons name, or set each status back to what is true (In Progress), before you stop.',
  ].join('\n');
}
