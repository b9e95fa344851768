/** Finding template text left unfilled; shared by the placeholders rule and the rules that defer to it. */
import type { CompiledProfile } from './profiles/compile.js';
import { lineContent } from './queries.js';

export interface PlaceholderHit {
  /** 0-based indexes into the line. */
  start: number;
  end: number;
  text: string;
  label: string;
}

/** Placeholders in one line, longest first where they overlap (`[XX]` wins over `XX`). */
export function placeholdersIn(line: string, profile: CompiledProfile): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  const { content, offset } = lineContent(line);
  for (const { regex, label, anchored } of profile.placeholders) {
    const haystack = anchored ? content : line;
    const shift = anchored ? offset : 0;
    regex.lastIndex = 0;
    for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ start: m.index + shift, end: m.index + shift + m[0].length, text: m[0], label });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceholderHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

export function hasPlaceholder(text: string, profile: CompiledProfile): boolean {
  return placeholdersIn(text, profile).length > 0;
}
