/** Per-file results in the shape every reporter reads (ESLint's, plus the profile). */
import type { LintMessage } from '../engine/lint.js';
import type { SuppressedMessage } from '../engine/directives.js';
import type { LedgerOverview } from '../engine/overview.js';

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Relative to the working directory, `/`-separated. */
  displayPath: string;
  /** Profile the file was checked under; null when it could not be read as text. */
  profile: string | null;
  messages: LintMessage[];
  /** Findings disable comments silenced, with the comments that did (ESLint's suppressedMessages). */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text that was checked, for fixes. */
  source?: string;
  /** Status and phase progress, for summaries; absent when the file could not be parsed. */
  overview?: LedgerOverview;
  /** The text after --fix or --fix-dry-run, when fixes changed it. */
  output?: string;
}

export function summarise(
  input: Pick<FileResult, 'filePath' | 'displayPath' | 'profile' | 'messages'> &
    Pick<Partial<FileResult>, 'source' | 'overview' | 'output' | 'suppressedMessages'>,
): FileResult {
  // One pass: a replayed 10,000-ledger run summarises every result again.
  const counts = { errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of input.messages) {
    if (m.severity === 2) counts.errorCount++;
    if (m.severity === 1) counts.warningCount++;
    if (m.fatal === true) counts.fatalErrorCount++;
    if (m.severity === 2 && m.fix !== undefined) counts.fixableErrorCount++;
    if (m.severity === 1 && m.fix !== undefined) counts.fixableWarningCount++;
  }
  return { ...input, ...counts };
}

export interface Totals {
  errors: number;
  warnings: number;
  files: number;
}

export function totals(results: readonly FileResult[]): Totals {
  return results.reduce(
    (t, r) => ({ errors: t.errors + r.errorCount, warnings: t.warnings + r.warningCount, files: t.files + 1 }),
    { errors: 0, warnings: 0, files: 0 },
  );
}

/** What one run of the checks found, and what it has to say besides (from the runner, for the front doors and reporters). */
export interface CheckRun {
  results: FileResult[];
  /** The top of the git repository the run was in, as git names it (reporters name files from it for GitHub); null outside one. */
  root: string | null;
  /** Usage and I/O problems, each naming its path: the run exits 2. */
  problems: string[];
  /** Said on stderr in any case: things not checked that the user should know of. */
  warnings: string[];
  /** For --verbose: files skipped and why, profiles detected. */
  notes: string[];
  /** Git processes the run started. */
  gitProcesses: number;
  /** Processes the linting ran in (1: the main process alone). */
  workers: number;
  /** Worker processes that died; the main process linted their share. */
  workersStopped: number;
  /** Milliseconds since the process started at which each phase ended, for --debug. */
  timings: Array<[string, number]>;
}
