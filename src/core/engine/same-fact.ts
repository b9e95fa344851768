/**
 * One fact, one finding. The completion gate says other rules' findings again in the light
 * of the status ("Status is Completed but key file … does not exist"); where that rule
 * reports the same fact at the same span, the lint keeps one of the two: the stronger, and
 * on a tie the rule's own, which names the check that found it. A fix of the one dropped
 * goes with the one kept. Findings that merely share a line are different facts and stay.
 */
import type { LintMessage } from './lint.js';

/** A message, and the rule whose finding at the same span it says again (Finding.restates). */
export type Restating = LintMessage & { restates?: string };

export function oneFindingPerFact(messages: readonly Restating[]): LintMessage[] {
  const dropped = new Set<Restating>();
  const merged = new Map<Restating, LintMessage>();
  for (const restating of messages) {
    if (restating.restates === undefined) continue;
    const original = messages.find(
      (m) => m.ruleId === restating.restates && !dropped.has(m) && !merged.has(m) && sameSpan(m, restating),
    );
    if (!original) continue;
    const [kept, other] = restating.severity > original.severity ? [restating, original] : [original, restating];
    dropped.add(other);
    merged.set(kept, kept.fix || !other.fix ? kept : { ...kept, fix: other.fix });
  }
  return messages.filter((m) => !dropped.has(m)).map((m) => strip(merged.get(m) ?? m));
}

function sameSpan(a: LintMessage, b: LintMessage): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}

function strip(message: Restating): LintMessage {
  if (message.restates === undefined) return message;
  const { restates: _restates, ...rest } = message;
  return rest;
}
