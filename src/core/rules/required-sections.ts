import * as z from 'zod/mini';
import type { Section } from '../model/document.js';
import type { Presence, SectionSpecInput } from '../profiles/schema.js';
import { isDone } from '../ledger/status.js';
import { sectionMatches } from '../ledger/sections.js';
import { defineRule } from './rule.js';
import type { Severity } from '../model/severity.js';

export default defineRule({
  meta: {
    id: 'required-sections',
    description:
      "The profile's sections, subsections and bold-label sections are present, not empty and not duplicated.",
    defaultSeverity: 'error',
    fixable: false,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    const done = isDone(ledger, profile);
    const severityOf = (presence: Presence): Severity | null => {
      if (presence === 'required') return 'error';
      if (presence === 'recommended') return 'warning';
      if (presence === 'required-when-done') return done ? 'error' : 'warning';
      return null;
    };

    const visit = (
      specs: readonly SectionSpecInput[],
      scope: readonly Section[],
      parent: Section | null,
      parentDepth: number,
    ): void => {
      const matches = specs.map((spec) => matchSpec(spec, scope, parentDepth));
      specs.forEach((spec, index) => {
        const presence = spec.presence ?? 'required';
        const severity = severityOf(presence);
        const { found, depth } = matches[index]!;
        const shown = display(spec, depth);
        const [first, ...again] = found;
        if (!first) {
          if (!severity) return;
          // Point at the next section the template puts after it, else at the parent heading.
          const next = matches.slice(index + 1).find((m) => m.found[0])?.found[0];
          const line = next?.line ?? parent?.line ?? ledger.lines.text.length;
          const when = presence === 'required-when-done' && done ? '(required once the status is a done state)' : '';
          const where = [when, placement(specs, index, parent)].filter(Boolean).join(' ');
          report({
            message: `Missing ${parent ? 'subsection' : 'section'} ${shown}${where ? ` ${where}` : ''}.`,
            line,
            column: 1,
            severity,
          });
          return;
        }
        const wrongLevel = first.kind === 'heading' && spec.kind !== 'label' && first.depth !== depth;
        if (wrongLevel && severity) {
          report({
            message: `Section "${first.title}" is a level-${first.depth} heading; the template makes it ${shown}.`,
            line: first.line,
            column: first.column,
            severity,
          });
        }
        for (const duplicate of again) {
          report({
            message: `${shown} appears again (first at line ${first.line}); keep one so every rule reads the same section.`,
            line: duplicate.line,
            column: duplicate.column,
            severity: presence === 'required' ? 'error' : 'warning',
          });
        }
        // A section whose subsections are there but empty is reported through them.
        if (!first.hasBody && severity && first.children.length === 0) {
          report({
            message: `${first.kind === 'label' ? 'Label' : 'Section'} ${shown} is empty.`,
            line: first.line,
            column: first.column,
            severity,
          });
        }
        if (spec.children?.length) visit(spec.children, descendants(first.children), first, first.depth);
      });
    };
    visit(profile.spec.sections, descendants(ledger.sections), null, 1);
  },
});

/**
 * Sections are looked for anywhere below their parent, not only among its direct
 * children, so that one heading at the wrong level does not hide every section after it.
 */
function descendants(roots: readonly Section[]): Section[] {
  const out: Section[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const s = stack.pop()!;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]!);
  }
  return out;
}

function matchSpec(
  spec: SectionSpecInput,
  scope: readonly Section[],
  parentDepth: number,
): { found: Section[]; depth: number } {
  const kind = spec.kind ?? 'heading';
  const depth = spec.level ?? parentDepth + 1;
  const candidates = scope.filter((s) => sectionMatches(spec, s));
  // Prefer occurrences at the template's level; others only count when there is none.
  const atLevel = kind === 'label' ? candidates : candidates.filter((s) => s.depth === depth);
  return { found: atLevel.length > 0 ? atLevel : candidates.slice(0, 1), depth };
}

function display(spec: SectionSpecInput, depth: number): string {
  return spec.kind === 'label' ? `"**${spec.name}:**"` : `"${'#'.repeat(depth)} ${spec.name}"`;
}

function placement(specs: readonly SectionSpecInput[], index: number, parent: Section | null): string {
  const within = parent ? ` in "${parent.title}"` : '';
  const before = specs[index - 1];
  if (before) return `(the template puts it after "${before.name}"${within})`;
  const after = specs[index + 1];
  if (after) return `(the template puts it first${within}, before "${after.name}")`;
  return parent ? `(the template puts it${within})` : '';
}
