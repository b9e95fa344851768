/** What a command needs from the process, passed in so commands stay testable. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The bundled worker script; without it a run lints in the main process alone. */
  workerScript?: URL;
}
