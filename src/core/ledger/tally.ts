/**
 * Counting work the ways ledgers count it: top-level tasks, every box, or leaves only;
 * with or without optional tasks; tasks alone or with their checks. A stated D/T is
 * consistent when it is one of these counts.
 */
import type { WorkItem } from '../model/work.js';

export type CountPolicy = 'top-level' | 'all' | 'leaves';

export interface Tally {
  done: number;
  total: number;
}

export interface Count extends Tally {
  policy: CountPolicy;
  /** Checklist boxes (quality gates, definition of done) counted too. */
  withChecks: boolean;
  /** Optional tasks counted too. */
  withOptional: boolean;
  /** A box that stands for a range of task ids (`T057-T067`) counted once per id. */
  byIds: boolean;
}

/** Which items a policy counts (items marked not applicable never count). */
export function counted(items: readonly WorkItem[], policy: CountPolicy): WorkItem[] {
  const inScope = new Set(items.filter((i) => !i.notApplicable));
  const chosen = [...inScope].filter((item) => {
    if (policy === 'all') return true;
    if (policy === 'leaves') return !item.children.some((c) => inScope.has(c));
    return item.parent === null || !inScope.has(item.parent);
  });
  return chosen;
}

export function tallyOf(items: readonly WorkItem[], byIds = false): Tally {
  const weight = (i: WorkItem) => (byIds ? i.span : 1);
  return {
    done: items.reduce((n, i) => n + (i.state === 'done' ? weight(i) : 0), 0),
    total: items.reduce((n, i) => n + weight(i), 0),
  };
}

/**
 * Every count of these items the policies allow, most usual first: tasks only before
 * tasks with checks, optional tasks included before left out, boxes before ranges of ids.
 */
export function countsOf(items: readonly WorkItem[], policies: readonly CountPolicy[]): Count[] {
  const out: Count[] = [];
  const tasks = chosenFor(items, { withChecks: false, withOptional: true });
  for (const byIds of items.some((i) => i.span > 1) ? [false, true] : [false]) {
    for (const withChecks of [false, true]) {
      const pool = chosenFor(items, { withChecks, withOptional: true });
      if (withChecks && pool.length === tasks.length) continue;
      for (const withOptional of [true, false]) {
        const chosen = chosenFor(items, { withChecks, withOptional });
        if (!withOptional && chosen.length === pool.length) continue;
        for (const policy of policies)
          out.push({ policy, withChecks, withOptional, byIds, ...tallyOf(counted(chosen, policy), byIds) });
      }
    }
  }
  return out;
}

function chosenFor(
  items: readonly WorkItem[],
  { withChecks, withOptional }: Pick<Count, 'withChecks' | 'withOptional'>,
): WorkItem[] {
  return items.filter(
    (i) => (i.role === 'task' || (withChecks && i.role === 'checklist')) && (withOptional || !i.optional),
  );
}

/** The counts that differ in what they give, for messages. */
export function distinctCounts(counts: readonly Count[]): Count[] {
  const seen = new Set<string>();
  return counts.filter((c) => {
    const key = `${c.done}/${c.total}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const NOUNS: Record<CountPolicy, [string, string]> = {
  'top-level': ['top-level task', 'top-level tasks'],
  all: ['box', 'boxes'],
  leaves: ['leaf task', 'leaf tasks'],
};

/** "3 top-level tasks", "1 box", for messages. */
export function countNoun(count: Pick<Count, 'policy'>, n: number): string {
  const [one, many] = NOUNS[count.policy];
  return `${n} ${n === 1 ? one : many}`;
}

/** "top-level tasks", "boxes with the checklists", … for messages. */
export function describeCount(count: Count): string {
  const what = NOUNS[count.policy][1];
  const extras = [
    count.withChecks ? 'with the checklists' : '',
    count.withOptional ? '' : 'without optional ones',
    count.byIds ? 'a range of ids counted per id' : '',
  ].filter(Boolean);
  return extras.length > 0 ? `${what} ${extras.join(', ')}` : what;
}

/** "3/5", for messages. */
export function showTally({ done, total }: Tally): string {
  return `${done}/${total}`;
}

/** Tallies added up (the phases into Overall). */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce<Tally>((sum, t) => ({ done: sum.done + t.done, total: sum.total + t.total }), {
    done: 0,
    total: 0,
  });
}

/** A fraction as a percentage with the given number of decimals, for messages. */
export function formatPercent({ done, total }: Tally, decimals = 0): string {
  const value = total === 0 ? 0 : (done / total) * 100;
  return `${decimals === 0 ? Math.round(value) : value.toFixed(decimals)}%`;
}

/** The percentage --fix writes: rounded to a whole number. */
export function roundedPercent({ done, total }: Tally): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

/**
 * Whether a stated percentage is the fraction to its own precision: rounded, cut or
 * rounded up (authors do all three), that is within one unit of its last digit; but
 * only all of it is 100%.
 */
export function percentFits(value: number, decimals: number, { done, total }: Tally): boolean {
  if (total === 0) return value === 0;
  const exact = (done / total) * 100;
  const unit = 10 ** -decimals;
  // 100% is a claim that all of it is done, never a rounding; 0% only rounds what is below half a unit.
  if (value === 100 || done === total) return value === 100 && done === total;
  if (value === 0) return exact < unit / 2;
  if (done === 0) return false;
  return Math.abs(value - exact) < unit - 1e-9 || Math.abs(value - exact) < 1e-9;
}
