import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ledgerProfile
} from "./chunk-5YLNO4I5.js";
import {
  loadConfig
} from "./chunk-UNC5Y3NV.js";
import "./chunk-6XGXHZ22.js";
import "./chunk-G5F4TZDR.js";
import {
  describeFsError
} from "./chunk-CG7R7FHO.js";
import "./chunk-H6WDOAUT.js";
import {
  _enum,
  array,
  boolean,
  object,
  optional,
  record,
  string,
  unknown
} from "./chunk-D5AKJOSN.js";
import "./chunk-T3SKNPOK.js";
import {
  plural
} from "./chunk-FVPJHKEF.js";
import "./chunk-OIXVM7FB.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";

// src/agent/claude-hook.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/reporters/agent.ts
function reasons(result) {
  const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
  return result.messages.map((m) => `  ${`${m.line}:${m.column}`.padEnd(width)}  ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`).join("\n");
}
function refusedEdit(result) {
  return [
    `ledgerlint: this edit claims more than ${result.displayPath} bears out (${plural(result.errorCount, "reason")}); it was not made.`,
    `Lines are those of the file as the edit would leave it:`,
    reasons(result),
    `Do the work first (or mark what is not needed N/A, with why), then tick it or set the status. Do not tick a box or set a done status the ledger does not bear out. \`ledgerlint gate ${result.displayPath}\` lists what is still open.`
  ].join("\n");
}
function editErrors(result, beforeKnown) {
  const fixable = result.messages.some((m) => m.fix);
  return [
    beforeKnown ? `ledgerlint: this edit left ${plural(result.errorCount, "new error")} in ${result.displayPath}:` : `ledgerlint: ${result.displayPath} has ${plural(result.errorCount, "error")} after this edit:`,
    reasons(result),
    fixable ? `Run \`ledgerlint --fix ${result.displayPath}\` for the derived numbers (progress counts, session count); fix the rest in the ledger.` : "Fix them in the ledger."
  ].join("\n");
}
function notReady(results) {
  const parts = results.map((r) => `${r.displayPath} (${plural(r.errorCount, "reason")}):
${reasons(r)}`);
  return [
    `ledgerlint: ${results.length === 1 ? "a ledger changed in the work tree says it is" : `${results.length} ledgers changed in the work tree say they are`} done, but ${results.length === 1 ? "it is" : "they are"} not ready to be marked complete:`,
    ...parts,
    "Finish the work these reasons name, or set each status back to what is true (In Progress), before you stop."
  ].join("\n");
}

// src/agent/edits.ts
function applyEdit(current, edit) {
  if (edit.tool === "Write") return edit.content;
  let text = current;
  for (const step of edit.edits) {
    text = applyOne(text, step);
    if (text === null) return null;
  }
  return text;
}
function applyOne(text, { old_string: from, new_string: to, replace_all: all }) {
  if (from === to) return null;
  if (from === "") return text === null || text === "" ? to : null;
  if (text === null) return null;
  const parts = text.split(from);
  if (parts.length === 1 || parts.length > 2 && !all) return null;
  return parts.join(to);
}

// src/agent/claude-payload.ts
var common = {
  cwd: optional(string()),
  session_id: optional(string()),
  transcript_path: optional(string())
};
var ToolEvent = object({
  ...common,
  hook_event_name: _enum(["PreToolUse", "PostToolUse"]),
  tool_name: string(),
  tool_input: record(string(), unknown()),
  tool_response: optional(unknown())
});
var StopEvent = object({
  ...common,
  hook_event_name: _enum(["Stop", "SubagentStop", "TaskCompleted"]),
  /** Claude is already going on because a Stop hook blocked it: blocking again could go on for ever. */
  stop_hook_active: optional(boolean())
});
var TextEdit = object({ old_string: string(), new_string: string(), replace_all: optional(boolean()) });
var EDIT_INPUTS = {
  Write: object({ file_path: string(), content: string() }),
  Edit: object({ file_path: string(), ...TextEdit.shape }),
  MultiEdit: object({ file_path: string(), edits: array(TextEdit) })
};
function isEditTool(name) {
  return Object.hasOwn(EDIT_INPUTS, name);
}
function proposedEdit(tool, input) {
  const problem = (issues) => ({
    problem: `tool_input of ${tool}: ${issueText(issues[0])}`
  });
  if (tool === "Write") {
    const parsed2 = EDIT_INPUTS.Write.safeParse(input);
    return parsed2.success ? { file: parsed2.data.file_path, edit: { tool, content: parsed2.data.content } } : problem(parsed2.error.issues);
  }
  if (tool === "Edit") {
    const parsed2 = EDIT_INPUTS.Edit.safeParse(input);
    return parsed2.success ? { file: parsed2.data.file_path, edit: { tool, edits: [parsed2.data] } } : problem(parsed2.error.issues);
  }
  const parsed = EDIT_INPUTS.MultiEdit.safeParse(input);
  return parsed.success ? { file: parsed.data.file_path, edit: { tool, edits: parsed.data.edits } } : problem(parsed.error.issues);
}
function issueText(issue) {
  if (!issue) return "not what Claude Code sends";
  const path = issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "");
  return `${path || "the payload"}: ${issue.message}`;
}

