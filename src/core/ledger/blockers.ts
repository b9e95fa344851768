/** Current Blockers: what counts as still open. `None`, `- None`, `N/A` or nothing mean none. */
import type { Ledger, ListItem } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { findSection, itemsIn } from './sections.js';
import { stripInlineMarks } from '../text/names.js';

export interface OpenBlocker {
  text: string;
  line: number;
  column: number;
}

const NONE = /^(?:none|n\/a|na|nothing|no blockers?|-|—)(?:\s+(?:currently|at the moment|yet))?[.!]?$/i;
const RESOLVED = /^(?:✅\s*)?(?:resolved|closed|fixed|done|unblocked)\b/iu;

export function isNoneText(text: string): boolean {
  const plain = stripInlineMarks(text).trim();
  return plain === '' || NONE.test(plain);
}

export function openBlockers(ledger: Ledger, profile: CompiledProfile): OpenBlocker[] {
  const path = profile.spec.completion.blockers;
  const section = path ? findSection(ledger, profile, path) : undefined;
  if (!section) return [];
  const open: OpenBlocker[] = [];
  if (section.inlineText && !isNoneText(section.inlineText)) {
    open.push({ text: section.inlineText, line: section.line, column: section.column });
  }
  // Only the section's own list: a label nested in it (say **Resolved Blockers:**) lists other things.
  const items = itemsIn(ledger, section).filter((i) => i.section === section);
  const outermost = items.filter((i) => !items.includes(i.parent as ListItem));
  for (const item of outermost) {
    if (isNoneText(item.text) || item.struck || item.checkbox?.state === 'done' || isResolved(item)) continue;
    open.push({ text: item.text, line: item.line, column: item.column });
  }
  if (items.length === 0 && !section.inlineText) {
    // Prose instead of a list: anything but "None" is a blocker.
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const text = ledger.lines.text[line - 1]!.trim();
      if (ledger.prose[line - 1] && text !== '' && !/^-{3,}$|^\*{3,}$/.test(text) && !isNoneText(text)) {
        open.push({ text, line, column: 1 });
        break;
      }
    }
  }
  return open;
}

/** A blocker whose own text, or whose `Status:` sub-item, says it is resolved. */
function isResolved(item: ListItem): boolean {
  if (/\(\s*(?:resolved|closed|fixed)\b/i.test(item.text) || /✅/u.test(item.text)) return true;
  return item.children.some((child) => /^status\s*:/i.test(child.text) && RESOLVED.test(stripInlineMarks(child.text.replace(/^status\s*:/i, ''))));
}
