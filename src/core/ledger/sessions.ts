/** Session Log entries: `**Session N (date time - time):**` labels, `### Session N` headings, or list items. */
import type { Ledger } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { leadStripped } from '../text/names.js';
import { findSection } from './sections.js';

export interface SessionEntry {
  title: string;
  line: number;
}

export function sessionEntries(
  ledger: Ledger,
  profile: CompiledProfile,
): { section: ReturnType<typeof findSection>; entries: SessionEntry[] } {
  const spec = profile.spec.sessions;
  const section = spec ? findSection(ledger, profile, spec.section) : undefined;
  if (!section || !profile.sessionEntry) return { section, entries: [] };
  const pattern = profile.sessionEntry;
  const matches = (text: string) => pattern.test(leadStripped(text));
  const entries: SessionEntry[] = [];
  const stack = [...section.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (matches(child.title)) entries.push({ title: child.title, line: child.line });
    else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
  }
  if (entries.length > 0) return { section, entries };
  // Some ledgers log sessions as a list instead: count its outermost items.
  for (const item of ledger.items) {
    if (item.parent === null && item.line > section.line && item.line <= section.endLine && matches(item.text))
      entries.push({ title: item.text, line: item.line });
  }
  return { section, entries };
}
