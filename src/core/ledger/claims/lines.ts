/**
 * Claims written on one line: a label naming who the claim is about (`**Phase 2:**`,
 * `**Phase 2 Progress**:`, `Overall:`, `**Overall Progress**:`, `Plans:`, `Status:`),
 * then what it states (`60% complete (3/5 tasks done)`, `✅ 100%`, `[████░░] 40%`,
 * `2/2 plans complete`, `✅ Complete`). Headings are read the same way, with the state
 * words a heading carries after its name (`### Phase 2: Auth ✅ COMPLETE`).
 */
import type { Claim, StatedStateAt, Subject } from '../../model/work.js';
import type { CompiledProfile } from '../../profiles/compile.js';
import { lineContent } from '../../text/lines.js';
import { trimEndOf } from '../../text/names.js';
import { groupKey, groupKind, groupLabel, normaliseId, readGroupLabel } from '../groups.js';
import { stateOfHeading, stateOfValue } from '../state-words.js';
import { makeClaim } from './claim.js';
import {
  isApproximate,
  readBar,
  readCount,
  readDone,
  readFraction,
  readPercent,
  readPosition,
  statedTogether,
  unitWord,
} from './quantities.js';

export interface LineContext {
  profile: CompiledProfile;
  /** The group whose own section holds the line, if any. */
  group: Subject | null;
  /** The line is in the group's head, before its first subsection or box: a Status there is the group's. */
  inGroupHead: boolean;
  inClaimSection: boolean;
  standing: Claim['standing'];
}

// After a group label: an optional "Progress", a (name), the bold's end and a colon or dash.
const AFTER_GROUP_LABEL = /^(?:[ \t]+(?:progress|status|completion))?(?:[ \t]*\([^)]{0,80}\))?[*_ \t]*[:—–-]?/i;
const WHOLE_LABEL =
  /^(overall progress|overall status|overall completion|overall|total progress|total|all phases|all tasks|current progress|current status|project progress|project status|progress|completion|status)\b[*_ \t]*[:—–-]?/i;
const UNIT_LABEL = /^(plans|tasks|subtasks|features|stories|steps|items|milestones|phases)\b[*_ \t]*:/i;
// "**Total Tasks**: 24", "**Scope**: 12 tasks organized into 2 phases": how much work there is.
const COUNT_LABEL =
  /^(?:total[ \t]+(tasks|subtasks|plans|items|steps|features|stories)|(task|plan|item|step) count|scope)\b[*_ \t]*[:—–-]/i;
// "**Checkpoint**: User Story 1 is COMPLETE with 2/2 tasks done (100%)": a phase's claim when it has numbers; its words are a goal.
const CHECKPOINT_LABEL = /^checkpoint\b[*_ \t]*:/i;
const POSITION_LABEL = /^(phase|plan|milestone|step|task|story|sprint|wave)[*_ \t]*:/i;
const STATUS_WORDS_LABEL = /status$/i;

interface Label {
  subject: Subject;
  /** Where what the claim states begins, in the content. */
  end: number;
  name: string;
  unit: string | null;
  /** A Status label: the value after it is a state. */
  isStatus: boolean;
  /** Only the numbers after it are read (a checkpoint's words state a goal, not a state). */
  numbersOnly?: boolean;
}

/** Claims on a prose line, if it makes one. */
export function claimOnLine(text: string, line: number, ctx: LineContext): Claim | null {
  const { content, offset } = lineContent(text);
  const quoted = /^>[ \t]*/.exec(content)?.[0].length ?? 0;
  const body = content.slice(quoted);
  const shift = offset + quoted;
  const lead = /^[*_ \t]*/.exec(body)![0].length;
  const position = POSITION_LABEL.exec(body.slice(lead));
  if (position && ctx.standing !== 'example') {
    const at = lead + position[0].length;
    const stated = readPosition(body.slice(at), line, shift + at, position[1]!.toLowerCase());
    if (stated) return claim(ctx, { scope: 'document' }, line, `${position[1]}:`, 'line', { position: stated });
  }
  const label = readLabel(ctx, body, lead);
  if (!label) return null;
  return claimAfterLabel(ctx, body, line, shift, label, 'line');
}

