import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  github,
  sarif
} from "./chunk-ZULFYVYG.js";
import {
  UsageError
} from "./chunk-5G2QK5PT.js";
import {
  guardedOutput,
  writeRunMessages
} from "./chunk-3W3KDNPC.js";
import {
  checkFiles,
  json,
  loadConfig,
  summarise,
  totals
} from "./chunk-WLKVO67X.js";
import {
  paint
} from "./chunk-YQ4VAASO.js";
import "./chunk-WQZIAEEG.js";
import "./chunk-AUANDEXP.js";
import {
  describeFsError,
  readStream,
  readText,
  toPosixRelative
} from "./chunk-AO3WEPZQ.js";
import "./chunk-C6RB4SED.js";
import "./chunk-KYUNXNA2.js";
import "./chunk-YFQPPL23.js";
import {
  plural
} from "./chunk-YQBLEYAD.js";

// src/cli/lint-command.ts
import { mkdir as mkdir2, stat as stat2 } from "node:fs/promises";
import { join, relative, resolve as resolve2 } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

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
    const cells = [p.dim(where), pad(severity, severityWidth), pad(texts[index], messageWidth), p.dim(m.ruleId ?? "")];
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
var OUTPUT_KINDS = { stylish: "text", json: "data", github: "commands", sarif: "data" };

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
      if (await stat(path).then((s) => s.isDirectory(), () => false)) throw cannot("it is a directory");
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      } catch (error) {
        const { code } = error;
        throw cannot(code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way of its directory" : describeFsError(error).replace(/\.$/, ""));
      }
    }
  };
}

// src/cli/lint-command.ts
async function lintCommand(args, io) {
  const config = await loadConfig(io.cwd, args.config, args.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: "error" } : {});
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
    io.stderr.write(`ledgerlint: ${run.results.length} ledgers checked, ${run.gitProcesses} git processes, ${linted}
`);
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
  reportStream.write(reporter(results, { color: reportStream.color, cwd: io.cwd, ...run.root !== null ? { root: run.root } : {} }), OUTPUT_KINDS[args.format]);
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
  if (stdin.isTTY) throw new UsageError("--stdin: standard input is a terminal; pipe the ledger in (ledgerlint --stdin --stdin-filename PATH < PATH).");
  try {
    return await readStream(stdin, maxFileSize);
  } catch (error) {
    throw new UsageError(`--stdin: standard input could not be read: ${error.message}`);
  }
}
async function cacheFile(cwd, given) {
  const location = resolve2(cwd, given);
  const named = /[\\/]$/.test(given);
  if (named) await mkdir2(location, { recursive: true }).catch((error) => {
    throw new UsageError(`--cache-location: cannot make the directory ${given}: ${error.code === "EEXIST" || error.code === "ENOTDIR" ? "a file of that name is in the way" : error.message}.`);
  });
  const isDirectory = named || await stat2(location).then((s) => s.isDirectory(), () => false);
  return isDirectory ? join(location, ".ledgerlintcache") : location;
}
function unifiedDiff(results) {
  return results.filter((r) => r.output !== void 0 && r.source !== void 0).map((r) => createTwoFilesPatch(`a/${r.displayPath}`, `b/${r.displayPath}`, r.source, r.output, void 0, void 0, { headerOptions: FILE_HEADERS_ONLY })).join("");
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
`, "data");
  return 0;
}
export {
  lintCommand
};
