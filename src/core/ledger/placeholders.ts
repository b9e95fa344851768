/** Finding template text left unfilled; shared by the placeholders rule and the rules that defer to it. */
import type { CompiledProfile } from '../profiles/compile.js';
import { lineContent } from '../text/lines.js';
import type { Ledger } from '../model/document.js';
import type { Finding } from '../model/findings.js';

export interface PlaceholderHit {
  /** 0-based indexes into the line. */
  start: number;
  end: number;
  text: string;
  label: string;
}

const screens = new WeakMap<CompiledProfile, RegExp | null>();

/**
 * One pattern matching wherever any placeholder could, so the many lines without
 * one are passed over in a single test. Null when a pattern cannot be joined with
 * others (back-references and named groups count by position or must be unique).
 */
function screenFor(profile: CompiledProfile): RegExp | null {
  if (screens.has(profile)) return screens.get(profile)!;
  const sources = profile.placeholders.map((p) =>
    p.anchored ? p.regex.source.replace(/^\^/, '').replace(/(?<!\\)\$$/, '') : p.regex.source,
  );
  const joinable = sources.every((source) => !/\\[1-9k]|\(\?<[^=!]/.test(source));
  let screen: RegExp | null = null;
  if (joinable && sources.length > 0) {
    try {
      screen = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'u');
    } catch {
      screen = null;
    }
  }
  screens.set(profile, screen);
  return screen;
}

/** Placeholders in one line, longest first where they overlap (`[XX]` wins over `XX`). */
export function placeholdersIn(line: string, profile: CompiledProfile): PlaceholderHit[] {
  const screen = screenFor(profile);
  if (screen && !screen.test(line)) return [];
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

/** Every placeholder left in the ledger's prose, as findings (the placeholders rule, and the gate). */
export function placeholderFindings(ledger: Ledger, profile: CompiledProfile): Finding[] {
  const out: Finding[] = [];
  ledger.lines.text.forEach((line, index) => {
    if (!ledger.prose[index]) return;
    for (const hit of placeholdersIn(line, profile)) {
      const what = hit.label === hit.text ? `"${hit.text}"` : `"${hit.text}" (${hit.label})`;
      out.push({
        message: `Template placeholder ${what} is still here; fill it in or remove it.`,
        line: index + 1,
        column: hit.start + 1,
        endLine: index + 1,
        endColumn: hit.end + 1,
      });
    }
  });
  return out;
}
