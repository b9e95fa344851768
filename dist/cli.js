#!/usr/bin/env node
import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  HELP,
  UsageError,
  parseCommandLine
} from "./chunks/chunk-FQ4TIZ2L.js";
import {
  guardIo
} from "./chunks/chunk-NIDXZ2UF.js";
import "./chunks/chunk-EEQZFDFO.js";
import "./chunks/chunk-FVPJHKEF.js";
import "./chunks/chunk-UUJ5SKQA.js";

// src/cli/bin.ts
import module from "node:module";

// src/reporters/names.ts
var FORMAT_NAMES = ["stylish", "json", "github", "sarif"];

// src/cli/main.ts
async function main(argv, processIo) {
  const debug = argv.includes("--debug");
  let io = guardIo(processIo);
  if (argv[0] === "hook") {
    const { hookCommand } = await import("./chunks/hook-command-LUGZSXF7.js");
    return hookCommand(argv.slice(1), {
      io,
      stdin: processIo.stdin?.(),
      ...processIo.workerScript ? { workerScript: processIo.workerScript } : {}
    });
  }
  try {
    const args = parseCommandLine(argv, FORMAT_NAMES);
    if ("color" in args && args.color !== void 0) io = guardIo(processIo, args.color);
    if (args.command === "help") {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.command === "version") {
      io.stdout.write(`${"0.1.0"}
`);
      return 0;
    }
    if (args.command === "init") {
      const { initCommand } = await import("./chunks/init-command-AJ3FI7ZQ.js");
      return await initCommand(args, io);
    }
    if (args.command === "mcp") {
      const { mcpCommand } = await import("./chunks/command-PYMHZAZG.js");
      return await mcpCommand(args, processIo);
    }
    if (args.command === "gate") {
      const { gateCommand } = await import("./chunks/gate-command-ZBBBIHG6.js");
      return await gateCommand(args, io);
    }
    const { lintCommand } = await import("./chunks/lint-command-PQYOR346.js");
    return await lintCommand(args, io);
  } catch (error) {
    return reportFailure(error, debug, io);
  }
}
async function reportFailure(error, debug, io) {
  const { ConfigError } = await import("./chunks/resolve-DQDNPEN2.js");
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
module.enableCompileCache?.();
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: () => process.stdin,
  workerScript: new URL("./worker.js", import.meta.url),
  streams: () => ({ stdin: process.stdin, stdout: process.stdout }),
  packageDir: new URL("../", import.meta.url)
});
