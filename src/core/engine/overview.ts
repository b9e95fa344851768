/** A ledger at a glance, for reports: its status and how far each top-level group is by its boxes. */
import { groupsOf } from '../ledger/groups.js';
import { ledgerStatus } from '../ledger/status.js';
import { counted, tallyOf, type CountPolicy, type Tally } from '../ledger/tally.js';
import { workItems } from '../ledger/work.js';
import type { Ledger } from '../model/document.js';
import type { WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { stripInlineMarks } from '../text/names.js';

export interface LedgerOverview {
  /** The state from the vocabulary, else the Status as written, else null. */
  status: string | null;
  phases: Array<{ id: string; title: string } & Tally>;
  overall: Tally | null;
}

export function ledgerOverview(
  ledger: Ledger,
  profile: CompiledProfile,
  policy: CountPolicy = profile.counting[0] ?? 'top-level',
): LedgerOverview {
  const { field, state } = ledgerStatus(ledger, profile);
  const tasks = (items: readonly WorkItem[]) =>
    tallyOf(
      counted(
        items.filter((i) => i.role === 'task' && !i.optional),
        policy,
      ),
    );
  const phases = groupsOf(ledger, profile)
    .all.filter((g) => g.parent === null)
    .map((g) => ({ id: g.id, title: g.title, ...tasks(g.items) }));
  const all = tasks(workItems(ledger, profile));
  return {
    status: state?.name ?? (field ? stripInlineMarks(field.value) : null),
    phases,
    overall: all.total > 0 ? all : null,
  };
}
