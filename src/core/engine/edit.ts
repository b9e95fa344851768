/**
 * An agent's edit of a ledger, judged where it is made (the agent hooks). The text
 * checked is the ledger as the edit leaves it; facts.previous holds it before.
 * - edit-claims: what the edit claims, and whether the ledger bears it out. Setting a
 *   done status claims the whole ledger is finished: every reason of the completion
 *   gate. Ticking a box claims that item is done: the errors the tick itself brings
 *   at its line (a task ticked over open subtasks, a phase box over open work).
 *   Anything else claims nothing, so it passes.
 * - edit-errors: the errors the edit brought, not those the ledger had before it.
 * - done-gate: for a ledger whose status is done, every reason it is not ready.
 */
import { ledgerStatus } from '../ledger/status.js';
import { statusAsWritten } from '../ledger/status-checks.js';
import { workItems } from '../ledger/work.js';
import type { Ledger } from '../model/document.js';
import { NO_FACTS } from '../model/facts.js';
import { parseLedger } from '../parse/parse-ledger.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { gateReasons } from './gate.js';
import { lintLedger, withParsed, type LintInput, type LintMessage, type LintOutcome } from './lint.js';

export type EditPurpose = 'edit-claims' | 'edit-errors' | 'done-gate';

export function checkEdit(purpose: EditPurpose, input: LintInput): LintOutcome {
  return withParsed(input.text, (after) => {
    if (purpose === 'done-gate') return { messages: doneGate(after, input), suppressed: [] };
    const previous = input.facts?.previous?.text;
    const before = previous ? parsed(previous) : null;
    return {
      messages:
        purpose === 'edit-claims' ? claimsNotBorneOut(before, after, input) : introducedErrors(before, after, input),
      suppressed: [],
    };
  });
}

function doneGate(ledger: Ledger, input: LintInput): LintMessage[] {
  const said = doneStatus(ledger, input.profile);
  return said ? errors(gateReasons(ledger, input, becauseOf(said)).messages) : [];
}

/**
 * Whether an edit claims anything (a done status, a tick) that needs the facts and the
 * rules to judge: most edits of a ledger do not, and pass without them.
 */
export function makesClaims(before: string | null, after: string, profile: CompiledProfile): boolean {
  const now = parsed(after);
  if (!now) return true;
  const was = before === null ? null : parsed(before);
  return entersDone(was, now, profile) !== null || newlyTicked(was, now, profile).size > 0;
}

/** The done status as written, when the edit moves the ledger into a done state. */
function entersDone(before: Ledger | null, after: Ledger, profile: CompiledProfile): string | null {
  const said = doneStatus(after, profile);
  return said !== null && (before === null || doneStatus(before, profile) === null) ? said : null;
}

function claimsNotBorneOut(before: Ledger | null, after: Ledger, input: LintInput): LintMessage[] {
  const said = entersDone(before, after, input.profile);
  const reasons = said !== null ? errors(gateReasons(after, input, becauseOf(said)).messages) : [];
  const ticked = newlyTicked(before, after, input.profile);
  if (ticked.size > 0) reasons.push(...introducedErrors(before, after, input).filter((m) => ticked.has(m.line)));
  const seen = new Set<string>();
  return reasons
    .filter((m) => !seen.has(`${m.line}\0${m.message}`) && seen.add(`${m.line}\0${m.message}`))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** After's errors that before did not have: matched by rule and message, its line numbers aside (an edit moves lines). */
function introducedErrors(before: Ledger | null, after: Ledger, input: LintInput): LintMessage[] {
  const { text: _text, profile, rules, facts = NO_FACTS } = input;
  const now = errors(lintLedger(after, profile, rules, facts));
  if (!before) return now;
  // The earlier version is judged on its own: compared with itself, no status changed.
  const { previous: _previous, ...ownFacts } = facts;
  const had = new Map<string, number>();
  for (const m of errors(lintLedger(before, profile, rules, ownFacts))) had.set(keyOf(m), (had.get(keyOf(m)) ?? 0) + 1);
  return now.filter((m) => {
    const left = had.get(keyOf(m)) ?? 0;
    if (left > 0) had.set(keyOf(m), left - 1);
    return left === 0;
  });
}

function keyOf(m: LintMessage): string {
  return `${m.ruleId}\0${m.message.replace(/\b(line|table) \d+/g, '$1 #')}`;
}

/** The done status as the ledger writes it, or null when it is not in a done state (or owns up to work left). */
function doneStatus(ledger: Ledger, profile: CompiledProfile): string | null {
  const { state, statement } = ledgerStatus(ledger, profile);
  if (!state?.done) return null;
  // "✅ Complete — only the Safari check is left": the status says what is open; the completion-gate rule only warns.
  if (statement?.qualifier) return null;
  return statement ? statusAsWritten(statement) : state.name;
}

const becauseOf = (said: string) => (message: string) => `Status is ${said} but ${message}.`;

/**
 * Lines of boxes (and of tasks written as headings or table rows) done after the edit and
 * not before it. Items keep their identity by id, else by their text.
 */
function newlyTicked(before: Ledger | null, after: Ledger, profile: CompiledProfile): Set<number> {
  const doneBefore = new Map<string, number>();
  for (const key of before ? doneItems(before, profile).map((i) => i.key) : [])
    doneBefore.set(key, (doneBefore.get(key) ?? 0) + 1);
  const lines = new Set<number>();
  for (const { key, line } of doneItems(after, profile)) {
    const left = doneBefore.get(key) ?? 0;
    if (left > 0) doneBefore.set(key, left - 1);
    else lines.add(line);
  }
  return lines;
}

function doneItems(ledger: Ledger, profile: CompiledProfile): Array<{ key: string; line: number }> {
  // Every ticked box, a phase's own (`- [x] **Phase 1**`) included, and work that is not a box.
  const boxes = ledger.items
    .filter((i) => i.checkbox?.state === 'done')
    .map((i) => ({ key: i.id ? `id:${i.id}` : `text:${i.text.toLowerCase()}`, line: i.line }));
  const others = workItems(ledger, profile)
    .filter((i) => i.kind !== 'box' && i.state === 'done' && (i.role === 'task' || i.role === 'checklist'))
    .map((i) => ({ key: i.id ? `${i.kind}:${i.id}` : `${i.kind}:${i.text.toLowerCase()}`, line: i.line }));
  return [...boxes, ...others];
}

function errors(messages: readonly LintMessage[]): LintMessage[] {
  return messages.filter((m) => m.severity === 2);
}

function parsed(text: string): Ledger | null {
  const result = parseLedger(text);
  return result.ok ? result.ledger : null;
}