// src/agent/claude-hook.ts
var ALLOWED_WITH_MESSAGE = 1;
async function claudeHook(payload, options) {
  const event = payload?.hook_event_name;
  if (event === "PreToolUse" || event === "PostToolUse") {
    const parsed2 = ToolEvent.safeParse(payload);
    if (!parsed2.success)
      return allowed(
        options.io,
        `the ${event} payload is not as Claude Code sends it: ${issueText(parsed2.error.issues[0])}`
      );
    return event === "PreToolUse" ? beforeEdit(parsed2.data, options) : afterEdit(parsed2.data, options);
  }
  const parsed = StopEvent.safeParse(payload);
  if (!parsed.success)
    return allowed(options.io, `the hook payload is not as Claude Code sends it: ${issueText(parsed.error.issues[0])}`);
  return atTheEnd(parsed.data, options);
}
async function beforeEdit(payload, { io, workerScript }) {
  if (!isEditTool(payload.tool_name)) return 0;
  const asked = proposedEdit(payload.tool_name, payload.tool_input);
  if ("problem" in asked) return allowed(io, asked.problem);
  const cwd = payload.cwd || io.cwd;
  const file = resolve(cwd, asked.file);
  const current = await readCurrent(file);
  if (typeof current === "object" && current !== null) return allowed(io, current.problem);
  const after = applyEdit(current, asked.edit);
  if (after === null) return 0;
  const config = await loadConfig(cwd);
  const profile = ledgerProfile(config, file, after);
  if (!profile) return 0;
  const { checkProposedEdit } = await import("./agent-checks-UA2CK2P4.js");
  const run = await checkProposedEdit({
    cwd,
    config,
    file,
    before: current,
    after,
    profile,
    ...workerScript ? { workerScript } : {}
  });
  if (!run) return 0;
  const result = judged(run, io);
  if (result === "failed") return ALLOWED_WITH_MESSAGE;
  if (!result) return 0;
  answer(io, {
    hookSpecificOutput: {
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
      permissionDecisionReason: refusedEdit(result)
    }
  });
  return 0;
}
async function afterEdit(payload, { io, workerScript }) {
  if (!isEditTool(payload.tool_name)) return 0;
  const filePath = payload.tool_input.file_path;
  if (typeof filePath !== "string")
    return allowed(io, `tool_input of ${payload.tool_name}: file_path: expected a string`);
  const cwd = payload.cwd || io.cwd;
  const file = resolve(cwd, filePath);
  const now = await readCurrent(file);
  if (now === null) return 0;
  if (typeof now === "object") return allowed(io, now.problem);
  const config = await loadConfig(cwd);
  if (!ledgerProfile(config, file, now)) return 0;
  const before = textBefore(payload.tool_response);
  const { checkMadeEdit } = await import("./agent-checks-UA2CK2P4.js");
  const run = await checkMadeEdit({ cwd, config, file, before, ...workerScript ? { workerScript } : {} });
  const result = judged(run, io);
  if (result === "failed") return ALLOWED_WITH_MESSAGE;
  if (!result) return 0;
  answer(io, { decision: "block", reason: editErrors(result, before !== void 0) });
  return 0;
}
async function atTheEnd(payload, { io, workerScript }) {
  if (payload.stop_hook_active) return 0;
  const cwd = payload.cwd || io.cwd;
  const config = await loadConfig(cwd);
  const { checkChangedLedgers } = await import("./agent-checks-UA2CK2P4.js");
  const run = await checkChangedLedgers({ cwd, config, ...workerScript ? { workerScript } : {} });
  if (!run) return 0;
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}
`);
  const open = run.results.filter((r) => r.errorCount > 0 && r.fatalErrorCount === 0);
  if (open.length === 0) return run.problems.length > 0 ? ALLOWED_WITH_MESSAGE : 0;
  if (payload.hook_event_name === "TaskCompleted") {
    io.stderr.write(`${notReady(open)}
`);
    return 2;
  }
  answer(io, { decision: "block", reason: notReady(open) });
  return 0;
}
function judged(run, io) {
  const result = run.results[0];
  const fatal = result?.messages.find((m) => m.fatal);
  if (run.problems.length > 0 || fatal) {
    for (const problem of [...run.problems, ...fatal ? [`${result.displayPath}: ${fatal.message}`] : []])
      io.stderr.write(`ledgerlint: ${problem}
`);
    io.stderr.write("ledgerlint: the edit was not checked; the agent goes on.\n");
    return "failed";
  }
  return result && result.errorCount > 0 ? result : null;
}
async function readCurrent(file) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    return { problem: `${file}: ${describeFsError(error)}` };
  }
}
function textBefore(response) {
  if (typeof response !== "object" || response === null || !("originalFile" in response)) return void 0;
  const original = response.originalFile;
  return typeof original === "string" || original === null ? original : void 0;
}
function answer(io, output) {
  io.stdout.write(`${JSON.stringify(output)}
`, "data");
}
function allowed(io, why) {
  io.stderr.write(`ledgerlint hook claude: ${why}; the agent goes on unchecked.
`);
  return ALLOWED_WITH_MESSAGE;
}
export {
  claudeHook
};
