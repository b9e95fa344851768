/**
 * What is wrong with the files a ledger names (Key Files and the PRD field): one finder
 * for the key-files rule and the completion gate, so both say the same fact in the same
 * words at the same place, and the engine can tell it is one fact.
 */
import type { Facts, PathFact } from '../model/facts.js';
import type { Finding } from '../model/findings.js';
import type { Ledger } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { repositoryPath, type KeyFileRef } from './key-file-refs.js';
import { hasPlaceholder } from './placeholders.js';
import { keyFileRefs, refusalReason, spanOf } from './refs.js';

export interface KeyFileProblem extends Finding {
  ref: KeyFileRef;
  /** The file is not there to be looked at (outside the repository, refused, missing), not merely cited wrongly. */
  absent: boolean;
}

export function keyFileProblems(ledger: Ledger, profile: CompiledProfile, facts: Facts): KeyFileProblem[] {
  const paths = facts.paths;
  return keyFileRefs(ledger, profile).flatMap((ref): KeyFileProblem[] => {
    if (hasPlaceholder(ref.raw, profile)) return [];
    const where = repositoryPath(ref, paths?.ledgerDirectory ?? null);
    if (!where) return [];
    const noun = ref.field ? `${ref.field} file` : 'Key file';
    const problem = (message: string, absent: boolean) => [{ message, ...spanOf(ref), ref, absent }];
    if (where.outside)
      return problem(
        `${noun} ${ref.path} is outside the repository; ${ref.field ? 'only repository paths are looked up' : 'key files are repository paths'}.`,
        true,
      );
    const fact = paths?.byPath.get(where.path);
    if (!fact) return [];
    const name = `${noun} ${shown(ref, where.path)}`;
    if (fact.exists === null) return problem(`${name} ${refusalReason(fact.refused)}; it was not looked at.`, true);
    if (!fact.exists) return problem(`${name} does not exist in the ${paths!.source}.`, true);
    const lines = ref.lines ? lineProblem(ref, where.path, fact) : null;
    return lines ? problem(lines, false) : [];
  });
}

function lineProblem(ref: KeyFileRef, path: string, fact: Extract<PathFact, { exists: true }>): string | null {
  const { start, end } = ref.lines!;
  if (fact.kind === 'directory') return `${path} is a directory, so ${ref.raw} names no lines.`;
  if (start < 1) return `${ref.raw}: lines are numbered from 1.`;
  if (end < start) return `${ref.raw}: the line range ${start}-${end} runs backwards.`;
  if (fact.lines !== null && end > fact.lines)
    return `${ref.raw} points past the end of ${path}, which has ${fact.lines} line${fact.lines === 1 ? '' : 's'}.`;
  return null;
}

/** The repository path, and how a link wrote it when that differs (`src/a.ts (linked as ../../src/a.ts)`). */
function shown(ref: KeyFileRef, path: string): string {
  return path === ref.path ? path : `${path} (linked as ${ref.path})`;
}
