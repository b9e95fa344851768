import * as z from 'zod/mini';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { findField } from '../ledger/fields.js';
import { sessionEntries } from '../ledger/sessions.js';
import { plural } from '../text/wording.js';
import { stripInlineMarks } from '../text/names.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'session-count',
    description: 'The Agent Sessions count equals the number of entries in the Session Log.',
    defaultSeverity: 'error',
    fixable: true,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const spec = profile.spec.sessions;
    if (!spec) return;
    const field = findField(ledger, profile, spec.field);
    if (!field || hasPlaceholder(field.value, profile)) return;
    const value = stripInlineMarks(field.value);
    if (!/^\d+$/.test(value)) return; // header-fields reports it
    const { section, entries } = sessionEntries(ledger, profile);
    if (!section) return;
    const stated = Number(value);
    if (stated !== entries.length) {
      const where =
        entries.length > 1
          ? ` (from line ${entries[0]!.line} to line ${entries[entries.length - 1]!.line})`
          : entries.length === 1
            ? ` (at line ${entries[0]!.line})`
            : '';
      // The fix rewrites the number where it stands (header fields; front matter is left alone).
      const lineText = ledger.lines.text[field.line - 1]!;
      const digits = field.source === 'header' ? /\d+/.exec(lineText.slice(field.valueColumn - 1)) : null;
      const start = digits ? ledger.lines.starts[field.line - 1]! + field.valueColumn - 1 + digits.index : -1;
      report({
        message: `${field.name} says ${stated} but the ${section.title} has ${plural(entries.length, 'entry', 'entries')}${where}.`,
        line: field.line,
        column: field.valueColumn,
        ...(digits ? { fix: { start, end: start + digits[0].length, text: String(entries.length) } } : {}),
      });
    }
  },
});
