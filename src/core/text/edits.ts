/**
 * Fixes are replacements at source positions in the original text, never a
 * re-serialisation of the markdown: every byte a fix does not own stays as it was.
 */
import type { Fix } from '../model/findings.js';

/** One fix from several edits on one line (`line` is its 0-based start offset in the source). */
export function lineFix(
  source: string,
  lineStart: number,
  edits: ReadonlyArray<{ start: number; end: number; text: string }>,
): Fix {
  const first = edits[0]!;
  const last = edits[edits.length - 1]!;
  let text = '';
  let at = first.start;
  for (const edit of edits) {
    text += source.slice(lineStart + at, lineStart + edit.start) + edit.text;
    at = edit.end;
  }
  return { start: lineStart + first.start, end: lineStart + last.end, text };
}

/** Applies fixes that do not overlap (earlier ones win); identical fixes count once. */
export function applyFixes(source: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const ordered = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let at = 0;
  let applied = 0;
  let previous: Fix | null = null;
  for (const fix of ordered) {
    if (previous && fix.start === previous.start && fix.end === previous.end && fix.text === previous.text) continue;
    if (fix.start < at) continue; // overlaps one already applied: the next pass will redo it
    output += source.slice(at, fix.start) + fix.text;
    at = fix.end;
    applied++;
    previous = fix;
  }
  return { output: output + source.slice(at), applied };
}
