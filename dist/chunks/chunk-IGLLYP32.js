import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/setup/setup-report.ts
var emptyReport = () => ({ done: [], undo: [], advice: [] });
function mergeReports(...reports) {
  return {
    done: reports.flatMap((r) => r.done),
    undo: reports.flatMap((r) => r.undo),
    advice: reports.flatMap((r) => r.advice)
  };
}
var HuskyDeclined = class extends Error {
};
var CannotInstall = class extends Error {
};

// src/setup/invocation.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, realpathSync } from "node:fs";
import { delimiter, dirname, join, relative, sep } from "node:path";
var BIN = join("node_modules", ".bin", "ledgerlint");
function findInvocation(place) {
  const root = realpathSync(place.root);
  const cwd = realpathSync(place.cwd);
  const packageDir = upTo(root, cwd).find((d) => existsSync(join(d, "package.json"))) ?? null;
  const binDir = upTo(root, packageDir ?? cwd).find((d) => existsSync(join(d, BIN)));
  if (binDir !== void 0) {
    const dir = packageDir ?? binDir;
    return { dir: relative(root, dir), program: relative(dir, join(binDir, BIN)), where: "project" };
  }
  const installedIn = place.ownFile.split(`${sep}node_modules${sep}`, 2);
  if (installedIn.length === 2 && isInside(root, installedIn[0]) && existsSync(join(installedIn[0], BIN))) {
    return { dir: relative(root, installedIn[0]), program: BIN, where: "project" };
  }
  return searchPath(place.env).some((d) => isExecutable(join(d, "ledgerlint"))) ? { dir: "", program: "ledgerlint", where: "path" } : null;
}
function commandFor(invocation, args) {
  const call = `${invocation.program} ${args}`;
  return invocation.dir === "" ? call : `(cd ${shellQuoted(invocation.dir)} && ${call})`;
}
function checkRuns(root, invocation, env, pathPrefix) {
  const path = [...pathPrefix ? [pathPrefix] : [], ...searchPath(env)].join(delimiter);
  const command = commandFor(invocation, "--version");
  const run = spawnSync("sh", ["-c", command], {
    cwd: root,
    env: { ...env, PATH: path },
    encoding: "utf8",
    timeout: 6e4
  });
  const version = run.stdout?.trim() ?? "";
  if (run.status === 0 && /^\d+\.\d+\.\d+\S*$/.test(version)) return { ok: true, version };
  const said = `${run.stderr ?? ""}${run.stdout ?? ""}`.trim().split("\n").slice(0, 3).join(" / ");
  const status = run.error ? run.error.message : run.status === null ? `killed by ${run.signal}` : `exit ${run.status}`;
  return { ok: false, why: `\`${command}\` failed (${status}${said ? `: ${said}` : ""})` };
}
function searchPath(env) {
  return (env.PATH ?? "").split(delimiter).filter((d) => d !== "" && !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(d) && !/[\\/]_npx[\\/]/.test(d));
}
function upTo(root, from) {
  const dirs = [];
  for (let dir = from; isInside(root, dir); dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root) break;
  }
  return dirs;
}
function isInside(root, dir) {
  const rel = relative(root, dir);
  return rel === "" || !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function shellQuoted(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function findTool(name, root, from, env) {
  const local = upTo(root, from).map((d) => join(d, "node_modules", ".bin", name)).find(isExecutable);
  return local ?? searchPath(env).map((d) => join(d, name)).find(isExecutable) ?? null;
}

export {
  emptyReport,
  mergeReports,
  HuskyDeclined,
  CannotInstall,
  findInvocation,
  commandFor,
  checkRuns,
  upTo,
  shellQuoted,
  findTool
};
