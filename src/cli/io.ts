import type { Readable, Writable } from 'node:stream';
import { colorWanted } from '../reporters/colors.js';
import { safeOutput, type OutputKind } from '../reporters/safe-output.js';
import type { CheckRun } from '../runner/check-files.js';

/** A stream as the process has it. */
export interface RawStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What a run needs from the process, passed in so commands stay testable. */
export interface ProcessIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: RawStream;
  stderr: RawStream;
  /** Standard input, asked for only with --stdin (a terminal's must not be touched otherwise). */
  stdin?: () => AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  /** The bundled worker script; without it a run lints in the main process alone. */
  workerScript?: URL;
  /** The process's own stdin and stdout, for a command that speaks a protocol over them (mcp). */
  streams?: () => { stdin: Readable; stdout: Writable };
  /** The installed package's directory (where docs/ ships), for mcp's explain. */
  packageDir?: URL;
}

/**
 * A stream that passes every write through safeOutput: whatever a ledger, a file
 * name or a commit subject holds, nothing written drives the terminal or runs a
 * GitHub workflow command.
 */
export interface Output {
  /** Whether our colours are wanted on this stream (FORCE_COLOR, NO_COLOR, a terminal). */
  readonly color: boolean;
  /**
   * Writes whole lines (an unended last line is ended, so that no write can finish a
   * command another began) of the kind given: text for people unless said otherwise.
   */
  write(text: string, kind?: OutputKind): void;
}

/** The commands' view of the process: its streams guarded. */
export interface CliIo extends Omit<ProcessIo, 'stdout' | 'stderr'> {
  stdout: Output;
  stderr: Output;
}

/** The process's streams, guarded; colour as --color / --no-color say when given. */
export function guardIo(io: ProcessIo, colorFlag?: boolean): CliIo {
  return { ...io, stdout: guard(io.stdout, io.env, colorFlag), stderr: guard(io.stderr, io.env, colorFlag) };
}

function guard(stream: RawStream, env: NodeJS.ProcessEnv, colorFlag: boolean | undefined): Output {
  return guardedOutput((text) => stream.write(text), colorWanted(env, stream.isTTY, colorFlag));
}

/** An Output that hands what is written, guarded, to a sink: a stream, or a report file's text. */
export function guardedOutput(sink: (text: string) => unknown, color: boolean): Output {
  return {
    color,
    write(text, kind = 'text') {
      if (text === '') return;
      sink(safeOutput(text.endsWith('\n') ? text : `${text}\n`, kind, { colour: color }));
    },
  };
}

/** What a run has to say besides its findings, on stderr: notes (with --verbose), warnings, problems. */
export function writeRunMessages(
  run: Pick<CheckRun, 'notes' | 'warnings' | 'problems'>,
  io: CliIo,
  verbose: boolean,
): void {
  if (verbose) for (const note of run.notes) io.stderr.write(`ledgerlint: ${note}\n`);
  for (const warning of run.warnings) io.stderr.write(`ledgerlint: ${warning}\n`);
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}\n`);
}
