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
  const { messages } = input;
  const count = (test: (m: LintMessage) => boolean) => messages.reduce((n, m) => n + (test(m) ? 1 : 0), 0);
  return {
    ...input,
    errorCount: count((m) => m.severity === 2),
    warningCount: count((m) => m.severity === 1),
    fatalErrorCount: count((m) => m.fatal === true),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== undefined),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== undefined),
  };
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
