/** --fix in passes, as ESLint runs it: apply the fixes, lint again, until none is left. */
import type { LintOutcome } from './lint.js';
import { applyFixes } from '../text/edits.js';

/**
 * Applies the fixes of a lint outcome and lints again, until no fix is left (at
 * most ten passes, as ESLint does). Returns the fixed text and what is left.
 */
export function fixText(
  text: string,
  first: LintOutcome,
  lint: (text: string) => LintOutcome,
): { output: string; outcome: LintOutcome } {
  // Fix offsets index the text without its BOM; the BOM is put back in front.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let body = bom ? text.slice(1) : text;
  let outcome = first;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = outcome.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(body, fixes).output;
    if (next === body) break;
    body = next;
    outcome = lint(bom + body);
  }
  return { output: bom + body, outcome };
}
