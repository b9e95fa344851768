/** What a command needs from the process, passed in so commands stay testable. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** The bundled worker-thread script; without it a run stays on one thread. */
  workerScript?: URL;
}
