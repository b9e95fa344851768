/** Edits of a claim's numbers where they stand: only the numbers change, so a line keeps its wording. */
import type { Ledger } from '../model/document.js';
import type { Fix } from '../model/findings.js';
import type { Claim, StatedFraction, StatedPercent } from '../model/work.js';
import { lineFix } from '../text/edits.js';
import type { Tally } from './tally.js';

/**
 * The edits that make a claim's line say `target`: only its numbers change, so its
 * wording, spacing and decoration stay as written.
 */
export function claimLineEdits(text: string, parts: { percent: StatedPercent | null; fraction: StatedFraction | null }, target: Tally, fractionToo: boolean): Array<{ start: number; end: number; text: string }> | null {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const { percent, fraction } = parts;
  if (fraction && fractionToo) {
    edits.push({ start: fraction.start, end: fraction.doneEnd, text: String(target.done) });
    edits.push({ start: fraction.totalStart, end: fraction.end, text: String(target.total) });
  }
  if (percent) {
    const value = target.total === 0 ? 0 : (target.done / target.total) * 100;
    edits.push({ start: percent.start, end: percent.numberEnd, text: percent.decimals > 0 ? value.toFixed(percent.decimals) : String(Math.round(value)) });
  }
  const changed = edits.filter((e) => text.slice(e.start, e.end) !== e.text);
  return changed.length > 0 ? edits.sort((a, b) => a.start - b.start) : null;
}

export function fixLine(ledger: Ledger, claim: Claim, target: Tally, { fractionToo }: { fractionToo: boolean }): Fix | undefined {
  const line = claim.line;
  const lineStart = ledger.lines.starts[line - 1]!;
  const edits = claimLineEdits(ledger.lines.text[line - 1]!, claim, target, fractionToo);
  return edits ? lineFix(ledger.source, lineStart, edits) : undefined;
}

