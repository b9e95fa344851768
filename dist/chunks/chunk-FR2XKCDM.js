import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/reporters/colors.ts
function colorWanted(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY === true;
}
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
function paint(enabled) {
  if (!enabled) {
    const same = (text) => text;
    return { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

// src/cli/io.ts
function writeRunMessages(run, io, verbose) {
  if (verbose) for (const note of run.notes) io.stderr.write(`ledgerlint: ${note}
`);
  for (const warning of run.warnings) io.stderr.write(`ledgerlint: ${warning}
`);
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}
`);
}

export {
  colorWanted,
  paint,
  writeRunMessages
};
