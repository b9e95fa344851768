import * as z from 'zod/mini';
import { hasPlaceholder } from '../placeholders.js';
import { findField } from '../queries.js';
import { sessionEntries } from '../sessions.js';
import { plural, stripInlineMarks } from '../text.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'session-count',
    description: 'The Agent Sessions count equals the number of entries in the Session Log.',
    defaultSeverity: 'error',
    fixable: false,
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
      const where = entries.length > 1 ? ` (from line ${entries[0]!.line} to line ${entries[entries.length - 1]!.line})` : entries.length === 1 ? ` (at line ${entries[0]!.line})` : '';
      report({ message: `${field.name} says ${stated} but the ${section.title} has ${plural(entries.length, 'entry', 'entries')}${where}.`, line: field.line, column: field.valueColumn });
    }
  },
});
