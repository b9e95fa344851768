import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  checkFiles
} from "./chunk-O4ZHMJBG.js";
import {
  GitClient,
  markdownPathspecs,
  openRepo
} from "./chunk-3JQJMO4H.js";
import {
  makesClaims
} from "./chunk-W7QHQUSB.js";
import "./chunk-G5F4TZDR.js";
import "./chunk-CG7R7FHO.js";
import "./chunk-H6WDOAUT.js";
import "./chunk-D5AKJOSN.js";
import "./chunk-T3SKNPOK.js";
import "./chunk-FVPJHKEF.js";
import "./chunk-SPJORHUT.js";
import "./chunk-UUJ5SKQA.js";

// src/git/worktree-changes.ts
async function changedInWorktree(repo, otherGlobs = []) {
  const pathspecs = markdownPathspecs(otherGlobs);
  const out = await repo.client.text([
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--no-renames",
    "--",
    ...pathspecs
  ]);
  return out.split("\0").filter((entry) => entry.length > 3 && !entry.slice(0, 2).includes("D")).map((entry) => `${repo.root}/${entry.slice(3)}`);
}

// src/runner/agent-checks.ts
async function checkProposedEdit(request) {
  const { after, file, before, profile } = request;
  if (!makesClaims(before ?? null, after, profile)) return null;
  return checkFiles({ ...base(request), texts: /* @__PURE__ */ new Map([[file, after]]), purpose: "edit-claims" });
}
function checkMadeEdit(request) {
  return checkFiles({ ...base(request), purpose: "edit-errors" });
}
function base({ cwd, config, file, before, workerScript }) {
  const previous = before === void 0 ? void 0 : { label: "the file before this edit", read: async (paths) => new Map(paths.map((p) => [p, before])) };
  return {
    cwd,
    config,
    patterns: [],
    files: [file],
    ...previous ? { previous } : {},
    ...workerScript ? { workerScript } : {}
  };
}
async function checkChangedLedgers({
  cwd,
  config,
  workerScript
}) {
  const repo = await openRepo(new GitClient(cwd));
  if (!repo) return null;
  const files = await changedInWorktree(repo, config.prepared.otherLedgerGlobs);
  if (files.length === 0) return null;
  return checkFiles({
    cwd,
    config,
    patterns: [],
    files,
    purpose: "done-gate",
    ...workerScript ? { workerScript } : {}
  });
}
export {
  checkChangedLedgers,
  checkMadeEdit,
  checkProposedEdit
};
