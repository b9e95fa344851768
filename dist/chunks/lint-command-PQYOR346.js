import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  unifiedDiff
} from "./chunk-B5D7CKII.js";
import {
  UsageError
} from "./chunk-FQ4TIZ2L.js";
import {
  guardedOutput,
  writeRunMessages
} from "./chunk-NIDXZ2UF.js";
import {
  github,
  sarif
} from "./chunk-XPDUT4W3.js";
import {
  json
} from "./chunk-HKUCXCJM.js";
import {
  paint
} from "./chunk-EEQZFDFO.js";
import {
  checkFiles,
  summarise,
  totals
} from "./chunk-O4ZHMJBG.js";
import "./chunk-3JQJMO4H.js";
import {
  readStream,
  readText
} from "./chunk-W7QHQUSB.js";
import {
  loadConfig
} from "./chunk-UNC5Y3NV.js";
import "./chunk-6XGXHZ22.js";
import "./chunk-G5F4TZDR.js";
import {
  describeFsError,
  toPosixRelative
} from "./chunk-CG7R7FHO.js";
import "./chunk-H6WDOAUT.js";
import "./chunk-D5AKJOSN.js";
import "./chunk-T3SKNPOK.js";
import {
  plural
} from "./chunk-FVPJHKEF.js";
import "./chunk-OIXVM7FB.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";

// src/cli/lint-command.ts
import { mkdir as mkdir2, stat as stat2 } from "node:fs/promises";
import { join, relative, resolve as resolve2 } from "node:path";

