/** Current Blockers: what is listed there, and what counts as still open. `None`, `- None`, `N/A` or nothing mean none. */
import type { Ledger, ListItem, Section } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { findSection, itemsIn } from './sections.js';
import { stripInlineMarks } from '../text/names.js';

export interface CurrentBlocker {
  text: string;
  line: number;
  column: number;
  /** Its last line: a blocker's sub-items (Severity, Status, Resolution) belong to it. */
  endLine: number;
  /** What says it is resolved, worded to follow "it": `is struck through`, `says "(resolved 2026-03-06)"`; null while it is open. */
  resolved: string | null;
}

export type OpenBlocker = Pick<CurrentBlocker, 'text' | 'line' | 'column'>;

const NONE = /^(?:none|n\/a|na|nothing|no blockers?|-|—)(?:\s+(?:currently|at the moment|yet))?[.!]?$/i;
const RESOLVED_STATUS = /^(?:✅\s*)?(?:resolved|closed|fixed|done|unblocked)\b/iu;
// Said in the blocker's own text: "(resolved 2026-03-06)", "[Fixed]", "Resolved on …" at its start, or in capitals anywhere.
// "once this is resolved" is not: lower-case words inside a sentence say what is awaited.
const RESOLVED_IN_TEXT = [
  /\(\s*(?:resolved|closed|fixed)\b|\[\s*(?:resolved|closed|fixed)\s*\]/i,
  /^(?:resolved|unblocked)\b(?!-)/i,
  /\b(?:RESOLVED|FIXED|UNBLOCKED)\b/,
];
const STATUS_LABEL = /^status\s*:/i;

export function isNoneText(text: string): boolean {
  const plain = stripInlineMarks(text).trim();
  return plain === '' || NONE.test(plain);
}

/** The section that lists current blockers, if the profile names one and the ledger has it. */
export function currentBlockersSection(ledger: Ledger, profile: CompiledProfile): Section | undefined {
  const path = profile.spec.completion.blockers;
  return path ? findSection(ledger, profile, path) : undefined;
}

/** Every blocker listed as current, open or marked resolved; "None" lists none. */
export function currentBlockers(ledger: Ledger, profile: CompiledProfile): CurrentBlocker[] {
  const section = currentBlockersSection(ledger, profile);
  if (!section) return [];
  const out: CurrentBlocker[] = [];
  if (section.inlineText && !isNoneText(section.inlineText)) {
    out.push({
      text: section.inlineText,
      line: section.line,
      column: section.column,
      endLine: section.line,
      resolved: resolvedMark(section.inlineText),
    });
  }
  // Only the section's own list: a label nested in it (say **Resolved Blockers:**) lists other things.
  const items = itemsIn(ledger, section).filter((i) => i.section === section);
  const outermost = items.filter((i) => !items.includes(i.parent as ListItem));
  for (const item of outermost) {
    if (isNoneText(item.text)) continue;
    out.push({
      text: item.text,
      line: item.line,
      column: item.column,
      endLine: item.endLine,
      resolved: itemResolvedMark(item),
    });
  }
  if (items.length === 0 && !section.inlineText) {
    // Prose instead of a list: anything but "None" is a blocker.
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const text = ledger.lines.text[line - 1]!.trim();
      if (ledger.prose[line - 1] && text !== '' && !/^-{3,}$|^\*{3,}$/.test(text) && !isNoneText(text)) {
        out.push({ text, line, column: 1, endLine: line, resolved: resolvedMark(text) });
        break;
      }
    }
  }
  return out;
}

/** Where resolved blockers go: the section beside Current Blockers whose title says resolved (`**Resolved Blockers:**`). */
export function resolvedBlockersSection(ledger: Ledger, current: Section): Section | undefined {
  const siblings = current.parent?.children ?? ledger.sections;
  return siblings.find((s) => s !== current && /\bresolved\b/i.test(s.title));
}

export function openBlockers(ledger: Ledger, profile: CompiledProfile): OpenBlocker[] {
  return currentBlockers(ledger, profile)
    .filter((b) => b.resolved === null)
    .map(({ text, line, column }) => ({ text, line, column }));
}

/** A blocker whose box is ticked, whose text is struck through or says it is resolved, or whose `Status:` sub-item does. */
function itemResolvedMark(item: ListItem): string | null {
  if (item.struck) return 'is struck through';
  if (item.checkbox?.state === 'done') return `is ticked (${item.checkbox.marker})`;
  const own = resolvedMark(item.text);
  if (own) return own;
  const status = item.children.find(
    (child) =>
      STATUS_LABEL.test(child.text) && RESOLVED_STATUS.test(stripInlineMarks(child.text.replace(STATUS_LABEL, ''))),
  );
  return status ? `has "${stripInlineMarks(status.text).replace(/\s+/g, ' ')}" at line ${status.line}` : null;
}

function resolvedMark(text: string): string | null {
  if (/^~~/.test(text.trim())) return 'is struck through';
  if (/✅/u.test(text)) return 'is marked ✅';
  const plain = stripInlineMarks(text);
  for (const pattern of RESOLVED_IN_TEXT) {
    const said = pattern.exec(plain);
    if (said) return `says ${quotedMark(plain, said.index)}`;
  }
  return null;
}

/** The words that say it, up to a closing parenthesis or bracket: "(resolved 2026-03-06)", "RESOLVED". */
function quotedMark(plain: string, at: number): string {
  const rest = plain.slice(at);
  const close = rest.startsWith('(') ? rest.indexOf(')') : rest.startsWith('[') ? rest.indexOf(']') : -1;
  const words = close > 0 ? rest.slice(0, close + 1) : (/^\S+/.exec(rest)?.[0] ?? rest);
  return `"${words.length > 40 ? `${words.slice(0, 39)}…` : words}"`;
}
