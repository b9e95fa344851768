import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  CannotInstall,
  HuskyDeclined,
  checkRuns,
  commandFor,
  emptyReport,
  findInvocation,
  findTool,
  mergeReports,
  shellQuoted,
  upTo
} from "./chunk-IGLLYP32.js";
import {
  UsageError,
  detectManager,
  hookOwner
} from "./chunk-FQ4TIZ2L.js";
import {
  GitClient,
  GitFailed,
  openRepo
} from "./chunk-3JQJMO4H.js";
import {
  require_dist
} from "./chunk-H6WDOAUT.js";
import {
  trimEndOf
} from "./chunk-T3SKNPOK.js";
import "./chunk-FVPJHKEF.js";
import {
  __toESM
} from "./chunk-UUJ5SKQA.js";

// src/cli/init-command.ts
import { fileURLToPath } from "node:url";

// src/setup/pre-commit.ts
import { existsSync as existsSync4, statSync as statSync2 } from "node:fs";
import { join as join4, relative as relative3, resolve as resolve2, sep as sep2 } from "node:path";

// src/setup/hook-file.ts
import { existsSync, statSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, sep } from "node:path";
async function readIfThere(file) {
  return existsSync(file) && statSync(file).isFile() ? readFile(file, "utf8") : null;
}
async function writeSetupFile(file, text, shown, executable = false) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    if (executable) await chmod(file, 493);
  } catch (error) {
    const code = error.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" ? "a file is in the way of its directory" : error.message;
    throw new CannotInstall(`cannot write ${shown}: ${why}`);
  }
}
function isExecutableFile(file) {
  try {
    const stat = statSync(file);
    return stat.isFile() && (stat.mode & 73) !== 0;
  } catch {
    return false;
  }
}
function shownPath(root, path) {
  const rel = relative(root, path);
  return rel === "" ? "." : rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

// src/setup/shell-hook.ts
var HOOK_MARKER = "ledgerlint --staged";
var HOOK_COMMENT = "# ledgerlint: check staged ledgers (https://github.com/ledgerlint/ledgerlint)";
function hookLine(command, shell) {
  return shell === "errexit" ? command : `ledgerlint_status=$?; ${command} || exit $?; (exit $ledgerlint_status)`;
}
function addToHook(existing, line) {
  if (existing === null || existing.trim() === "")
    return { kind: "edited", text: `#!/bin/sh
${HOOK_COMMENT}
${line}
`, change: "added" };
  if (!isShellScript(existing)) return { kind: "not-a-shell-script" };
  const lines = existing.replace(/\n$/, "").split("\n");
  const end = trailingEnd(lines);
  if (end !== null && typeof end !== "number") return { kind: "no-place", why: end.why };
  const at = lines.findIndex((l) => !l.trim().startsWith("#") && l.includes(HOOK_MARKER));
  const present = lines[at]?.trim() ?? "";
  const reached = at !== -1 && (end === null || at < end) && !afterExit(lines, at);
  if (reached && (present === line || !isOwnLine(present))) return { kind: "present", line: present };
  if (reached) return { kind: "edited", text: joined(lines.map((l, i) => i === at ? line : l)), change: "replaced" };
  const kept = at === -1 ? lines : withoutOurLine(lines, at);
  const insertAt = trailingEnd(kept) ?? kept.length;
  const added = at === -1 || isOwnLine(present) ? [HOOK_COMMENT, line] : [present];
  return {
    kind: "edited",
    text: joined([...kept.slice(0, insertAt), ...added, ...kept.slice(insertAt)]),
    change: at === -1 ? "added" : "moved"
  };
}
var joined = (lines) => `${lines.join("\n")}
`;
function trailingEnd(lines) {
  const statements = statementsOf(lines);
  const last = statements.at(-1);
  if (!last || !/^(?:exit|exec)\b/.test(last[0])) return null;
  if (continues(statements.at(-2)?.[0] ?? ""))
    return { why: `its last line, \`${last[0]}\`, continues the line before it` };
  return last[1];
}
var statementsOf = (lines) => lines.map((l, i) => [l.trim(), i]).filter(([l]) => l !== "" && !l.startsWith("#"));
var continues = (statement) => /(?:\\|&&|\|\||\|)$/.test(statement);
function afterExit(lines, at) {
  const before = statementsOf(lines.slice(0, at));
  const exit = before.at(-1);
  return exit !== void 0 && /^(?:exit|exec)\b/.test(exit[0]) && !continues(before.at(-2)?.[0] ?? "");
}
function withoutOurLine(lines, at) {
  const from = at > 0 && lines[at - 1] === HOOK_COMMENT ? at - 1 : at;
  return [...lines.slice(0, from), ...lines.slice(at + 1)];
}
function isShellScript(text) {
  if (text.includes("\0")) return false;
  if (!text.startsWith("#!")) return true;
  return /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash|mksh)\b/.test(text);
}
function isOwnLine(line) {
  const inner = /^ledgerlint_status=\$\?; (.*) \|\| exit \$\?; \(exit \$ledgerlint_status\)$/.exec(line)?.[1] ?? line;
  return /^(?:\(cd \S+ && )?(?:npx (?:--no-install )?)?\S*ledgerlint --staged\)?$/.test(inner);
}

