/**
 * Which format is this markdown file in, if any? Answered from a line scan of
 * headings, bold labels and front-matter keys, so that files which are not
 * ledgers are never handed to the (much slower) markdown parser.
 */
import { nameKey, trimEndOf } from '../text/names.js';
import type { CompiledProfile } from './compile.js';

export interface OutlineHeading {
  depth: number;
  key: string;
  line: number;
}

export interface Outline {
  title: string | null;
  /** Folded names of headings, bold labels/fields and front-matter keys. */
  names: Set<string>;
  /** ATX headings outside code, in order. */
  headings: OutlineHeading[];
  /** 1-based numbers of lines inside fenced code or front matter. */
  nonProse: Set<number>;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
const BOLD_KEY = /^ {0,3}(?:[-*+][ \t]+)?\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)/;
const FRONT_KEY = /^([A-Za-z][\w -]{0,60}):/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function scanOutline(text: string): Outline {
  const names = new Set<string>();
  const headings: OutlineHeading[] = [];
  const nonProse = new Set<number>();
  let title: string | null = null;
  let fence: string | null = null;
  let inFrontMatter = false;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let lineNo = 1; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (lineNo === 1 && line.trimEnd() === '---') {
      inFrontMatter = true;
      nonProse.add(lineNo);
      continue;
    }
    if (inFrontMatter) {
      nonProse.add(lineNo);
      const trimmed = line.trimEnd();
      if (trimmed === '---' || trimmed === '...') inFrontMatter = false;
      else {
        const key = FRONT_KEY.exec(line);
        if (key) names.add(nameKey(key[1]!));
      }
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      nonProse.add(lineNo);
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      nonProse.add(lineNo);
      fence = fenceMatch[1]!;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const headingText = closingHashesRemoved((heading[2] ?? '').trim());
      if (headings.length === 0 && heading[1]!.length === 1) title = headingText;
      const key = nameKey(headingText);
      headings.push({ depth: heading[1]!.length, key, line: lineNo });
      names.add(key);
      continue;
    }
    const bold = BOLD_KEY.exec(line);
    if (bold) names.add(nameKey(bold[1]!));
  }
  return { title, names, headings, nonProse };
}

/** "Title ##" gives "Title" (an ATX heading's optional closing sequence). */
function closingHashesRemoved(text: string): string {
  const hashes = trimEndOf(text, '#');
  return hashes.length < text.length && (hashes === '' || hashes.endsWith(' ') || hashes.endsWith('\t')) ? hashes.trimEnd() : text;
}

export interface Detection {
  profile: CompiledProfile;
  /** Why: "title" or the signals seen. */
  reason: string;
}

/** The profile whose title pattern matches, else the one with most signals over its minimum. */
export function detectProfile(outline: Outline, profiles: readonly CompiledProfile[]): Detection | null {
  let best: { profile: CompiledProfile; score: number; seen: string[] } | null = null;
  for (const profile of profiles) {
    const detect = profile.spec.detect;
    if (detect.title && outline.title !== null && new RegExp(detect.title, 'iu').test(outline.title)) {
      return { profile, reason: `its title matches /${detect.title}/` };
    }
    const seen = detect.signals.filter((signal) => outline.names.has(nameKey(signal)));
    if (seen.length >= detect.minSignals && (!best || seen.length > best.score)) best = { profile, score: seen.length, seen };
  }
  return best ? { profile: best.profile, reason: `it has ${best.seen.join(', ')}` } : null;
}
