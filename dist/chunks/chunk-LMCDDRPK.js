import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  colorWanted,
  safeOutput
} from "./chunk-ZYWL6LWE.js";

// src/cli/io.ts
function guardIo(io) {
  return { ...io, stdout: guard(io.stdout, io.env), stderr: guard(io.stderr, io.env) };
}
function guard(stream, env) {
  const color = colorWanted(env, stream.isTTY);
  return {
    color,
    write(text, kind = "text") {
      if (text === "") return;
      stream.write(safeOutput(text.endsWith("\n") ? text : `${text}
`, kind, { colour: color }));
    }
  };
}
function writeRunMessages(run, io, verbose) {
  if (verbose) for (const note of run.notes) io.stderr.write(`ledgerlint: ${note}
`);
  for (const warning of run.warnings) io.stderr.write(`ledgerlint: ${warning}
`);
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}
`);
}

export {
  guardIo,
  writeRunMessages
};
