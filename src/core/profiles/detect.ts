/**
 * Which format is this markdown file in, if any? Answered from a line scan of
 * headings, bold labels and front-matter keys, so that files which are not
 * ledgers are never handed to the (much slower) markdown parser.
 */
import { splitLines } from '../text/lines.js';
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
  /** The last line of the front matter (its closing `---`), 0 when there is none. */
  frontMatterEnd: number;
  /** Checkbox lines outside code. */
  boxes: number;
  /** Lines that look like a progress claim or a status (a percentage, a D/T, a Status field, a status mark on a heading). */
  claims: number;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
const BOLD_KEY = /^ {0,3}(?:[-*+][ \t]+)?\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)/;
const FRONT_KEY = /^([A-Za-z][\w -]{0,60}):/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BOX_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX~/-]\]/;
const CLAIM_HINT = /\d\s?%|\d ?\/ ?\d|\bstatus\b[*_ \t]*:|[✅🔄⏳🚧]/iu;
const FRONT_CLAIM_KEYS = new Set(['status', 'percent', 'progress']);

export function scanOutline(text: string): Outline {
  const names = new Set<string>();
  const headings: OutlineHeading[] = [];
  const nonProse = new Set<number>();
  let title: string | null = null;
  let fence: string | null = null;
  let boxes = 0;
  let claims = 0;
  let inFrontMatter = false;
  let frontMatterEnd = 0;
  // Split as the parser splits (a lone CR ends a line too), so that an old Mac file is read as a ledger, not one long line.
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).text;
  for (let lineNo = 1; lineNo <= lines.length; lineNo++) {
    const line = lines[lineNo - 1]!;
    if (lineNo === 1 && line.trimEnd() === '---') {
      inFrontMatter = true;
      nonProse.add(lineNo);
      continue;
    }
    if (inFrontMatter) {
      nonProse.add(lineNo);
      const trimmed = line.trimEnd();
      if (trimmed === '---' || trimmed === '...') {
        inFrontMatter = false;
        frontMatterEnd = lineNo;
      } else {
        const key = FRONT_KEY.exec(line);
        if (key) names.add(nameKey(key[1]!));
        if (key && FRONT_CLAIM_KEYS.has(key[1]!.toLowerCase())) claims++;
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
    if (BOX_LINE.test(line)) boxes++;
    if (CLAIM_HINT.test(line)) claims++;
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
  // Front matter never closed is not front matter, but its lines were taken for it all the same.
  if (inFrontMatter) frontMatterEnd = nonProse.size;
  return { title, names, headings, nonProse, frontMatterEnd, boxes, claims };
}

/** "Title ##" gives "Title" (an ATX heading's optional closing sequence). */
function closingHashesRemoved(text: string): string {
  const hashes = trimEndOf(text, '#');
  return hashes.length < text.length && (hashes === '' || hashes.endsWith(' ') || hashes.endsWith('\t'))
    ? hashes.trimEnd()
    : text;
}

export interface Detection {
  profile: CompiledProfile;
  /** Why, for --verbose: "its title matches …", "its path matches … and it has …". */
  reason: string;
}

/**
 * The profile a file follows. Each profile weighs what it sees: its title pattern (the
 * strongest sign), its paths, its signals (section, label and front-matter names). A
 * template is taken only for its title or enough of its signals; a family also for its
 * path with half its signals; the generic profile for any file with boxes and a claim.
 * The highest weight wins; on a tie, the profile listed first (config, templates, families).
 */
export function detectProfile(outline: Outline, profiles: readonly CompiledProfile[], path?: string): Detection | null {
  let best: { profile: CompiledProfile; score: number; reason: string } | null = null;
  for (const profile of profiles) {
    if (profile.tier === 'generic') continue;
    const seen = seenSignals(outline, profile);
    const { title, minSignals, requires } = profile.spec.detect;
    const byTitle = title !== undefined && outline.title !== null && new RegExp(title, 'iu').test(outline.title);
    const byPath = path !== undefined && profile.matchesPath !== null && profile.matchesPath(path);
    const required = (requires ?? []).every((name) => outline.names.has(nameKey(name)));
    const bySignals = minSignals > 0 && seen.length >= minSignals && required;
    const byPathAndSignals = profile.tier !== 'template' && byPath && seen.length >= Math.floor(minSignals / 2);
    if (!byTitle && !bySignals && !byPathAndSignals) continue;
    const score = (byTitle ? 4 : 0) + (byPath ? 2 : 0) + (bySignals ? 1 : 0) + seen.length / 100;
    if (best && score <= best.score) continue;
    const reasons = [
      byTitle ? `its title matches /${title}/` : '',
      byPath ? `its path matches ${profile.spec.detect.paths!.join(', ')}` : '',
      seen.length > 0 ? `it has ${seen.join(', ')}` : '',
    ];
    best = { profile, score, reason: reasons.filter(Boolean).join(' and ') };
  }
  if (best) return { profile: best.profile, reason: best.reason };
  const generic = profiles.find((p) => p.tier === 'generic');
  if (generic && outline.boxes > 0 && outline.claims > 0) {
    return {
      profile: generic,
      reason: `it has ${outline.boxes} checkbox${outline.boxes === 1 ? '' : 'es'} and ${outline.claims} progress or status line${outline.claims === 1 ? '' : 's'}, and no other profile matches`,
    };
  }
  return null;
}

function seenSignals(outline: Outline, profile: CompiledProfile): string[] {
  return profile.spec.detect.signals.filter((signal) => outline.names.has(nameKey(signal)));
}

/** Why a file is not a ledger, for --verbose. */
export function notALedgerReason(outline: Outline): string {
  if (outline.boxes === 0 && outline.claims === 0) return 'no checkboxes and no progress or status claims';
  if (outline.boxes === 0) return 'no checkboxes (work items), and no profile matches its title, path or sections';
  return 'no progress or status claim to check, and no profile matches its title, path or sections';
}
