import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  writeRunMessages
} from "./chunk-NIDXZ2UF.js";
import {
  json
} from "./chunk-HKUCXCJM.js";
import {
  paint
} from "./chunk-EEQZFDFO.js";
import {
  checkFiles
} from "./chunk-O4ZHMJBG.js";
import "./chunk-3JQJMO4H.js";
import "./chunk-W7QHQUSB.js";
import {
  loadConfig
} from "./chunk-UNC5Y3NV.js";
import "./chunk-6XGXHZ22.js";
import "./chunk-G5F4TZDR.js";
import "./chunk-CG7R7FHO.js";
import "./chunk-H6WDOAUT.js";
import "./chunk-D5AKJOSN.js";
import "./chunk-T3SKNPOK.js";
import {
  plural
} from "./chunk-FVPJHKEF.js";
import "./chunk-OIXVM7FB.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";

// src/cli/gate-command.ts
async function gateCommand(args, io) {
  const config = await loadConfig(io.cwd, args.config);
  const run = await checkFiles({
    cwd: io.cwd,
    patterns: args.patterns,
    config,
    purpose: "gate",
    ...io.workerScript ? { workerScript: io.workerScript } : {}
  });
  writeRunMessages(run, io, args.verbose);
  if (args.format === "json") {
    const results = JSON.parse(json(run.results, { color: false, cwd: io.cwd }));
    io.stdout.write(
      `${JSON.stringify(results.map((r, i) => ({ ...r, ready: run.results[i].errorCount === 0 })))}
`,
      "data"
    );
  } else {
    io.stdout.write(readiness(run.results, io.stdout.color));
  }
  if (run.problems.length > 0) return 2;
  if (run.results.length === 0) {
    io.stderr.write("ledgerlint: gate: none of the given paths is a ledger (see --verbose).\n");
    return 2;
  }
  return run.results.every((r) => r.errorCount === 0) ? 0 : 1;
}
function readiness(results, color) {
  const p = paint(color);
  let out = "";
  for (const result of results) {
    if (result.errorCount === 0) {
      out += `${p.green("\u2714")} ${result.displayPath}: ready to be marked complete.
`;
      continue;
    }
    const also = result.warningCount > 0 ? `, and ${plural(result.warningCount, "thing")} worth a look` : "";
    out += `${p.red("\u2716")} ${p.underline(result.displayPath)}: not ready to be marked complete (${plural(result.errorCount, "reason")}${also}):
`;
    const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of result.messages)
      out += `  ${p.dim(`${m.line}:${m.column}`.padEnd(width))}  ${m.severity === 1 ? `${p.yellow("(warning)")} ` : ""}${m.message}
`;
  }
  return out;
}
export {
  gateCommand
};
