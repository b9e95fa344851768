import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  checkFiles,
  detectProfile,
  github,
  json,
  loadConfig,
  readText,
  sarif,
  scanOutline,
  summarise,
  toPosixRelative,
  totals
} from "./chunk-TQ346D6C.js";
import "./chunk-UEPLVORA.js";
import "./chunk-AXNU42GB.js";
import "./chunk-FB5ODSGW.js";
import {
  plural
} from "./chunk-NCZKTKQG.js";
import "./chunk-UUJ5SKQA.js";

// src/cli/lint-command.ts
import { relative, resolve } from "node:path";

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

// src/reporters/stylish.ts
var visibleLength = (text) => [...text.replace(/\u001b\[\d+m/g, "")].length;
var stylish = (results, { color }) => {
  const p = paint(color);
  const withMessages = results.filter((r) => r.messages.length > 0);
  if (withMessages.length === 0) return "";
  let out = "\n";
  for (const result of withMessages) {
    out += `${p.underline(result.displayPath)}
`;
    const rows = result.messages.map((m) => [
      "",
      p.dim(`${m.line}:${m.column}`),
      m.severity === 2 ? p.red("error") : p.yellow("warning"),
      m.message.replace(/\s*\n\s*/g, " "),
      p.dim(m.ruleId ?? "")
    ]);
    const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((row) => visibleLength(row[col]))));
    for (const row of rows) {
      out += `${row.map((cell, col) => col < 4 ? cell + " ".repeat(widths[col] - visibleLength(cell)) : cell).join("  ").trimEnd()}
`;
    }
    out += "\n";
  }
  const t = totals(results);
  const problems = t.errors + t.warnings;
  const line = `\u2716 ${plural(problems, "problem")} (${plural(t.errors, "error")}, ${plural(t.warnings, "warning")})`;
  out += `${t.errors > 0 ? p.red(p.bold(line)) : p.yellow(p.bold(line))}
`;
  const fixErrors = sum(results, (r) => r.fixableErrorCount);
  const fixWarnings = sum(results, (r) => r.fixableWarningCount);
  if (fixErrors + fixWarnings > 0) {
    const fixLine = `  ${plural(fixErrors, "error")} and ${plural(fixWarnings, "warning")} potentially fixable with the \`--fix\` option.`;
    out += `${t.errors > 0 ? p.red(p.bold(fixLine)) : p.yellow(p.bold(fixLine))}
`;
  }
  return `${out}
`;
};
function sum(results, pick) {
  return results.reduce((n, r) => n + pick(r), 0);
}

// src/reporters/index.ts
var REPORTERS = { stylish, json, github, sarif };

// src/cli/lint-command.ts
async function lintCommand(args, io) {
  const config = await loadConfig(io.cwd, args.config);
  if (args.printConfig !== void 0) return printConfig(args.printConfig, config, io);
  const run = await checkFiles({ cwd: io.cwd, patterns: args.patterns, config, staged: args.staged });
  if (args.debug) {
    io.stderr.write(`ledgerlint: ${run.results.length} ledgers checked, ${run.gitProcesses} git processes
`);
    io.stderr.write(`ledgerlint: ms since start: ${run.timings.map(([phase, ms]) => `${phase} ${ms}`).join(", ")}
`);
  }
  if (args.verbose) for (const note of run.notes) io.stderr.write(`ledgerlint: ${note}
`);
  for (const warning of run.warnings) io.stderr.write(`ledgerlint: ${warning}
`);
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}
`);
  const results = args.quiet ? run.results.map((r) => summarise({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : run.results;
  const reporter = REPORTERS[args.format];
  const output = reporter(results, { color: colorWanted(io.env, io.stdout.isTTY), cwd: io.cwd });
  if (output) io.stdout.write(output.endsWith("\n") ? output : `${output}
`);
  if (run.problems.length > 0) return 2;
  const { errors, warnings } = totals(run.results);
  if (errors > 0) return 1;
  if (args.maxWarnings !== null && warnings > args.maxWarnings) {
    io.stderr.write(`ledgerlint found too many warnings (maximum: ${args.maxWarnings}).
`);
    return 1;
  }
  return 0;
}
async function printConfig(path, config, io) {
  const { prepared, baseDir } = config;
  const file = resolve(io.cwd, path);
  const relPath = toPosixRelative(baseDir, relative(baseDir, file));
  let profile = prepared.forcedProfile(relPath);
  let reason = profile ? "forced by an override" : "";
  if (!profile) {
    try {
      const read = await readText(file, prepared.maxFileSize);
      const text = read.kind === "text" ? read.text : read.kind === "too-large" ? read.prefix : "";
      const detected = detectProfile(scanOutline(text), prepared.profiles);
      profile = detected?.profile.name;
      reason = detected ? `detected: ${detected.reason}` : "matches no profile: not a ledger";
    } catch {
      reason = "file not readable; showing the rules for each profile";
    }
  }
  const rulesFor = (name) => Object.fromEntries(prepared.rulesFor(relPath, name).map((r) => [r.rule.meta.id, [r.severity === "error" ? "error" : "warn", r.options]]));
  const out = {
    file: relPath,
    configFile: prepared.source,
    ignored: prepared.isIgnored(relPath),
    profile: profile ?? null,
    reason,
    rules: profile ? rulesFor(profile) : Object.fromEntries(prepared.profiles.map((p) => [p.name, rulesFor(p.name)]))
  };
  io.stdout.write(`${JSON.stringify(out, null, 2)}
`);
  return 0;
}
export {
  lintCommand
};
