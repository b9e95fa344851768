import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  GitClient,
  GitFailed,
  openRepo,
  workTreeMarkdown
} from "./chunk-3JQJMO4H.js";
import {
  ResultCache,
  notFixed,
  readBuffer,
  readText,
  sha1,
  stampNow,
  textOf
} from "./chunk-W7QHQUSB.js";
import {
  placeIn
} from "./chunk-G5F4TZDR.js";
import {
  describeFsError,
  discoverFiles,
  glob,
  isDynamicPattern,
  plainlyBelow,
  toPosixRelative
} from "./chunk-CG7R7FHO.js";
import {
  commitNames,
  countLines,
  hasPlaceholder,
  inGitDirectory,
  isObjectId,
  isSha,
  isShortened,
  mayStateUpdated,
  onLedgerBranch,
  repositoryPath,
  require_picomatch,
  sameSubject,
  sameWork,
  scanLedgerNames,
  scanRefs,
  scanTickedFiles,
  splitLines,
  subjectKey,
  taskMentions
} from "./chunk-D5AKJOSN.js";
import {
  trimEndOf
} from "./chunk-T3SKNPOK.js";
import {
  plural
} from "./chunk-FVPJHKEF.js";
import {
  __toESM
} from "./chunk-UUJ5SKQA.js";

// src/core/model/results.ts
function summarise(input) {
  const counts = { errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of input.messages) {
    if (m.severity === 2) counts.errorCount++;
    if (m.severity === 1) counts.warningCount++;
    if (m.fatal === true) counts.fatalErrorCount++;
    if (m.severity === 2 && m.fix !== void 0) counts.fixableErrorCount++;
    if (m.severity === 1 && m.fix !== void 0) counts.fixableWarningCount++;
  }
  return { ...input, ...counts };
}
function totals(results) {
  return results.reduce(
    (t, r) => ({ errors: t.errors + r.errorCount, warnings: t.warnings + r.warningCount, files: t.files + 1 }),
    { errors: 0, warnings: 0, files: 0 }
  );
}

// src/runner/facts.ts
import { dirname as dirname2 } from "node:path";