/** Claims on a heading: a group's (its state, percentage or count after its name), or one labelled Overall, Total, Status. */
export function claimOnHeading(text: string, line: number, ctx: LineContext, isGroupHeading: boolean): Claim | null {
  const hashes = /^ {0,3}#{1,6}[ \t]*/.exec(text)?.[0].length ?? 0;
  const body = withoutClosingHashes(text.slice(hashes));
  const lead = /^[^\p{L}\p{N}]*/u.exec(body)![0].length;
  const label = readLabel({ ...ctx, inClaimSection: true }, body, lead);
  if (!label) return null;
  if (!isGroupHeading && label.subject.scope === 'group') return null;
  // A heading's state is read by stateOfHeading below: a word right after a phase's label is its name.
  const found = claimAfterLabel(
    ctx,
    body,
    line,
    hashes,
    { ...label, isStatus: label.subject.scope === 'document' && label.isStatus },
    'heading',
  );
  if (!isGroupHeading || label.subject.scope !== 'group') return found;
  // A state after the name: "✅ COMPLETE", "(IN PROGRESS)", "- Done"; a leading "✅ Phase 9".
  const state = stateOfHeading(ctx.profile, body, label.end);
  const leading = stateOfHeading(ctx.profile, body.slice(0, lead), 0);
  const chosen = state ?? leading;
  const numbers = found?.percent ?? found?.fraction ?? null;
  // "60% COMPLETE" is how far, not a state.
  const asUnit =
    chosen && numbers && chosen.start + hashes >= numbers.start && chosen.start + hashes - numbers.end <= 3;
  const stateAt: StatedStateAt | null =
    chosen && !asUnit
      ? { line, start: hashes + chosen.start, end: hashes + chosen.end, category: chosen.category, word: chosen.word }
      : null;
  if (!found && !stateAt) return null;
  return {
    ...(found ?? claim(ctx, label.subject, line, label.name, 'heading', {})),
    state: stateAt ?? found?.state ?? null,
  };
}

function readLabel(ctx: LineContext, body: string, lead: number): Label | null {
  const start = body.slice(lead);
  const group = readGroupLabel(ctx.profile, start);
  if (group) {
    // The label ends at its id; what follows up to the colon is "Progress", a (name) or the bold's end.
    const idEnd = lead + group.idEnd;
    const tail = AFTER_GROUP_LABEL.exec(body.slice(idEnd))![0].length;
    const subject: Subject = {
      scope: 'group',
      kind: groupKind(group.kind),
      id: normaliseId(group.id),
      key: groupKey(group.kind, group.id),
      label: groupLabel(group.kind, group.id),
    };
    return { subject, end: idEnd + tail, name: subject.label, unit: null, isStatus: false };
  }
  const counted = COUNT_LABEL.exec(start);
  if (counted) {
    const unit = unitWord(counted[1] ?? counted[2] ?? 'task');
    return {
      subject: ctx.group ?? { scope: 'document' },
      end: lead + counted[0].length,
      name: ctx.group?.scope === 'group' ? ctx.group.label : counted[0].replace(/[*_:—–-]+/g, '').trim(),
      unit,
      isStatus: false,
      numbersOnly: true,
    };
  }
  const checkpoint = CHECKPOINT_LABEL.exec(start);
  if (checkpoint && ctx.group?.scope === 'group')
    return {
      subject: ctx.group,
      end: lead + checkpoint[0].length,
      name: `${ctx.group.label}'s checkpoint`,
      unit: null,
      isStatus: false,
      numbersOnly: true,
    };
  const whole = WHOLE_LABEL.exec(start);
  // A template's Status is a field of its vocabulary (header-fields reads it), not a progress claim.
  if (whole && !(ctx.profile.tier === 'template' && STATUS_WORDS_LABEL.test(whole[1]!))) {
    const word = whole[1]!.toLowerCase();
    const isStatus = STATUS_WORDS_LABEL.test(word);
    // In a group's own section, "Progress:" and "Status:" speak of the group; a Status only in its head.
    if (ctx.group && !/^(?:overall|total|all|project)/.test(word)) {
      if (isStatus && !ctx.inGroupHead) return null;
      return {
        subject: ctx.group,
        end: lead + whole[0].length,
        name: ctx.group.scope === 'group' ? ctx.group.label : 'Overall',
        unit: null,
        isStatus,
      };
    }
    const name = /^(?:overall|total|all|project progress)/.test(word) ? 'Overall' : capitalised(whole[1]!);
    return { subject: { scope: 'document' }, end: lead + whole[0].length, name, unit: null, isStatus };
  }
  const unit = UNIT_LABEL.exec(start);
  if (unit && ctx.group)
    return {
      subject: ctx.group,
      end: lead + unit[0].length,
      name: ctx.group.scope === 'group' ? ctx.group.label : 'Overall',
      unit: unitWord(unit[1]!),
      isStatus: false,
    };
  return null;
}

