import type { CheckRun } from '../runner/check-files.js';

/** What a command needs from the process, passed in so commands stay testable. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The bundled worker script; without it a run lints in the main process alone. */
  workerScript?: URL;
}

/** What a run has to say besides its findings, on stderr: notes (with --verbose), warnings, problems. */
export function writeRunMessages(run: Pick<CheckRun, 'notes' | 'warnings' | 'problems'>, io: CliIo, verbose: boolean): void {
  if (verbose) for (const note of run.notes) io.stderr.write(`ledgerlint: ${note}\n`);
  for (const warning of run.warnings) io.stderr.write(`ledgerlint: ${warning}\n`);
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}\n`);
}
