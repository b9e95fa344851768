/** A ledger at a glance, for reports: its status and how far each phase is. */
import type { Ledger } from '../model/document.js';
import { phaseProgress, sumTallies, type Tally } from '../ledger/progress.js';
import type { CompiledProfile } from '../profiles/compile.js';
import type { CountPolicy } from '../ledger/tasks.js';
import { ledgerStatus } from '../ledger/status.js';
import { stripInlineMarks } from '../text/names.js';

export interface LedgerOverview {
  /** The state from the vocabulary, else the Status as written, else null. */
  status: string | null;
  phases: Array<{ id: string; title: string } & Tally>;
  overall: Tally | null;
}

export function ledgerOverview(ledger: Ledger, profile: CompiledProfile, policy: CountPolicy = 'top-level'): LedgerOverview {
  const { field, state } = ledgerStatus(ledger, profile);
  const { phases, unphased } = phaseProgress(ledger, profile, policy);
  const rows = phases.map(({ phase, actual }) => ({ id: phase.id, title: phase.section.title, ...actual }));
  const overall = unphased ?? (rows.length > 0 ? sumTallies(rows) : null);
  return { status: state?.name ?? (field ? stripInlineMarks(field.value) : null), phases: rows, overall };
}
