#!/usr/bin/env node
import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import "./chunks/chunk-UUJ5SKQA.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var OPTIONS = {
  format: { type: "string", short: "f" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  config: { type: "string", short: "c" },
  "print-config": { type: "string" },
  debug: { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parseCommandLine(argv, formats) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(rephrase(error.message));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };
  const format = values.format ?? "stylish";
  if (!formats.includes(format)) throw new UsageError(`--format: unknown format "${format}" (available: ${formats.join(", ")}).`);
  let maxWarnings = null;
  if (values["max-warnings"] !== void 0) {
    const raw = values["max-warnings"];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings expects a whole number of warnings, got "${raw}".`);
    maxWarnings = Number(raw);
  }
  return {
    command: "lint",
    patterns: positionals,
    format,
    quiet: values.quiet ?? false,
    maxWarnings,
    config: values.config,
    printConfig: values["print-config"],
    debug: values.debug ?? false,
    verbose: values.verbose ?? false
  };
}
function rephrase(message) {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]} (see ledgerlint --help).`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1].replace(/^-\w, /, "")} needs a value (see ledgerlint --help).`;
  return `${message.split("\n")[0]} (see ledgerlint --help)`;
}
var HELP = `Usage: ledgerlint [options] [file|dir|glob ...]

Checks feature ledgers (PRD and feature formats, or your own profiles) for required
sections, header fields, progress math, task consistency and the completion gate.
With no paths: the config's "include" globs, else the tracked markdown files that
are ledgers.

Options:
  -f, --format <name>      Output format: stylish (default) or json
      --quiet              Report errors only
      --max-warnings <n>   Exit 1 when there are more than n warnings
  -c, --config <file>      Use this config file instead of searching for one
      --print-config <file>
                           Print the profile and rules that apply to a file
      --verbose            Say which files were skipped and which profile each has
      --debug              Show stack traces for internal errors
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or I/O problem.
Docs: https://github.com/ledgerlint/ledgerlint#readme
`;

// src/cli/main.ts
var FORMATS = ["stylish", "json"];
async function main(argv, io) {
  const debug = argv.includes("--debug");
  try {
    const args = parseCommandLine(argv, FORMATS);
    if (args.command === "help") {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.command === "version") {
      io.stdout.write(`${"0.1.0"}
`);
      return 0;
    }
    const { lintCommand } = await import("./chunks/lint-command-2QOA6SFV.js");
    return await lintCommand(args, io);
  } catch (error) {
    return reportFailure(error, debug, io);
  }
}
async function reportFailure(error, debug, io) {
  const { ConfigError } = await import("./chunks/resolve-BNOXFJWS.js");
  if (error instanceof UsageError || error instanceof ConfigError) {
    io.stderr.write(`ledgerlint: ${error.message}
`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`ledgerlint: internal error: ${message}
`);
    if (!debug) io.stderr.write("Run again with --debug to see the stack trace, and please report it.\n");
  }
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
  return 2;
}

// src/cli/bin.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
