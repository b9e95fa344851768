/**
 * Every claim a ledger makes about its progress and status, wherever it makes it: lines
 * and headings, progress tables, front matter, boxes that name a group, the document's
 * own status. Each keeps its line (and offsets) so findings point at it and fixes can
 * edit it in place. Claims in logs of the past and in code are kept, marked as such.
 */
import type { Ledger, Section } from '../../model/document.js';
import type { Claim, Group, Subject } from '../../model/work.js';
import type { CompiledProfile } from '../../profiles/compile.js';
import { groupKey, groupKind, groupLabel, groupsOf, normaliseId, readGroupLabel } from '../groups.js';
import { inClaimSection, inHistory, roleIn } from '../roles.js';
import { statusStatements } from '../status.js';
import { makeClaim } from './claim.js';
import { frontMatterClaims } from './front-matter.js';
import { claimOnHeading, claimOnLine, type LineContext } from './lines.js';
import { tableClaims } from './tables.js';

const cache = new WeakMap<Ledger, { profile: CompiledProfile; claims: Claim[] }>();

export function claimsOf(ledger: Ledger, profile: CompiledProfile): Claim[] {
  const cached = cache.get(ledger);
  if (cached?.profile === profile) return cached.claims;
  const claims = [
    ...lineClaims(ledger, profile),
    ...tablesOf(ledger, profile),
    ...frontMatterClaims(profile, ledger.fields),
    ...statusClaims(ledger, profile),
  ].sort((a, b) => a.line - b.line);
  cache.set(ledger, { profile, claims });
  return claims;
}

/** Claims that are about the work as it is now (not in a log, not in code). */
export function currentClaims(ledger: Ledger, profile: CompiledProfile): Claim[] {
  return claimsOf(ledger, profile).filter((c) => c.standing === 'current');
}

/** The innermost section holding each line (index 0 is line 1). */
function sectionsByLine(ledger: Ledger): Array<Section | null> {
  const out = new Array<Section | null>(ledger.lines.text.length).fill(null);
  for (const section of ledger.allSections) for (let l = section.line; l <= section.endLine; l++) out[l - 1] = section;
  return out;
}

function groupsByLine(ledger: Ledger, groups: readonly Group[]): Array<Group | null> {
  const out = new Array<Group | null>(ledger.lines.text.length).fill(null);
  for (const group of groups) for (let l = group.line + 1; l <= group.endLine; l++) out[l - 1] = group;
  return out;
}

function subjectOf(group: Group): Subject {
  return { scope: 'group', kind: group.kind, id: group.id, key: group.key, label: group.label };
}

function lineClaims(ledger: Ledger, profile: CompiledProfile): Claim[] {
  const groups = groupsOf(ledger, profile).all;
  const sectionAt = sectionsByLine(ledger);
  const groupAt = groupsByLine(ledger, groups);
  const groupHeadings = new Map(groups.filter((g) => g.origin === 'heading').map((g) => [g.line, g]));
  const headings = new Map(ledger.allSections.filter((s) => s.kind === 'heading').map((s) => [s.line, s]));
  const boxes = new Map(ledger.items.filter((i) => i.checkbox).map((i) => [i.line, i]));
  const frontMatterEnd = ledger.frontMatter?.endLine ?? 0;
  // Table rows are read by the table reader, with their columns.
  const inTable = new Set(
    ledger.tables.flatMap((t) => Array.from({ length: t.endLine - t.line + 1 }, (_, i) => t.line + i)),
  );
  const out: Claim[] = [];
  for (let line = frontMatterEnd + 1; line <= ledger.lines.text.length; line++) {
    const text = ledger.lines.text[line - 1]!;
    if (text.trim() === '' || inTable.has(line)) continue;
    const heading = headings.get(line);
    const section = heading ? heading.parent : sectionAt[line - 1]!;
    const group = groupAt[line - 1] ?? null;
    const claimSection =
      inClaimSection(profile, section) || (heading !== undefined && inClaimSection(profile, heading));
    const role = roleIn(profile, section, line);
    if (!claimSection && (role === 'ignored' || role === 'checklist')) continue;
    const ctx: LineContext = {
      profile,
      group: group ? subjectOf(group) : null,
      inGroupHead: group !== null && inHead(ledger, group, line),
      inClaimSection: claimSection,
      standing: !ledger.prose[line - 1]
        ? 'example'
        : inHistory(profile, section) || (heading !== undefined && inHistory(profile, heading))
          ? 'history'
          : 'current',
    };
    if (heading) {
      const found = claimOnHeading(text, line, ctx, groupHeadings.has(line));
      if (found && !onlyDocumentState(found)) out.push(found);
      continue;
    }
    const found = claimOnLine(text, line, ctx);
    const box = boxes.get(line);
    const label = box ? readGroupLabel(profile, box.text) : null;
    if (box && label) {
      // `- [x] **Phase 1: Setup** (3/3 plans)`: the box is a state claim about the phase.
      const done = box.checkbox!.state === 'done';
      const start = box.checkbox!.column - 1;
      const subject: Subject = {
        scope: 'group',
        kind: groupKind(label.kind),
        id: normaliseId(label.id),
        key: groupKey(label.kind, label.id),
        label: groupLabel(label.kind, label.id),
      };
      const base =
        found?.subject.scope === 'group'
          ? found
          : makeClaim({
              subject,
              origin: 'box',
              line,
              label: subject.label,
              standing: ctx.standing,
              inClaimSection: claimSection,
            });
      out.push({
        ...base,
        origin: 'box',
        state: {
          line,
          start,
          end: start + box.checkbox!.marker.length,
          category: done ? 'done' : 'active',
          word: box.checkbox!.marker,
        },
      });
      continue;
    }
    if (found && !onlyDocumentState(found)) out.push(found);
  }
  return out;
}

/** The document's own status is read by statusStatements, with the care that takes. */
function onlyDocumentState(claim: Claim): boolean {
  return (
    claim.subject.scope === 'document' &&
    !claim.percent &&
    !claim.fraction &&
    !claim.bar &&
    !claim.position &&
    !claim.count &&
    !claim.done
  );
}

/** A group's head: after its heading, before its first subsection and its first box. */
function inHead(ledger: Ledger, group: Group, line: number): boolean {
  if (group.origin !== 'heading' || !group.section) return false;
  const firstChild = group.section.children.find((c) => c.kind === 'heading')?.line ?? Infinity;
  const firstBox =
    ledger.items.find((i) => i.checkbox && i.line > group.line && i.line <= group.endLine)?.line ?? Infinity;
  return line < Math.min(firstChild, firstBox);
}

function tablesOf(ledger: Ledger, profile: CompiledProfile): Claim[] {
  return ledger.tables.flatMap((table) =>
    tableClaims(profile, table, inHistory(profile, table.section) ? 'history' : 'current'),
  );
}

function statusClaims(ledger: Ledger, profile: CompiledProfile): Claim[] {
  return statusStatements(ledger, profile).map((s) =>
    makeClaim(
      {
        subject: { scope: 'document' },
        origin: 'status',
        line: s.line,
        label:
          s.origin === 'footer'
            ? 'The closing status'
            : s.origin === 'front-matter'
              ? 'The front-matter status'
              : 'Status',
        standing: 'current',
        inClaimSection: true,
      },
      {
        state: {
          line: s.line,
          start: s.column - 1,
          end: s.column - 1 + s.state.end,
          category: s.state.category,
          word: s.state.word,
        },
      },
    ),
  );
}