// src/files/path-facts.ts
import { lstatSync as lstatSync2, readFileSync, readlinkSync, realpathSync as realpathSync2, statSync } from "node:fs";
import { basename, dirname, join, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/files/inside.ts
import { lstatSync, realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
function isUnder(root, path) {
  const rel = relative(root, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function whereaboutsIn(root, { everyFile }) {
  const realRoot = realOrSame(root);
  return (file) => {
    let real;
    try {
      if (!everyFile && !lstatSync(file).isSymbolicLink()) return "inside";
      real = realpathSync.native(file);
    } catch {
      return "inside";
    }
    if (!isUnder(realRoot, real)) return "outside";
    return inGitDirectory(relative(realRoot, real).split(sep).join("/")) ? "in-git-dir" : "inside";
  };
}
function realOrSame(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

// src/files/path-facts.ts
var MAX_COUNTED_BYTES = 16 * 1024 * 1024;
async function treePathFacts(base, queries) {
  const root = realpathOr(base, resolve(base));
  const places = new PlaceFinder(root);
  const facts = /* @__PURE__ */ new Map();
  await Promise.all(
    queries.map(async ({ path, lines }) => {
      if (inGitDirectory(path)) facts.set(path, { exists: null, refused: "git-directory" });
      else
        facts.set(
          path,
          isDynamicPattern(path) ? await globFact(root, base, path) : fileFact(places, join(base, path), lines)
        );
    })
  );
  return facts;
}
function fileFact(places, absolute, lines) {
  const place = places.find(absolute);
  if ("refused" in place) return { exists: null, refused: place.refused };
  const info = place.real === null ? null : place.info ?? statOrNull(place.real);
  if (!info) return { exists: false };
  if (info.isDirectory()) return { exists: true, kind: "directory" };
  return {
    exists: true,
    kind: "file",
    lines: lines && info.isFile() && info.size <= MAX_COUNTED_BYTES ? linesIn(place.real) : null
  };
}
var PlaceFinder = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** Where each directory asked about leads (as it would, below the deepest part that exists); null behind a link that leads nowhere. */
  directories = /* @__PURE__ */ new Map();
  find(absolute) {
    const info = lstatOrNull(absolute);
    const directory = info?.isSymbolicLink() ? null : this.directory(dirname(absolute));
    if (directory === null) return confine(this.root, absolute);
    const exists = info !== null && directory.exists;
    const place = judge(this.root, join(directory.real, basename(absolute)), exists);
    return info && exists && "real" in place ? { real: place.real, info } : place;
  }
  directory(path) {
    let known = this.directories.get(path);
    if (known !== void 0) return known;
    const real = realpathOr(path, null);
    const parent = dirname(path);
    if (real !== null) known = { real, exists: true };
    else if (parent === path || lstatOrNull(path)?.isSymbolicLink()) known = null;
    else {
      const above = this.directory(parent);
      known = above && { real: join(above.real, basename(path)), exists: false };
    }
    this.directories.set(path, known);
    return known;
  }
};
async function globFact(root, base, pattern) {
  const parts = pattern.split("/");
  const fixed = parts.slice(
    0,
    Math.max(
      0,
      parts.findIndex((part) => isDynamicPattern(part))
    )
  ).join("/");
  const start = confine(root, join(base, fixed));
  if ("refused" in start) return { exists: null, refused: start.refused };
  if (start.real === null) return { exists: false };
  const matches = await glob(pattern, {
    cwd: base,
    onlyFiles: false,
    followSymbolicLinks: false,
    dot: true,
    expandDirectories: false,
    ignore: ["**/.git/**"]
  });
  const found = matches.some((match) => {
    const place = confine(root, join(base, match));
    return !("refused" in place) && place.real !== null;
  });
  return found ? { exists: true, kind: "file", lines: null } : { exists: false };
}
function confine(root, absolute) {
  let existing = absolute;
  const below = [];
  for (let step = 0; step < 256; step++) {
    const real = realpathOr(existing, null);
    if (real !== null) return judge(root, join(real, ...below), below.length === 0);
    const link = readlinkOr(existing);
    if (link !== null) existing = resolve(dirname(existing), link);
    else if (dirname(existing) === existing) break;
    else {
      below.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  return { real: null };
}
function judge(root, real, exists) {
  if (real !== root && !isUnder(root, real)) return { refused: "outside-repository" };
  if (inGitDirectory(relative2(root, real).split(sep2).join("/"))) return { refused: "git-directory" };
  return { real: exists ? real : null };
}
function realpathOr(path, fallback) {
  try {
    return realpathSync2.native(path);
  } catch {
    return fallback;
  }
}
function lstatOrNull(path) {
  try {
    return lstatSync2(path);
  } catch {
    return null;
  }
}
function readlinkOr(path) {
  try {
    return lstatSync2(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}
function statOrNull(file) {
  try {
    return statSync(file);
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

// src/git/commits.ts
async function resolveCommits(repo, requested, known = /* @__PURE__ */ new Map(), answered = /* @__PURE__ */ new Map()) {
  const shas = [...new Set(requested)].filter((sha) => isSha(sha) && sha === sha.toLowerCase());
  const facts = /* @__PURE__ */ new Map();
  const asked = shas.filter((sha) => {
    const before = known.get(sha);
    const given = answered.get(sha) ?? (before?.status === "found" && before.reachable ? before : void 0);
    if (given) facts.set(sha, given);
    return !given;
  });
  if (asked.length === 0) return facts;
  const names = [...asked, "HEAD"];
  const checked = (await repo.client.text(
    ["cat-file", "--batch-check=%(objectname) %(objecttype)"],
    names.map((n) => `${n}
`).join("")
  )).split("\n");
  const full = /* @__PURE__ */ new Map();
  const ambiguous = [];
  let head = null;
  names.forEach((name, index) => {
    const [first = "", second = ""] = (checked[index] ?? "").split(" ");
    const before = known.get(name);
    if (name === "HEAD") head = second === "commit" ? first : null;
    else if (second === "commit" && first.startsWith(name) && before?.status === "found" && before.sha === first)
      facts.set(name, before);
    else if (second === "commit" && first.startsWith(name)) full.set(name, first);
    else if (second === "ambiguous" || second !== "missing" && !first.startsWith(name)) ambiguous.push(name);
    else facts.set(name, { status: repo.shallow ? "unverifiable" : "missing" });
  });
  if (ambiguous.length > 0) {
    const candidates = await commitsWithPrefixes(repo, ambiguous);
    for (const prefix of ambiguous) {
      const commits = candidates.get(prefix) ?? [];
      if (commits.length === 1) full.set(prefix, commits[0]);
      else if (commits.length === 0) facts.set(prefix, { status: repo.shallow ? "unverifiable" : "missing" });
      else facts.set(prefix, { status: "ambiguous", candidates: commits });
    }
  }
  if (full.size === 0) return facts;
  const found = [...new Set(full.values())];
  const [log, outside] = await Promise.all([
    repo.client.text(
      ["log", "--no-walk=unsorted", "--stdin", "--no-show-signature", "--format=%H%x00%s"],
      found.map((s) => `${s}
`).join("")
    ),
    head ? repo.client.text(["rev-list", "--stdin"], [...found.map((s) => `${s}
`), "^HEAD\n"].join("")) : Promise.resolve(null)
  ]);
  const subjects = /* @__PURE__ */ new Map();
  for (const line of log.split("\n")) {
    const [sha, subject] = line.split("\0");
    if (sha && subject !== void 0) subjects.set(sha, subject);
  }
  const unreachable = new Set(found);
  if (outside !== null) {
    const outsideSet = new Set(outside.split("\n"));
    for (const sha of found) if (!outsideSet.has(sha)) unreachable.delete(sha);
  }
  for (const [name, sha] of full) {
    if (repo.shallow && unreachable.has(sha)) facts.set(name, { status: "unverifiable" });
    else facts.set(name, { status: "found", sha, subject: subjects.get(sha) ?? "", reachable: !unreachable.has(sha) });
  }
  return facts;
}
async function commitsWithPrefixes(repo, prefixes) {
  const out = await repo.client.text(["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype)"]);
  const byPrefix = /* @__PURE__ */ new Map();
  for (const line of out.split("\n")) {
    const [sha = "", type] = line.split(" ");
    if (type !== "commit") continue;
    for (const prefix of prefixes)
      if (sha.startsWith(prefix)) byPrefix.set(prefix, [...byPrefix.get(prefix) ?? [], sha]);
  }
  return byPrefix;
}

// src/git/fetch.ts
var DEEPEN_STEP = 100;
var WHOLE = "--depth=2147483647";
var FETCH = ["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--recurse-submodules=no"];
var BRANCHES = "+refs/heads/*:refs/remotes/origin/*";
async function fetchForComparison(client, base, head) {
  if (!isObjectId(base) || !isObjectId(head)) return { failed: "not a full commit id" };
  if (await haveMergeBase(client, base, head)) return { fetched: false };
  const { shallow, tip } = await cloneState(client);
  const wants = [.../* @__PURE__ */ new Set([...tip ? [tip] : [], base, head])];
  const steps = shallow ? [`--deepen=${DEEPEN_STEP}`, WHOLE] : [null];
  for (const depth of steps) {
    const error = await fetch(client, depth, wants);
    if (error !== null) return { failed: error };
    if (await haveMergeBase(client, base, head)) return { fetched: true };
  }
  return { failed: "origin has no common history of the two commits" };
}
async function fetchHistory(client) {
  const { shallow, tip } = await cloneState(client);
  const error = await fetch(client, shallow ? WHOLE : null, [...tip ? [tip] : [], BRANCHES]);
  return error === null ? { fetched: true } : { failed: error };
}
async function fetch(client, depth, wants) {
  try {
    await client.text([...FETCH, ...depth ? [depth] : [], "--stdin", "origin"], wants.map((w) => `${w}
`).join(""), {
      GIT_TERMINAL_PROMPT: "0"
    });
    return null;
  } catch (error) {
    if (error instanceof GitFailed) return error.detail;
    throw error;
  }
}
async function haveMergeBase(client, base, head) {
  try {
    return isObjectId((await client.text(["merge-base", base, head])).trim());
  } catch (error) {
    if (error instanceof GitFailed) return false;
    throw error;
  }
}
async function cloneState(client) {
  const [shallow = "", tip = ""] = (await client.text(["rev-parse", "--is-shallow-repository", "--revs-only", "HEAD"])).split("\n");
  return { shallow: shallow === "true", tip: isObjectId(tip) ? tip : null };
}

// src/git/history.ts
var HISTORY_LIMIT = 1e3;
var DEFAULT_BRANCHES = [
  "refs/remotes/origin/HEAD",
  "refs/heads/main",
  "refs/heads/master",
  "refs/remotes/origin/main",
  "refs/remotes/origin/master"
];
var FORMAT = "--format=%H%x00%P%x00%D%x00%s%x00%(trailers:key=Ledger-Task,valueonly,unfold,separator=%x00)";
async function readHistory(repo) {
  const [recent, branch] = await Promise.all([
    repo.client.text([
      "log",
      `--max-count=${HISTORY_LIMIT}`,
      "--no-show-signature",
      "--decorate=full",
      FORMAT,
      "HEAD",
      "--"
    ]),
    repo.client.text([
      "log",
      `--max-count=${HISTORY_LIMIT + 1}`,
      "--no-show-signature",
      "--no-merges",
      FORMAT,
      "--ignore-missing",
      "HEAD",
      "--not",
      ...DEFAULT_BRANCHES,
      "--"
    ])
  ]);
  const walked = parse(recent);
  const own = parse(branch);
  const complete = own.length > 0 && own.length <= HISTORY_LIMIT && own.every((c) => c.parents > 0);
  return {
    recent: walked.filter((c) => c.parents <= 1).map((c) => c.commit),
    branch: checkedOut(walked[0]?.decorations ?? ""),
    onBranch: complete ? own.map((c) => c.commit) : null
  };
}
function parse(out) {
  return out.split("\n").flatMap((line) => {
    const [sha = "", parents = "", decorations = "", subject = "", ...trailers] = line.split("\0");
    if (!isObjectId(sha)) return [];
    const ledgerTasks = trailers.map((t) => t.trim()).filter(Boolean);
    return [
      {
        commit: { sha, subject, ledgerTasks, changes: null },
        parents: parents.split(" ").filter(Boolean).length,
        decorations
      }
    ];
  });
}
function checkedOut(decorations) {
  return /(?:^|, )HEAD -> refs\/heads\/([^,\s]+)/.exec(decorations)?.[1] ?? null;
}
async function changesOf(repo, shas) {
  const asked = [...new Set(shas)].filter(isObjectId);
  const changes = /* @__PURE__ */ new Map();
  if (asked.length === 0) return changes;
  const out = await repo.client.text(
    [
      "-c",
      "log.showRoot=true",
      "log",
      "--no-walk=unsorted",
      "--stdin",
      "--no-show-signature",
      "-z",
      "--name-only",
      "--format=%H"
    ],
    asked.map((s) => `${s}
`).join("")
  );
  let index = -1;
  let files = [];
  const close = () => {
    if (index >= 0) changes.set(asked[index], { files: files.length, only: files.length === 1 ? files[0] : null });
  };
  for (const token of out.split("\0")) {
    const name = token.replace(/^\n/, "");
    if (name === asked[index + 1]) {
      close();
      index++;
      files = [];
    } else if (name !== "" && index >= 0) {
      files.push(name);
    }
  }
  close();
  return changes;
}

// src/git/path-facts.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";

// src/git/staged.ts
var CHANGED_FILES = [
  "diff",
  "--raw",
  "-z",
  "--no-abbrev",
  "--no-relative",
  "--diff-filter=ACMRT",
  "--find-renames",
  "--no-ext-diff",
  "--no-textconv"
];
var RAW_HEADER = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
var isRegularFile = (mode) => mode.startsWith("100");
function parseChanges(out) {
  const fields = out.split("\0");
  const paths = [];
  for (let i = 0; i < fields.length; ) {
    const header = RAW_HEADER.exec(fields[i++] ?? "");
    if (!header) continue;
    const [, oldMode = "", newMode = "", oldId = "", newId = "", status = ""] = header;
    const from = status === "R" || status === "C" ? fields[i++] ?? null : null;
    const path = fields[i++];
    if (!path) continue;
    const added = status === "A";
    paths.push({
      path,
      from: added ? null : from ?? path,
      blob: isRegularFile(newMode) ? newId : null,
      fromBlob: !added && isRegularFile(oldMode) ? oldId : null,
      ...status === "D" ? { deleted: true } : {}
    });
  }
  return paths;
}
async function stagedPaths(client) {
  return parseChanges(await client.text([...CHANGED_FILES, "--cached"]));
}
async function readBlobs(client, ids) {
  const asked = [...new Set(ids)].filter(isObjectId);
  const result = /* @__PURE__ */ new Map();
  const out = await client.bytes(["cat-file", "--batch"], asked.map((id) => `${id}
`).join(""));
  let at = 0;
  for (const id of asked) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) {
      result.set(id, null);
      continue;
    }
    const size = Number(match[2]);
    result.set(id, match[1] === "blob" ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return result;
}
async function indexEntries(client) {
  const out = await client.text(["ls-files", "--stage", "-z", "--full-name", "--", ":/"]);
  const entries = [];
  for (const record of out.split("\0")) {
    const match = /^(\d{6}) ([0-9a-f]+) (\d)\t([^]+)$/.exec(record);
    if (match) entries.push({ mode: match[1], id: match[2], stage: Number(match[3]), path: match[4] });
  }
  return entries;
}

// src/git/path-facts.ts
var SYMLINK = "120000";
var SUBMODULE = "160000";
async function indexPathFacts(repo, queries) {
  const facts = /* @__PURE__ */ new Map();
  if (queries.length === 0) return facts;
  const tree = indexTree(await indexEntries(repo.client));
  const linkTexts = await linkTargets(repo, tree, queries);
  const counted = /* @__PURE__ */ new Map();
  for (const { path, lines } of queries) {
    if (inGitDirectory(path)) {
      facts.set(path, { exists: null, refused: "git-directory" });
      continue;
    }
    if (isDynamicPattern(path)) {
      facts.set(path, globFact2(tree, path, linkTexts, repo.root));
      continue;
    }
    const place = locate(tree, trimEndOf(path, "/"), linkTexts, repo.root);
    const directoryWanted = path.endsWith("/");
    if ("refused" in place) facts.set(path, { exists: null, refused: place.refused });
    else if (place.kind === "directory" || place.kind === "submodule" || place.kind === "in-submodule" && directoryWanted)
      facts.set(path, { exists: true, kind: "directory" });
    else if (place.kind === "missing" || directoryWanted) facts.set(path, { exists: false });
    else {
      facts.set(path, { exists: true, kind: "file", lines: null });
      if (lines && place.kind === "file" && place.entry.mode.startsWith("100")) counted.set(path, place.entry.id);
    }
  }
  const blobs = await readBlobs(repo.client, counted.values());
  for (const [path, id] of counted) {
    const blob = blobs.get(id);
    if (blob) facts.set(path, { exists: true, kind: "file", lines: countLines(blob) });
  }
  return facts;
}
function indexTree(all) {
  const entries = /* @__PURE__ */ new Map();
  const directories = /* @__PURE__ */ new Set();
  for (const entry of all) {
    if (!entries.has(entry.path) || entry.stage === 0) entries.set(entry.path, entry);
    for (let i = entry.path.indexOf("/"); i >= 0; i = entry.path.indexOf("/", i + 1))
      directories.add(entry.path.slice(0, i));
  }
  return { entries, directories };
}
async function linkTargets(repo, tree, queries) {
  const links = [...tree.entries.values()].filter((e) => e.mode === SYMLINK);
  const isLink = (prefix) => tree.entries.get(prefix)?.mode === SYMLINK;
  const touched = links.length > 0 && queries.some(({ path }) => path.split("/").some((_, i, parts) => isLink(parts.slice(0, i + 1).join("/"))));
  if (!touched) return /* @__PURE__ */ new Map();
  const blobs = await readBlobs(
    repo.client,
    links.map((l) => l.id)
  );
  return new Map(links.map((l) => [l.path, blobs.get(l.id)?.toString("utf8") ?? ""]));
}
function globFact2(tree, pattern, linkTexts, root) {
  const matches = (0, import_picomatch.default)(pattern, { dot: true });
  const found = [...tree.entries.keys()].some((f) => matches(f)) || [...tree.directories].some((d) => matches(d));
  if (found) return { exists: true, kind: "file", lines: null };
  const parts = pattern.split("/");
  const fixed = parts.slice(
    0,
    Math.max(
      0,
      parts.findIndex((part) => isDynamicPattern(part))
    )
  ).join("/");
  const place = fixed ? locate(tree, fixed, linkTexts, root) : null;
  return place && "kind" in place && (place.kind === "submodule" || place.kind === "in-submodule") ? { exists: true, kind: "file", lines: null } : { exists: false };
}
function locate(tree, path, linkTexts, root) {
  let parts = path.split("/").filter((part) => part !== "" && part !== ".");
  for (let hops = 0; hops <= 40; hops++) {
    const next = firstStop(tree, parts);
    if (next.at === null)
      return tree.directories.has(parts.join("/")) || parts.length === 0 ? { kind: "directory" } : { kind: "missing" };
    const entry = tree.entries.get(parts.slice(0, next.at).join("/"));
    const last = next.at === parts.length;
    if (entry.mode === SUBMODULE) return { kind: last ? "submodule" : "in-submodule" };
    if (entry.mode !== SYMLINK) return last ? { kind: "file", entry } : { kind: "missing" };
    const text = linkTexts.get(entry.path) ?? "";
    const target = posix.isAbsolute(text) ? posix.relative(root, text) : posix.join(posix.dirname(entry.path), text);
    const followed = posix.normalize(posix.join(target, ...parts.slice(next.at)));
    if (followed === ".." || followed.startsWith("../") || posix.isAbsolute(followed))
      return { refused: "outside-repository" };
    if (inGitDirectory(followed)) return { refused: "git-directory" };
    parts = followed.split("/").filter((part) => part !== "" && part !== ".");
  }
  return { kind: "missing" };
}
function firstStop(tree, parts) {
  for (let i = 1; i <= parts.length; i++) if (tree.entries.has(parts.slice(0, i).join("/"))) return { at: i };
  return { at: null };
}

// src/git/file-history.ts
import { posix as posix2 } from "node:path";
var RECORD = /\x01(?=(?:[0-9a-f]{40}|[0-9a-f]{64})\0)/;
var RAW_HEADER2 = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/;
function gitPath(path) {
  if (/[\n\r\0]/.test(path)) return null;
  const normal = trimEndOf(posix2.normalize(path), "/");
  return normal === "." || normal === "" || normal.startsWith("../") || normal === ".." || posix2.isAbsolute(normal) ? null : normal;
}
var EXACT_PATHSPECS = 64;
function pathspecs(paths) {
  const all = [...paths];
  const asked = all.length <= EXACT_PATHSPECS ? all : [...new Set(all.map((p) => p.split("/")[0]))];
  return asked.map((p) => `:(top,literal)${p}
`).join("");
}
async function commitsTouching(repo, paths, alsoFrom = []) {
  const byPath = new Map(paths.map((p) => [p, []]));
  const revs = [...repo.head ? ["HEAD"] : [], ...new Set(alsoFrom.filter(isObjectId))];
  if (paths.length === 0 || revs.length === 0) return byPath;
  const out = await repo.client.text(
    ["log", "--stdin", "-z", "--name-only", "--no-renames", "--format=%x01%H%x00%B%x00"],
    `${revs.join("\n")}
--
${pathspecs(byPath.keys())}`
  );
  for (const record of out.split(RECORD)) {
    const [sha = "", message = "", ...names] = record.split("\0");
    if (!isObjectId(sha)) continue;
    for (const name of names) byPath.get(name.replace(/^\n/, ""))?.push({ sha, message });
  }
  return byPath;
}
async function lastChanges(repo, paths) {
  const changes = /* @__PURE__ */ new Map();
  if (paths.length === 0 || !repo.head) return changes;
  const wanted = new Set(paths);
  const out = await repo.client.text(
    ["log", "--stdin", "-z", "--raw", "--no-abbrev", "--no-renames", "--format=%x01%H%x00%aI%x00"],
    `HEAD
--
${pathspecs(wanted)}`
  );
  for (const record of out.split(RECORD)) {
    const [sha = "", date = "", ...fields] = record.split("\0");
    if (!isObjectId(sha) || !/^\d{4}-\d{2}-\d{2}/.test(date)) continue;
    for (let i = 0; i < fields.length; i++) {
      const header = RAW_HEADER2.exec(fields[i].replace(/^\n/, ""));
      if (!header) continue;
      const path = fields[++i] ?? "";
      if (!wanted.has(path) || changes.has(path)) continue;
      const [, oldMode = "", , oldId = ""] = header;
      const before = header[5] === "A" ? null : oldMode.startsWith("100") ? oldId : void 0;
      changes.set(path, { sha, day: date.slice(0, 10), ...before === void 0 ? {} : { before } });
    }
  }
  return changes;
}
async function textsOf(repo, ids) {
  const blobs = await readBlobs(repo.client, ids);
  return new Map([...blobs].flatMap(([id, blob]) => blob ? [[id, blob.toString("utf8")]] : []));
}
async function stagedTouches(repo) {
  const out = await repo.client.text([
    "diff",
    "--cached",
    "--name-only",
    "-z",
    "--no-renames",
    "--no-relative",
    "--no-ext-diff"
  ]);
  return new Set(out.split("\0").filter(Boolean));
}

// src/runner/evidence-facts.ts
function evidenceNeeds(text, outline, profile) {
  const lines = splitLines(text.charCodeAt(0) === 65279 ? text.slice(1) : text).text;
  return { ticked: scanTickedFiles(lines, outline.nonProse, profile), updated: mayStateUpdated(text, profile) };
}
async function gatherEvidence(repo, askers, commits, staged, known) {
  const tickedPaths = new Set(askers.flatMap((a) => a.needs.ticked.paths.flatMap((p) => gitPath(p) ?? [])));
  const ledgerPaths = new Map(
    askers.filter((a) => a.needs.updated).flatMap((a) => {
      const path = placeIn(repo.root, a.file);
      return path ? [[a.file, path]] : [];
    })
  );
  const offHead = [
    ...new Set([...commits.values()].flatMap((f) => f.status === "found" && !f.reachable ? [f.sha] : []))
  ].sort();
  const sameOffHead = known !== void 0 && known.offHead.join() === offHead.join();
  const touching = new Map(sameOffHead ? known.touching : []);
  const changes = new Map(known?.changes ?? []);
  const [asked, found, inCommit] = await Promise.all([
    commitsTouching(
      repo,
      [...tickedPaths].filter((p) => !touching.has(p)),
      offHead
    ),
    // With --staged the last change is the commit being made: nothing to ask.
    staged ? /* @__PURE__ */ new Map() : lastChanges(
      repo,
      [...new Set(ledgerPaths.values())].filter((p) => !changes.has(p))
    ),
    staged && tickedPaths.size > 0 ? stagedTouches(repo) : /* @__PURE__ */ new Set()
  ]);
  for (const [path, all] of asked)
    touching.set(
      path,
      all.map(({ sha, message }) => ({ sha, ...taskMentions(message) }))
    );
  if (!staged) {
    for (const path of ledgerPaths.values()) if (!changes.has(path)) changes.set(path, found.get(path) ?? null);
  }
  const wanted = new Set([...ledgerPaths.values()].flatMap((p) => changes.get(p)?.before ?? []));
  const before = await textsOf(repo, wanted);
  const today = pendingCommitDay(process.env.GIT_AUTHOR_DATE, /* @__PURE__ */ new Date());
  const factsFor = (asker2) => {
    const facts = {};
    const { ticked, updated, shas } = asker2.needs;
    if (ticked.paths.length > 0) {
      const listed = new Set(
        shas.map((sha) => commits.get(sha)).flatMap((fact) => fact?.status === "found" ? [fact.sha] : [])
      );
      const byPath = /* @__PURE__ */ new Map();
      for (const path of ticked.paths) {
        const name = gitPath(path);
        if (name === null) continue;
        const all = touching.get(name) ?? [];
        const relevant = all.filter(
          (c) => listed.has(c.sha) || c.tasks.some((t) => ticked.ids.some((id) => sameWork(t, id)))
        );
        byPath.set(path, { commits: relevant, last: all[0]?.sha ?? null, staged: inCommit.has(name) });
      }
      facts.evidence = { byPath };
    }
    if (updated && staged) facts.lastChange = { sha: null, day: today };
    const change = ledgerPaths.has(asker2.file) ? changes.get(ledgerPaths.get(asker2.file)) : void 0;
    if (updated && change) {
      const { before: id, ...rest } = change;
      const text = typeof id === "string" ? before.get(id) : id;
      facts.lastChange = text === void 0 ? rest : { ...rest, before: text };
    }
    return facts;
  };
  return { factsFor, known: { touching, offHead, changes } };
}
function pendingCommitDay(authorDate, now) {
  const two = (n) => String(n).padStart(2, "0");
  const internal = /^@(\d{1,12}) ([+-])(\d{2})(\d{2})$/.exec(authorDate ?? "");
  if (internal) {
    const offset = (internal[2] === "-" ? -1 : 1) * (Number(internal[3]) * 60 + Number(internal[4]));
    const there = new Date((Number(internal[1]) + offset * 60) * 1e3);
    return `${there.getUTCFullYear()}-${two(there.getUTCMonth() + 1)}-${two(there.getUTCDate())}`;
  }
  const iso = /^\d{4}-\d{2}-\d{2}(?=$|[T ])/.exec(authorDate ?? "");
  if (iso) return iso[0];
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

// src/runner/history-facts.ts
async function historyFacts(repo, history, asked, bySha) {
  const scope = history.onBranch ? "branch" : "window";
  const bySubject = subjectIndex(history.recent);
  const naming = namingIndex(history.onBranch ?? history.recent);
  const shares = asked.map((needs) => {
    if (!needs) return null;
    const subjects = needs.listed.flatMap(({ sha, message }) => {
      const fact = bySha.get(sha);
      if (fact?.status === "found") return fact.reachable ? [] : [fact.subject];
      return fact?.status === "missing" && message !== "" ? [message] : [];
    });
    const named = [...naming.byPath.get(needs.path) ?? [], ...needs.prds.flatMap((p) => naming.byPrd.get(p) ?? [])];
    if (onLedgerBranch(needs, { scope, branch: history.branch })) named.push(...naming.unnamed);
    return {
      path: needs.path,
      sameSubject: inOrder(subjects.flatMap(bySubject)),
      onBranch: inOrder(named).filter((c) => !needs.listed.some((l) => c.commit.sha.startsWith(l.sha)))
    };
  });
  const changes = await changesOf(
    repo,
    shares.flatMap((s) => s?.onBranch.map((c) => c.commit.sha) ?? [])
  );
  const withChanges = ({ commit }) => ({ ...commit, changes: changes.get(commit.sha) ?? null });
  return shares.map(
    (share) => share && {
      path: share.path,
      branch: history.branch,
      scope,
      sameSubject: share.sameSubject.map((c) => c.commit),
      onBranch: share.onBranch.map(withChanges)
    }
  );
}
function inOrder(commits) {
  return [...new Set(commits)].sort((a, b) => a.index - b.index);
}
function subjectIndex(recent) {
  const keyed = recent.map((commit, index) => ({ commit, index, key: subjectKey(commit.subject) }));
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of keyed) byKey.set(entry.key, [...byKey.get(entry.key) ?? [], entry]);
  return (written) => isShortened(written) ? keyed.filter((c) => sameSubject(written, c.commit.subject)) : subjectKey(written) === "" ? [] : byKey.get(subjectKey(written)) ?? [];
}
function namingIndex(commits) {
  const byPath = /* @__PURE__ */ new Map();
  const byPrd = /* @__PURE__ */ new Map();
  const unnamed = [];
  commits.forEach((commit, index) => {
    const entry = { commit, index };
    const names = commitNames(commit);
    for (const path of names.paths) byPath.set(path, [...byPath.get(path) ?? [], entry]);
    for (const prd of names.prds) byPrd.set(prd, [...byPrd.get(prd) ?? [], entry]);
    if (!names.namesAny) unnamed.push(entry);
  });
  return { byPath, byPrd, unnamed };
}

// src/runner/needs.ts
function factNeeds(refs, profile, evidence, names = { prds: [], branches: [] }) {
  const listed = refs.commits.filter((r) => r.sha !== null && !hasPlaceholder(r.raw, profile));
  const shas = listed.map((r) => r.sha);
  const paths = /* @__PURE__ */ new Map();
  for (const ref of refs.keyFiles) {
    if (hasPlaceholder(ref.raw, profile)) continue;
    const lines = ref.lines !== null;
    if (ref.kind === "link") {
      const key = `link:${ref.path}`;
      paths.set(key, { path: ref.path, lines: (paths.get(key)?.lines ?? false) || lines, link: true });
      continue;
    }
    const where = repositoryPath(ref, null);
    if (!where.outside) addQuery(paths, { path: where.path, lines });
  }
  for (const path of evidence.ticked.paths) addQuery(paths, { path, lines: false });
  if (!profile.spec.commits) return { shas, paths: [...paths.values()], ...evidence };
  return {
    shas,
    paths: [...paths.values()],
    ...evidence,
    history: { listed: listed.map((r) => ({ sha: r.sha, message: r.message })), ...names }
  };
}
function addQuery(queries, { path, lines }) {
  queries.set(path, { path, lines: (queries.get(path)?.lines ?? false) || lines });
}

// src/runner/facts.ts
function pathQueries(needs, ledgerDirectory) {
  return needs.paths.flatMap(({ path, lines, link }) => {
    const where = repositoryPath({ kind: link ? "link" : "code", path }, ledgerDirectory);
    return where && !where.outside ? [{ path: where.path, lines }] : [];
  });
}
async function gatherFacts(all, options) {
  const { repo, staged } = options;
  const warnings = [];
  const outside = new Set(repo ? all.filter((c) => placeIn(repo.root, c.source.file) === null) : []);
  const candidates = outside.size > 0 ? all.filter((c) => !outside.has(c)) : all;
  const first = [...outside][0];
  if (first) {
    const others = outside.size > 1 ? ` and ${outside.size - 1} more` : "";
    warnings.push(
      `${first.source.display}${others}: outside the repository at ${repo.root}, so linked commits and key files were not checked.`
    );
  }
  const shasOf = (c) => c.needs.shas;
  const directories = new Map(
    candidates.filter((c) => c.needs.paths.some((p) => p.link)).map((c) => [c, placeIn(options.base, dirname2(c.source.file))])
  );
  const queriesOf = new Map(candidates.map((c) => [c, pathQueries(c.needs, directories.get(c) ?? null)]));
  const queries = /* @__PURE__ */ new Map();
  for (const own of queriesOf.values()) for (const query of own) addQuery(queries, query);
  const allQueries = [...queries.values()];
  const pathFacts = repo && staged ? indexPathFacts(repo, allQueries) : treePathFacts(options.base, allQueries);
  const allShas = [...new Set(candidates.flatMap(shasOf))];
  let bySha = null;
  const owners = /* @__PURE__ */ new Map();
  const histories = /* @__PURE__ */ new Map();
  let current = repo;
  let headHistory = null;
  if (repo) {
    const { history, fetchFailed, ...read } = await readCommits(
      repo,
      allShas,
      candidates.some((c) => c.needs.history),
      options
    );
    current = read.repo;
    bySha = read.bySha;
    headHistory = history;
    if (history) {
      const asked = candidates.map(
        (c) => c.needs.history ? { ...c.needs.history, path: placeIn(repo.root, c.source.file) } : null
      );
      const shares = await historyFacts(current, history, asked, bySha);
      shares.forEach((share, index) => share && histories.set(candidates[index], share));
    }
    const unverifiable = candidates.flatMap(
      (c) => shasOf(c).filter((sha) => bySha.get(sha)?.status === "unverifiable").map((sha) => ({ c, sha }))
    );
    const shallow = unverifiable[0];
    if (shallow) {
      const count = new Set(unverifiable.map((u) => u.sha)).size;
      owners.set(shallow.c, { sha: shallow.sha, others: count - 1 });
      const fetch2 = fetchFailed ? `, and fetching its history from origin failed (${fetchFailed})` : "";
      warnings.push(
        `${plural(count, "linked commit")} cannot be verified: the clone is shallow${fetch2}; fetch full history (actions/checkout: fetch-depth: 0).`
      );
    }
  } else if (allShas.length > 0) {
    warnings.push(`${options.noRepository}: the commits listed in ledgers were not checked.`);
  }
  const evidence = current && !current.shallow ? await gatherEvidence(current, candidates.map(asker), bySha ?? /* @__PURE__ */ new Map(), staged, options.knownEvidence) : null;
  const byPath = await pathFacts;
  const source = staged ? "index" : "working tree";
  return {
    warnings,
    commits: bySha ?? /* @__PURE__ */ new Map(),
    evidence: evidence?.known ?? null,
    lookedUp: { base: options.base, queries: allQueries, facts: byPath },
    history: headHistory,
    factsFor: (candidate) => {
      const facts = {};
      if (outside.has(candidate)) return facts;
      if (bySha) {
        const own = /* @__PURE__ */ new Map();
        for (const sha of shasOf(candidate)) if (bySha.has(sha)) own.set(sha, bySha.get(sha));
        facts.commits = { bySha: own, shallowNotice: owners.get(candidate) ?? null };
      }
      const history = histories.get(candidate);
      if (history) facts.history = history;
      const ownPaths = /* @__PURE__ */ new Map();
      for (const { path } of queriesOf.get(candidate)) if (byPath.has(path)) ownPaths.set(path, byPath.get(path));
      const ledgerDirectory = directories.get(candidate);
      facts.paths = { source, byPath: ownPaths, ...typeof ledgerDirectory === "string" ? { ledgerDirectory } : {} };
      return evidence ? { ...facts, ...evidence.factsFor(asker(candidate)) } : facts;
    }
  };
}
async function readCommits(repo, shas, needsHistory, options) {
  const read = async (from, answered = {}) => {
    const [bySha, history] = await Promise.all([
      resolveCommits(from, shas, options.knownCommits, answered.commits),
      from.head && needsHistory ? answered.history ?? readHistory(from) : null
    ]);
    return { repo: from, bySha, history };
  };
  const here = await read(repo, options.answered);
  if (!options.fetchMissing || ![...here.bySha.values()].some((f) => f.status === "missing" || f.status === "unverifiable"))
    return { ...here, fetchFailed: null };
  const fetched = await fetchHistory(repo.client);
  if ("failed" in fetched) return { ...here, fetchFailed: fetched.failed };
  return { ...await read(await openRepo(repo.client) ?? repo), fetchFailed: null };
}
function asker(candidate) {
  return { file: candidate.source.file, needs: candidate.needs };
}
async function factsOfRun(candidates, options, earlier) {
  const pathOf = (candidate) => toPosixRelative(options.base, candidate.source.file);
  const [gathered, previous] = await Promise.all([
    gatherFacts(candidates, options),
    earlier ? earlier.read(candidates.map(pathOf)) : null
  ]);
  if (!earlier || !previous) return gathered;
  return {
    ...gathered,
    factsFor: (candidate) => ({
      ...gathered.factsFor(candidate),
      previous: { label: earlier.label, text: previous.get(pathOf(candidate)) ?? null }
    })
  };
}

// src/runner/fixes.ts
import { readFile } from "node:fs/promises";

// src/files/replace-file.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, lstat, open, realpath, rename, unlink } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, join as join2, resolve as resolve2 } from "node:path";
var CHANGED = { written: false, reason: "changed" };
var READ = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var READ_WRITE = constants.O_RDWR | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
async function replaceFile(path, expected, replacement, within) {
  const real = await realpath(path).catch(missingAs(null));
  if (real === null) return CHANGED;
  if (real !== resolve2(path) && !isUnder(await realpath(within).catch(() => resolve2(within)), real))
    return { written: false, reason: "outside" };
  const original = await open(real, READ).catch(missingAs(null));
  if (original === null) return CHANGED;
  try {
    const info = await original.stat();
    if (!info.isFile() || !equal(await contentsOf(original), expected)) return CHANGED;
    if (!await mayWrite(real, info.mode)) return { written: false, reason: "read-only" };
    const renamed = info.nlink === 1 ? await replaceByRename(real, original, expected, replacement) : "cannot";
    if (renamed !== "cannot") return renamed;
    return await replaceInPlace(real, info.ino, expected, replacement);
  } finally {
    await original.close();
  }
}
async function replaceByRename(real, original, expected, replacement) {
  const info = await original.stat();
  const temporary = await createBeside(real).catch((error) => {
    if (error.code === "EACCES" || error.code === "EPERM") return null;
    throw error;
  });
  if (temporary === null) return "cannot";
  try {
    await temporary.handle.writeFile(replacement);
    const made = await temporary.handle.stat();
    if (made.uid !== info.uid || made.gid !== info.gid) {
      const kept2 = await temporary.handle.chown(info.uid, info.gid).then(
        () => true,
        () => false
      );
      if (!kept2) {
        await discard(temporary);
        return "cannot";
      }
    }
    await temporary.handle.chmod(info.mode & 4095);
    await temporary.handle.close();
    const now = await lstat(real).catch(missingAs(null));
    if (!now || now.ino !== info.ino || now.dev !== info.dev || !equal(await contentsOf(original), expected)) {
      await discard(temporary);
      return CHANGED;
    }
    await rename(temporary.path, real);
  } catch (error) {
    await discard(temporary);
    throw error;
  }
  const after = await contentsOf(original);
  if (equal(after, expected)) return { written: true };
  return putBack(real, replacement, after);
}
async function putBack(real, fixed, edited) {
  const restored = await replaceFile(real, fixed, edited, dirname3(real)).catch(() => null);
  if (restored?.written) return CHANGED;
  const kept2 = await createBeside(real, "kept");
  await kept2.handle.writeFile(edited);
  await kept2.handle.close();
  return { written: false, reason: "changed", kept: kept2.path };
}
async function replaceInPlace(real, ino, expected, replacement) {
  const handle = await open(real, READ_WRITE).catch((error) => {
    if (error.code === "EACCES" || error.code === "EPERM") return "read-only";
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (handle === "read-only") return { written: false, reason: "read-only" };
  if (handle === null) return CHANGED;
  try {
    if ((await handle.stat()).ino !== ino || !equal(await contentsOf(handle), expected)) return CHANGED;
    for (let at = 0; at < replacement.length; )
      at += (await handle.write(replacement, at, replacement.length - at, at)).bytesWritten;
    await handle.truncate(replacement.length);
    return equal(await contentsOf(handle), replacement) ? { written: true } : CHANGED;
  } finally {
    await handle.close();
  }
}
async function createBeside(path, kind = "tmp") {
  for (let attempt = 0; ; attempt++) {
    const name = join2(
      dirname3(path),
      `.${basename2(path).slice(0, 100)}.ledgerlint-${kind}-${randomBytes(6).toString("hex")}`
    );
    try {
      return {
        path: name,
        handle: await open(
          name,
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
          384
        )
      };
    } catch (error) {
      if (error.code !== "EEXIST" || attempt >= 3) throw error;
    }
  }
}
async function discard({ path, handle }) {
  await handle.close().catch(() => void 0);
  await unlink(path).catch(() => void 0);
}
async function mayWrite(path, mode) {
  if ((mode & 146) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    (error) => {
      if (["EACCES", "EPERM", "EROFS"].includes(error.code ?? "")) return false;
      throw error;
    }
  );
}
async function contentsOf(handle) {
  const chunks = [];
  for (let position = 0; ; ) {
    const chunk = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
}
function equal(a, b) {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
function missingAs(value) {
  return (error) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return value;
    throw error;
  };
}

// src/git/stage-blobs.ts
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename as basename3, dirname as dirname4, join as join3 } from "node:path";
async function stagedModes(client) {
  const fields = (await client.text([
    "diff",
    "--cached",
    "--raw",
    "-z",
    "--no-abbrev",
    "--diff-filter=ACMR",
    "--find-renames",
    "--no-ext-diff"
  ])).split("\0");
  const modes = /* @__PURE__ */ new Map();
  for (let i = 0; i < fields.length; ) {
    const header = fields[i++] ?? "";
    if (!header.startsWith(":")) continue;
    const [, mode = "", , , status = ""] = header.slice(1).split(" ");
    if (status.startsWith("R") || status.startsWith("C")) i++;
    const path = fields[i++];
    if (path) modes.set(path, mode);
  }
  return modes;
}
async function writeBlobs(client, contents) {
  if (contents.length === 0) return [];
  const dir = await mkdtemp(join3(tmpdir(), "ledgerlint-"));
  try {
    const files = contents.map((_, index) => join3(dir, String(index)));
    await Promise.all(contents.map((content, index) => writeFile(files[index], content, { flag: "wx", mode: 384 })));
    const ids = (await client.text(["hash-object", "-w", "--no-filters", "--stdin-paths"], files.map((f) => `${f}
`).join(""))).split("\n").filter(Boolean);
    if (ids.length !== contents.length)
      throw new Error(`git hash-object returned ${ids.length} ids for ${contents.length} files`);
    return ids;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function stageEntries(client, entries) {
  if (entries.length === 0) return;
  const input = entries.map((e) => `${e.mode} ${e.blob}	${e.path}\0`).join("");
  await client.text(["update-index", "-z", "--index-info"], input);
  const kept2 = indexKeptAfterPartialCommit(process.env.GIT_INDEX_FILE);
  if (kept2) await client.text(["update-index", "-z", "--index-info"], input, { GIT_INDEX_FILE: kept2 });
}
function indexKeptAfterPartialCommit(indexFile) {
  if (!indexFile || !/^next-index-\d+\.lock$/.test(basename3(indexFile))) return null;
  const kept2 = join3(dirname4(indexFile), "index.lock");
  return existsSync(kept2) ? kept2 : null;
}

// src/runner/fixes.ts
async function stagedWorkingCopy(source) {
  const working = await readFile(source.file).catch(() => null);
  const staged = source.staged;
  if (!working || !staged) return null;
  if (working.equals(staged)) return { bytes: working, crlf: false };
  return !staged.includes(13) && working.equals(withCrlf(staged)) ? { bytes: working, crlf: true } : null;
}
async function writeFixes(fixes, context) {
  const { staged } = context;
  const unwritten = /* @__PURE__ */ new Map();
  const problems = [];
  const leave = ({ result, unfixed }, why) => {
    const { output: _output, source: _source, ...rest } = result;
    unwritten.set(result, summarise({ ...rest, messages: notFixed(unfixed, ` (Not fixed: ${why})`) }));
  };
  const outputs = fixes.map((f) => Buffer.from(f.result.output, "utf8"));
  let blobs = [];
  let modes = /* @__PURE__ */ new Map();
  if (staged) {
    try {
      [blobs, modes] = await Promise.all([writeBlobs(staged.client, outputs), stagedModes(staged.client)]);
    } catch (error) {
      problems.push(`the fixes could not be written to the repository (${gitMessage(error)}); no ledger was fixed.`);
      for (const fix of fixes) leave(fix, `${fix.result.displayPath} could not be staged.`);
      return { unwritten, problems };
    }
  }
  const entries = [];
  for (const [index, fix] of fixes.entries()) {
    const { filePath, displayPath } = fix.result;
    const copy = staged?.copies.get(filePath);
    const replacement = copy?.crlf ? withCrlf(outputs[index]) : outputs[index];
    let outcome;
    try {
      outcome = await replaceFile(filePath, copy?.bytes ?? fix.bytes, replacement, context.root);
    } catch (error) {
      problems.push(`${displayPath}: the fix could not be written: ${describeFsError(error)}`);
      leave(fix, `${displayPath} could not be written.`);
      continue;
    }
    if (!outcome.written) leave(fix, whyNot(outcome, displayPath, context.cwd));
    else if (staged) {
      const path = toPosixRelative(staged.root, filePath);
      entries.push({ path, mode: modes.get(path) ?? "100644", blob: blobs[index] });
    }
  }
  if (staged) {
    await stageEntries(staged.client, entries).catch((error) => {
      problems.push(
        `the fixed ledgers were written but could not be staged (${gitMessage(error)}); stage them, or run the commit again.`
      );
    });
  }
  return { unwritten, problems };
}
function whyNot(outcome, display, cwd) {
  switch (outcome.reason) {
    case "read-only":
      return `${display} is read-only.`;
    case "outside":
      return `${display} is a symbolic link to a file outside the work tree.`;
    case "changed":
      return outcome.kept ? `${display} changed while ledgerlint ran; an edit it could not put back is in ${toPosixRelative(cwd, outcome.kept)}.` : `${display} changed while ledgerlint ran; run ledgerlint again.`;
  }
}
function gitMessage(error) {
  return String(error?.message ?? error).trim();
}
function withCrlf(text) {
  return Buffer.from(text.toString("latin1").replace(/\n/g, "\r\n"), "latin1");
}
async function resultsWithFixes(candidates, linted, target) {
  const results = [];
  const fixes = [];
  for (const candidate of candidates) {
    const { source, bytes, profile } = candidate;
    const done = linted.get(candidate);
    if (!done) continue;
    const { messages, suppressed, overview, output, unfixed } = done;
    const result = summarise({
      filePath: source.file,
      displayPath: source.display,
      profile: profile.name,
      messages,
      ...suppressed ? { suppressedMessages: suppressed } : {},
      ...overview ? { overview } : {},
      ...output !== void 0 && bytes ? { source: textOf(bytes), output } : {}
    });
    results.push(result);
    if (output !== void 0 && bytes && unfixed) fixes.push({ result, bytes, unfixed });
  }
  if (!target || fixes.length === 0) return { results, problems: [] };
  const { unwritten, problems } = await writeFixes(fixes, target);
  return { results: results.map((result) => unwritten.get(result) ?? result), problems };
}

// src/runner/pool.ts
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var WORKER_THRESHOLD = 300;
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
      const child = fork(fileURLToPath(workerScript), [], {
        execArgv: WORKER_FLAGS,
        serialization: "advanced",
        stdio: ["ignore", "ignore", "ignore", "ipc"]
      });
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
    return new Promise((resolve7, reject) => {
      const onMessage = (message) => {
        if (message.id !== id) return;
        settle();
        if ("error" in message)
          reject(Object.assign(new Error(message.error), message.stack ? { stack: message.stack } : {}));
        else resolve7(message.results);
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
  return linter ??= import("./lint-job-H2KJSRMU.js");
}
async function lintHere(jobs, config) {
  const { runLintJob } = await loadLinter();
  return jobs.map((job) => runLintJob(job, config.prepared));
}
async function runLintJobs(count, jobAt, config, pool) {
  if (pool) return pool.run(count, jobAt);
  return lintHere(
    Array.from({ length: count }, (_, index) => jobAt(index)),
    config
  );
}

// src/runner/jobs.ts
async function runJobs(jobs, options) {
  const { purpose, fixing } = options;
  const jobAt = (index) => {
    const entry = jobs[index];
    const { candidate, fix } = entry;
    const job = {
      ledger: candidate.bytes ? { bytes: candidate.bytes } : { file: candidate.source.file, sha1: candidate.sha1 },
      profile: candidate.profile.name,
      configPath: candidate.source.configPath,
      facts: entry.facts ?? options.factsFor(candidate),
      purpose,
      fix
    };
    entry.facts = null;
    if (!fixing) candidate.bytes = null;
    return job;
  };
  const linted = await runLintJobs(jobs.length, jobAt, options.config, options.pool);
  const out = { results: /* @__PURE__ */ new Map(), problems: [] };
  jobs.forEach(({ candidate }, index) => {
    const result = linted[index];
    const display = candidate.source.display;
    if (result.changed) out.problems.push(`${display}: the file changed while ledgerlint was checking it; run again.`);
    else if (result.unreadable)
      out.problems.push(`${display}: could not be read again while ledgerlint was checking it: ${result.unreadable}`);
    else out.results.set(candidate, result);
  });
  return out;
}

// src/runner/list.ts
import { isAbsolute as isAbsolute2, relative as relative3, resolve as resolve6 } from "node:path";

// src/runner/list-disk.ts
import { resolve as resolve3, sep as sep3 } from "node:path";
async function diskSources({ cwd, config, configPath, isIgnored }, request, repo, notices) {
  const { prepared, baseDir } = config;
  const isTextLedger = (file) => prepared.isOtherLedger(configPath(file));
  let files;
  let named = /* @__PURE__ */ new Set();
  if (request.files) {
    files = request.files.filter((f) => !isIgnored(f));
  } else if (request.patterns.length > 0) {
    const found = await discoverFiles(request.patterns, { cwd, isIgnored, isTextLedger });
    ({ files, named } = found);
    notices.problems.push(...found.problems);
    notices.warnings.push(...found.warnings);
    notices.notes.push(...found.notes);
  } else if (prepared.include) {
    files = (await glob(prepared.include, {
      cwd: baseDir,
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      dot: true
    })).map((f) => resolve3(f)).filter((f) => !isIgnored(f)).sort();
    if (files.length === 0)
      notices.problems.push(`${prepared.source}: include matches no files (${prepared.include.join(", ")}).`);
  } else if (repo) {
    const under = `${resolve3(cwd)}${sep3}`;
    files = (await workTreeMarkdown(repo, prepared.otherLedgerGlobs)).filter(
      (f) => f.startsWith(under) && !isIgnored(f)
    );
    const others = prepared.otherLedgerGlobs.length > 0 ? ` (and ${prepared.otherLedgerGlobs.join(", ")})` : "";
    notices.notes.push(
      `No paths given: checking the ${files.length} tracked or untracked (not ignored) markdown files${others} that are ledgers.`
    );
  } else {
    ({ files } = await discoverFiles(["."], { cwd, isIgnored, isTextLedger }));
    notices.notes.push(`No paths given and not in a git repository: checking markdown files under ${cwd}.`);
  }
  const refusal = readRefusal(request.confine, repo, named);
  return files.map((file) => {
    const text = request.texts?.get(file);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: named.has(file),
      read: async () => {
        const refused = refusal(file);
        if (refused) throw new Error(refused);
        return text === void 0 ? readText(file, prepared.maxFileSize) : readBuffer(Buffer.from(text, "utf8"), prepared.maxFileSize);
      },
      ...text === void 0 ? { stamp: () => stampNow(file) } : {}
    };
  });
}
function readRefusal(confine2, repo, named) {
  const root = confine2 ?? repo?.root;
  if (root === void 0) return () => null;
  const whereabouts = whereaboutsIn(root, { everyFile: confine2 !== void 0 });
  const place = confine2 !== void 0 ? "the workspace" : "the repository";
  return (file) => {
    if (confine2 === void 0 && (named.has(file) || !isUnder(root, file))) return null;
    const where = whereabouts(file);
    return where === "inside" ? null : `resolves to a file ${where === "outside" ? `outside ${place}` : "inside .git"}; not read.`;
  };
}

// src/runner/list-staged.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { resolve as resolve4, sep as sep4 } from "node:path";
async function stagedSources({ cwd, config, configPath, isIgnored }, patterns, repo, staged) {
  const within = pathFilter(patterns, cwd);
  const chosen = staged.filter(({ path, blob }) => {
    const file = resolve4(repo.root, path);
    return blob !== null && config.prepared.isLedgerPath(configPath(file)) && !isIgnored(file) && within(file);
  });
  const blobs = await readBlobs(
    repo.client,
    chosen.flatMap((s) => [s.blob, ...s.fromBlob ? [s.fromBlob] : []])
  );
  const headTexts = new Map(
    chosen.map((s) => [s.path, s.fromBlob ? blobs.get(s.fromBlob)?.toString("utf8") ?? null : null])
  );
  const headVersions = {
    label: "HEAD",
    read: async (wanted) => new Map(wanted.map((p) => [p, headTexts.get(p) ?? null]))
  };
  const sources = chosen.map(({ path, blob: id }) => {
    const file = resolve4(repo.root, path);
    const blob = blobs.get(id);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: false,
      ...blob ? { staged: blob } : {},
      read: async () => {
        if (!blob) throw new Error(`its staged version (object ${id}) is not in the repository.`);
        return readBuffer(blob, config.prepared.maxFileSize);
      }
    };
  });
  return { sources, headVersions };
}
function pathFilter(patterns, cwd) {
  if (patterns.length === 0) return () => true;
  const prefixes = patterns.map((p) => resolve4(cwd, p));
  const globs = (0, import_picomatch2.default)(
    patterns.map((p) => toPosixRelative(cwd, resolve4(cwd, p))),
    { dot: true }
  );
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}${sep4}`)) || globs(toPosixRelative(cwd, file));
}

// src/runner/hook-files.ts
import { resolve as resolve5 } from "node:path";
var AS_STAGED_NOTE = "in a git commit hook, every file named is staged: checking what is staged, against HEAD, as --staged does.";
function namedFilesAreStaged(cwd, patterns, repo, staged) {
  if (patterns.length === 0 || !repo || staged instanceof Error) return false;
  const files = new Set(staged.filter((s) => s.blob !== null).map((s) => resolve5(repo.root, s.path)));
  return patterns.every((p) => files.has(resolve5(cwd, p)));
}

// src/runner/list.ts
var STDIN_LABEL = "<text>";
function stdinSources({ cwd, configPath, isIgnored }, stdin, notices) {
  const file = resolve6(cwd, stdin.filename ?? STDIN_LABEL);
  const display = stdin.filename === void 0 ? STDIN_LABEL : toPosixRelative(cwd, file);
  if (stdin.filename !== void 0 && isIgnored(file)) {
    notices.warnings.push(
      `${display}: file ignored because of a matching ignore pattern (the config's ignores, or a default ignore); not checked.`
    );
    return [];
  }
  return [{ file, display, configPath: configPath(file), named: true, read: async () => stdin.read }];
}
var noNotices = () => ({ problems: [], warnings: [], notes: [] });
function sourceContext(cwd, config) {
  const { prepared, baseDir } = config;
  const configPath = (file) => {
    const below = plainlyBelow(baseDir, file);
    if (below !== null) return below;
    const rel = relative3(baseDir, file);
    return rel.startsWith("..") || isAbsolute2(rel) ? file.replace(/^\/+/, "") : toPosixRelative(baseDir, rel);
  };
  return { cwd, config, configPath, isIgnored: (file) => prepared.isIgnored(configPath(file)) };
}
async function listSources(request, context, client) {
  const mayBeStaged = request.staged === true || request.staged !== false && request.patterns.length > 0;
  const staged = mayBeStaged ? stagedPaths(client).catch((error) => error) : null;
  const repo = await openRepo(client);
  const notices = noNotices();
  const fromIndexNow = request.staged === true || staged !== null && namedFilesAreStaged(context.cwd, request.patterns, repo, await staged);
  if (fromIndexNow && request.staged !== true) notices.notes.push(AS_STAGED_NOTE);
  const listed = fromIndexNow ? await fromIndex(await staged, repo, context, request.patterns, notices) : request.stdin ? { sources: stdinSources(context, request.stdin, notices) } : { sources: await diskSources(context, request, repo, notices) };
  const sources = request.shard ? inShard(listed.sources, request.shard) : listed.sources;
  return { ...notices, repo, staged: fromIndexNow, ...listed, sources };
}
async function fromIndex(staged, repo, context, patterns, notices) {
  if (!repo) {
    notices.problems.push("--staged: not in a git repository, so there is no index to read.");
    return { sources: [] };
  }
  if (staged instanceof Error) throw staged;
  return stagedSources(context, patterns, repo, staged);
}
function inShard(sources, { index, count }) {
  return sources.filter((s) => {
    let hash = 2166136261;
    for (let i = 0; i < s.configPath.length; i++) hash = Math.imul(hash ^ s.configPath.charCodeAt(i), 16777619) >>> 0;
    return hash % count === index - 1;
  });
}

// src/runner/plan.ts
async function planJobs(candidates, options) {
  const { cache, stamps } = options;
  const plan = { cached: /* @__PURE__ */ new Map(), jobs: [], restamped: [], workingCopies: /* @__PURE__ */ new Map() };
  for (const candidate of candidates) {
    const hash = cache ? candidate.sha1 : void 0;
    const facts = cache && hash ? options.factsFor(candidate) : null;
    const factsKey = facts ? factsKeyOf(facts) : null;
    const cached = hash ? cache.file(candidate.source.file, hash) : void 0;
    if (cached && cached.facts === factsKey) {
      plan.cached.set(candidate, {
        messages: cached.messages,
        ...cached.suppressed ? { suppressed: cached.suppressed } : {},
        ...cached.overview ? { overview: cached.overview } : {}
      });
      const stamp = stamps.get(candidate);
      if (stamp && cached.stamp !== stamp) plan.restamped.push([candidate.source.file, { ...cached, stamp }]);
      continue;
    }
    const { fix, copy } = await fixOf(candidate, options);
    if (copy) plan.workingCopies.set(candidate.source.file, copy);
    plan.jobs.push({ candidate, factsKey, fix, facts });
  }
  return plan;
}
function factsKeyOf(facts) {
  return sha1(JSON.stringify(facts, (_key, value) => value instanceof Map ? [...value] : value));
}
async function fixOf(candidate, { fixing, staged }) {
  if (!fixing) return { fix: null };
  if (!staged) return { fix: { allowed: true } };
  const copy = await stagedWorkingCopy(candidate.source);
  if (copy) return { fix: { allowed: true }, copy };
  const display = candidate.source.display;
  const hint = ` (Not fixed: ${display} has unstaged changes; run ledgerlint --fix ${display}, then stage it.)`;
  return { fix: { allowed: false, hint } };
}

// src/runner/prepare.ts
var notALedger = (reason) => ({
  skipped: "not-a-ledger",
  reason: `not a ledger (${reason}); skipped.`
});
function prepare(source, read, prepared, notes, known) {
  const detect = (text) => {
    const picked = prepared.pickProfile(source.configPath, text);
    if (picked.profile)
      notes.push(
        `${source.display}: ${picked.profile.name} ledger (${picked.profile.tier}), because ${picked.reason}.`
      );
    return picked;
  };
  const fatal = (profile2, message, line = 1, column = 1) => ({
    result: summarise({
      filePath: source.file,
      displayPath: source.display,
      profile: profile2,
      messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }]
    })
  });
  if (read.kind === "unusable") return fatal(null, read.message, read.line, read.column);
  if (read.kind === "too-large") {
    const { profile: profile2, reason: reason2 } = detect(read.prefix);
    if (!profile2) return notALedger(reason2);
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const size = read.stopped ? "The text is larger than" : `The file is ${mb(read.size)}, over`;
    return fatal(
      profile2.name,
      `${size} the ${mb(prepared.maxFileSize)} limit for a ledger (maxFileSize); it was not checked.`
    );
  }
  if (read.text.trim() === "") return { skipped: "empty", reason: "the file is empty; nothing to check." };
  const cachedProfile = known && prepared.profileNamed(known.profile);
  if (known && cachedProfile)
    return { candidate: { source, bytes: read.bytes, profile: cachedProfile, needs: known.needs } };
  const { outline, profile, reason } = detect(read.text);
  if (!profile) return notALedger(reason);
  return {
    candidate: {
      source,
      bytes: read.bytes,
      profile,
      needs: structuredClone(
        factNeeds(
          scanRefs(read.text, outline, profile),
          profile,
          evidenceNeeds(read.text, outline, profile),
          scanLedgerNames(read.text, outline)
        )
      )
    }
  };
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
async function prepareSources(sources, options) {
  const { prepared, cache } = options;
  const outcomes = await readAll(
    sources,
    (source, read) => {
      if ("error" in read) return { outcome: { problem: read.error }, stamp: null, notes: [] };
      const hash = cache && read.kind === "text" ? sha1(read.bytes) : null;
      const notes = [];
      const outcome = prepare(source, read, prepared, notes, hash ? cache.file(source.file, hash) : void 0);
      const stamp = read.kind === "text" ? read.stamp ?? null : null;
      if (!("candidate" in outcome)) return { outcome, stamp, notes };
      return { outcome: { candidate: kept(outcome.candidate, hash, options.rereadInWorkers) }, stamp, notes };
    },
    // A file the cache saw, unchanged since by its stamp, is not read at all; it is read when it has to be linted again.
    (source) => {
      const stamp = cache && source.stamp ? source.stamp() : null;
      const entry = stamp ? cache.unchanged(source.file, stamp) : void 0;
      const profile = entry && prepared.profileNamed(entry.profile);
      if (!entry || !profile) return void 0;
      return {
        outcome: { candidate: { source, bytes: null, sha1: entry.hash, profile, needs: entry.needs } },
        stamp,
        notes: []
      };
    }
  );
  return collect(sources, outcomes);
}
function kept(candidate, hash, rereadInWorkers) {
  const hashed = hash ? { ...candidate, sha1: hash } : candidate;
  return rereadInWorkers ? { ...hashed, sha1: hashed.sha1 ?? sha1(candidate.bytes), bytes: null } : hashed;
}
function collect(sources, outcomes) {
  const files = { ...noNotices(), candidates: [], results: [], stamps: /* @__PURE__ */ new Map(), settled: [] };
  outcomes.forEach(({ outcome, stamp, notes }, index) => {
    const source = sources[index];
    if (!stamp) files.settled = null;
    else files.settled?.push([source.file, stamp]);
    files.notes.push(...notes);
    if ("problem" in outcome) files.problems.push(outcome.problem);
    else if ("result" in outcome) files.results.push(outcome.result);
    else if ("candidate" in outcome) {
      files.candidates.push(outcome.candidate);
      if (stamp) files.stamps.set(outcome.candidate, stamp);
    } else
      (outcome.skipped === "empty" && source.named ? files.warnings : files.notes).push(
        `${source.display}: ${outcome.reason}`
      );
  });
  return files;
}

// src/runner/run-record.ts
function requestKey(request, repo) {
  const { cwd, patterns, files, confine: confine2, shard } = request;
  return sha1(JSON.stringify([cwd, patterns, files ?? null, confine2 ?? null, shard ?? null, repo.root, repo.head]));
}
function replayable(repo) {
  return repo !== null && repo.head !== null && !repo.shallow;
}
async function replay(record, request, sources, repo) {
  const stale = (leftovers2 = {}) => ({ stale: leftovers2 });
  if (record.key !== requestKey(request, repo)) return stale();
  const stamps = sources.map((source) => source.stamp?.() ?? null);
  if (stamps.includes(null) || filesKey(sources, stamps) !== record.files) return stale();
  const { base, queries, facts } = record.paths;
  if (pathsKey(queries, await treePathFacts(base, queries)) !== facts) return stale();
  const [commits, history] = await Promise.all([
    resolveCommits(repo, Object.keys(record.commits)),
    record.history === null ? null : readHistory(repo)
  ]);
  const leftovers = { commits, ...history ? { history } : {} };
  for (const [sha, fact] of Object.entries(record.commits))
    if (JSON.stringify(commits.get(sha)) !== JSON.stringify(fact)) return stale(leftovers);
  if (history && historyKey(history) !== record.history) return stale(leftovers);
  const { results, warnings } = record.run;
  if (results.some((result) => result.source >= sources.length)) return stale(leftovers);
  const replayed = results.map((result) => resultOf(result, sources[result.source]));
  return { replayed: { results: replayed, warnings } };
}
function filesKey(sources, stamps) {
  return sha1(sources.map((source, index) => `${source.file}\0${stamps[index]}`).join("\0"));
}
function pathsKey(queries, facts) {
  return sha1(JSON.stringify(queries.map(({ path }) => facts.get(path) ?? null)));
}
function historyKey(history) {
  return sha1(JSON.stringify(history));
}
function recordOf(request, repo, settled, facts, run) {
  const { base, queries, facts: found } = facts.lookedUp;
  const listed = settled.map(([file]) => ({ file }));
  const indexOf = new Map(listed.map(({ file }, index) => [file, index]));
  const results = run.results.map((result) => recordedResult(result, indexOf.get(result.filePath)));
  if (results.includes(null)) return null;
  const commits = {};
  for (const [sha, fact] of facts.commits) if (fact.status !== "found" || !fact.reachable) commits[sha] = fact;
  return {
    key: requestKey(request, repo),
    files: filesKey(
      listed,
      settled.map(([, stamp]) => stamp)
    ),
    paths: { base, queries, facts: pathsKey(queries, found) },
    commits,
    history: facts.history && historyKey(facts.history),
    run: { results, warnings: run.warnings }
  };
}
function recordedResult(result, source) {
  if (source === void 0) return null;
  const { profile, messages, suppressedMessages, overview } = result;
  return {
    source,
    profile,
    messages,
    ...suppressedMessages ? { suppressed: suppressedMessages } : {},
    ...overview ? { overview } : {}
  };
}
function resultOf({ profile, messages, suppressed, overview }, source) {
  return summarise({
    filePath: source.file,
    displayPath: source.display,
    profile,
    messages,
    ...suppressed ? { suppressedMessages: suppressed } : {},
    ...overview ? { overview } : {}
  });
}

// src/runner/save-cache.ts
async function saveCache(cache, location, learnt) {
  const { head, facts, plan, linted, stamps } = learnt;
  for (const [file, entry] of plan.restamped) cache.remember(file, entry);
  for (const { candidate, factsKey } of plan.jobs) {
    const result = linted.get(candidate);
    if (!result || !candidate.sha1 || !factsKey) continue;
    cache.remember(candidate.source.file, entryOf(candidate, candidate.sha1, factsKey, result, stamps.get(candidate)));
  }
  cache.rememberCommits(head, facts.commits);
  cache.rememberEvidence(head, facts.evidence);
  cache.keepRecord(learnt.record);
  return cache.save().then(
    () => [],
    (error) => [`could not write the cache ${location}: ${error.message}`]
  );
}
function entryOf(candidate, hash, factsKey, result, stamp) {
  return {
    hash,
    ...stamp ? { stamp } : {},
    profile: candidate.profile.name,
    needs: candidate.needs,
    facts: factsKey,
    messages: result.messages,
    ...result.suppressed ? { suppressed: result.suppressed } : {},
    ...result.overview ? { overview: result.overview } : {}
  };
}

// src/runner/check-files.ts
async function checkFiles(input) {
  const request = { ...input, staged: input.staged ?? false };
  const pools = [];
  const startPool = (jobs) => {
    const size = workersFor(jobs, request.workerScript);
    if (size < 2) return null;
    pools.push(new LintPool(size, request.config, request.workerScript));
    return pools[pools.length - 1];
  };
  try {
    return await check(request, startPool);
  } catch (error) {
    if (!(error instanceof GitFailed)) throw error;
    return {
      results: [],
      root: null,
      problems: [`git cannot read the repository: ${error.detail}`],
      warnings: [],
      notes: [],
      gitProcesses: 0,
      workers: 1,
      workersStopped: 0,
      timings: []
    };
  } finally {
    for (const pool of pools) pool.close();
  }
}
async function check(asked, startPool) {
  const { cwd, config } = asked;
  const timings = [];
  const mark = (phase) => timings.push([phase, Math.round(performance.now())]);
  mark("start");
  const purpose = asked.purpose ?? "lint";
  const fixing = asked.fix !== void 0 && asked.fix !== "off" && purpose === "lint";
  const client = new GitClient(cwd);
  const listed = await listSources(asked, sourceContext(cwd, config), client);
  const { repo, sources } = listed;
  const request = { ...asked, staged: listed.staged };
  mark("files listed");
  const afresh = purpose !== "lint" || fixing || request.staged || request.stdin !== void 0 || request.previous !== void 0;
  const cacheLocation = afresh ? null : request.cacheLocation ?? null;
  const earlyPool = cacheLocation !== null ? null : startPool(sources.length);
  if (cacheLocation === null && !earlyPool && sources.length > 0) void loadLinter();
  const opened = await openCache(cacheLocation, config);
  const { cache } = opened;
  const again = cache?.record && replayable(repo) ? await replay(cache.record, request, sources, repo) : null;
  if (again && "replayed" in again) {
    mark("replayed");
    const { results: results2, warnings } = again.replayed;
    return {
      ...ranWith(client, null, timings),
      results: reported(results2, request.stdin),
      root: repo.root,
      problems: listed.problems,
      warnings: [...listed.warnings, ...opened.warnings, ...warnings],
      notes: listed.notes
    };
  }
  const rereadInWorkers = earlyPool !== null && !fixing && !request.staged && !request.stdin;
  const files = await prepareSources(sources, { prepared: config.prepared, cache, rereadInWorkers });
  mark("files read");
  const head = repo?.head ?? null;
  const earlier = request.previous ?? listed.headVersions;
  const told = again && "stale" in again ? again.stale : {};
  const facts = await factsOfRun(
    files.candidates,
    { ...factsOptions(request, client, repo, cache), answered: told },
    earlier
  );
  mark("facts gathered");
  const { factsFor } = facts;
  const plan = await planJobs(files.candidates, {
    cache,
    factsFor,
    stamps: files.stamps,
    fixing,
    staged: request.staged
  });
  const pool = earlyPool ?? startPool(plan.jobs.length);
  const linted = await runJobs(plan.jobs, { config, purpose, fixing, factsFor, pool });
  const answered = new Map([...plan.cached, ...linted.results]);
  const fixed = await resultsWithFixes(files.candidates, answered, fixTarget(request, client, repo, plan));
  const results = reported([...files.results, ...fixed.results], request.stdin);
  const problems = [...files.problems, ...linted.problems, ...fixed.problems];
  const said = { warnings: [...files.warnings, ...facts.warnings], notes: files.notes };
  const record = replayable(repo) && files.settled && problems.length === 0 && listed.problems.length === 0 ? recordOf(request, repo, files.settled, facts, { results, warnings: said.warnings }) : null;
  const learnt = { head, facts, plan, linted: linted.results, stamps: files.stamps, record };
  const saved = cache ? await saveCache(cache, cacheLocation, learnt) : [];
  mark("linted");
  return {
    ...ranWith(client, pool, timings),
    results,
    root: repo?.root ?? null,
    problems: [...listed.problems, ...problems],
    warnings: [...listed.warnings, ...opened.warnings, ...said.warnings, ...saved],
    notes: [...listed.notes, ...said.notes]
  };
}
function ranWith(client, pool, timings) {
  return { gitProcesses: client.spawned, workers: pool?.size ?? 1, workersStopped: pool?.stopped ?? 0, timings };
}
async function openCache(location, config) {
  if (location === null) return { cache: null, warnings: [] };
  const warnings = [];
  const key = sha1(`${JSON.stringify(config.raw)}\0${config.prepared.source}`);
  return { cache: await ResultCache.open(location, key, warnings), warnings };
}
function factsOptions(request, client, repo, cache) {
  const head = repo?.head ?? null;
  const knownEvidence = cache?.evidence(head);
  return {
    repo,
    noRepository: client.missing ? "git is not installed (or not on PATH)" : "not in a git repository",
    staged: request.staged,
    base: repo?.root ?? request.config.baseDir,
    fetchMissing: request.fetchMissing === true,
    ...cache ? { knownCommits: cache.commits(head) } : {},
    ...knownEvidence ? { knownEvidence } : {}
  };
}
function fixTarget(request, client, repo, plan) {
  if (request.fix !== "write" || request.stdin) return null;
  const root = repo?.root ?? request.config.baseDir;
  const staged = request.staged && repo ? { client, root: repo.root, copies: plan.workingCopies } : null;
  return { root, cwd: request.cwd, staged };
}
function reported(results, stdin) {
  const sorted = [...results].sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);
  return stdin && stdin.filename === void 0 ? sorted.map((r) => ({ ...r, filePath: STDIN_LABEL })) : sorted;
}

export {
  isUnder,
  whereaboutsIn,
  fetchForComparison,
  CHANGED_FILES,
  parseChanges,
  readBlobs,
  summarise,
  totals,
  diskSources,
  noNotices,
  prepareSources,
  checkFiles
};
