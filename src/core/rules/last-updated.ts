import * as z from 'zod/mini';
import type { Ledger } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { updatedDate, type DatedField } from '../ledger/date-checks.js';
import { ledgerStatus } from '../ledger/status.js';
import { readWrittenDate, writtenBefore } from '../text/dates.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'last-updated',
    description:
      'Last Updated (or Updated) is not older than the last commit that changed the ledger, and changes when the ledger enters a done state.',
    defaultSeverity: 'warn',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, parse, report }) {
    const updated = updatedDate(ledger, profile);
    if (!updated) return;
    const at = { line: updated.line, column: updated.column };
    const change = facts.lastChange;
    const changedOn = change ? readWrittenDate(change.day) : null;
    // Written on or after the day of the last change: fresh, whatever else happened.
    if (changedOn && !writtenBefore(updated.date, changedOn)) return;

    const previous = facts.previous?.text ? parse(facts.previous.text) : null;
    if (previous && enteredDone(previous, ledger, profile) && sameDate(updatedDate(previous, profile), updated)) {
      const was = ledgerStatus(previous, profile).state?.name ?? 'no status';
      const now = ledgerStatus(ledger, profile).state!.name;
      report({
        message: `Status became ${now} (it was ${was} in ${facts.previous!.label}), but ${updated.name} still says ${updated.value}.`,
        ...at,
      });
      return;
    }
    if (!change || !changedOn) return;
    // The version before the change: a commit that wrote this date itself (a squash merge, dated later) is no sign of staleness.
    const beforeText = change.sha === null ? facts.previous?.text : change.before;
    const before = beforeText ? parse(beforeText) : null;
    if (!before || !sameDate(updatedDate(before, profile), updated)) return;
    const what =
      change.sha === null
        ? `this commit, dated ${change.day}, which changes the ledger but not the date`
        : `the last commit that changed this file, ${change.sha.slice(0, 7)} of ${change.day}, which did not update it`;
    report({ message: `${updated.name} ${updated.value} is older than ${what}.`, ...at });
  },
});

function enteredDone(before: Ledger, now: Ledger, profile: CompiledProfile): boolean {
  return ledgerStatus(now, profile).state?.done === true && ledgerStatus(before, profile).state?.done !== true;
}

function sameDate(a: DatedField | null, b: DatedField): boolean {
  return a !== null && a.value === b.value;
}
