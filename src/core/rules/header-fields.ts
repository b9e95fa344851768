import * as z from 'zod/mini';
import { parseLedgerDate } from '../text/dates.js';
import type { Field } from '../model/document.js';
import { hasPlaceholder } from '../ledger/placeholders.js';
import { lookupStatus } from '../profiles/compile.js';
import type { FieldSpec } from '../profiles/schema.js';
import { findField } from '../ledger/fields.js';
import { nameKey, stripInlineMarks } from '../text/names.js';
import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'header-fields',
    description:
      "The title and header fields are present and well-formed: Status in the vocabulary, real dates in the template's formats.",
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const { spec } = profile;

    if (spec.title && profile.titlePattern) {
      if (!ledger.title) {
        report({ message: `Missing title; the template starts with "${spec.title.example}".`, line: 1, column: 1 });
      } else if (!profile.titlePattern.test(ledger.title.text)) {
        report({
          message: `Title "# ${ledger.title.text}" does not follow "${spec.title.example}".`,
          line: ledger.title.line,
          column: ledger.title.column,
          severity: 'warning',
        });
      }
    }

    if (ledger.frontMatter?.error) {
      const { message, line, column } = ledger.frontMatter.error;
      // A template's front matter holds its fields; a family's is read for claims, and a broken one is only not read.
      const template = profile.tier === 'template';
      report({
        message: `Front matter is not valid YAML: ${message}${template ? '' : '; its fields are not read'}.`,
        line,
        column,
        ...(template ? {} : { severity: 'warning' as const }),
      });
    }

    let previous: { spec: FieldSpec; field: Field } | null = null;
    for (const fieldSpec of spec.fields) {
      const field = findField(ledger, profile, fieldSpec.name);
      if (!field) {
        if (fieldSpec.required) {
          const where = previous ? ` (the template puts it after "**${previous.spec.name}:**")` : '';
          report({
            message: `Missing header field "**${fieldSpec.name}:**"${where}.`,
            line: previous?.field.line ?? ledger.title?.line ?? 1,
            column: 1,
          });
        }
        continue;
      }
      previous = { spec: fieldSpec, field };
      reportDuplicates(fieldSpec, field);
      const at = { line: field.line, column: field.valueColumn };
      const value = stripInlineMarks(field.value);
      if (value === '') {
        if (fieldSpec.required)
          report({ message: `Header field "${field.name}" is empty.`, line: field.line, column: field.column });
        continue;
      }
      // Template text is the placeholders rule's to report.
      if (hasPlaceholder(field.value, profile)) continue;
      if ((fieldSpec.allow ?? []).some((word) => nameKey(word) === nameKey(value))) continue;
      switch (fieldSpec.type) {
        case 'status': {
          if (!lookupStatus(profile, value)) {
            const states = profile.stateNames.join(', ');
            report({
              message: `Status "${value}" is not one of ${states} (or their synonyms; a profile's status.states can add more).`,
              ...at,
            });
          }
          break;
        }
        case 'integer': {
          if (!/^\d+$/.test(value)) report({ message: `${field.name} "${value}" is not a whole number.`, ...at });
          break;
        }
        case 'date': {
          const parsed = parseLedgerDate(value, fieldSpec.formats ?? ['YYYY-MM-DD']);
          if (!parsed.ok) report({ message: `${field.name} "${value}" ${parsed.problem}.`, ...at });
          break;
        }
        case 'text':
          break;
      }
    }

    function reportDuplicates(fieldSpec: FieldSpec, first: Field): void {
      const keys = new Set([fieldSpec.name, ...(fieldSpec.aliases ?? [])].map(nameKey));
      for (const other of ledger.fields) {
        if (other === first || other.source !== 'header' || !keys.has(other.key)) continue;
        report({
          message: `Header field "${fieldSpec.name}" is given again (first at line ${first.line}).`,
          line: other.line,
          column: other.column,
          severity: 'warning',
        });
      }
    }
  },
});
