/**
 * Files that ticked tasks name (`- [x] Task 1.2: PDF renderer in `src/pdf.ts``), read
 * with the key-file path reader, and the tasks commit messages name: what tick-evidence
 * holds against history. Read two ways, like refs.ts: from the model for the rule, and
 * from a quick scan of the text, so facts are gathered for all ledgers before parsing.
 */
import type { Ledger, ListItem } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { inGitDirectory, keyFileRefsIn, repositoryPath, type KeyFileRef } from './key-file-refs.js';
import { hasPlaceholder } from './placeholders.js';
import { itemId, workItems } from './work.js';

export interface TickedFile {
  task: ListItem;
  ref: KeyFileRef;
}

// A box ticked done, at the start of a list item (quoted or not).
const TICKED_BOX = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]*/;
// Globs name no one file a commit can be held to (directories neither: see tickedFiles).
const GLOB = /[*?[\]{}!]/;

/** A path history can be asked about: one file inside the repository, not git's own, no template text. */
function askable(ref: KeyFileRef, profile: CompiledProfile): boolean {
  const where = repositoryPath(ref, null);
  return (
    where !== null &&
    !where.outside &&
    !GLOB.test(ref.path) &&
    !ref.path.endsWith('/') &&
    !inGitDirectory(ref.path) &&
    !hasPlaceholder(ref.raw, profile)
  );
}

/** Every file named on the line of a ticked task (work, not a checklist or a log, and not marked N/A). */
export function tickedFiles(ledger: Ledger, profile: CompiledProfile): TickedFile[] {
  return workItems(ledger, profile).flatMap(({ listItem: task, state, role, notApplicable }) => {
    if (!task || state !== 'done' || role !== 'task' || notApplicable) return [];
    return keyFileRefsIn(ledger.lines.text, [task.line])
      .filter((ref) => askable(ref, profile))
      .map((ref) => ({ task, ref }));
  });
}

/** The same from a quick scan: paths on ticked lines outside code, and the ids of those tasks (a superset of what the rule reads). */
export function scanTickedFiles(
  lines: readonly string[],
  nonProse: ReadonlySet<number>,
  profile: CompiledProfile,
): { paths: string[]; ids: string[] } {
  const paths = new Set<string>();
  const ids = new Set<string>();
  lines.forEach((text, index) => {
    const box = TICKED_BOX.exec(text);
    if (!box || nonProse.has(index + 1)) return;
    const refs = keyFileRefsIn(lines, [index + 1]).filter((ref) => askable(ref, profile));
    if (refs.length === 0) return;
    for (const ref of refs) paths.add(ref.path);
    const id = itemId(text.slice(box[0].length));
    if (id) ids.add(id);
  });
  return { paths: [...paths], ids: [...ids] };
}

// "Task 1.2", "Tasks 1.2, 1.3 and 2.1", "Subtask 1.2.1", "Ledger-Task: 1.2", "task #3".
const TASK_NUMBERS =
  /\b(?:sub)?tasks?\b[ \t]*(?:[:#][ \t]*)?(\d{1,4}(?:\.\d{1,4}){0,4}(?:[ \t]*(?:,|&|\/|and)[ \t]*\d{1,4}(?:\.\d{1,4}){0,4}){0,20})(?![.\d]*\d)/gi;
const TASK_NUMBER = /\d{1,4}(?:\.\d{1,4}){0,4}/g;
// spec-kit's task ids.
const T_ID = /\bT\d{2,5}[a-z]?\b/g;
const PRD = /\bPRD[ \t_-]?0*(\d{1,6})\b/gi;

/** A path in a folder whose last part has an extension: `src/pdf.ts`, not `retry.max` or `packages/fees`. */
export function looksLikeFile(path: string): boolean {
  return /\/[^/]*[^/.]\.[A-Za-z0-9]{1,12}$/.test(path);
}

/** The task ids and PRD numbers a commit message names. */
export function taskMentions(message: string): { tasks: string[]; prds: string[] } {
  const tasks = new Set<string>();
  for (const match of message.matchAll(TASK_NUMBERS))
    for (const id of match[1]!.match(TASK_NUMBER) ?? []) tasks.add(id);
  for (const match of message.matchAll(T_ID)) tasks.add(match[0]);
  const prds = new Set([...message.matchAll(PRD)].map((m) => m[1]!));
  return { tasks: [...tasks], prds: [...prds] };
}

/** A commit naming one task is about the other: the same task, a subtask of it, or the task above it. */
export function sameWork(named: string, id: string): boolean {
  const [a, b] = [named.toLowerCase(), id.toLowerCase()];
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
