import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  ConfigError,
  prepareConfig
} from "./chunk-6XGXHZ22.js";
import {
  describeFsError
} from "./chunk-CG7R7FHO.js";
import {
  require_dist
} from "./chunk-H6WDOAUT.js";
import {
  CONFIG_NAMES,
  TYPESCRIPT_CONFIG_NAMES,
  isJavaScriptConfig
} from "./chunk-OIXVM7FB.js";
import {
  __toESM
} from "./chunk-UUJ5SKQA.js";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var typescriptRefused = (file) => new ConfigError(
  `${file}: not loaded: ledgerlint does not run TypeScript configs; write it as ledgerlint.config.mjs (the same code without types) or as JSON or YAML.`
);
async function loadConfig(cwd, explicit, options = {}) {
  if (explicit !== void 0) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`${explicit}: config file not found.`);
    return loaded(withCommandLine(await readConfigFile(file, options) ?? {}, options), file, dirname(file));
  }
  for (const dir of searchedDirectories(resolve(cwd), options.root === void 0 ? void 0 : resolve(options.root))) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const raw = await readConfigFile(file, options);
      if (raw === void 0) continue;
      return loaded(withCommandLine(raw, options), file, dir);
    }
    const typescript = TYPESCRIPT_CONFIG_NAMES.map((name) => join(dir, name)).find((file) => existsSync(file));
    if (typescript) throw typescriptRefused(typescript);
  }
  return loaded(withCommandLine({}, options), null, resolve(cwd));
}
function loaded(raw, file, baseDir) {
  return { prepared: prepareConfig(raw, file), baseDir, raw };
}
function withCommandLine(raw, { reportUnusedDisableDirectives }) {
  if (reportUnusedDisableDirectives === void 0 || raw === null || typeof raw !== "object" || Array.isArray(raw))
    return raw;
  return { ...raw, reportUnusedDisableDirectives };
}
function searchedDirectories(cwd, root) {
  const dirs = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root || existsSync(join(dir, ".git"))) return dirs;
    if (dirname(dir) === dir) return [cwd];
  }
}
async function readConfigFile(file, { codeRefused }) {
  const ext = extname(file);
  if ([".ts", ".mts", ".cts"].includes(ext)) throw typescriptRefused(file);
  if (isJavaScriptConfig(file)) {
    if (codeRefused) throw new ConfigError(`${file}: not loaded: a JavaScript config runs code, and ${codeRefused}`);
    try {
      const module = await import(pathToFileURL(file).href);
      return module.default ?? { ...module };
    } catch (error) {
      throw new ConfigError(`${file}: could not load the config module: ${error.message}`);
    }
  }
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`${file}: ${describeFsError(error)}`);
  }
  if (basename(file) === "package.json") {
    const pkg = parseJson(text, file);
    return pkg && typeof pkg === "object" && "ledgerlint" in pkg ? pkg.ledgerlint : void 0;
  }
  if (ext === ".json") return parseJson(text, file);
  try {
    return (0, import_yaml.parse)(text, { prettyErrors: true }) ?? {};
  } catch (error) {
    if (error instanceof import_yaml.YAMLParseError) {
      const at = error.linePos?.[0];
      throw new ConfigError(
        `${file}${at ? `:${at.line}:${at.col}` : ""}: invalid YAML: ${error.message.split("\n")[0]}`
      );
    }
    const alias = error instanceof ReferenceError && /alias/i.test(error.message);
    throw new ConfigError(
      `${file}: invalid YAML: ${alias ? "its aliases expand to too much data (an alias bomb); a config never needs that" : error.message}`
    );
  }
}
function jsonErrorPlace(text, message) {
  const at = /at position (\d+)/.exec(message);
  if (!at) return "";
  const before = text.slice(0, Number(at[1]));
  const lineStart = before.lastIndexOf("\n") + 1;
  return `:${before.split("\n").length}:${before.length - lineStart + 1}`;
}
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `${file}${jsonErrorPlace(text, error.message)}: invalid JSON: ${error.message.replace(/ \(line \d+ column \d+\)$/, "")}`
    );
  }
}

export {
  loadConfig
};
