import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  CannotInstall,
  checkRuns,
  findInvocation
} from "./chunk-IGLLYP32.js";
import "./chunk-UUJ5SKQA.js";

// src/setup/agent-claude.ts
import { existsSync, realpathSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, posix, sep } from "node:path";

// src/setup/agent-instructions.ts
var BEGIN_MARKER = "<!-- ledgerlint:begin -->";
var END_MARKER = "<!-- ledgerlint:end -->";
var INSTRUCTIONS = `## Ledgers (checked by ledgerlint)

The feature ledgers in this repository (PRD and feature ledgers, plans, task lists, progress logs) are checked by ledgerlint. When you update one:

- Tick a task only when its work is done and you can point to the evidence (a commit, a file, a passing test). Never tick a task whose subtasks are still open.
- Set a done status (Completed, Done, \u2026) only when \`npx ledgerlint gate <ledger>\` says the ledger is ready. If it is not, finish the work, or mark what is not needed N/A and say why.
- Do not work out derived numbers by hand: after ticking boxes or logging a session, run \`npx ledgerlint --fix <ledger>\` to update the progress counts and the session count.
- After editing a ledger, run \`npx ledgerlint <ledger>\` and fix what it reports.
- Never commit with \`--no-verify\`: the pre-commit hook checks the ledgers.
- Hooks check your edits: one that marks a ledger complete or ticks a box while the work says otherwise is refused, with each reason and its line. Fix the work those reasons name, not the paperwork.
`;
function withInstructions(text) {
  const block = `${BEGIN_MARKER}
${INSTRUCTIONS}${END_MARKER}
`;
  if (text === null || text.trim() === "") return block;
  const begin = text.indexOf(BEGIN_MARKER);
  const end = begin < 0 ? -1 : text.indexOf(END_MARKER, begin);
  if (begin < 0 || end < 0) return `${text}${text.endsWith("\n") ? "" : "\n"}
${block}`;
  const after = text.slice(end + END_MARKER.length).replace(/^\r?\n/, "");
  const updated = `${text.slice(0, begin)}${block}${after}`;
  return updated === text ? null : updated;
}

