import * as z from 'zod/mini';
import type { Ledger, ListItem } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { checkboxesIn, findSection } from '../ledger/sections.js';
import { describeItem } from '../ledger/tasks.js';
import { ledgerStatus } from '../ledger/status.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'status-transition',
    description:
      "A change of Status follows the profile's state machine; leaving a done state, unticking work and dropping tasks are reported.",
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, facts, parse, report }) {
    const previous = facts.previous;
    if (!previous?.text) return;
    const before = parse(previous.text);
    if (!before) return;
    const was = ledgerStatus(before, profile);
    const now = ledgerStatus(ledger, profile);
    const where = now.field ? { line: now.field.line, column: now.field.valueColumn } : { line: 1, column: 1 };

    if (was.state && now.state && was.state.name !== now.state.name) {
      const transitions = profile.spec.status.transitions;
      const allowed =
        transitions && Object.hasOwn(transitions, was.state.name) ? transitions[was.state.name] : undefined;
      if (was.state.done) {
        report({
          message: `Status leaves ${was.state.name} (it was ${was.state.name} in ${previous.label}, now ${now.state.name}); reopening done work deserves a note in the ledger.`,
          ...where,
          severity: 'warning',
        });
      } else if (allowed && !allowed.includes(now.state.name)) {
        const next =
          allowed.length > 0
            ? `from ${was.state.name} it may move to ${allowed.join(' or ')}`
            : `${was.state.name} is final`;
        report({
          message: `Status may not go from ${was.state.name} (in ${previous.label}) to ${now.state.name}: ${next}.`,
          ...where,
        });
      }
    }

    const beforeTasks = tasksOf(before, profile);
    const afterTasks = tasksOf(ledger, profile);
    const afterByKey = new Map(afterTasks.map((t) => [taskKey(t), t]));
    for (const old of beforeTasks) {
      const current = afterByKey.get(taskKey(old));
      if (!current) {
        report({
          message: `${describeItem(old)} was in ${previous.label} and is gone now: ${old.text}.`,
          line: tasksSectionLine(ledger, profile),
          column: 1,
          severity: 'warning',
        });
      } else if (old.checkbox!.state === 'done' && current.checkbox!.state !== 'done') {
        report({
          message: `${describeItem(current)} was ticked in ${previous.label} and is not any more.`,
          line: current.line,
          column: current.checkbox!.column,
          severity: 'warning',
        });
      }
    }
  },
});

function tasksOf(ledger: Ledger, profile: CompiledProfile): ListItem[] {
  const section = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
  return section ? checkboxesIn(ledger, section) : [];
}

function tasksSectionLine(ledger: Ledger, profile: CompiledProfile): number {
  return (profile.spec.tasks && findSection(ledger, profile, profile.spec.tasks.section)?.line) || 1;
}

/** Tasks keep their identity by id; without one, by their text. */
function taskKey(item: ListItem): string {
  return item.id ? `id:${item.id}` : `text:${item.text.toLowerCase()}`;
}