// src/setup/git-hook.ts
async function setUpGitHook(context) {
  const { repo, facts, hookFile } = context;
  const shown = shownPath(repo.root, hookFile);
  if (facts.hooksPathIsHusky)
    throw new CannotInstall(
      `core.hooksPath is husky's (${shown.replace(/\/pre-commit$/, "")}), which husky writes anew: run ledgerlint init --hooks husky`
    );
  const owner = hookOwner(facts.installedHook);
  if (owner)
    throw new CannotInstall(`${shown} is ${owner}'s, which ${owner} writes anew: run ledgerlint init --hooks ${owner}`);
  const command = commandFor(context.invocation, "--staged");
  const line = hookLine(command, "plain");
  const edit = addToHook(facts.installedHook, line);
  return writeHookEdit(edit, { file: hookFile, shown, command, line, executable: true });
}
function mustPlace(edit, { shown, command }) {
  if (edit.kind === "not-a-shell-script")
    throw new CannotInstall(
      `${shown} is not a shell script, so a line cannot be added to it; make it run \`${command}\` yourself`
    );
  if (edit.kind === "no-place")
    throw new CannotInstall(`${shown}: ${edit.why}, so no line can go before it; make it run \`${command}\` yourself`);
}
async function writeHookEdit(edit, target) {
  const { file, shown, command } = target;
  const report = emptyReport();
  mustPlace(edit, target);
  if (edit.kind === "present") {
    report.done.push(
      `${shown} already runs ${edit.line === target.line ? `\`${command}\`` : HOOK_MARKER}; nothing to change`
    );
  } else {
    await writeSetupFile(file, edit.text, shown, target.executable);
    const what = {
      added: "runs",
      moved: "runs (moved before its trailing exit, after which it never ran)",
      replaced: "now runs"
    }[edit.change];
    report.done.push(`${shown} ${what} \`${command}\``);
    report.undo.push(`remove the ledgerlint lines from ${shown}`);
  }
  if (target.executable && !isExecutableFile(file))
    throw new CannotInstall(`${shown} is not executable, so git does not run it: chmod +x ${shown}`);
  return report;
}

// src/setup/husky.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname2, join, relative as relative2, resolve } from "node:path";

