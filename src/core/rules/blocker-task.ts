import * as z from 'zod/mini';
import { blockingRefs, numberedTasks } from '../ledger/blocking-refs.js';
import { spanOf } from '../ledger/refs.js';
import { nameOf } from '../ledger/status-checks.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'blocker-task',
    description:
      'The task a current blocker blocks ("Blocking Task 2.2"), or that a task is blocked by, exists and is still open.',
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const refs = blockingRefs(ledger, profile);
    if (refs.length === 0) return;
    const tasks = numberedTasks(ledger, profile);
    for (const ref of refs) {
      const at = spanOf(ref);
      const holder = ref.holder.kind === 'task' ? ref.holder.item : null;
      const says = `${holder ? nameOf(holder) : 'This current blocker'} says it ${ref.relation === 'blocks' ? 'blocks' : 'is blocked by'} ${ref.name}`;
      const all = tasks.byKey.get(ref.key) ?? [];
      const named = all.filter((task) => task !== holder);
      if (all.length === 0) {
        if (tasks.surelyMissing(ref.key)) report({ message: `${says}, but the ledger has no ${ref.name}.`, ...at });
        else
          report({
            message: `${says}, but the ledger has no task numbered ${ref.key} (some of its tasks have no number).`,
            ...at,
            severity: 'warning',
          });
        continue;
      }
      // A task that is done or dropped speaks of the past: what blocked it then is history.
      if (named.length === 0 || (holder && (holder.state === 'done' || holder.notApplicable))) continue;
      if (named.some((task) => task.state !== 'done' && !task.notApplicable)) continue;
      const task = named.find((t) => t.state === 'done') ?? named[0]!;
      const state =
        task.state !== 'done' ? 'is marked not applicable' : task.kind === 'box' ? 'is ticked' : 'is marked done';
      // A blocker said to hold back finished work contradicts the tick; the other cases are notes gone stale.
      const certain = !holder && ref.relation === 'blocks' && task.state === 'done';
      report({
        message: `${says}, but ${ref.name} ${state} at line ${task.line}.`,
        ...at,
        ...(certain ? {} : { severity: 'warning' as const }),
      });
    }
  },
});