function claimAfterLabel(
  ctx: LineContext,
  body: string,
  line: number,
  shift: number,
  label: Label,
  origin: Claim['origin'],
): Claim | null {
  // "Start: 22/48 (46%) → End: 31/48 (65%)": what was is history; what it is now follows the last arrow.
  const arrow = lastArrow(body, label.end);
  const from = arrow ?? label.end;
  // A status field's value ends at the first " | ": what follows are other facts ("| 410 tests passed").
  const rest = label.isStatus ? upToSeparator(body.slice(from)) : body.slice(from);
  const at = shift + from;
  const example = ctx.standing === 'example';
  const bar = readBar(rest, line, at);
  // In code, only a bar and the percentage beside it are read: the rest is often a template.
  const anyPercent = readPercent(rest, line, at);
  const anyFraction = example ? null : readFraction(rest, line, at, label.unit);
  // Two numbers that are not one statement: the first one said is the claim.
  const apart = anyPercent && anyFraction && !statedTogether(rest, anyPercent, anyFraction, at);
  const percent = apart && anyFraction.start < anyPercent.start ? null : anyPercent;
  const fraction = apart && anyPercent.start < anyFraction.start ? null : anyFraction;
  const stated = example || label.numbersOnly ? null : stateOfValue(ctx.profile, rest.replace(/^[*_ \t]+/, ''));
  const lead = rest.length - rest.replace(/^[*_ \t]+/, '').length;
  const readsState = label.isStatus || (label.subject.scope === 'group' && origin === 'line');
  const state: StatedStateAt | null =
    stated && readsState
      ? {
          line,
          start: at + lead + stated.start,
          end: at + lead + stated.end,
          category: stated.category,
          word: stated.word,
        }
      : null;
  if (example && !bar) return null;
  const done = !example && !fraction ? readDone(rest, line, at, label.unit) : null;
  const count = !example && !percent && !fraction && !done ? readCount(rest, line, at, label.unit) : null;
  if (!percent && !fraction && !bar && !state && !count && !done) return null;
  const first = Math.min(...[percent, fraction, bar].flatMap((q) => (q ? [q.start] : [])));
  const approximate = Number.isFinite(first) && isApproximate(body, first - shift);
  return claim(ctx, label.subject, line, label.name, origin, {
    percent,
    fraction,
    bar,
    state,
    count,
    done,
    approximate,
  });
}

const ARROWS = ['→', '->', '=>', '⟶'];

function upToSeparator(value: string): string {
  const bar = value.search(/\s\|\s/);
  return bar > 0 && /[\p{L}\p{N}]/u.test(value.slice(0, bar)) ? value.slice(0, bar) : value;
}

function lastArrow(body: string, from: number): number | null {
  let found: number | null = null;
  for (const arrow of ARROWS) {
    const index = body.lastIndexOf(arrow);
    if (index >= from && (found === null || index + arrow.length > found)) found = index + arrow.length;
  }
  return found;
}

function claim(
  ctx: LineContext,
  subject: Subject,
  line: number,
  label: string,
  origin: Claim['origin'],
  parts: Partial<Claim>,
): Claim {
  return makeClaim({ subject, origin, line, label, standing: ctx.standing, inClaimSection: ctx.inClaimSection }, parts);
}

/** "Title ##" is "Title" (an ATX heading's closing sequence), found without a backtracking pattern. */
function withoutClosingHashes(text: string): string {
  const trimmed = trimEndOf(text, ' \t');
  const hashes = trimEndOf(trimmed, '#');
  return hashes.length < trimmed.length && /[ \t]$/.test(hashes) ? trimEndOf(hashes, ' \t') : text;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