// src/reporters/stylish.ts
var ROW_WIDTH = 100;
var GAP = "  ";
var visibleLength = (text) => [...text.replace(/\u001b\[\d+m/g, "")].length;
var stylish = (results, { color }) => {
  const p = paint(color);
  const withMessages = results.filter((r) => r.messages.length > 0);
  if (withMessages.length === 0) return "";
  let out = "\n";
  for (const result of withMessages) out += `${p.underline(result.displayPath)}
${block(result.messages, p)}
`;
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
function block(messages, p) {
  const lineWidth = widest(messages.map((m) => String(m.line)));
  const columnWidth = widest(messages.map((m) => String(m.column)));
  const severityWidth = widest(messages.map((m) => m.severity === 2 ? "error" : "warning"));
  const texts = messages.map((m) => m.message.replace(/\s+/g, (space) => space.includes("\n") ? " " : space));
  const lead = GAP.length + lineWidth + 1 + columnWidth + GAP.length + severityWidth + GAP.length;
  const room = ROW_WIDTH - lead - GAP.length - widest(messages.map((m) => m.ruleId ?? ""));
  const messageWidth = widest(texts.filter((text) => visibleLength(text) <= room));
  return messages.map((m, index) => {
    const where = `${String(m.line).padStart(lineWidth)}:${String(m.column).padEnd(columnWidth)}`;
    const severity = m.severity === 2 ? p.red("error") : p.yellow("warning");
    const cells = [
      p.dim(where),
      pad(severity, severityWidth),
      pad(texts[index], messageWidth),
      p.dim(m.ruleId ?? "")
    ];
    return `${GAP}${cells.join(GAP)}`.trimEnd();
  }).join("\n").concat("\n");
}
function pad(text, width) {
  return text + " ".repeat(Math.max(0, width - visibleLength(text)));
}
function widest(texts) {
  return texts.reduce((max, text) => Math.max(max, visibleLength(text)), 0);
}
function sum(results, pick) {
  return results.reduce((n, r) => n + pick(r), 0);
}

// src/reporters/index.ts
var REPORTERS = { stylish, json, github, sarif };
var OUTPUT_KINDS = {
  stylish: "text",
  json: "data",
  github: "commands",
  sarif: "data"
};

// src/cli/output-file.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
function reportFile(given, cwd, color) {
  let text = "";
  const output = guardedOutput((written) => text += written, color);
  return {
    ...output,
    async save(checkedFiles) {
      const path = resolve(cwd, given);
      const cannot = (reason) => new UsageError(`--output-file: cannot write the report to ${given}: ${reason}.`);
      if (checkedFiles.includes(path)) throw cannot("it is one of the ledgers checked");
      if (await stat(path).then(
        (s) => s.isDirectory(),
        () => false
      ))
        throw cannot("it is a directory");
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      } catch (error) {
        const { code } = error;
        throw cannot(
          code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way of its directory" : describeFsError(error).replace(/\.$/, "")
        );
      }
    }
  };
}

// src/cli/lint-command.ts
async function lintCommand(args, io) {
  const config = await loadConfig(
    io.cwd,
    args.config,
    args.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: "error" } : {}
  );
  if (args.printConfig !== void 0) return printConfig(args.printConfig, config, io);
  const run = await checkFiles({
    cwd: io.cwd,
    patterns: args.patterns,
    config,
    // Inside a commit hook (git sets GIT_INDEX_FILE for it), staged files named by lint-staged are the commit.
    staged: args.staged || (io.env.GIT_INDEX_FILE !== void 0 ? "if-named-files-are" : false),
    ...args.stdin ? { stdin: { read: await readStdin(io, config.prepared.maxFileSize), filename: args.stdin.filename } } : {},
    fix: args.fix,
    ...args.cache ? { cacheLocation: await cacheFile(io.cwd, args.cache) } : {},
    ...args.shard ? { shard: args.shard } : {},
    ...io.workerScript ? { workerScript: io.workerScript } : {}
  });
  if (args.debug) {
    const stopped = run.workersStopped > 0 ? ` (${run.workersStopped} stopped early; the main process linted the rest of their share)` : "";
    const linted = run.workers > 1 ? `linted in ${run.workers} worker processes${stopped}` : "linted in the main process";
    io.stderr.write(
      `ledgerlint: ${run.results.length} ledgers checked, ${run.gitProcesses} git processes, ${linted}
`
    );
    io.stderr.write(`ledgerlint: ms since start: ${run.timings.map(([phase, ms]) => `${phase} ${ms}`).join(", ")}
`);
  }
  writeRunMessages(run, io, args.verbose);
  const results = args.quiet ? run.results.map((r) => summarise({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : run.results;
  const reporter = REPORTERS[args.format];
  const dryRun = args.fix === "dry-run";
  const forPeople = OUTPUT_KINDS[args.format] === "text";
  const file = args.outputFile !== void 0 ? reportFile(args.outputFile, io.cwd, args.color ?? false) : null;
  const reportStream = file ?? (dryRun && forPeople ? io.stderr : io.stdout);
  if (dryRun) (forPeople ? io.stdout : io.stderr).write(unifiedDiff(run.results));
  reportStream.write(
    reporter(results, { color: reportStream.color, cwd: io.cwd, ...run.root !== null ? { root: run.root } : {} }),
    OUTPUT_KINDS[args.format]
  );
  await file?.save(run.results.map((r) => r.filePath));
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
async function readStdin(io, maxFileSize) {
  const stdin = io.stdin?.();
  if (!stdin) throw new UsageError("--stdin: there is no standard input to read.");
  if (stdin.isTTY)
    throw new UsageError(
      "--stdin: standard input is a terminal; pipe the ledger in (ledgerlint --stdin --stdin-filename PATH < PATH)."
    );
  try {
    return await readStream(stdin, maxFileSize);
  } catch (error) {
    throw new UsageError(`--stdin: standard input could not be read: ${error.message}`);
  }
}
async function cacheFile(cwd, given) {
  const location = resolve2(cwd, given);
  const named = /[\\/]$/.test(given);
  if (named)
    await mkdir2(location, { recursive: true }).catch((error) => {
      throw new UsageError(
        `--cache-location: cannot make the directory ${given}: ${error.code === "EEXIST" || error.code === "ENOTDIR" ? "a file of that name is in the way" : error.message}.`
      );
    });
  const isDirectory = named || await stat2(location).then(
    (s) => s.isDirectory(),
    () => false
  );
  return isDirectory ? join(location, ".ledgerlintcache") : location;
}
async function printConfig(path, config, io) {
  const { prepared, baseDir } = config;
  const file = resolve2(io.cwd, path);
  const relPath = toPosixRelative(baseDir, relative(baseDir, file));
  let profile = prepared.forcedProfile(relPath);
  let reason = profile ? "forced by an override" : "";
  if (!profile) {
    try {
      const read = readText(file, prepared.maxFileSize);
      const text = read.kind === "text" ? read.text : read.kind === "too-large" ? read.prefix : "";
      const picked = prepared.pickProfile(relPath, text);
      profile = picked.profile?.name;
      reason = picked.profile ? `detected: ${picked.reason}` : `not a ledger: ${picked.reason}`;
    } catch {
      reason = "file not readable; showing the rules for each profile";
    }
  }
  const rulesFor = (name) => Object.fromEntries(
    prepared.rulesFor(relPath, name).map((r) => [r.rule.meta.id, [r.severity === "error" ? "error" : "warn", r.options]])
  );
  const out = {
    file: relPath,
    configFile: prepared.source,
    ignored: prepared.isIgnored(relPath),
    profile: profile ?? null,
    reason,
    rules: profile ? rulesFor(profile) : Object.fromEntries(prepared.profiles.map((p) => [p.name, rulesFor(p.name)]))
  };
  io.stdout.write(`${JSON.stringify(out, null, 2)}
`, "data");
  return 0;
}
export {
  lintCommand
};
