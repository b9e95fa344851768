import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  CONFIG_NAMES,
  TYPESCRIPT_CONFIG_NAMES,
  isJavaScriptConfig
} from "./chunk-OIXVM7FB.js";
import {
  STATUS_EMOJI,
  STATUS_WORDS
} from "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";

// src/agent/hook-command.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve } from "node:path";

// src/agent/claim-hints.ts
var doneWords = STATUS_WORDS.filter((s) => s.category === "done").flatMap((s) => [s.name, ...s.aliases ?? []]);
var doneMarks = Object.entries(STATUS_EMOJI).flatMap(([mark, category]) => category === "done" ? [mark] : []);
var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var CLAIM = new RegExp(
  `\\[[xX]\\]|${doneMarks.map(escape).join("|")}|(?<![\\p{L}\\p{N}])(?:${doneWords.map((w) => escape(w).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
  "iu"
);
function mayClaimCompletion(removed, added) {
  return added.some((text) => CLAIM.test(text)) || removed.some((text) => /status/i.test(text));
}
function changedLines(before, after) {
  const count = /* @__PURE__ */ new Map();
  for (const line of before.split(/\r?\n|\r/)) count.set(line, (count.get(line) ?? 0) + 1);
  const added = [];
  for (const line of after.split(/\r?\n|\r/)) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...count].flatMap(([line, left]) => Array(left).fill(line));
  return { removed, added };
}

// src/agent/ledger-path.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var BUILT_IN_TEXT_LEDGER = /progress[^/\\]*\.txt$/i;
function mayBeLedger(file, cwd) {
  if (/\.md$/i.test(file) || BUILT_IN_TEXT_LEDGER.test(basename(file))) return true;
  return configMentions(cwd, "paths");
}
function configMentions(cwd, key) {
  for (let dir = cwd; ; dir = dirname(dir)) {
    let names;
    try {
      names = new Set(readdirSync(dir));
    } catch {
      return false;
    }
    for (const name of CONFIG_NAMES) {
      if (!names.has(name)) continue;
      const file = join(dir, name);
      if (name === "package.json") {
        if (mentions(file, ['"ledgerlint"'])) return mentions(file, [key]);
      } else return isJavaScriptConfig(name) || mentions(file, [key]);
    }
    if (TYPESCRIPT_CONFIG_NAMES.some((name) => names.has(name))) return true;
    if (names.has(".git") || dirname(dir) === dir) return false;
  }
}
function mentions(file, words) {
  try {
    if (!statSync(file).isFile()) return false;
    const text = readFileSync(file, "utf8");
    return words.every((word) => text.includes(word));
  } catch {
    return true;
  }
}

// src/agent/hook-command.ts
var AGENTS = ["claude"];
var TOOL_EVENTS = /* @__PURE__ */ new Set(["PreToolUse", "PostToolUse"]);
var WRITING_TOOLS = /* @__PURE__ */ new Set(["Write", "Edit", "MultiEdit"]);
var END_EVENTS = /* @__PURE__ */ new Set(["Stop", "SubagentStop", "TaskCompleted"]);
async function hookCommand(argv, { io, stdin, workerScript }) {
  const debug = argv.includes("--debug");
  const rest = argv.filter((a) => a !== "--debug");
  if (rest.length !== 1 || !AGENTS.includes(rest[0])) {
    return allowed(
      io,
      `hook: expected \`ledgerlint hook ${AGENTS.join("|")}\`, got \`ledgerlint hook ${rest.join(" ")}\``
    );
  }
  if (!stdin) return allowed(io, "hook: no standard input to read the hook payload from");
  let payload;
  try {
    payload = JSON.parse(await readAll(stdin));
  } catch (error) {
    return allowed(io, `hook claude: the payload on stdin is not JSON (${error.message})`);
  }
  if (!worthChecking(payload, io.cwd)) return 0;
  try {
    const { claudeHook } = await import("./claude-hook-EHBCQAT3.js");
    return await claudeHook(payload, { io, ...workerScript ? { workerScript } : {} });
  } catch (error) {
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
    return allowed(io, `hook claude: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function worthChecking(payload, cwd) {
  if (typeof payload !== "object" || payload === null) return true;
  const { hook_event_name: event, tool_name: tool, tool_input: input, cwd: given } = payload;
  if (typeof event !== "string") return true;
  if (END_EVENTS.has(event)) return true;
  if (!TOOL_EVENTS.has(event)) return false;
  if (typeof tool === "string" && !WRITING_TOOLS.has(tool)) return false;
  const fields = typeof input === "object" && input !== null ? input : {};
  if (typeof fields.file_path !== "string" || typeof tool !== "string") return true;
  const where = typeof given === "string" && given !== "" ? given : cwd;
  const file = resolve(where, fields.file_path);
  if (!mayBeLedger(file, where)) return false;
  return event === "PostToolUse" || mayClaim(tool, fields, file, where);
}
function mayClaim(tool, input, file, cwd) {
  const strings = (edit) => typeof edit === "object" && edit !== null ? [edit.old_string, edit.new_string] : [];
  let change;
  if (tool === "Write") {
    if (typeof input.content !== "string") return true;
    const before = currentText(file);
    if (before === null) return true;
    change = changedLines(before, input.content);
  } else {
    const edits = tool === "Edit" ? [input] : Array.isArray(input.edits) ? input.edits : null;
    if (!edits) return true;
    const pairs = edits.map(strings);
    change = { removed: pairs.map((p) => p[0]), added: pairs.map((p) => p[1]) };
  }
  const { removed, added } = change;
  if (![...removed, ...added].every((text) => typeof text === "string")) return true;
  return mayClaimCompletion(removed, added) || configMentions(cwd, "profiles");
}
function currentText(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch (error) {
    return error.code === "ENOENT" ? "" : null;
  }
}
function allowed(io, why) {
  io.stderr.write(`ledgerlint ${why}; the agent goes on unchecked.
`);
  return 1;
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
export {
  hookCommand
};
