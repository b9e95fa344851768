/**
 * Where a ledger says that work blocks other work, by task number: a current
 * blocker "- Blocking Task 2.2", a task "(blocked by Task 2.1)" or "blocks Task 3.1",
 * with the tasks they name and where those are. Read from the raw lines, so
 * positions are exact; code spans and HTML comments are not read.
 */
import type { Ledger, ListItem } from '../model/document.js';
import type { WorkItem } from '../model/work.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { CODE_SPAN } from '../text/inline.js';
import { currentBlockers } from './blockers.js';
import { workItems } from './work.js';

export interface BlockingRef {
  /** `blocks`: the holder keeps the named task from being done; `blocked-by`: the holder waits for it. */
  relation: 'blocks' | 'blocked-by';
  /** Who says so: a current blocker, or a task. */
  holder: { kind: 'blocker' } | { kind: 'task'; item: WorkItem };
  /** The task as messages name it: `Task 2.2`, `Subtask 1.2.1`, `T012`. */
  name: string;
  /** Its number, folded (see taskKey). */
  key: string;
  line: number;
  column: number;
  endColumn: number;
}

// "Blocking Task 2.2", "blocks: Tasks 2.2 and 2.3", "**Blocking:** T012", "blocker for Task 3.1".
const BLOCKS = /(?<![\p{L}-])\b(?:block(?:s|ing)|blocker\s+(?:for|of))\b[*_]*[ \t]*[:—–-]?[ \t]*[*_]*[ \t]*/giu;
// "blocked by Task 2.1", "blocked on: Task 2.1", "waiting on Task 2.1", "waiting for T004".
const BLOCKED_BY = /\b(?:blocked[ \t]+(?:by|on)|waiting[ \t]+(?:on|for))\b[*_]*[ \t]*:?[ \t]*[*_]*[ \t]*/giu;
// A task number after its word, or a spec-kit id on its own; `(?!…)` keeps "2.2" of "2.2.1" or "2.2x" from matching alone.
const ID = String.raw`(T\d{2,5}[a-z]?|#?\d{1,4}(?:\.\d{1,4}){0,4})(?![\p{L}\p{N}_]|\.\d)`;
const FIRST = new RegExp(String.raw`((?:sub)?tasks?)[ \t]+${ID}|(?=T\d)${ID}`, 'iuyd');
const NEXT = new RegExp(String.raw`[ \t]*(?:,|&|/|\band\b|\bor\b)[ \t]*(?:((?:sub)?tasks?)[ \t]+)?${ID}`, 'iuyd');

/** A task number as compared: no `#`, no leading zeros, `T` ids in capitals. */
export function taskKey(id: string): string {
  const plain = id.replace(/^#/, '');
  if (/^T\d/i.test(plain))
    return `T${Number(plain.slice(1).replace(/\D+$/, ''))}${plain.replace(/^T\d+/i, '').toLowerCase()}`;
  return plain
    .split('.')
    .map((part) => String(Number(part)))
    .join('.');
}

export function blockingRefs(ledger: Ledger, profile: CompiledProfile): BlockingRef[] {
  const refs: BlockingRef[] = [];
  for (const blocker of currentBlockers(ledger, profile)) {
    if (blocker.resolved !== null) continue; // the resolved-blocker rule's
    for (let line = blocker.line; line <= blocker.endLine; line++) {
      if (ledger.prose[line - 1]) refs.push(...refsOnLine(ledger.lines.text[line - 1]!, line, { kind: 'blocker' }));
    }
  }
  for (const item of workItems(ledger, profile)) {
    if (item.role !== 'task') continue;
    for (const line of linesOf(item))
      refs.push(...refsOnLine(ledger.lines.text[line - 1]!, line, { kind: 'task', item }));
  }
  return refs;
}

/** A task's own line and the lines of the plain notes under it (`  - Blocked by Task 2.1`); its subtasks speak for themselves. */
function linesOf(item: WorkItem): number[] {
  const lines = [item.line];
  const stack: ListItem[] = [...(item.listItem?.children ?? [])];
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child.checkbox) continue;
    lines.push(child.line);
    stack.push(...child.children);
  }
  return lines.sort((a, b) => a - b);
}

function refsOnLine(raw: string, line: number, holder: BlockingRef['holder']): BlockingRef[] {
  const text = unreadBlanked(raw);
  const refs: BlockingRef[] = [];
  for (const [pattern, relation] of [
    [BLOCKS, 'blocks'],
    [BLOCKED_BY, 'blocked-by'],
  ] as const) {
    for (const phrase of text.matchAll(pattern))
      refs.push(...taskList(text, phrase.index + phrase[0].length, line, relation, holder));
  }
  return refs.sort((a, b) => a.column - b.column);
}

/** The line with its code spans and HTML comments blanked, every column kept where it was. */
function unreadBlanked(raw: string): string {
  let text = raw.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open)) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    text = text.slice(0, open) + ' '.repeat(end - open) + text.slice(end);
  }
  return text;
}

/** "Task 2.2", "Tasks 2.2 and 2.3", "Task 2.2, Task 3.1": a number without its word after a separator must have as many parts as the first. */
function taskList(
  text: string,
  at: number,
  line: number,
  relation: BlockingRef['relation'],
  holder: BlockingRef['holder'],
): BlockingRef[] {
  const ref = (match: RegExpExecArray): BlockingRef => {
    const word = match[1];
    const id = (match[2] ?? match[3])!;
    const [idStart, idEnd] = (match.indices![2] ?? match.indices![3])!;
    const start = word ? match.indices![1]![0] : idStart;
    const name = /^T\d/i.test(id)
      ? id.toUpperCase()
      : `${word && /^sub/i.test(word) ? 'Subtask' : 'Task'} ${id.replace(/^#/, '')}`;
    return { relation, holder, name, key: taskKey(id), line, column: start + 1, endColumn: idEnd + 1 };
  };
  FIRST.lastIndex = at;
  const first = FIRST.exec(text);
  if (!first) return [];
  const parts = (first[2] ?? first[3])!.split('.').length;
  const out = [ref(first)];
  NEXT.lastIndex = FIRST.lastIndex;
  for (let next = NEXT.exec(text); next; next = NEXT.exec(text)) {
    if (!next[1] && !/^T\d/i.test(next[2]!) && next[2]!.split('.').length !== parts) break;
    out.push(ref(next));
  }
  return out;
}

/** The ledger's tasks by number, and whether a number not found is surely not a task (else it may be one written without its number). */
export function numberedTasks(
  ledger: Ledger,
  profile: CompiledProfile,
): { byKey: ReadonlyMap<string, WorkItem[]>; surelyMissing(key: string): boolean } {
  const tasks = workItems(ledger, profile).filter((item) => item.role === 'task');
  const byKey = new Map<string, WorkItem[]>();
  for (const task of tasks) if (task.id) byKey.set(taskKey(task.id), [...(byKey.get(taskKey(task.id)) ?? []), task]);
  const topNumbered = tasks.length > 0 && tasks.every((task) => task.id !== null || task.parent !== null);
  return {
    byKey,
    surelyMissing(key) {
      // "Subtask 1.2.3" under a Task 1.2 whose subtasks are not all numbered may be one of them.
      const parent = byKey.get(key.slice(0, Math.max(0, key.lastIndexOf('.'))));
      return topNumbered && !parent?.some((p) => p.children.some((c) => c.id === null));
    },
  };
}
