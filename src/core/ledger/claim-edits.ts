/** Edits of a claim's numbers where they stand: only the numbers change, so a line keeps its wording. */
import type { Ledger } from '../model/document.js';
import type { Fix } from '../model/findings.js';
import type { Claim, StatedBar, StatedFraction, StatedPercent } from '../model/work.js';
import { barFits } from './claims/quantities.js';
import { lineFix } from '../text/edits.js';
import type { Tally } from './tally.js';

/**
 * The edits that make a claim's line say `target`: only its numbers change, so its
 * wording, spacing and decoration stay as written.
 */
export function claimLineEdits(
  text: string,
  parts: { percent: StatedPercent | null; fraction: StatedFraction | null; bar: StatedBar | null },
  target: Tally,
  fractionToo: boolean,
): Array<{ start: number; end: number; text: string }> | null {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const { percent, fraction, bar } = parts;
  if (fraction && fractionToo) {
    edits.push({ start: fraction.start, end: fraction.doneEnd, text: String(target.done) });
    edits.push({ start: fraction.totalStart, end: fraction.end, text: String(target.total) });
  }
  if (percent) {
    const value = target.total === 0 ? 0 : (target.done / target.total) * 100;
    edits.push({
      start: percent.start,
      end: percent.numberEnd,
      text: percent.decimals > 0 ? value.toFixed(percent.decimals) : String(Math.round(value)),
    });
    // A bar that showed the old percentage shows the new one, or the line would contradict itself again.
    if (bar && barFits(bar, percent.value)) {
      const redrawn = redrawBar(text.slice(bar.start, bar.end), bar, value);
      if (redrawn === null) return null;
      edits.push({ start: bar.start, end: bar.end, text: redrawn });
    }
  }
  const changed = edits.filter((e) => text.slice(e.start, e.end) !== e.text);
  return changed.length > 0 ? edits.sort((a, b) => a.start - b.start) : null;
}

/** The bar with `percent` of its cells filled, in its own marks; null when it shows no empty mark to draw with. */
function redrawBar(written: string, bar: StatedBar, percent: number): string | null {
  const chars = [...written];
  const open = chars[0] === '[' ? 1 : 0;
  const cells = chars.slice(open, open + bar.width);
  const full = cells[0] ?? '';
  const empty = cells[bar.filled];
  const filled = Math.round((percent / 100) * bar.width);
  if (filled === bar.filled) return written;
  if ((filled > 0 && bar.filled === 0) || (filled < bar.width && empty === undefined)) return null;
  const drawn = [
    ...Array.from({ length: filled }, () => full),
    ...Array.from({ length: bar.width - filled }, () => empty ?? ''),
  ];
  return [...chars.slice(0, open), ...drawn, ...chars.slice(open + bar.width)].join('');
}

export function fixLine(
  ledger: Ledger,
  claim: Claim,
  target: Tally,
  { fractionToo }: { fractionToo: boolean },
): Fix | undefined {
  const line = claim.line;
  const lineStart = ledger.lines.starts[line - 1]!;
  const edits = claimLineEdits(ledger.lines.text[line - 1]!, claim, target, fractionToo);
  return edits ? lineFix(ledger.source, lineStart, edits) : undefined;
}
