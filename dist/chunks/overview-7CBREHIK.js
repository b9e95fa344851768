import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ledgerStatus,
  phaseProgress,
  stripInlineMarks
} from "./chunk-S2MWPUKA.js";
import "./chunk-UUJ5SKQA.js";

// src/core/overview.ts
function ledgerOverview(ledger, profile, policy = "top-level") {
  const { field, state } = ledgerStatus(ledger, profile);
  const { phases, unphased } = phaseProgress(ledger, profile, policy);
  const rows = phases.map(({ phase, actual }) => ({ id: phase.id, title: phase.section.title, ...actual }));
  const overall = unphased ?? (rows.length > 0 ? rows.reduce((t, r) => ({ done: t.done + r.done, total: t.total + r.total }), { done: 0, total: 0 }) : null);
  return { status: state?.name ?? (field ? stripInlineMarks(field.value) : null), phases: rows, overall };
}
export {
  ledgerOverview
};
