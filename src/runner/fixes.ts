/**
 * Writing --fix results back. Each file is replaced only over the bytes that
 * were checked (see replaceFile); with --staged the same fix is staged as a
 * blob, so the commit holds exactly what was fixed. A file that is not written
 * keeps its findings, each saying why it was not fixed.
 */
import { readFile } from 'node:fs/promises';
import type { LintMessage } from '../core/engine/lint.js';
import { describeFsError, toPosixRelative } from '../files/discover.js';
import { replaceFile, type ReplaceOutcome } from '../files/replace-file.js';
import type { GitClient } from '../git/client.js';
import { stageEntries, stagedModes, writeBlobs, type IndexEntry } from '../git/stage-blobs.js';
import { notFixed } from './lint-job.js';
import { summarise, type FileResult } from '../core/model/results.js';
import { textOf } from '../files/read-text.js';
import type { Source } from './list.js';
import type { LintJobResult } from './lint-job.js';
import type { Candidate } from './prepare.js';

export interface FixToWrite {
  /** The result after fixing, with its `output`. */
  result: FileResult;
  /** The bytes that were checked. */
  bytes: Uint8Array;
  /** The findings before fixing. */
  unfixed: LintMessage[];
}

/** With --staged, the working copy of a ledger whose working copy is what is staged. */
export interface WorkingCopy {
  bytes: Buffer;
  /** The staged text with CRLF line ends, as git checks text out under core.autocrlf or eol=crlf. */
  crlf: boolean;
}

/** The working copy, if it is what is staged: the same bytes, or the same text with the line ends git gives it. */
export async function stagedWorkingCopy(source: Source): Promise<WorkingCopy | null> {
  const working = await readFile(source.file).catch(() => null);
  const staged = source.staged;
  if (!working || !staged) return null;
  if (working.equals(staged)) return { bytes: working, crlf: false };
  return !staged.includes(13) && working.equals(withCrlf(staged)) ? { bytes: working, crlf: true } : null;
}

export interface FixContext {
  /** The work tree (the repository root, else the config's directory): a symlinked ledger is fixed only inside it. */
  root: string;
  cwd: string;
  /** With --staged: the working copies found to be what is staged, by file, and where to stage. */
  staged: { client: GitClient; root: string; copies: ReadonlyMap<string, WorkingCopy> } | null;
}

export interface WrittenFixes {
  /** New results for the files not written: their findings as before fixing. */
  unwritten: Map<FileResult, FileResult>;
  problems: string[];
}

export async function writeFixes(fixes: readonly FixToWrite[], context: FixContext): Promise<WrittenFixes> {
  const { staged } = context;
  const unwritten = new Map<FileResult, FileResult>();
  const problems: string[] = [];
  const leave = ({ result, unfixed }: FixToWrite, why: string) => {
    const { output: _output, source: _source, ...rest } = result;
    unwritten.set(result, summarise({ ...rest, messages: notFixed(unfixed, ` (Not fixed: ${why})`) }));
  };
  const outputs = fixes.map((f) => Buffer.from(f.result.output!, 'utf8'));
  // With --staged, the blobs first: nothing is touched if git cannot take them.
  let blobs: string[] = [];
  let modes = new Map<string, string>();
  if (staged) {
    try {
      [blobs, modes] = await Promise.all([writeBlobs(staged.client, outputs), stagedModes(staged.client)]);
    } catch (error) {
      problems.push(`the fixes could not be written to the repository (${gitMessage(error)}); no ledger was fixed.`);
      for (const fix of fixes) leave(fix, `${fix.result.displayPath} could not be staged.`);
      return { unwritten, problems };
    }
  }
  const entries: IndexEntry[] = [];
  for (const [index, fix] of fixes.entries()) {
    const { filePath, displayPath } = fix.result;
    const copy = staged?.copies.get(filePath);
    const replacement = copy?.crlf ? withCrlf(outputs[index]!) : outputs[index]!;
    let outcome: ReplaceOutcome;
    try {
      outcome = await replaceFile(filePath, copy?.bytes ?? fix.bytes, replacement, context.root);
    } catch (error) {
      problems.push(`${displayPath}: the fix could not be written: ${describeFsError(error)}`);
      leave(fix, `${displayPath} could not be written.`);
      continue;
    }
    if (!outcome.written) leave(fix, whyNot(outcome, displayPath, context.cwd));
    else if (staged) {
      const path = toPosixRelative(staged.root, filePath);
      entries.push({ path, mode: modes.get(path) ?? '100644', blob: blobs[index]! });
    }
  }
  if (staged) {
    await stageEntries(staged.client, entries).catch((error: unknown) => {
      problems.push(
        `the fixed ledgers were written but could not be staged (${gitMessage(error)}); stage them, or run the commit again.`,
      );
    });
  }
  return { unwritten, problems };
}

function whyNot(outcome: ReplaceOutcome & { written: false }, display: string, cwd: string): string {
  switch (outcome.reason) {
    case 'read-only':
      return `${display} is read-only.`;
    case 'outside':
      return `${display} is a symbolic link to a file outside the work tree.`;
    case 'changed':
      return outcome.kept
        ? `${display} changed while ledgerlint ran; an edit it could not put back is in ${toPosixRelative(cwd, outcome.kept)}.`
        : `${display} changed while ledgerlint ran; run ledgerlint again.`;
  }
}

function gitMessage(error: unknown): string {
  return String((error as Error)?.message ?? error).trim();
}

function withCrlf(text: Buffer): Buffer {
  return Buffer.from(text.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
}

/**
 * The fixes step: each linted ledger's result, in the order of the candidates, and
 * with a target, its fixes written (a result whose fix could not be written says why).
 */
export async function resultsWithFixes(
  candidates: readonly Candidate[],
  linted: ReadonlyMap<Candidate, LintJobResult>,
  target: FixContext | null,
): Promise<{ results: FileResult[]; problems: string[] }> {
  const results: FileResult[] = [];
  const fixes: FixToWrite[] = [];
  for (const candidate of candidates) {
    const { source, bytes, profile } = candidate;
    const done = linted.get(candidate);
    if (!done) continue;
    const { messages, suppressed, overview, output, unfixed } = done;
    const result = summarise({
      filePath: source.file,
      displayPath: source.display,
      profile: profile.name,
      messages,
      ...(suppressed ? { suppressedMessages: suppressed } : {}),
      ...(overview ? { overview } : {}),
      ...(output !== undefined && bytes ? { source: textOf(bytes), output } : {}),
    });
    results.push(result);
    if (output !== undefined && bytes && unfixed) fixes.push({ result, bytes, unfixed });
  }
  if (!target || fixes.length === 0) return { results, problems: [] };
  const { unwritten, problems } = await writeFixes(fixes, target);
  return { results: results.map((result) => unwritten.get(result) ?? result), problems };
}