// src/setup/package-json.ts
import { readFile as readFile2 } from "node:fs/promises";
async function addPrepareScript(file, script, shown) {
  const text = await readFile2(file, "utf8");
  const added = withPrepareScript(text, script);
  if (added === "present" || added === "other") return added;
  if (added === null) return "other";
  await writeSetupFile(file, added, shown);
  return "added";
}
function withPrepareScript(text, script) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json) || json.scripts !== void 0 && !isObject(json.scripts)) return null;
  const scripts = json.scripts ?? {};
  const prepare2 = scripts.prepare;
  if (prepare2 !== void 0) return typeof prepare2 === "string" && /\bhusky\b/.test(prepare2) ? "present" : "other";
  const indent = /^[{[]\r?\n([ \t]+)/.exec(text)?.[1] ?? "  ";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const out = JSON.stringify({ ...json, scripts: { ...scripts, prepare: script } }, null, indent).replace(/\n/g, eol);
  return /\r?\n$/.test(text) ? `${out}${eol}` : out;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/setup/husky.ts
async function setUpHusky(context) {
  const { repo, facts } = context;
  const root = repo.root;
  const report = emptyReport();
  const dir = facts.hooksPathIsHusky ? relative2(root, dirname2(facts.hooksPath)) : facts.huskyDir ?? join(context.packageDir ?? "", ".husky");
  const hookFile = join(root, dir, "pre-commit");
  const { invocation } = context;
  const bare = invocation.dir === "" && invocation.program === join("node_modules", ".bin", "ledgerlint");
  const command = commandFor(bare ? { dir: "", program: "ledgerlint" } : invocation, "--staged");
  const line = hookLine(command, "errexit");
  let text = await readIfThere(hookFile);
  const previous = !facts.hooksPathIsHusky && existsSync2(context.hookFile) ? await previousHookCall(repo, context.hookFile) : null;
  if (previous && !(text ?? "").includes(previous)) {
    text = `${text === null || text === "" ? "" : text.endsWith("\n") ? text : `${text}
`}# the pre-commit hook this repository had before husky
${previous}
`;
    report.done.push(`kept your existing ${shownPath(root, context.hookFile)}: ${dir}/pre-commit runs it first`);
  }
  const edit = addToHook(text, line);
  const target = { file: hookFile, shown: shownPath(root, hookFile), command, line, executable: false };
  mustPlace(edit, target);
  if (!facts.hooksPathIsHusky) {
    await installHusky(root, dir);
    report.done.unshift(`installed husky: core.hooksPath is now ${dir}/_`);
    report.undo.push("git config --unset core.hooksPath", `rm -r ${dir}/_`);
  }
  if (edit.kind === "present" && text !== await readIfThere(hookFile))
    await writeSetupFile(hookFile, text, target.shown);
  const written = await writeHookEdit(edit, target);
  const runner = join(root, dir, "_", "pre-commit");
  if (!isExecutableFile(runner) || !existsSync2(join(root, dir, "_", "h"))) {
    throw new CannotInstall(
      `husky's ${shownPath(root, runner)} is missing, so git runs nothing: run npx husky${dir === ".husky" ? "" : ` ${dir}`} at the top of the repository, then ledgerlint init again`
    );
  }
  return mergeReports(report, written, await prepare(context, dir));
}
async function prepare(context, dir) {
  const report = emptyReport();
  if (context.packageDir === null) {
    report.advice.push(
      `husky's hooks are installed in this clone only: in other clones, run npx husky${dir === ".husky" ? "" : ` ${dir}`} at the top of the repository`
    );
    return report;
  }
  const root = context.repo.root;
  const packageDir = join(root, context.packageDir);
  const toTop = relative2(packageDir, root);
  const script = toTop === "" ? dir === ".husky" ? "husky" : `husky ${shellQuoted(dir)}` : `cd ${shellQuoted(toTop)} && husky ${shellQuoted(dir)}`;
  const packageJson = join(context.packageDir, "package.json");
  if (!findTool("husky", root, packageDir, {})) {
    report.advice.push(
      `husky is not installed in ${context.packageDir === "" ? "this package" : context.packageDir}, so other clones do not get the hook: npm install --save-dev husky, then add "prepare": "${script}" to the scripts in ${packageJson}`
    );
    return report;
  }
  const outcome = await addPrepareScript(join(packageDir, "package.json"), script, packageJson);
  if (outcome === "added") {
    report.done.push(`added "prepare": "${script}" to ${packageJson}: npm install sets the hook up in other clones`);
    report.undo.push(`remove the prepare script from ${packageJson}`);
  } else if (outcome === "other") {
    report.advice.push(
      `${packageJson} has a prepare script without husky: add \` && ${script}\` to it, so that other clones get the hook on npm install`
    );
  }
  return report;
}
async function previousHookCall(repo, previous) {
  const commonDir = (await repo.client.text(["rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
  return dirname2(previous) === resolve(repo.root, commonDir, "hooks") ? '"$(git rev-parse --git-common-dir)/hooks/pre-commit" "$@"' : `${shellQuoted(shownPath(repo.root, previous))} "$@"`;
}
async function installHusky(root, dir) {
  let husky;
  try {
    ({ default: husky } = await import("husky"));
  } catch {
    throw new CannotInstall(
      "husky cannot be loaded (it comes with ledgerlint): npm install --save-dev husky, or choose another way: ledgerlint init --hooks git"
    );
  }
  const before = process.cwd();
  process.chdir(root);
  try {
    const problem = husky(dir);
    if (problem) throw new HuskyDeclined(problem.trim());
  } finally {
    process.chdir(before);
  }
}

// src/setup/lefthook.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { spawnSync } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";
import { join as join2 } from "node:path";

// src/setup/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlProblem(doc, expected) {
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    return `is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ""}: ${error.message.split("\n")[0]}`;
  }
  return doc.contents === null || (0, import_yaml.isMap)(doc.contents) || isEmpty(doc.contents) ? null : `is not ${expected}`;
}
function isEmpty(node) {
  return node === null || (0, import_yaml.isScalar)(node) && (node.value === null || node.value === "");
}
function yamlText(doc, original) {
  const indentSeq = !/^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:\1[ \t]*#[^\n]*\n)*\1- /m.test(original ?? "");
  return doc.toString({ indentSeq, lineWidth: 0 });
}

// src/setup/lefthook.ts
var YAML_NAMES = [
  "lefthook.yml",
  ".lefthook.yml",
  ".config/lefthook.yml",
  "lefthook.yaml",
  ".lefthook.yaml",
  ".config/lefthook.yaml"
];
var OTHER_NAMES = [
  "lefthook.json",
  ".lefthook.json",
  "lefthook.jsonc",
  ".lefthook.jsonc",
  "lefthook.toml",
  ".lefthook.toml"
];
function findLefthookConfig(root) {
  return [...YAML_NAMES, ...OTHER_NAMES].find((name) => existsSync3(join2(root, name))) ?? null;
}
async function setUpLefthook(context) {
  const root = context.repo.root;
  const name = context.facts.lefthookConfig ?? "lefthook.yml";
  const command = commandFor(context.invocation, "--staged");
  if (!YAML_NAMES.includes(name)) {
    throw new CannotInstall(
      `ledgerlint edits only YAML lefthook configs, and this one is ${name}: add a pre-commit command running \`${command}\` to it yourself`
    );
  }
  const installed = hookOwner(context.facts.installedHook) === "lefthook";
  const lefthook = installed ? null : findTool("lefthook", root, join2(root, context.packageDir ?? ""), context.env);
  if (!installed && !lefthook) {
    throw new CannotInstall(
      `lefthook's git hook is not installed in this clone and no lefthook can be found to install it: npm install --save-dev lefthook (or install lefthook another way), then run ledgerlint init again; or choose another way: ledgerlint init --hooks git`
    );
  }
  const report = emptyReport();
  const edit = withLefthookCommand(await readIfThere(join2(root, name)), command);
  if (edit.kind === "problem")
    throw new CannotInstall(`${name} ${edit.why}; add a pre-commit command running \`${command}\` to it yourself`);
  if (edit.kind === "present") {
    report.done.push(`${name} already runs ${HOOK_MARKER} before commits; nothing to change`);
  } else {
    await writeSetupFile(join2(root, name), edit.text, name);
    report.done.push(`${name} runs \`${command}\` before commits (pre-commit \u203A ${edit.where})`);
    report.undo.push(`remove ${edit.where} from ${name}`);
  }
  if (lefthook) {
    const run = spawnSync(lefthook, ["install"], { cwd: root, env: context.env, encoding: "utf8", timeout: 6e4 });
    const hook = await readIfThere(context.hookFile);
    if (run.status !== 0 || hookOwner(hook) !== "lefthook") {
      const said = `${run.stderr ?? ""}${run.stdout ?? ""}`.trim().split("\n").slice(-2).join(" / ");
      throw new CannotInstall(
        `${name} now runs ledgerlint, but \`lefthook install\` did not install lefthook's hook${said ? ` (${said})` : ""}: run lefthook install`
      );
    }
    report.done.push(`ran lefthook install: ${shownPath(root, context.hookFile)} runs lefthook`);
    report.undo.push("lefthook uninstall");
  }
  return report;
}
function withLefthookCommand(text, command) {
  const doc = text === null || text.trim() === "" ? new import_yaml2.Document({}) : (0, import_yaml2.parseDocument)(text);
  const problem = yamlProblem(doc, "a mapping of hooks");
  if (problem) return { kind: "problem", why: problem };
  const hook = doc.get("pre-commit", true);
  if (hook !== void 0 && !(0, import_yaml2.isMap)(hook) && !isEmpty(hook))
    return { kind: "problem", why: "has a pre-commit entry that is not a mapping" };
  if (!(0, import_yaml2.isMap)(hook)) {
    doc.set("pre-commit", doc.createNode({ commands: { ledgerlint: { run: command } } }));
    return { kind: "edited", text: yamlText(doc, text), where: "commands \u203A ledgerlint" };
  }
  if (runsOf(hook).some((run) => run.includes(HOOK_MARKER))) return { kind: "present" };
  const jobs = hook.get("jobs", true);
  if ((0, import_yaml2.isSeq)(jobs)) {
    jobs.add(doc.createNode({ name: "ledgerlint", run: command }));
    return { kind: "edited", text: yamlText(doc, text), where: "jobs \u203A ledgerlint" };
  }
  const commands = hook.get("commands", true);
  if (commands !== void 0 && !(0, import_yaml2.isMap)(commands) && !isEmpty(commands))
    return { kind: "problem", why: "has pre-commit commands that are not a mapping" };
  if ((0, import_yaml2.isMap)(commands) && commands.has("ledgerlint")) {
    return {
      kind: "problem",
      why: "has a pre-commit command named ledgerlint that does not run ledgerlint --staged (which checks what is staged, against HEAD)"
    };
  }
  const entry = doc.createNode({ run: command });
  if ((0, import_yaml2.isMap)(commands)) commands.set("ledgerlint", entry);
  else hook.set("commands", doc.createNode({ ledgerlint: entry }));
  return { kind: "edited", text: yamlText(doc, text), where: "commands \u203A ledgerlint" };
}
function runsOf(hook) {
  const json = hook.toJSON();
  const entries = [...Object.values(json.commands ?? {}), ...Array.isArray(json.jobs) ? json.jobs : []];
  return entries.map((entry) => typeof entry?.run === "string" ? entry.run : "");
}

// src/setup/pre-commit-framework.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { spawnSync as spawnSync2 } from "node:child_process";
import { join as join3 } from "node:path";
var PRE_COMMIT_CONFIG = ".pre-commit-config.yaml";
async function setUpPreCommitFramework(context) {
  const root = context.repo.root;
  const entry = preCommitEntry(context.invocation);
  const installed = hookOwner(context.facts.installedHook) === "pre-commit";
  const preCommit = installed ? null : findTool("pre-commit", root, root, context.env);
  if (!installed && !preCommit) {
    throw new CannotInstall(
      `pre-commit's git hook is not installed in this clone and no pre-commit can be found to install it: install pre-commit (pipx install pre-commit, or your system's package), then run ledgerlint init again; or choose another way: ledgerlint init --hooks git`
    );
  }
  const report = emptyReport();
  const edit = withLocalHook(await readIfThere(join3(root, PRE_COMMIT_CONFIG)), entry);
  if (edit.kind === "problem")
    throw new CannotInstall(`${PRE_COMMIT_CONFIG} ${edit.why}; add a hook with entry \`${entry}\` to it yourself`);
  if (edit.kind === "present") {
    report.done.push(`${PRE_COMMIT_CONFIG} already has a ledgerlint hook; nothing to change`);
  } else {
    await writeSetupFile(join3(root, PRE_COMMIT_CONFIG), edit.text, PRE_COMMIT_CONFIG);
    report.done.push(`${PRE_COMMIT_CONFIG} runs \`${entry}\` (a local hook, language: system)`);
    report.undo.push(`remove the repo: local entry with the ledgerlint hook from ${PRE_COMMIT_CONFIG}`);
    report.advice.push(
      `git add ${PRE_COMMIT_CONFIG}: pre-commit refuses commits while its config has unstaged changes`
    );
  }
  if (preCommit) {
    const run = spawnSync2(preCommit, ["install"], { cwd: root, env: context.env, encoding: "utf8", timeout: 6e4 });
    const hook = await readIfThere(context.hookFile);
    if (run.status !== 0 || hookOwner(hook) !== "pre-commit") {
      const said = `${run.stderr ?? ""}${run.stdout ?? ""}`.trim().split("\n").slice(-2).join(" / ");
      throw new CannotInstall(
        `${PRE_COMMIT_CONFIG} now runs ledgerlint, but \`pre-commit install\` did not install pre-commit's hook${said ? ` (${said})` : ""}: run pre-commit install`
      );
    }
    report.done.push(`ran pre-commit install: ${shownPath(root, context.hookFile)} runs pre-commit`);
    report.undo.push("pre-commit uninstall");
  }
  return report;
}
function preCommitEntry(invocation) {
  const call = `${invocation.program} --staged`;
  return invocation.dir === "" ? call : `sh -c ${shellQuoted(`cd ${shellQuoted(invocation.dir)} && ${call}`)}`;
}
function withLocalHook(text, entry) {
  const doc = text === null || text.trim() === "" ? new import_yaml3.Document({}) : (0, import_yaml3.parseDocument)(text);
  const problem = yamlProblem(doc, "a mapping with repos");
  if (problem) return { kind: "problem", why: problem };
  const repos = doc.get("repos", true);
  if (repos !== void 0 && !(0, import_yaml3.isSeq)(repos) && !isEmpty(repos))
    return { kind: "problem", why: "has repos that are not a list" };
  const hooks = (0, import_yaml3.isSeq)(repos) ? repos.toJSON().flatMap(
    (r) => Array.isArray(r?.hooks) ? r.hooks : []
  ) : [];
  if (hooks.some((hook) => hook?.id === "ledgerlint")) return { kind: "present" };
  const local = doc.createNode({
    repo: "local",
    hooks: [{ id: "ledgerlint", name: "ledgerlint", entry, language: "system", pass_filenames: false }]
  });
  if ((0, import_yaml3.isSeq)(repos)) repos.add(local);
  else doc.set("repos", doc.createNode([local]));
  return { kind: "edited", text: yamlText(doc, text), where: "repos \u203A local \u203A ledgerlint" };
}

// src/setup/pre-commit.ts
var SET_UP = {
  husky: setUpHusky,
  lefthook: setUpLefthook,
  "pre-commit": setUpPreCommitFramework,
  git: setUpGitHook
};
async function setUpPreCommit(repo, options) {
  const root = repo.root;
  const packageDir = upTo(root, resolve2(options.cwd)).find((d) => existsSync4(join4(d, "package.json")));
  const invocation = findInvocation({ root, cwd: options.cwd, ownFile: options.ownFile, env: options.env });
  if (!invocation) throw new CannotInstall(notInstalled(root, options.cwd, packageDir));
  const check = checkRuns(root, invocation, options.env);
  if (!check.ok)
    throw new CannotInstall(
      `the hook would call ledgerlint as ${check.why}, and so refuse every commit; nothing was written. Install ledgerlint where the hook finds it, then run ledgerlint init again`
    );
  const { facts, hookFile } = await gatherFacts(repo, packageDir, commandFor(invocation, "--staged"));
  const { manager, why } = options.manager ? { manager: options.manager, why: "chosen with --hooks" } : detectManager(facts);
  const context = {
    repo,
    facts,
    packageDir: packageDir === void 0 ? null : relative3(root, packageDir),
    invocation,
    hookFile,
    env: options.env
  };
  const report = await SET_UP[manager](context);
  const advice = [];
  if (invocation.where === "path") {
    const local = packageDir === void 0 ? "" : ", or install it in the project (npm install --save-dev ledgerlint) and run ledgerlint init again";
    advice.push(
      `the hook calls the ledgerlint on PATH (${check.version}): every clone needs one (npm install --global ledgerlint)${local}`
    );
  } else if (check.version !== "0.1.0")
    advice.push(`the hook runs the project's ledgerlint ${check.version}, not this ${"0.1.0"}`);
  return mergeReports({ done: [`hooks: ${manager} (${why})`], undo: [], advice: [] }, report, {
    done: [`checked: the hook's call \`${commandFor(invocation, "--version")}\` runs ledgerlint ${check.version}`],
    undo: [],
    advice
  });
}
async function gatherFacts(repo, packageDir, command) {
  const root = repo.root;
  const hooksPath = await localHooksPath(repo, command);
  const hooksDir = hooksPath ?? join4(
    resolve2(root, (await repo.client.text(["rev-parse", "--path-format=absolute", "--git-common-dir"])).trim()),
    "hooks"
  );
  const hookFile = join4(hooksDir, "pre-commit");
  const huskyDir = [packageDir, root].filter((d) => d !== void 0).map((d) => join4(d, ".husky")).find(isDirectory);
  const facts = {
    hooksPath,
    hooksPathIsHusky: hooksPath !== null && isHuskyDir(hooksPath),
    installedHook: await readIfThere(hookFile),
    lefthookConfig: findLefthookConfig(root),
    preCommitConfig: existsSync4(join4(root, PRE_COMMIT_CONFIG)),
    huskyDir: huskyDir === void 0 ? null : relative3(root, huskyDir),
    packageJson: packageDir !== void 0
  };
  return { facts, hookFile };
}
async function localHooksPath(repo, command) {
  const out = await repo.client.text(["config", "--show-scope", "--type=path", "--get", "core.hooksPath"]).catch(() => "");
  const [scope = "", ...rest] = out.replace(/\n$/, "").split("	");
  const value = rest.join("	");
  if (!value) return null;
  const directory = resolve2(repo.root, value);
  if (scope !== "local" && scope !== "worktree") {
    throw new CannotInstall(
      `core.hooksPath is set in your ${scope} git config to ${value}, the hooks of every repository that does not set its own; ledgerlint does not change hooks shared with other repositories. Add \`${command}\` to ${join4(directory, "pre-commit")} yourself, or give this repository its own hooks directory (git config core.hooksPath .githooks) and run ledgerlint init again`
    );
  }
  return directory;
}
function isHuskyDir(hooksDir) {
  return trimEndOf(hooksDir, sep2).endsWith(`${sep2}_`) && existsSync4(join4(hooksDir, "h"));
}
var isDirectory = (path) => existsSync4(path) && statSync2(path).isDirectory();
function notInstalled(root, cwd, packageDir) {
  const where = packageDir === void 0 ? "a project without package.json" : packageDir === root ? "this package" : `the package in ${shownPath(root, packageDir)}`;
  return `ledgerlint is not installed where a hook can call it (no node_modules/.bin/ledgerlint from ${shownPath(root, resolve2(cwd))} up to the top of the repository, and none on PATH), so the hook would refuse every commit; nothing was written. For ${where}: ` + (packageDir === void 0 ? "npm install --global ledgerlint" : `npm install --save-dev ledgerlint there (or npm install --global ledgerlint)`) + ", then run ledgerlint init again";
}

// src/setup/workflow.ts
import { existsSync as existsSync5 } from "node:fs";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname3, join as join5 } from "node:path";

// src/setup/release-pins.ts
var REPOSITORY = "ledgerlint/ledgerlint";
var REPOSITORY_URL = `https://github.com/${REPOSITORY}`;
function majorOf(version) {
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major === void 0) throw new Error(`not a release version: ${version}`);
  return major;
}
function actionRef(version) {
  return `${REPOSITORY}@v${majorOf(version)}`;
}

// src/setup/workflow.ts
var WORKFLOW_PATH = ".github/workflows/ledgerlint.yml";
function workflowText(version) {
  return `name: ledgerlint

on:
  pull_request:
  merge_group: # needed when the check gates a merge queue

permissions:
  contents: read
  pull-requests: read # only for the API fallback on shallow clones

jobs:
  ledgers:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # full history: linked commits can be verified
      - uses: ${actionRef(version)}
        # with:
        #   fail-on: warning
        #   paths: |
        #     .ai/ledgers/*.md
`;
}
async function writeWorkflow(root) {
  const target = join5(root, WORKFLOW_PATH);
  if (existsSync5(target)) return "exists";
  await mkdir2(dirname3(target), { recursive: true });
  await writeFile2(target, workflowText("0.1.0"));
  return "written";
}

// src/cli/init-command.ts
function setUps(args, io) {
  const ownFile = fileURLToPath(import.meta.url);
  const steps = [
    (repo) => setUpPreCommit(repo, { ...args.hooks ? { manager: args.hooks } : {}, cwd: io.cwd, ownFile, env: io.env })
  ];
  if (args.ci) steps.push(ciWorkflow);
  if (args.agent === "claude")
    steps.push(
      async (repo) => (await import("./agent-claude-7P7ZYV5Q.js")).setUpClaude({ root: repo.root, cwd: io.cwd, ownFile, env: io.env })
    );
  return steps;
}
async function initCommand(args, io) {
  const repo = await openRepo(new GitClient(io.cwd)).catch((error) => {
    throw error instanceof GitFailed ? new UsageError(`init: git cannot read the repository: ${error.detail}`) : error;
  });
  if (!repo) throw new UsageError("init: not in a git repository (run it where `git rev-parse` works).");
  const report = { done: [], undo: [], advice: [] };
  const refused = [];
  for (const step of setUps(args, io)) {
    try {
      const done = await step(repo);
      report.done.push(...done.done);
      report.undo.push(...done.undo);
      report.advice.push(...done.advice);
    } catch (error) {
      refused.push(refusal(error));
    }
  }
  if (report.done.length > 0) {
    const lines = ["ledgerlint init:", ...report.done.map((d) => `  \u2714 ${d}`)];
    if (report.advice.length > 0) lines.push("", ...report.advice.map((a) => `  ! ${a}`));
    if (report.undo.length > 0) lines.push("", "To undo:", ...report.undo.map((u) => `  ${u}`));
    io.stdout.write(`${lines.join("\n")}
`);
  }
  for (const message of refused) io.stderr.write(`ledgerlint: init: ${message}.
`);
  return refused.length > 0 ? 2 : 0;
}
async function ciWorkflow(repo) {
  const outcome = await writeWorkflow(repo.root);
  return outcome === "written" ? {
    done: [`wrote ${WORKFLOW_PATH}: the ledgerlint Action on pull requests and merge queues`],
    undo: [`rm ${WORKFLOW_PATH}`],
    advice: []
  } : { done: [`${WORKFLOW_PATH} already exists; left as it is`], undo: [], advice: [] };
}
function refusal(error) {
  if (error instanceof CannotInstall) return error.message;
  if (!(error instanceof HuskyDeclined)) throw error;
  const hint = error.message.startsWith("HUSKY=0") ? " (HUSKY=0 is set: unset it and run ledgerlint init again)" : "";
  return `husky did not install the hooks: ${error.message}${hint}`;
}
export {
  initCommand
};
