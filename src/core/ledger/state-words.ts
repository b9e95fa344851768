/**
 * Reading a state out of free text: a status field's value ("✅ **Completed** (merged)"),
 * a table cell ("Complete    "), the end of a group's heading ("Phase 2: Auth ✅ COMPLETE").
 * Words are matched whole, longest phrase first, so "Planning complete" is planning and
 * "Ready for Review" is review. A value that offers several states ("⏳ Pending | 🔄 In
 * Progress | ✅ Complete", a template left unfilled) or speaks of a group ("Phase 1
 * complete") states nothing about the whole.
 */
import { STATUS_EMOJI } from '../profiles/builtin/vocabulary.js';
import type { CompiledProfile, CompiledState } from '../profiles/compile.js';
import type { StateCategory } from '../profiles/schema.js';
import { nameKey } from '../text/names.js';

export interface StatedState {
  category: StateCategory;
  /** The word or mark as written, for messages. */
  word: string;
  /** 0-based offsets in the text read. */
  start: number;
  end: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

interface Phrase {
  tokens: string[];
  state: CompiledState;
}

const WORD = /[\p{L}\p{N}]+/gu;
const phraseIndex = new WeakMap<CompiledProfile, Map<string, Phrase[]>>();

function tokensOf(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function phrasesOf(profile: CompiledProfile): Map<string, Phrase[]> {
  let index = phraseIndex.get(profile);
  if (index) return index;
  index = new Map();
  for (const [key, state] of profile.states) {
    const tokens = key.split(' ').filter(Boolean);
    if (tokens.length === 0) continue;
    const list = index.get(tokens[0]!) ?? [];
    list.push({ tokens, state });
    index.set(tokens[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  phraseIndex.set(profile, index);
  return index;
}

/** The state phrase starting at token i, if any. */
function phraseAt(
  profile: CompiledProfile,
  tokens: readonly Token[],
  i: number,
): { state: CompiledState; last: number } | null {
  for (const phrase of phrasesOf(profile).get(tokens[i]!.word) ?? []) {
    if (phrase.tokens.every((t, k) => tokens[i + k]?.word === t))
      return { state: phrase.state, last: i + phrase.tokens.length - 1 };
  }
  return null;
}

function emojiState(text: string): { category: StateCategory; mark: string; index: number } | null {
  let best: { category: StateCategory; mark: string; index: number } | null = null;
  for (const [mark, category] of Object.entries(STATUS_EMOJI)) {
    const index = text.indexOf(mark);
    if (index >= 0 && (!best || index < best.index || (index === best.index && mark.length > best.mark.length)))
      best = { category, mark, index };
  }
  return best;
}

/** Group names that make a value speak of part of the work, not the whole. */
const SPEAKS_OF_A_GROUP = /\b(?:phase|stage|milestone|sprint|step|epic|story|wave|part|task)s?\s+\d/i;

/**
 * The state a value states, read from its start: "Done", "✅ Complete (2026-01-10)",
 * "**IN PROGRESS** - phase 2 of 4". Null for anything else.
 */
export function stateOfValue(profile: CompiledProfile, value: string): StatedState | null {
  if (SPEAKS_OF_A_GROUP.test(value)) return null;
  const tokens = tokensOf(value);
  const emoji = emojiState(value);
  // A menu of states, the template's way of saying "pick one".
  if (value.includes('|') && tokens.filter((_, i) => phraseAt(profile, tokens, i)).length > 1) return null;
  const first = tokens[0];
  if (first) {
    const found = phraseAt(profile, tokens, 0);
    // Only marks and decoration may come before the word, and no more words of a name after it.
    const end = found ? tokens[found.last]!.end : 0;
    if (found && !/[\p{L}\p{N}]/u.test(value.slice(0, first.start)) && endsState(value.slice(end, end + 24))) {
      return { category: found.state.category, word: value.slice(first.start, end), start: first.start, end };
    }
  }
  if (emoji && !/[\p{L}\p{N}]/u.test(value.slice(0, emoji.index))) {
    // "✅" alone, or before words that are not a state ("✅ merged upstream"): the mark says it.
    return { category: emoji.category, word: emoji.mark, start: emoji.index, end: emoji.index + emoji.mark.length };
  }
  return null;
}

const ALL_CAPS = /^[^\p{Ll}]*$/u;
// After a state: nothing, a mark, a date or remark, or a word that starts a remark ("Done and merged", "In Review by Ana").
const STATE_ENDS =
  /^[*_ \t]*(?:$|[^\p{L}\s]|(?:and|since|on|in|at|by|with|but|as|per|after|from|via|for|except|pending|awaiting|until)\b)/iu;

function endsState(after: string): boolean {
  return STATE_ENDS.test(after);
}

/**
 * The state written on a group's heading after its name: a status mark ("✅", "🚧"),
 * a parenthesised state "(COMPLETED)", a state after a dash "- In Progress", or a state
 * in capitals at the end "✅ COMPLETE". A state word inside the name ("Phase 2: Complete
 * Value Proposition") is part of the name.
 */
export function stateOfHeading(profile: CompiledProfile, title: string, nameStart: number): StatedState | null {
  const tokens = tokensOf(title);
  // A state stands at the end of a heading: look at its last words only.
  const from = Math.max(nameStart, title.length - 120);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.start < from) break;
    const found = phraseAt(profile, tokens, i);
    if (!found) continue;
    const start = token.start;
    const end = tokens[found.last]!.end;
    // Part of an identifier ("ENTRY_PENDING", "state-done"), not a word.
    if (/[_\-/.]/.test(title.charAt(start - 1)) || /[_\-/]\w/.test(title.slice(end, end + 2))) continue;
    const before = title.slice(Math.max(0, start - 16), start);
    const after = title.slice(end);
    const word = title.slice(start, end);
    const opensParen = /\(\s*$/.test(before);
    const afterDash = /\s[-–—]\s*$/.test(before) || /[:|]\s*$/.test(before);
    const afterMark = /\p{Extended_Pictographic}\uFE0F?[\s*]*$/u.test(before);
    // Nothing but marks, dates and remarks may follow it.
    const ends =
      /^[^\p{L}\p{N}(]*(?:\([^)]*\)[^\p{L}\p{N}]*)?$/u.test(after) || /^\s*\)/.test(after) || /^\s*[-–—:]/.test(after);
    if (!ends) continue;
    // A state word that is the whole name ("Phase 2: Testing", "Phase 4: Review") is the name, unless a mark says otherwise.
    const isName = !/[\p{L}\p{N}]/u.test(title.slice(nameStart, start));
    if (isName && !afterMark && !opensParen) continue;
    // Capitals set a state apart only from a name that is not in capitals too ("DATABASE SYSTEMS COMPLETE" is a name).
    const capsApart = ALL_CAPS.test(word) && /\p{Ll}/u.test(title.slice(nameStart, start));
    if (opensParen || afterDash || afterMark || capsApart) return { category: found.state.category, word, start, end };
  }
  const emoji = emojiState(title);
  if (emoji)
    return { category: emoji.category, word: emoji.mark, start: emoji.index, end: emoji.index + emoji.mark.length };
  return null;
}

/** "done" for messages: the state's own word where there is one. */
export function describeState(state: StatedState): string {
  return /[\p{L}\p{N}]/u.test(state.word) ? `"${state.word}"` : `${state.word} (${state.category})`;
}

export const isDoneCategory = (category: StateCategory): boolean => category === 'done';

/** A state's folded name, for comparing two statements of one state. */
export function stateKey(state: StatedState): string {
  return nameKey(state.word);
}
