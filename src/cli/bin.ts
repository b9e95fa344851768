#!/usr/bin/env node
import module from 'node:module';
import { main } from './main.js';

// Node 22.1+ keeps compiled code between runs (the pre-commit hook runs often); Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `ledgerlint | head` closes the pipe early; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => process.stdin,
  workerScript: new URL('./worker.js', import.meta.url),
  streams: () => ({ stdin: process.stdin, stdout: process.stdout }),
  packageDir: new URL('../', import.meta.url),
});
