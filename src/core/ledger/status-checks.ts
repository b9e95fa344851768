/**
 * Statuses against the work they describe: a group marked done (a heading's "✅
 * COMPLETE", a phase's Status line, a table's "Complete", a ticked phase box) whose own
 * tasks are open is a contradiction; a group or the whole still In Progress or Planned
 * when its work says otherwise is worth a warning ("the status lags the work"). The
 * whole marked done with open tasks is the completion gate's to report.
 */
import type { Ledger } from '../model/document.js';
import type { Finding } from '../model/findings.js';
import type { Claim, WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { listing, plural, quoted } from '../text/wording.js';
import { currentClaims } from './claims/index.js';
import { groupNamed, groupsOf } from './groups.js';
import { ledgerStatus, type StatusStatement } from './status.js';
import { describeItem } from './tasks.js';
import { isRequired, workItems } from './work.js';

export function statusFindings(ledger: Ledger, profile: CompiledProfile): Finding[] {
  return [...documentStatus(ledger, profile), ...groupStates(ledger, profile)];
}

/** "Task 2.2", "T015", "#4", "Task 3", or the item's text, for messages. */
export function nameOf(item: WorkItem): string {
  if (item.listItem?.id) return describeItem(item.listItem);
  if (item.id && /^(?:T\d|#)/i.test(item.id)) return item.id;
  if (item.id) return `Task ${item.id}`;
  if (item.listItem) return describeItem(item.listItem);
  return quoted(item.text);
}

/** "all 3 tasks are done", "its only task is done". */
function allDone(total: number, its = ''): string {
  return total === 1 ? `${its || 'the '}only task is done` : `all ${its}${plural(total, 'task')} are done`;
}

function openList(open: readonly WorkItem[]): string {
  const named = open.slice(0, 3).map(nameOf);
  return open.length > 3 ? `${named.join(', ')} and ${open.length - 3} more` : listing(named);
}

function documentStatus(ledger: Ledger, profile: CompiledProfile): Finding[] {
  const { state, field, statement } = ledgerStatus(ledger, profile);
  if (!state) return [];
  const at = statement
    ? { line: statement.line, column: statement.column }
    : field
      ? { line: field.line, column: field.valueColumn }
      : null;
  if (!at) return [];
  const tasks = workItems(ledger, profile).filter(isRequired);
  if (tasks.length === 0) return [];
  const done = tasks.filter((t) => t.state === 'done');
  const word = statement ? statusAsWritten(statement) : state.name;
  if (state.category === 'active' && done.length === tasks.length) {
    // A claim of less than all of it keeps the status honest; progress-math compares the numbers.
    const short = currentClaims(ledger, profile).some(
      (c) => (c.percent && c.percent.value < 100) || (c.fraction && c.fraction.done < c.fraction.total),
    );
    if (short) return [];
    return [
      {
        message: `Status is ${word} but ${allDone(tasks.length)}; the status lags the work (mark it done, or add the work that remains).`,
        ...at,
        severity: 'warning',
      },
    ];
  }
  // Review comes after the work: with work open, the status got ahead of it.
  const open = tasks.filter((t) => t.state !== 'done');
  if (state.category === 'review' && open.length > 0) {
    return [
      {
        message: `Status is ${word} but ${openList(open)} ${open.length === 1 ? 'is' : 'are'} still open.`,
        ...at,
        severity: 'warning',
      },
    ];
  }
  if (state.category === 'planned' && done.length > 0) {
    return [
      {
        message: `Status is ${word} but ${done.length} of its ${plural(tasks.length, 'task')} ${done.length === 1 ? 'is' : 'are'} done already (${openList(done)}).`,
        ...at,
        severity: 'warning',
      },
    ];
  }
  return [];
}

/**
 * A status as written, without its marks and the remark after it: "Ready for Development",
 * not the "Ready" it was read as; a verdict after a count ("… *** PROJECT COMPLETE ***") by its words.
 */
export function statusAsWritten({ value, state }: Pick<StatusStatement, 'value' | 'state'>): string {
  if (/[\p{L}\p{N}]/u.test(value.slice(0, state.start))) return state.word;
  const words = /^[\p{L}' ]*\p{L}(?:[-_][\p{L}]+)*/u.exec(value.replace(/^[^\p{L}]+/u, ''));
  return words ? words[0].trim() : value.trim();
}

function groupStates(ledger: Ledger, profile: CompiledProfile): Finding[] {
  const groups = groupsOf(ledger, profile);
  const out: Finding[] = [];
  const claims = currentClaims(ledger, profile);
  for (const claim of claims) {
    if (claim.subject.scope !== 'group' || !claim.state) continue;
    const group = groupNamed(groups, claim.subject.key);
    if (!group) continue;
    const tasks = group.items.filter(isRequired);
    if (tasks.length === 0) continue;
    const open = tasks.filter((t) => t.state !== 'done');
    const done = tasks.filter((t) => t.state === 'done');
    // An unticked phase whose work is done but which another place says is in review or blocked is waiting, not lagging.
    const key = claim.subject.key;
    const waiting =
      claim.origin === 'box' &&
      claims.some(
        (c) =>
          c !== claim &&
          c.subject.scope === 'group' &&
          c.subject.key === key &&
          (c.state?.category === 'review' || c.state?.category === 'blocked'),
      );
    const found = waiting ? null : judge(claim, tasks.length, open, done);
    if (found) out.push(found);
  }
  return out;
}

function judge(claim: Claim, total: number, open: readonly WorkItem[], done: readonly WorkItem[]): Finding | null {
  const state = claim.state!;
  const at = { line: claim.line, column: state.start + 1 };
  const marked =
    claim.origin === 'box'
      ? state.category === 'done'
        ? 'ticked'
        : 'not ticked'
      : `marked ${/[\p{L}\p{N}]/u.test(state.word) ? `"${state.word}"` : state.word}`;
  if (state.category === 'done' && open.length > 0) {
    return {
      message: `${claim.label} is ${marked} but ${openList(open)} ${open.length === 1 ? 'is' : 'are'} still open.`,
      ...at,
    };
  }
  if (state.category === 'active' && open.length === 0) {
    return {
      message: `${claim.label} is ${marked} but ${allDone(total, 'its ')}; the status lags the work.`,
      ...at,
      severity: 'warning',
    };
  }
  if (state.category === 'planned' && done.length > 0 && claim.origin !== 'box') {
    return {
      message: `${claim.label} is ${marked} but ${done.length} of its ${plural(total, 'task')} ${done.length === 1 ? 'is' : 'are'} done.`,
      ...at,
      severity: 'warning',
    };
  }
  return null;
}
