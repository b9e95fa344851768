/**
 * Linting one ledger whose facts are in hand: the same code runs in the main
 * process and in worker processes, so a job and its result are plain data.
 */
import { readFileSync } from 'node:fs';
import type { PreparedConfig } from '../core/config/resolve.js';
import type { Facts } from '../core/model/facts.js';
import { fixText } from '../core/engine/fix.js';
import { describeFsError } from '../files/discover.js';
import { textOf } from '../files/read-text.js';
import { checkEdit, type EditPurpose } from '../core/engine/edit.js';
import { gateText } from '../core/engine/gate.js';
import { lintText, type LintMessage, type LintOutcome } from '../core/engine/lint.js';
import type { SuppressedMessage } from '../core/engine/directives.js';
import { ledgerOverview, type LedgerOverview } from '../core/engine/overview.js';
import type { CountPolicy } from '../core/ledger/tally.js';
import { sha1 } from './cache.js';

/** lint (the rules), gate (every reason a ledger may not be marked complete), or one of an agent's edit checks (core/engine/edit.ts). */
export type Purpose = 'lint' | 'gate' | EditPurpose;

export interface LintJob {
  /**
   * The ledger as UTF-8, or where to read it again: a big run does not hold every
   * ledger in the main process; a worker reads it and checks it is what was scanned.
   */
  ledger: { bytes: Uint8Array } | { file: string; sha1: string };
  profile: string;
  /** Relative to the config's directory, for per-glob rules. */
  configPath: string;
  facts: Facts;
  purpose: Purpose;
  /** Compute the fixed text; when fixing is refused, this hint is added to fixable findings instead. */
  fix: { allowed: true } | { allowed: false; hint: string } | null;
}

export interface LintJobResult {
  messages: LintMessage[];
  /** Findings disable comments silenced (ESLint's suppressedMessages); absent when none. */
  suppressed?: SuppressedMessage[];
  overview?: LedgerOverview;
  /** The fixed text, when fixes changed it. */
  output?: string;
  /** With `output`: the findings before fixing, which the file keeps if the fix cannot be written. */
  unfixed?: LintMessage[];
  /** The file read again was not the file scanned for references: it changed during the run. */
  changed?: true;
  /** The file could not be read again (deleted or made unreadable during the run): why, for a problem naming it. */
  unreadable?: string;
}

export function runLintJob(job: LintJob, prepared: PreparedConfig): LintJobResult {
  const profile = prepared.profileNamed(job.profile)!;
  const rules = prepared.rulesFor(job.configPath, profile.name);
  const lint = (text: string): LintOutcome => {
    const input = { text, profile, rules, facts: job.facts };
    return job.purpose === 'lint'
      ? lintText({ ...input, unusedDirectives: prepared.unusedDirectives })
      : job.purpose === 'gate'
        ? gateText(input)
        : checkEdit(job.purpose, input);
  };
  let bytes: Uint8Array;
  if ('bytes' in job.ledger) bytes = job.ledger.bytes;
  else {
    try {
      bytes = readFileSync(job.ledger.file);
    } catch (error) {
      // One file gone mid-run is that file's problem; it must not take the run (and the worker's other jobs) with it.
      return { messages: [], unreadable: describeFsError(error) };
    }
    if (sha1(bytes) !== job.ledger.sha1) return { messages: [], changed: true };
  }
  const text = textOf(bytes);
  let outcome = lint(text);
  let output: string | undefined;
  let unfixed: LintMessage[] | undefined;
  if (job.fix && outcome.messages.some((m) => m.fix)) {
    if (!job.fix.allowed) {
      outcome = { ...outcome, messages: notFixed(outcome.messages, job.fix.hint) };
    } else {
      const fixed = fixText(text, outcome, lint);
      if (fixed.output !== text) [output, unfixed] = [fixed.output, outcome.messages];
      outcome = fixed.outcome;
    }
  }
  const count = (rules.find((r) => r.rule.meta.id === 'progress-math')?.options as { count?: CountPolicy } | undefined)
    ?.count;
  const overview = outcome.ledger ? ledgerOverview(outcome.ledger, profile, count) : undefined;
  const suppressed = outcome.suppressed.length > 0 ? { suppressed: outcome.suppressed } : {};
  return {
    messages: outcome.messages,
    ...suppressed,
    ...(overview ? { overview } : {}),
    ...(output !== undefined ? { output, unfixed } : {}),
  };
}

/** The fixable findings, each saying why it was not fixed (the hint starts with a space). */
export function notFixed(messages: readonly LintMessage[], hint: string): LintMessage[] {
  return messages.map((m) => (m.fix ? { ...m, message: `${m.message}${hint}` } : m));
}
