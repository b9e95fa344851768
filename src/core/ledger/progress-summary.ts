/**
 * A template's progress section (the PRD's Progress Summary) against its phases: one line
 * per phase, no line for a phase the tasks do not have, no phase summarised twice. A
 * phase without a line gets one from --fix, worded like the lines already there.
 */
import type { Ledger } from '../model/document.js';
import type { Finding, Fix } from '../model/findings.js';
import type { Claim, Group } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { applyFixes, lineFix } from '../text/edits.js';
import { claimOnLine } from './claims/lines.js';
import { groupsOf } from './groups.js';
import { claimLineEdits } from './claim-edits.js';
import { findSection } from './sections.js';
import {
  countNoun,
  countsOf,
  formatPercent,
  roundedPercent,
  showTally,
  type CountPolicy,
  type Tally,
} from './tally.js';

/**
 * A template's progress section has one line per phase, and no line for a phase the
 * tasks do not have: a phase without a line gets one (worded like the others) by --fix.
 */
export function summaryCoverage(
  ledger: Ledger,
  profile: CompiledProfile,
  claims: readonly Claim[],
  policy: CountPolicy,
): Finding[] {
  const section = findSection(ledger, profile, profile.spec.progress!.section);
  if (!section) return [];
  const lines = claims.filter(
    (c) => c.origin === 'line' && c.line > section.line && c.line <= section.endLine && (c.percent || c.fraction),
  );
  const groups = groupsOf(ledger, profile).all.filter((g) => g.origin === 'heading' && g.parent === null);
  const out: Finding[] = [];
  const seen = new Map<string, Claim>();
  for (const claim of lines) {
    if (claim.subject.scope !== 'group') continue;
    const earlier = seen.get(claim.subject.key);
    if (earlier) {
      out.push({
        message: `${claim.label} is summarised twice (first at line ${earlier.line}).`,
        line: claim.line,
        column: 1,
        severity: 'warning',
      });
      continue;
    }
    seen.set(claim.subject.key, claim);
    if (!groupsOf(ledger, profile).byKey.has(claim.subject.key)) {
      const tasks = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : undefined;
      out.push({
        message: `${section.title} lists ${claim.label}, but ${tasks?.title ?? 'the tasks'} has no ${claim.label}.`,
        line: claim.line,
        column: 1,
      });
    }
  }
  for (const [index, group] of groups.entries()) {
    const count = countsOf(
      group.items.filter((i) => i.role === 'task'),
      [policy],
    )[0];
    if (seen.has(group.key) || !count || count.total === 0) continue;
    const fix = missingLineFix(
      ledger,
      profile,
      lines,
      groups.slice(0, index).map((g) => g.key),
      group,
      count,
    );
    out.push({
      message: `${group.label} (${countNoun(count, count.total)}, ${count.done} done) has no line in the ${section.title}; expected ${formatPercent(count)} (${showTally(count)}).`,
      line: section.line,
      column: section.column,
      ...(fix ? { fix } : {}),
    });
  }
  return out;
}

/**
 * A summary line for a phase that has none, worded like the phase lines already there,
 * placed after the line of the phase before it (else before the first line).
 */
function missingLineFix(
  ledger: Ledger,
  profile: CompiledProfile,
  lines: readonly Claim[],
  earlierKeys: readonly string[],
  group: Group,
  target: Tally,
): Fix | undefined {
  const phaseLines = lines.filter((l) => l.subject.scope === 'group');
  const after = [...phaseLines]
    .reverse()
    .find((l) => l.subject.scope === 'group' && earlierKeys.includes(l.subject.key));
  const anchor = after ?? phaseLines[0] ?? lines[0];
  if (!anchor) return undefined;
  const template = phaseLines[0];
  const text = template ? clonedLine(ledger, profile, template, group, target) : null;
  const indent = /^\s*/.exec(ledger.lines.text[anchor.line - 1]!)![0];
  const line =
    text ??
    `${indent}- **${group.label}:** ${roundedPercent(target)}% complete (${target.done}/${target.total} tasks done)`;
  const eol =
    /\r\n|\r|\n/.exec(
      ledger.source.slice(ledger.lines.starts[anchor.line - 1]! + ledger.lines.text[anchor.line - 1]!.length),
    )?.[0] ?? '\n';
  if (after) {
    const end = ledger.lines.starts[after.line - 1]! + ledger.lines.text[after.line - 1]!.length;
    return { start: end, end, text: `${eol}${line}` };
  }
  const start = ledger.lines.starts[anchor.line - 1]!;
  return { start, end: start, text: `${line}${eol}` };
}

/** The template line with another phase id and its numbers; null when its label carries a phase name. */
function clonedLine(
  ledger: Ledger,
  profile: CompiledProfile,
  template: Claim,
  group: Group,
  target: Tally,
): string | null {
  if (template.subject.scope !== 'group') return null;
  const text = ledger.lines.text[template.line - 1]!;
  const idAt = new RegExp(
    `(\\b${template.subject.kind}\\s+)0*${template.subject.id.replace(/\./g, '\\.')}\\b`,
    'i',
  ).exec(text);
  if (!idAt) return null;
  const idStart = idAt.index + idAt[1]!.length;
  const idEnd = idAt.index + idAt[0].length;
  if (!/^[ \t]*(?:(?:\*\*|__)[ \t]*)?:/.test(text.slice(idEnd))) return null;
  // The new phase is not done: a ✅ or ⏳ on the line it copies is not its to carry.
  const cloned = `${text.slice(0, idStart)}${group.id}${text.slice(idEnd)}`.replace(/[ \t]*[✅✔☑⏳🚧]\uFE0F?/gu, '');
  const parsed = claimOnLine(cloned, 1, {
    profile,
    group: null,
    inGroupHead: false,
    inClaimSection: true,
    standing: 'current',
  });
  if (!parsed) return null;
  const edits = claimLineEdits(cloned, parsed, target, true);
  return edits ? applyFixes(cloned, [lineFix(cloned, 0, edits)]).output : cloned;
}
