import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  GitClient,
  openRepo,
  trackedMarkdown
} from "./chunk-F7TDBGA3.js";
import {
  ConfigError,
  prepareConfig
} from "./chunk-LWUDG7Q3.js";
import {
  ResultCache,
  readBuffer,
  readText,
  require_dist,
  sha1,
  stampNow,
  textOf
} from "./chunk-UV7MCPU2.js";
import {
  hasPlaceholder,
  require_picomatch,
  scanRefs
} from "./chunk-HJNQGTWG.js";
import {
  trimEndOf
} from "./chunk-YFQPPL23.js";
import {
  __toESM
} from "./chunk-UUJ5SKQA.js";

// src/files/discover.ts
import { readdir as readdir2, stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat4) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat4.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat4, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat4 = fs.statSync(resolvedPath);
    if (stat4.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat4, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat4, resolvedPath) => {
          if (stat4.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative5] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative5) : [];
}

// src/files/discover.ts
async function discoverFiles(patterns, { cwd, isIgnored, isTextLedger = () => false }) {
  const found = /* @__PURE__ */ new Set();
  const named = /* @__PURE__ */ new Set();
  const problems = [];
  const warnings = [];
  const notes = [];
  for (const pattern of patterns) {
    const absolute = resolve3(cwd, pattern);
    let info = null;
    try {
      info = await stat2(absolute);
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        problems.push(`${pattern}: ${describeFsError(error)}`);
        continue;
      }
    }
    if (info?.isDirectory()) {
      const before = found.size;
      await walk(absolute, found, problems, notes, isIgnored, isTextLedger);
      if (found.size === before) problems.push(`${pattern}: no markdown files in this directory.`);
    } else if (info) {
      if (isIgnored(absolute)) warnings.push(`${pattern}: ignored by the config's ignores (or a default ignore); not checked.`);
      else {
        found.add(absolute);
        named.add(absolute);
      }
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: true, expandDirectories: false });
      const kept = matches.map((m) => resolve3(m)).filter((m) => !isIgnored(m));
      if (kept.length === 0) problems.push(`${pattern}: no files match this pattern.`);
      for (const m of kept) found.add(m);
    } else {
      problems.push(`${pattern}: no such file or directory.`);
    }
  }
  return { files: [...found].sort(), named, problems, warnings, notes };
}
async function walk(root, found, problems, notes, isIgnored, isTextLedger) {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop();
    let entries;
    try {
      entries = await readdir2(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(`${dir}: ${describeFsError(error)}`);
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const md = entry.name.toLowerCase().endsWith(".md");
      const text = !md && !entry.isDirectory() && isTextLedger(path);
      const markdown = md || text;
      if (text && !isIgnored(path)) notes.push(`${path}: not *.md, but checked: a profile reads files of this name (see its detect.paths).`);
      if (isIgnored(entry.isDirectory() ? `${path}${sep2}` : path)) {
        if (markdown && !entry.isDirectory()) notes.push(`${path}: ignored by the config's ignores (or a default ignore).`);
        continue;
      }
      if (entry.isDirectory()) pending.push(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && markdown) {
        if (entry.isSymbolicLink() && !await stat2(path).then((s) => s.isFile(), () => false)) continue;
        found.add(path);
      }
    }
  }
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory.";
    case "EACCES":
    case "EPERM":
      return "permission denied.";
    case "EISDIR":
      return "is a directory, not a file.";
    case "ENOTREG":
      return "not a regular file (a pipe, socket or device); not read.";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop).";
    case "ENAMETOOLONG":
      return "the path is too long.";
    default:
      return error?.message ?? String(error);
  }
}
function toPosixRelative(base, path) {
  const rel = isAbsolute2(path) ? relative2(base, path) : path;
  return rel.split(sep2).join("/");
}

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, extname, join as join2, resolve as resolve4 } from "node:path";
import { pathToFileURL } from "node:url";
var CONFIG_NAMES = [
  "ledgerlint.config.js",
  "ledgerlint.config.mjs",
  "ledgerlint.config.json",
  "ledgerlint.config.yaml",
  "ledgerlint.config.yml",
  ".ledgerlintrc",
  ".ledgerlintrc.json",
  ".ledgerlintrc.yaml",
  ".ledgerlintrc.yml",
  "package.json"
];
async function loadConfig(cwd, explicit) {
  if (explicit !== void 0) {
    const file = resolve4(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`${explicit}: config file not found.`);
    const raw = await readConfigFile(file) ?? {};
    return { prepared: prepareConfig(raw, file), baseDir: dirname2(file), raw };
  }
  for (let dir = resolve4(cwd); ; dir = dirname2(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = join2(dir, name);
      if (!existsSync(file)) continue;
      const raw = await readConfigFile(file);
      if (raw === void 0) continue;
      return { prepared: prepareConfig(raw, file), baseDir: dir, raw };
    }
    if (existsSync(join2(dir, ".git")) || dirname2(dir) === dir) break;
  }
  return { prepared: prepareConfig({}, null), baseDir: resolve4(cwd), raw: {} };
}
async function readConfigFile(file) {
  const ext = extname(file);
  if (ext === ".js" || ext === ".mjs" || ext === ".cjs") {
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
  if (basename2(file) === "package.json") {
    const pkg = parseJson(text, file);
    return pkg && typeof pkg === "object" && "ledgerlint" in pkg ? pkg.ledgerlint : void 0;
  }
  if (ext === ".json") return parseJson(text, file);
  try {
    return (0, import_yaml.parse)(text, { prettyErrors: true }) ?? {};
  } catch (error) {
    if (error instanceof import_yaml.YAMLParseError) {
      const at = error.linePos?.[0];
      throw new ConfigError(`${file}${at ? `:${at.line}:${at.col}` : ""}: invalid YAML: ${error.message.split("\n")[0]}`);
    }
    throw error;
  }
}
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON: ${error.message}`);
  }
}

// src/reporters/json.ts
var json = (results) => JSON.stringify(
  results.map((r) => ({
    filePath: r.filePath,
    profile: r.profile,
    messages: r.messages.map(({ fix, ...m }) => ({
      ...m,
      ...fix ? { fix: { range: [fix.start, fix.end], text: fix.text } } : {}
    })),
    suppressedMessages: [],
    errorCount: r.errorCount,
    fatalErrorCount: r.fatalErrorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...r.output !== void 0 ? { output: r.output } : {}
  }))
);

// src/runner/results.ts
function summarise(input) {
  const { messages } = input;
  const count = (test) => messages.reduce((n, m) => n + (test(m) ? 1 : 0), 0);
  return {
    ...input,
    errorCount: count((m) => m.severity === 2),
    warningCount: count((m) => m.severity === 1),
    fatalErrorCount: count((m) => m.fatal === true),
    fixableErrorCount: count((m) => m.severity === 2 && m.fix !== void 0),
    fixableWarningCount: count((m) => m.severity === 1 && m.fix !== void 0)
  };
}
function totals(results) {
  return results.reduce((t, r) => ({ errors: t.errors + r.errorCount, warnings: t.warnings + r.warningCount, files: t.files + 1 }), { errors: 0, warnings: 0, files: 0 });
}

// src/runner/check-files.ts
import { isAbsolute as isAbsolute4, relative as relative4 } from "node:path";

// src/files/write-text.ts
import { chmod, readFile as readFile2, rename, stat as stat3, unlink, writeFile } from "node:fs/promises";
import { basename as basename3, dirname as dirname3, join as join3 } from "node:path";
async function replaceText(path, expected, replacement) {
  const current = await readFile2(path, "utf8");
  if (current !== expected) return "changed-meanwhile";
  const temporary = join3(dirname3(path), `.${basename3(path)}.ledgerlint-${process.pid}`);
  const { mode } = await stat3(path);
  try {
    await writeFile(temporary, replacement, { flag: "wx" });
    await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    throw error;
  }
  return "written";
}

// src/git/staged.ts
var CHANGED_FILES = ["diff", "--name-status", "-z", "--diff-filter=ACMR", "--find-renames", "--no-ext-diff", "--no-textconv"];
function parseChanges(out) {
  const fields = out.split("\0");
  const paths = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (!status) continue;
    const from = status.startsWith("R") || status.startsWith("C") ? fields[i++] : null;
    const path = fields[i++];
    if (path) paths.push({ path, from: status.startsWith("A") ? null : from ?? path });
  }
  return paths;
}
async function stagedPaths(client) {
  return parseChanges(await client.text([...CHANGED_FILES, "--cached"]));
}
async function readObjects(client, names) {
  const result = /* @__PURE__ */ new Map();
  const asked = names.filter((name) => {
    const askable = !/[\r\n]/.test(name);
    if (!askable) result.set(name, null);
    return askable;
  });
  const out = await client.bytes(["cat-file", "--batch"], asked.map((n) => `${n}
`).join(""));
  let at = 0;
  for (const name of asked) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      result.set(name, null);
      continue;
    }
    const size = Number(match[2]);
    result.set(name, match[1] === "blob" ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return result;
}
async function indexPaths(client) {
  return (await client.text(["ls-files", "-z", "--full-name"])).split("\0").filter(Boolean);
}

// src/runner/facts.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { isAbsolute as isAbsolute3, relative as relative3, sep as sep3 } from "node:path";

// src/files/path-facts.ts
import { readFileSync, statSync as statSync2 } from "node:fs";
import { join as join4 } from "node:path";
var MAX_COUNTED_BYTES = 16 * 1024 * 1024;
async function treePathFacts(base, queries) {
  const facts = /* @__PURE__ */ new Map();
  await Promise.all(
    queries.map(async ({ path, lines }) => {
      if (isDynamicPattern(path)) {
        const matches = await glob(path, { cwd: base, onlyFiles: false, followSymbolicLinks: false, dot: true, expandDirectories: false });
        facts.set(path, matches.length > 0 ? { exists: true, kind: "file", lines: null } : { exists: false });
        return;
      }
      const absolute = join4(base, path);
      const info = statOrNull(absolute);
      if (!info) facts.set(path, { exists: false });
      else if (info.isDirectory()) facts.set(path, { exists: true, kind: "directory" });
      else facts.set(path, { exists: true, kind: "file", lines: lines && info.isFile() && info.size <= MAX_COUNTED_BYTES ? linesIn(absolute) : null });
    })
  );
  return facts;
}
function statOrNull(file) {
  try {
    return statSync2(file);
  } catch {
    return null;
  }
}
function linesIn(file) {
  try {
    return countLines(readFileSync(file));
  } catch {
    return null;
  }
}
function countLines(content) {
  if (content.length === 0) return 0;
  let lines = 0;
  for (let i = content.indexOf(10); i >= 0; i = content.indexOf(10, i + 1)) lines++;
  return content[content.length - 1] === 10 ? lines : lines + 1;
}

// src/git/commits.ts
var SHA = /^[0-9a-f]{7,40}$/;
async function resolveCommits(repo, requested) {
  const shas = [...new Set(requested)].filter((sha) => SHA.test(sha));
  const facts = /* @__PURE__ */ new Map();
  if (shas.length === 0) return facts;
  const names = [...shas, "HEAD"];
  const checked = (await repo.client.text(["cat-file", "--batch-check=%(objectname) %(objecttype)"], names.map((n) => `${n}
`).join(""))).split("\n");
  const full = /* @__PURE__ */ new Map();
  const ambiguous = [];
  let head = null;
  names.forEach((name, index) => {
    const [first = "", second = ""] = (checked[index] ?? "").split(" ");
    if (name === "HEAD") head = second === "commit" ? first : null;
    else if (second === "commit") full.set(name, first);
    else if (second === "ambiguous") ambiguous.push(name);
    else facts.set(name, { status: repo.shallow ? "unverifiable" : "missing" });
  });
  if (ambiguous.length > 0) {
    const candidates = await commitsWithPrefixes(repo, ambiguous);
    for (const prefix of ambiguous) {
      const commits = candidates.get(prefix) ?? [];
      if (commits.length === 1) full.set(prefix, commits[0]);
      else if (commits.length === 0) facts.set(prefix, { status: "missing" });
      else facts.set(prefix, { status: "ambiguous", candidates: commits });
    }
  }
  if (full.size === 0) return facts;
  const found = [...new Set(full.values())];
  const [log2, outside] = await Promise.all([
    repo.client.text(["log", "--no-walk=unsorted", "--stdin", "--format=%H%x00%ct%x00%s"], found.map((s) => `${s}
`).join("")),
    head ? repo.client.text(["rev-list", "--stdin"], [...found.map((s) => `${s}
`), "^HEAD\n"].join("")) : Promise.resolve(null)
  ]);
  const info = /* @__PURE__ */ new Map();
  for (const line of log2.split("\n")) {
    const [sha, time, subject] = line.split("\0");
    if (sha && time !== void 0) info.set(sha, { subject: subject ?? "", time: Number(time) });
  }
  const unreachable = new Set(found);
  if (outside !== null) {
    const outsideSet = new Set(outside.split("\n"));
    for (const sha of found) if (!outsideSet.has(sha)) unreachable.delete(sha);
  }
  const rewritten = head && unreachable.size > 0 ? await sameSubjectOnHead(repo, [...unreachable].map((s) => info.get(s)).filter(Boolean)) : /* @__PURE__ */ new Map();
  for (const [name, sha] of full) {
    const subject = info.get(sha)?.subject ?? "";
    const reachable = !unreachable.has(sha);
    facts.set(name, { status: "found", sha, subject, reachable, rewrittenAs: reachable ? null : rewritten.get(subject) ?? null });
  }
  return facts;
}
async function commitsWithPrefixes(repo, prefixes) {
  const out = await repo.client.text(["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)"]);
  const byPrefix = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [sha = "", type] = line.split(" ");
    if (type !== "commit") continue;
    for (const prefix of prefixes) if (sha.startsWith(prefix)) byPrefix.set(prefix, [...byPrefix.get(prefix) ?? [], sha]);
  }
  return byPrefix;
}
async function sameSubjectOnHead(repo, wanted) {
  const subjects = new Set(wanted.map((w) => w.subject));
  const since = Math.min(...wanted.map((w) => w.time));
  const out = await repo.client.text(["log", `--since=${new Date(since * 1e3).toISOString()}`, "--format=%H%x00%s", "HEAD", "--"]);
  const bySubject = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [sha, subject = ""] = line.split("\0");
    if (sha && subjects.has(subject) && !bySubject.has(subject)) bySubject.set(subject, sha);
  }
  return bySubject;
}

// src/git/path-facts.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
async function indexPathFacts(repo, queries) {
  const facts = /* @__PURE__ */ new Map();
  if (queries.length === 0) return facts;
  const files = new Set(await indexPaths(repo.client));
  const directories = /* @__PURE__ */ new Set();
  for (const file of files) for (let i = file.indexOf("/"); i >= 0; i = file.indexOf("/", i + 1)) directories.add(file.slice(0, i));
  const counted = [];
  for (const { path, lines } of queries) {
    const bare = trimEndOf(path, "/");
    if (isDynamicPattern(path)) {
      const matches = (0, import_picomatch2.default)(path, { dot: true });
      const found = [...files].some((f) => matches(f)) || [...directories].some((d) => matches(d));
      facts.set(path, found ? { exists: true, kind: "file", lines: null } : { exists: false });
    } else if (files.has(bare) && !path.endsWith("/")) {
      facts.set(path, { exists: true, kind: "file", lines: null });
      if (lines) counted.push(bare);
    } else if (directories.has(bare)) {
      facts.set(path, { exists: true, kind: "directory" });
    } else {
      facts.set(path, { exists: false });
    }
  }
  const blobs = await readObjects(repo.client, counted.map((p) => `:${p}`));
  for (const path of counted) {
    const blob = blobs.get(`:${path}`);
    if (blob) facts.set(path, { exists: true, kind: "file", lines: countLines(blob) });
  }
  return facts;
}

// src/runner/facts.ts
function factNeeds(refs, profile) {
  const shas = refs.commits.filter((r) => r.sha !== null && !hasPlaceholder(r.raw, profile)).map((r) => r.sha);
  const paths = /* @__PURE__ */ new Map();
  for (const ref of refs.keyFiles) {
    if (!ref.outside && !hasPlaceholder(ref.raw, profile)) addQuery(paths, { path: ref.path, lines: ref.lines !== null });
  }
  return { shas, paths: [...paths.values()] };
}
function addQuery(queries, { path, lines }) {
  queries.set(path, { path, lines: (queries.get(path)?.lines ?? false) || lines });
}
async function gatherFacts(all, options) {
  const { repo, staged } = options;
  const warnings = [];
  const outside = new Set(repo ? all.filter((c) => !isWithin(repo.root, c.source.file)) : []);
  const candidates = outside.size > 0 ? all.filter((c) => !outside.has(c)) : all;
  const first = [...outside][0];
  if (first) {
    const others = outside.size > 1 ? ` and ${outside.size - 1} more` : "";
    warnings.push(`${first.source.display}${others}: outside the repository at ${repo.root}, so linked commits and key files were not checked.`);
  }
  const shasOf = (c) => c.needs.shas;
  const queries = /* @__PURE__ */ new Map();
  for (const c of candidates) for (const query of c.needs.paths) addQuery(queries, query);
  const pathQueries = [...queries.values()];
  const pathFacts = repo && staged ? indexPathFacts(repo, pathQueries) : treePathFacts(options.base, pathQueries);
  const allShas = [...new Set(candidates.flatMap(shasOf))];
  let bySha = null;
  const owners = /* @__PURE__ */ new Map();
  if (repo) {
    const known = options.knownCommits ?? /* @__PURE__ */ new Map();
    const asked = await resolveCommits(repo, allShas.filter((s) => !known.has(s)));
    bySha = new Map([...known, ...asked]);
    const unverifiable = candidates.flatMap((c) => shasOf(c).filter((sha) => bySha.get(sha)?.status === "unverifiable").map((sha) => ({ c, sha })));
    const shallow = unverifiable[0];
    if (shallow) {
      const count = new Set(unverifiable.map((u) => u.sha)).size;
      owners.set(shallow.c, { sha: shallow.sha, others: count - 1 });
      warnings.push(`${count} linked commit${count === 1 ? "" : "s"} could not be verified in this shallow clone; fetch full history (actions/checkout: fetch-depth: 0).`);
    }
  } else if (allShas.length > 0) {
    warnings.push(`${options.noRepository}: the commits listed in ledgers were not checked.`);
  }
  const byPath = await pathFacts;
  const source = staged ? "index" : "working tree";
  return {
    warnings,
    commits: bySha ?? /* @__PURE__ */ new Map(),
    factsFor: (candidate) => {
      const facts = {};
      if (outside.has(candidate)) return facts;
      if (bySha) {
        const own = /* @__PURE__ */ new Map();
        for (const sha of shasOf(candidate)) if (bySha.has(sha)) own.set(sha, bySha.get(sha));
        facts.commits = { bySha: own, shallowNotice: owners.get(candidate) ?? null };
      }
      const ownPaths = /* @__PURE__ */ new Map();
      for (const { path } of candidate.needs.paths) if (byPath.has(path)) ownPaths.set(path, byPath.get(path));
      facts.paths = { source, byPath: ownPaths };
      return facts;
    }
  };
}
function isWithin(root, file) {
  const inside = (path) => {
    const rel = relative3(root, path);
    return rel !== ".." && !rel.startsWith(`..${sep3}`) && !isAbsolute3(rel);
  };
  if (inside(file)) return true;
  try {
    return inside(realpathSync2(file));
  } catch {
    return false;
  }
}

// src/runner/pool.ts
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var WORKER_THRESHOLD = 48;
var BATCH = 16;
var WORKER_FLAGS = ["--single-threaded-gc", "--max-old-space-size=128"];
function workersFor(jobs, workerScript) {
  const workers = Math.min(availableParallelism(), Math.ceil(jobs / (WORKER_THRESHOLD / 2)));
  return !workerScript || jobs < WORKER_THRESHOLD || workers < 2 ? 1 : workers;
}
var WorkerGone = class extends Error {
};
var LintPool = class {
  /** Starts the processes now, so they load while the main process reads files and asks git. */
  constructor(size, config, workerScript) {
    this.config = config;
    this.children = Array.from({ length: size }, () => {
      const child = fork(fileURLToPath2(workerScript), [], { execArgv: WORKER_FLAGS, serialization: "advanced", stdio: ["ignore", "ignore", "ignore", "ipc"] });
      child.on("error", () => void 0);
      child.send({ config: config.raw, source: config.prepared.source }, () => void 0);
      return child;
    });
  }
  config;
  children;
  sent = 0;
  /** Workers that died mid-run (out of memory, killed): --debug says so. */
  stopped = 0;
  get size() {
    return this.children.length;
  }
  /**
   * Results in the order of the jobs, which are made as they are sent, so the main
   * process does not hold them all. A worker that dies leaves its lane to the main process.
   */
  async run(count, jobAt) {
    const results = new Array(count);
    let next = 0;
    const lane = async (child) => {
      while (next < count) {
        const start = next;
        next = Math.min(count, next + BATCH);
        const batch = [];
        for (let i = start; i < next; i++) batch.push(jobAt(i));
        let answers = null;
        if (child) {
          try {
            answers = await this.ask(child, batch);
          } catch (error) {
            if (!(error instanceof WorkerGone)) throw error;
            this.stopped++;
            child = null;
          }
        }
        answers ??= await lintHere(batch, this.config);
        answers.forEach((r, i) => results[start + i] = r);
      }
    };
    await Promise.all(this.children.map((child) => lane(child)));
    return results;
  }
  ask(child, jobs) {
    const id = this.sent++;
    return new Promise((resolve6, reject) => {
      const onMessage = (message) => {
        if (message.id !== id) return;
        settle();
        if ("error" in message) reject(Object.assign(new Error(message.error), message.stack ? { stack: message.stack } : {}));
        else resolve6(message.results);
      };
      const onGone = () => {
        settle();
        reject(new WorkerGone());
      };
      const settle = () => {
        child.off("message", onMessage);
        child.off("exit", onGone);
        child.off("disconnect", onGone);
      };
      if (!child.connected) return reject(new WorkerGone());
      child.on("message", onMessage);
      child.on("exit", onGone);
      child.on("disconnect", onGone);
      child.send({ id, jobs }, (error) => error && onGone());
    });
  }
  /** Lets the processes go: each exits when its channel closes. */
  close() {
    for (const child of this.children) if (child.connected) child.disconnect();
  }
};
var linter = null;
function loadLinter() {
  return linter ??= import("./lint-job-LYLXUJF2.js");
}
async function lintHere(jobs, config) {
  const { runLintJob } = await loadLinter();
  return jobs.map((job) => runLintJob(job, config.prepared));
}
async function runLintJobs(count, jobAt, config, pool) {
  if (pool) return pool.run(count, jobAt);
  return lintHere(Array.from({ length: count }, (_, index) => jobAt(index)), config);
}

// src/runner/sources.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { readFile as readFile3 } from "node:fs/promises";
import { resolve as resolve5, sep as sep4 } from "node:path";
async function diskSources({ cwd, config, configPath, isIgnored }, request, repo, listing) {
  const { prepared, baseDir } = config;
  const isTextLedger = (file) => prepared.isOtherLedger(configPath(file));
  let files;
  let named = /* @__PURE__ */ new Set();
  if (request.files) {
    files = request.files.filter((f) => !isIgnored(f));
  } else if (request.patterns.length > 0) {
    const found = await discoverFiles(request.patterns, { cwd, isIgnored, isTextLedger });
    ({ files, named } = found);
    listing.problems.push(...found.problems);
    listing.warnings.push(...found.warnings);
    listing.notes.push(...found.notes);
  } else if (prepared.include) {
    files = (await glob(prepared.include, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: true })).map((f) => resolve5(f)).filter((f) => !isIgnored(f)).sort();
    if (files.length === 0) listing.problems.push(`${prepared.source}: include matches no files (${prepared.include.join(", ")}).`);
  } else if (repo) {
    const under = `${resolve5(cwd)}${sep4}`;
    files = (await trackedMarkdown(repo, prepared.otherLedgerGlobs)).filter((f) => f.startsWith(under) && !isIgnored(f));
    const others = prepared.otherLedgerGlobs.length > 0 ? ` (and ${prepared.otherLedgerGlobs.join(", ")})` : "";
    listing.notes.push(`No paths given: checking the ${files.length} tracked markdown files${others} that are ledgers.`);
  } else {
    ({ files } = await discoverFiles(["."], { cwd, isIgnored, isTextLedger }));
    listing.notes.push(`No paths given and not in a git repository: checking markdown files under ${cwd}.`);
  }
  return files.map((file) => ({
    file,
    display: toPosixRelative(cwd, file),
    configPath: configPath(file),
    named: named.has(file),
    read: async () => readText(file, prepared.maxFileSize),
    stamp: () => stampNow(file)
  }));
}
async function stagedSources({ cwd, config, configPath, isIgnored }, patterns, repo, staged) {
  const within = pathFilter(patterns, cwd);
  const chosen = staged.filter(({ path }) => {
    const file = resolve5(repo.root, path);
    return config.prepared.isLedgerPath(configPath(file)) && !isIgnored(file) && within(file);
  });
  const head = (s) => s.from === null ? null : `HEAD:${s.from}`;
  const blobs = await readObjects(repo.client, [...chosen.map((s) => `:${s.path}`), ...chosen.flatMap((s) => head(s) ?? [])]);
  const headTexts = new Map(chosen.map((s) => [s.path, head(s) ? blobs.get(head(s))?.toString("utf8") ?? null : null]));
  const headVersions = { label: "HEAD", read: async (wanted) => new Map(wanted.map((p) => [p, headTexts.get(p) ?? null])) };
  const sources = chosen.map(({ path }) => {
    const file = resolve5(repo.root, path);
    const blob = blobs.get(`:${path}`);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: false,
      ...blob ? { staged: blob } : {},
      read: async () => {
        if (!blob) throw Object.assign(new Error("not in the index"), { code: "ENOENT" });
        return readBuffer(blob, config.prepared.maxFileSize);
      }
    };
  });
  return { sources, headVersions };
}
function pathFilter(patterns, cwd) {
  if (patterns.length === 0) return () => true;
  const prefixes = patterns.map((p) => resolve5(cwd, p));
  const globs = (0, import_picomatch3.default)(patterns.map((p) => toPosixRelative(cwd, resolve5(cwd, p))), { dot: true });
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}${sep4}`)) || globs(toPosixRelative(cwd, file));
}
async function workingCopyIsStaged(source) {
  const working = await readFile3(source.file).catch(() => null);
  return working !== null && source.staged !== void 0 && working.equals(source.staged);
}
var notALedger = (reason) => ({ skipped: "not-a-ledger", reason: `not a ledger (${reason}); skipped.` });
function prepare(source, read, prepared, notes, known) {
  const detect = (text) => {
    const picked = prepared.pickProfile(source.configPath, text);
    if (picked.profile) notes.push(`${source.display}: ${picked.profile.name} ledger (${picked.profile.tier}), because ${picked.reason}.`);
    return picked;
  };
  const fatal = (profile2, message, line = 1, column = 1) => ({
    result: summarise({ filePath: source.file, displayPath: source.display, profile: profile2, messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }] })
  });
  if (read.kind === "unusable") return fatal(null, read.message, read.line, read.column);
  if (read.kind === "too-large") {
    const { profile: profile2, reason: reason2 } = detect(read.prefix);
    if (!profile2) return notALedger(reason2);
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fatal(profile2.name, `The file is ${mb(read.size)}, over the ${mb(prepared.maxFileSize)} limit for a ledger (maxFileSize); it was not checked.`);
  }
  if (read.text.trim() === "") return { skipped: "empty", reason: "the file is empty; nothing to check." };
  const cachedProfile = known && prepared.profileNamed(known.profile);
  if (known && cachedProfile) return { candidate: { source, bytes: read.bytes, profile: cachedProfile, needs: known.needs } };
  const { outline, profile, reason } = detect(read.text);
  if (!profile) return notALedger(reason);
  return { candidate: { source, bytes: read.bytes, profile, needs: structuredClone(factNeeds(scanRefs(read.text, outline, profile), profile)) } };
}
async function readAll(sources, use, known = () => void 0, concurrency = 64) {
  const out = new Array(sources.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, sources.length) }, async () => {
      while (next < sources.length) {
        const index = next++;
        const source = sources[index];
        const already = known(source);
        if (already !== void 0) {
          out[index] = already;
          continue;
        }
        let read;
        try {
          read = await source.read();
        } catch (error) {
          read = { error: `${source.display}: ${describeFsError(error)}` };
        }
        out[index] = use(source, read);
      }
    })
  );
  return out;
}

