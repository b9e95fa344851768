import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  UsageError
} from "./chunk-Z2MVYKFE.js";
import {
  GitClient,
  GitFailed,
  openRepo
} from "./chunk-SBQMNXAB.js";
import {
  trimEndOf
} from "./chunk-YFQPPL23.js";
import "./chunk-YQBLEYAD.js";

// src/setup/pre-commit.ts
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var HOOK_MARKER = "ledgerlint --staged";
var HuskyDeclined = class extends Error {
};
var CannotInstall = class extends Error {
};
async function setUpPreCommit(repo) {
  const report = { done: [], undo: [], advice: [] };
  const configured = await hooksPath(repo);
  const localBin = existsSync(join(repo.root, "node_modules", ".bin", "ledgerlint"));
  let hookFile;
  let command;
  if (configured && !isHuskyDir(configured)) {
    hookFile = join(configured, "pre-commit");
    command = `npx --no-install ${HOOK_MARKER}`;
  } else {
    const huskyDir = configured ? shownPath(repo.root, dirname(configured)) : ".husky";
    if (!configured) {
      const previous = await existingGitHook(repo);
      await installHusky(repo.root, huskyDir);
      report.done.push(`installed husky: core.hooksPath is now ${huskyDir}/_`);
      report.undo.push("git config --unset core.hooksPath", `rm -r ${huskyDir}/_`);
      if (previous) {
        const call = '"$(git rev-parse --git-common-dir)/hooks/pre-commit" "$@"';
        if (await appendLine(join(repo.root, huskyDir, "pre-commit"), call, "# the pre-commit hook this repository had before husky")) {
          report.done.push(`kept your existing ${relative(repo.root, previous)}: ${huskyDir}/pre-commit runs it first`);
        }
      }
    }
    hookFile = resolve(repo.root, huskyDir, "pre-commit");
    command = HOOK_MARKER;
  }
  const shown = shownPath(repo.root, hookFile);
  if (await appendLine(hookFile, command, "# ledgerlint: check staged ledgers (https://github.com/ledgerlint/ledgerlint)", HOOK_MARKER, shown)) {
    report.done.push(`${shown} runs \`${command}\``);
    report.undo.push(`remove the \`${command}\` line from ${shown}`);
  } else {
    report.done.push(`${shown} already runs ledgerlint --staged; nothing to change`);
  }
  if (!localBin) {
    report.advice.push("ledgerlint is not installed in this project, so the hook cannot run it: npm install --save-dev ledgerlint");
  }
  if (!configured) {
    report.advice.push('husky only installs the hook in this clone; for other clones add "prepare": "husky" to the scripts in package.json');
  }
  return report;
}
async function hooksPath(repo) {
  const out = await repo.client.text(["config", "--show-scope", "--type=path", "--get", "core.hooksPath"]).catch(() => "");
  const [scope = "", ...rest] = out.replace(/\n$/, "").split("	");
  const value = rest.join("	");
  if (!value) return null;
  const directory = resolve(repo.root, value);
  if (scope !== "local" && scope !== "worktree") {
    throw new CannotInstall(
      `core.hooksPath is set in your ${scope} git config to ${value}, the hooks of every repository that does not set its own; ledgerlint does not change hooks shared with other repositories. Add \`npx --no-install ${HOOK_MARKER}\` to ${join(directory, "pre-commit")} yourself, or give this repository its own hooks directory (git config core.hooksPath .githooks) and run ledgerlint init again`
    );
  }
  return directory;
}
function isHuskyDir(hooksDir) {
  return trimEndOf(hooksDir, sep).endsWith(`${sep}_`) && existsSync(join(hooksDir, "h"));
}
function shownPath(root, path) {
  const rel = relative(root, path);
  return rel === "" ? "." : rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}
async function existingGitHook(repo) {
  const commonDir = (await repo.client.text(["rev-parse", "--path-format=absolute", "--git-common-dir"])).trim();
  const hook = resolve(repo.root, commonDir, "hooks", "pre-commit");
  return existsSync(hook) ? hook : null;
}
async function installHusky(root, dir) {
  const { default: husky } = await import("husky");
  const before = process.cwd();
  process.chdir(root);
  try {
    const problem = husky(dir);
    if (problem) throw new HuskyDeclined(problem.trim());
  } finally {
    process.chdir(before);
  }
}
async function appendLine(file, command, comment, marker = command, shown = file) {
  try {
    const existing = existsSync(file) ? await readFile(file, "utf8") : null;
    if (existing !== null && existing.includes(marker)) return false;
    if (existing !== null && !isShellScript(existing)) {
      throw new CannotInstall(`${shown} is not a shell script, so a line cannot be added to it; make it run \`${command}\` yourself`);
    }
    const start = existing === null ? "#!/usr/bin/env sh\n" : existing.endsWith("\n") || existing === "" ? existing : `${existing}
`;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${start}${comment}
${command}
`);
    await chmod(file, 493);
    return true;
  } catch (error) {
    if (error instanceof CannotInstall) throw error;
    const code = error.code;
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" || code === "EEXIST" ? "a file is in the way of its directory" : error.message;
    throw new CannotInstall(`cannot write ${shown}: ${why}`);
  }
}
function isShellScript(text) {
  if (text.includes("\0")) return false;
  if (!text.startsWith("#!")) return true;
  return /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash|mksh)\b/.test(text);
}

// src/setup/workflow.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, join as join2 } from "node:path";

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
  const target = join2(root, WORKFLOW_PATH);
  if (existsSync2(target)) return "exists";
  await mkdir2(dirname2(target), { recursive: true });
  await writeFile2(target, workflowText("0.1.0"));
  return "written";
}

// src/cli/init-command.ts
async function initCommand(args, io) {
  const repo = await openRepo(new GitClient(io.cwd)).catch((error) => {
    throw error instanceof GitFailed ? new UsageError(`init: git cannot read the repository: ${error.detail}`) : error;
  });
  if (!repo) throw new UsageError("init: not in a git repository (run it where `git rev-parse` works).");
  let report;
  try {
    report = await setUpPreCommit(repo);
  } catch (error) {
    if (error instanceof CannotInstall) throw new UsageError(`init: ${error.message}.`);
    if (!(error instanceof HuskyDeclined)) throw error;
    const hint = error.message.startsWith("HUSKY=0") ? " (HUSKY=0 is set: unset it and run ledgerlint init again)" : "";
    throw new UsageError(`init: husky did not install the hooks: ${error.message}${hint}.`);
  }
  if (args.ci) {
    const outcome = await writeWorkflow(repo.root);
    report.done.push(outcome === "written" ? `wrote ${WORKFLOW_PATH}: the ledgerlint Action on pull requests and merge queues` : `${WORKFLOW_PATH} already exists; left as it is`);
    if (outcome === "written") report.undo.push(`rm ${WORKFLOW_PATH}`);
  }
  const lines = ["ledgerlint init:", ...report.done.map((d) => `  \u2714 ${d}`)];
  if (report.advice.length > 0) lines.push("", ...report.advice.map((a) => `  ! ${a}`));
  if (report.undo.length > 0) lines.push("", "To undo:", ...report.undo.map((u) => `  ${u}`));
  io.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
export {
  initCommand
};
