/**
 * Claims about a run of phases: a milestone line `- ✅ **v1.0 Foundation** — Phases 1-5
 * (shipped 2026-04-01)`, `- [x] **v2.0 Rebuild** — Phases 12–24 (completed …)`,
 * `- Milestone 2: Production (Phases 11-17) -- in progress`. What it states of the run
 * comes from its box, a status mark before its name, or a state word after the range.
 */
import type { Checkbox, Ledger } from '../../model/document.js';
import type { StatedStateAt } from '../../model/work.js';
import type { CompiledProfile } from '../../profiles/compile.js';
import { STATUS_EMOJI } from '../../profiles/builtin/vocabulary.js';
import { lineContent } from '../../text/lines.js';
import { trimEndOf } from '../../text/names.js';
import { readGroupLabel } from '../groups.js';
import { inHistory } from '../roles.js';
import { stateOfValue } from '../state-words.js';

export interface RangeClaim {
  line: number;
  /** For messages: "v1.0 Foundation (Phases 1-5)", "Phase 1-11". */
  label: string;
  /** The run as written: "Phases 1-5". */
  range: string;
  from: number;
  to: number;
  state: StatedStateAt;
}

// "Phases 1-5", "Phases 12 to 24", and "Phase 1-11" written tight ("Phase 2 - 3 tasks" is not a run).
const ID = '(\\d{1,4}(?:\\.\\d{1,3})?)';
const RANGE = new RegExp(
  `\\bphases[ \\t]+${ID}[ \\t]*(?:-|–|—|to|through|thru)[ \\t]*${ID}(?![\\d.]*\\d)|\\bphase[ \\t]+${ID}[-–]${ID}(?![\\d.]*\\d)`,
  'i',
);
// A state after the range: "(shipped 2026-04-06)", "-- in progress", "— completed".
const STATE_AFTER = /(?:\(|[-–—]{1,2}[ \t]*|:[ \t]*)[ \t]*([^()\n]{1,40})/g;
const BOLD_NAME = /\*\*([^*\n]{1,80})\*\*/;

export function rangeClaims(ledger: Ledger, profile: CompiledProfile): RangeClaim[] {
  const boxes = new Map(ledger.items.filter((i) => i.checkbox).map((i) => [i.line, i]));
  const out: RangeClaim[] = [];
  for (let line = 1; line <= ledger.lines.text.length; line++) {
    const text = ledger.lines.text[line - 1]!;
    if (!ledger.prose[line - 1] || !/phase/i.test(text)) continue;
    const range = RANGE.exec(text);
    // "- [x] **Phase 11.1: …** - closes gaps from Phases 12-12.6": the line is a phase's, the run is in its words.
    if (
      !range ||
      /^phase/i.test(readGroupLabel(profile, lineContent(text).content.replace(/^\[.\][ \t]*/, ''))?.kind ?? '')
    )
      continue;
    const from = Number(range[1] ?? range[3]);
    const to = Number(range[2] ?? range[4]);
    if (!(from < to)) continue;
    const section = ledger.allSections.filter((s) => s.line < line && line <= s.endLine).at(-1) ?? null;
    if (inHistory(profile, section)) continue;
    const state = stateOn(profile, text, line, range.index + range[0].length, boxes.get(line)?.checkbox ?? null);
    if (!state) continue;
    out.push({ line, label: labelOf(text, range[0], range.index), range: range[0], from, to, state });
  }
  return out;
}

function stateOn(
  profile: CompiledProfile,
  text: string,
  line: number,
  rangeEnd: number,
  box: Checkbox | null,
): StatedStateAt | null {
  if (box) {
    const start = box.column - 1;
    return {
      line,
      start,
      end: start + box.marker.length,
      category: box.state === 'done' ? 'done' : 'active',
      word: box.marker,
    };
  }
  const { content, offset } = lineContent(text);
  const lead = /^[*_ \t]*/.exec(content)![0].length;
  for (const [mark, category] of Object.entries(STATUS_EMOJI)) {
    if (content.startsWith(mark, lead))
      return { line, start: offset + lead, end: offset + lead + mark.length, category, word: mark };
  }
  const after = text.slice(rangeEnd);
  for (const m of after.matchAll(STATE_AFTER)) {
    const stated = stateOfValue(profile, m[1]!);
    if (!stated) continue;
    const start = rangeEnd + m.index + m[0].length - m[1]!.length + stated.start;
    return { line, start, end: start + stated.end - stated.start, category: stated.category, word: stated.word };
  }
  return null;
}

/** "v1.0 Foundation (Phases 1-5)": the bold name on the line, or the words before the run, with the run; the run alone without them. */
function labelOf(text: string, range: string, rangeAt: number): string {
  const bold = BOLD_NAME.exec(text.slice(0, rangeAt));
  const { content, offset } = lineContent(text);
  const name = bold ? bold[1]! : content.slice(0, Math.max(0, rangeAt - offset));
  const clean = trimEndOf(
    name.replace(/^\[.\]/u, '').replace(/[✅✔☑✓🔄🚧⏳⬜🔲⏸️\uFE0F*_[\]()]/gu, ''),
    ' \t-–—:',
  ).trim();
  if (clean === '' || clean === range) return range;
  return `${clean.length > 48 ? `${clean.slice(0, 45)}…` : clean} (${range})`;
}