// src/runner/check-files.ts
async function checkFiles(request) {
  const pools = [];
  const startPool = (jobs) => {
    const size = workersFor(jobs, request.workerScript);
    if (size < 2) return null;
    pools.push(new LintPool(size, request.config, request.workerScript));
    return pools[pools.length - 1];
  };
  try {
    return await check(request, startPool);
  } finally {
    for (const pool of pools) pool.close();
  }
}
async function check(request, startPool) {
  const { cwd, config } = request;
  const { prepared, baseDir } = config;
  const configPath = (file) => {
    const rel = relative4(baseDir, file);
    return rel.startsWith("..") || isAbsolute4(rel) ? file.replace(/^\/+/, "") : toPosixRelative(baseDir, rel);
  };
  const context = { cwd, config, configPath, isIgnored: (file) => prepared.isIgnored(configPath(file)) };
  const run = { results: [], problems: [], warnings: [], notes: [], gitProcesses: 0, workers: 1, workersStopped: 0, timings: [] };
  const mark = (phase) => run.timings.push([phase, Math.round(performance.now())]);
  mark("start");
  const purpose = request.purpose ?? "lint";
  const fixing = request.fix !== void 0 && request.fix !== "off" && purpose === "lint";
  const client = new GitClient(cwd);
  const staged = request.staged ? stagedPaths(client).catch(() => null) : null;
  const repo = await openRepo(client);
  let sources;
  let headVersions;
  if (staged) {
    const paths = await staged;
    if (!repo || !paths) {
      run.problems.push("--staged: not in a git repository, so there is no index to read.");
      sources = [];
    } else {
      ({ sources, headVersions } = await stagedSources(context, request.patterns, repo, paths));
    }
  } else {
    sources = await diskSources(context, request, repo, run);
  }
  if (request.shard) sources = inShard(sources, request.shard);
  mark("files listed");
  const useCache = request.cacheLocation !== void 0 && purpose === "lint" && !fixing && !request.staged && !request.previous;
  let pool = useCache ? null : startPool(sources.length);
  if (!useCache && !pool && sources.length > 0) void loadLinter();
  const cache = useCache ? await ResultCache.open(request.cacheLocation, sha1(`${JSON.stringify(config.raw)}\0${prepared.source}`)) : null;
  const outcomes = await readAll(
    sources,
    (source, read) => {
      if ("error" in read) return { outcome: { problem: read.error }, stamp: null, notes: [] };
      const hash = cache && read.kind === "text" ? sha1(read.bytes) : null;
      const notes = [];
      const outcome = prepare(source, read, prepared, notes, hash ? cache.file(source.file, hash) : void 0);
      if ("candidate" in outcome && hash) outcome.candidate.sha1 = hash;
      if (pool && !fixing && !request.staged && "candidate" in outcome) {
        outcome.candidate.sha1 ??= sha1(outcome.candidate.bytes);
        outcome.candidate.bytes = null;
      }
      return { outcome, stamp: read.kind === "text" ? read.stamp ?? null : null, notes };
    },
    // A file the cache saw, unchanged since by its stamp, is not read at all; it is read when it has to be linted again.
    (source) => {
      const stamp = cache && source.stamp ? source.stamp() : null;
      const entry = stamp ? cache.unchanged(source.file, stamp) : void 0;
      const profile = entry && prepared.profileNamed(entry.profile);
      if (!entry || !profile) return void 0;
      return { outcome: { candidate: { source, bytes: null, sha1: entry.hash, profile, needs: entry.needs } }, stamp, notes: [] };
    }
  );
  const candidates = [];
  const stamps = /* @__PURE__ */ new Map();
  outcomes.forEach(({ outcome, stamp, notes }, index) => {
    const source = sources[index];
    run.notes.push(...notes);
    if ("problem" in outcome) run.problems.push(outcome.problem);
    else if ("result" in outcome) run.results.push(outcome.result);
    else if ("candidate" in outcome) {
      candidates.push(outcome.candidate);
      if (stamp) stamps.set(outcome.candidate, stamp);
    } else (outcome.skipped === "empty" && source.named ? run.warnings : run.notes).push(`${source.display}: ${outcome.reason}`);
  });
  mark("files read");
  const root = repo?.root ?? baseDir;
  const earlier = request.previous ?? headVersions;
  const [gathered, previous] = await Promise.all([
    gatherFacts(candidates, {
      repo,
      noRepository: client.missing ? "git is not installed (or not on PATH)" : "not in a git repository",
      staged: request.staged === true,
      base: root,
      ...cache ? { knownCommits: cache.commits(repo?.head ?? null) } : {}
    }),
    earlier ? earlier.read(candidates.map((c) => toPosixRelative(root, c.source.file))) : null
  ]);
  run.warnings.push(...gathered.warnings);
  mark("facts gathered");
  const pending = [];
  const done = /* @__PURE__ */ new Map();
  const factsOf = (candidate) => {
    const facts = gathered.factsFor(candidate);
    if (previous && earlier) facts.previous = { label: earlier.label, text: previous.get(toPosixRelative(root, candidate.source.file)) ?? null };
    return facts;
  };
  const hashOf = (candidate) => cache ? candidate.sha1 : void 0;
  for (const candidate of candidates) {
    const hash = hashOf(candidate);
    const facts = cache && hash ? factsOf(candidate) : null;
    const factsKey = facts ? sha1(JSON.stringify(facts, (_key, value) => value instanceof Map ? [...value] : value)) : null;
    const cached = hash ? cache.file(candidate.source.file, hash) : void 0;
    if (cached && cached.facts === factsKey) {
      done.set(candidate, { messages: cached.messages, ...cached.overview ? { overview: cached.overview } : {} });
      const stamp = stamps.get(candidate);
      if (stamp && cached.stamp !== stamp) cache.remember(candidate.source.file, { ...cached, stamp });
      continue;
    }
    let fix = null;
    if (fixing) {
      const display = candidate.source.display;
      fix = request.staged && !await workingCopyIsStaged(candidate.source) ? { allowed: false, hint: ` (Not fixed: ${display} has unstaged changes; run ledgerlint --fix ${display}, then stage it.)` } : { allowed: true };
    }
    pending.push({ candidate, factsKey, fix, facts });
  }
  const jobAt = (index) => {
    const entry = pending[index];
    const { candidate, fix } = entry;
    const job = { ledger: candidate.bytes ? { bytes: candidate.bytes } : { file: candidate.source.file, sha1: candidate.sha1 }, profile: candidate.profile.name, configPath: candidate.source.configPath, facts: entry.facts ?? factsOf(candidate), purpose, fix };
    entry.facts = null;
    if (!fixing) candidate.bytes = null;
    return job;
  };
  pool ??= startPool(pending.length);
  run.workers = pool?.size ?? 1;
  const linted = await runLintJobs(pending.length, jobAt, config, pool);
  run.workersStopped = pool?.stopped ?? 0;
  pending.forEach(({ candidate, factsKey }, index) => {
    const result = linted[index];
    if (result.changed) return void run.problems.push(`${candidate.source.display}: the file changed while ledgerlint was checking it; run again.`);
    done.set(candidate, result);
    const hash = hashOf(candidate);
    if (cache && hash && factsKey) {
      const stamp = stamps.get(candidate);
      cache.remember(candidate.source.file, { hash, ...stamp ? { stamp } : {}, profile: candidate.profile.name, needs: candidate.needs, facts: factsKey, messages: result.messages, ...result.overview ? { overview: result.overview } : {} });
    }
  });
  for (const candidate of candidates) {
    const { source, bytes, profile } = candidate;
    if (!done.has(candidate)) continue;
    const { messages, overview, output } = done.get(candidate);
    run.results.push(summarise({ filePath: source.file, displayPath: source.display, profile: profile.name, messages, ...overview ? { overview } : {}, ...output !== void 0 && bytes ? { source: textOf(bytes), output } : {} }));
  }
  if (request.fix === "write") await writeFixes(run, request.staged === true, client);
  if (cache) {
    cache.rememberCommits(repo?.head ?? null, gathered.commits);
    await cache.save().catch((error) => run.warnings.push(`could not write the cache ${request.cacheLocation}: ${error.message}`));
  }
  mark("linted");
  run.results.sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);
  run.gitProcesses = client.spawned;
  return run;
}
function inShard(sources, { index, count }) {
  return sources.filter((s) => {
    let hash = 2166136261;
    for (let i = 0; i < s.configPath.length; i++) hash = Math.imul(hash ^ s.configPath.charCodeAt(i), 16777619) >>> 0;
    return hash % count === index - 1;
  });
}
async function writeFixes(run, staged, client) {
  const restage = [];
  for (const result of run.results) {
    if (result.output === void 0 || result.source === void 0) continue;
    const outcome = await replaceText(result.filePath, result.source, result.output);
    if (outcome === "changed-meanwhile") {
      run.warnings.push(`${result.displayPath}: not fixed, because it changed while ledgerlint ran.`);
      delete result.output;
    } else if (staged) {
      restage.push(result.filePath);
    }
  }
  if (restage.length > 0) await client.text(["--literal-pathspecs", "add", "--", ...restage]);
}

export {
  toPosixRelative,
  loadConfig,
  json,
  CHANGED_FILES,
  parseChanges,
  readObjects,
  summarise,
  totals,
  checkFiles
};
