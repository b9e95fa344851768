/**
 * Whether an edit may claim completion, from its text alone, before anything heavy is
 * loaded. A ledger is claimed complete by a done status, and work by a tick: either
 * writes a box ticked ([x]), a done word of the built-in vocabulary (Completed, Done,
 * Shipped, …) or a done mark (✅), or takes away a status line (the next statement of the
 * status may then count). An edit that does neither claims nothing and passes at once.
 * Sure "no" answers only; a config that brings its own profiles (their words) is not
 * read here, so with one every edit is checked properly.
 */
import { STATUS_EMOJI, STATUS_WORDS } from '../core/profiles/builtin/vocabulary.js';

const doneWords = STATUS_WORDS.filter((s) => s.category === 'done').flatMap((s) => [s.name, ...(s.aliases ?? [])]);
const doneMarks = Object.entries(STATUS_EMOJI).flatMap(([mark, category]) => (category === 'done' ? [mark] : []));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLAIM = new RegExp(
  `\\[[xX]\\]|${doneMarks.map(escape).join('|')}|(?<![\\p{L}\\p{N}])(?:${doneWords.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** removed: the text the edit takes away; added: the text it writes. */
export function mayClaimCompletion(removed: readonly string[], added: readonly string[]): boolean {
  return added.some((text) => CLAIM.test(text)) || removed.some((text) => /status/i.test(text));
}

/** The lines of `after` that `before` does not have, and the other way round (as multisets): what a Write changes. */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const count = new Map<string, number>();
  for (const line of before.split(/\r?\n|\r/)) count.set(line, (count.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after.split(/\r?\n|\r/)) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...count].flatMap(([line, left]) => Array<string>(left).fill(line));
  return { removed, added };
}
