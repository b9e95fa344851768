import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  colorWanted,
  safeOutput
} from "./chunk-EEQZFDFO.js";

// src/cli/io.ts
function guardIo(io, colorFlag) {
  return { ...io, stdout: guard(io.stdout, io.env, colorFlag), stderr: guard(io.stderr, io.env, colorFlag) };
}
function guard(stream, env, colorFlag) {
  return guardedOutput((text) => stream.write(text), colorWanted(env, stream.isTTY, colorFlag));
}
function guardedOutput(sink, color) {
  return {
    color,
    write(text, kind = "text") {
      if (text === "") return;
      sink(safeOutput(text.endsWith("\n") ? text : `${text}
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
  guardedOutput,
  writeRunMessages
};
