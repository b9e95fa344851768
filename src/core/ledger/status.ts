/** The ledger's own status, in the profile's vocabulary. */
import type { Field, Ledger } from '../model/document.js';
import { lookupStatus, type CompiledProfile, type CompiledState } from '../profiles/compile.js';
import { findField } from './fields.js';

export interface LedgerStatus {
  field: Field | undefined;
  state: CompiledState | undefined;
}

export function ledgerStatus(ledger: Ledger, profile: CompiledProfile): LedgerStatus {
  const field = findField(ledger, profile, profile.spec.status.field);
  return { field, state: field ? lookupStatus(profile, field.value) : undefined };
}

export function isDone(ledger: Ledger, profile: CompiledProfile): boolean {
  return ledgerStatus(ledger, profile).state?.done === true;
}