// src/setup/agent-claude.ts
var SETTINGS_PATH = ".claude/settings.json";
var HOOK_MARKER = "ledgerlint hook claude";
var WRITING_TOOLS = "Write|Edit|MultiEdit";
var EVENTS = [
  { event: "PreToolUse", matcher: WRITING_TOOLS },
  { event: "PostToolUse", matcher: WRITING_TOOLS },
  { event: "Stop" },
  { event: "SubagentStop" },
  { event: "TaskCompleted" }
];
async function setUpClaude(place) {
  const { root } = place;
  const report = { done: [], undo: [], advice: [] };
  const command = hookCommand(place);
  const { added, updated } = await mergeHooks(join(root, SETTINGS_PATH), command);
  if (added.length > 0) report.done.push(`${SETTINGS_PATH}: ${added.join(", ")} run \`${command}\``);
  if (updated.length > 0)
    report.done.push(`${SETTINGS_PATH}: ledgerlint's hooks on ${updated.join(", ")} now run \`${command}\``);
  if (added.length + updated.length > 0)
    report.undo.push(`remove the hooks running "${HOOK_MARKER}" from ${SETTINGS_PATH}`);
  else report.done.push(`${SETTINGS_PATH} already runs ledgerlint's hooks; nothing to change`);
  for (const name of await instructionFiles(root)) {
    const outcome = await addInstructions(join(root, name), name);
    report.done.push(
      outcome === "same" ? `${name} already has the ledger instructions` : `${name}: ${outcome} the ledger instructions (between <!-- ledgerlint:begin --> and <!-- ledgerlint:end -->)`
    );
    if (outcome !== "same") report.undo.push(`remove the lines between the ledgerlint markers from ${name}`);
  }
  return report;
}
function hookCommand(place) {
  const invocation = findInvocation(place);
  if (!invocation) {
    throw new CannotInstall(
      "Claude Code's hooks would find no ledgerlint to run: it is neither installed in this project nor on PATH; npm install --save-dev ledgerlint, then run ledgerlint init --agent claude again"
    );
  }
  const runs = checkRuns(place.root, invocation, place.env);
  if (!runs.ok) throw new CannotInstall(`Claude Code's hooks could not run ledgerlint: ${runs.why}`);
  return invocation.where === "project" ? `"$CLAUDE_PROJECT_DIR"/${posix.join(invocation.dir.split(sep).join("/"), invocation.program.split(sep).join("/"))} hook claude` : HOOK_MARKER;
}
async function mergeHooks(file, command) {
  const existing = await readOrNull(file, SETTINGS_PATH);
  let settings = {};
  if (existing !== null && existing.trim() !== "") {
    try {
      settings = JSON.parse(existing);
    } catch (error) {
      throw new CannotInstall(
        `${SETTINGS_PATH}${jsonPlace(existing, error.message)} is not valid JSON (${error.message}); it was left as it is: fix it and run ledgerlint init --agent claude again`
      );
    }
  }
  if (!isObject(settings))
    throw new CannotInstall(`${SETTINGS_PATH} does not hold a JSON object; it was left as it is`);
  const hooks = settings.hooks ?? {};
  if (!isObject(hooks)) throw new CannotInstall(`${SETTINGS_PATH}: "hooks" is not an object; it was left as it is`);
  const added = [];
  const updated = [];
  const merged = { ...hooks };
  for (const { event, matcher } of EVENTS) {
    const groups = merged[event] ?? [];
    if (!Array.isArray(groups))
      throw new CannotInstall(`${SETTINGS_PATH}: "hooks.${event}" is not a list; it was left as it is`);
    if (!groups.some(runsLedgerlint)) {
      merged[event] = [...groups, { ...matcher ? { matcher } : {}, hooks: [{ type: "command", command }] }];
      added.push(event);
      continue;
    }
    const current = groups.map((group) => withCommand(group, command));
    if (current.some((group, i) => group !== groups[i])) {
      merged[event] = current;
      updated.push(event);
    }
  }
  if (added.length + updated.length === 0) return { added, updated };
  const indent = existing ? /^[ \t]+(?=")/m.exec(existing)?.[0] ?? "  " : "  ";
  await write(file, `${JSON.stringify({ ...settings, hooks: merged }, null, indent)}
`, SETTINGS_PATH);
  return { added, updated };
}
function withCommand(group, command) {
  if (!runsLedgerlint(group)) return group;
  const hooks = group.hooks;
  const ours = (hook) => isObject(hook) && typeof hook.command === "string" && hook.command.includes(HOOK_MARKER);
  if (!hooks.some((hook) => ours(hook) && hook.command !== command)) return group;
  return { ...group, hooks: hooks.map((hook) => ours(hook) ? { ...hook, command } : hook) };
}
function runsLedgerlint(group) {
  const hooks = isObject(group) && Array.isArray(group.hooks) ? group.hooks : [];
  return hooks.some((hook) => isObject(hook) && typeof hook.command === "string" && hook.command.includes(HOOK_MARKER));
}
async function instructionFiles(root) {
  const names = ["CLAUDE.md", ...existsSync(join(root, "AGENTS.md")) ? ["AGENTS.md"] : []];
  const seen = /* @__PURE__ */ new Set();
  return names.filter((name) => {
    const real = realOrSelf(join(root, name));
    return seen.has(real) ? false : (seen.add(real), true);
  });
}
async function addInstructions(file, shown) {
  const existing = await readOrNull(file, shown);
  const updated = withInstructions(existing);
  if (updated === null) return "same";
  await write(file, updated, shown);
  return existing === null ? "wrote" : existing.includes("<!-- ledgerlint:begin -->") ? "updated" : "added";
}
async function readOrNull(file, shown) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new CannotInstall(`cannot read ${shown}: ${error.message}`);
  }
}
async function write(file, text, shown) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    throw new CannotInstall(
      `cannot write ${shown}: ${error.code === "EACCES" ? "permission denied" : error.message}`
    );
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function jsonPlace(text, message) {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `:${lineColumn[1]}:${lineColumn[2]}`;
  const at = /at position (\d+)/.exec(message);
  if (!at) return "";
  const before = text.slice(0, Number(at[1]));
  return `:${before.split("\n").length}:${before.length - before.lastIndexOf("\n")}`;
}
export {
  HOOK_MARKER,
  SETTINGS_PATH,
  setUpClaude
};
