/**
 * The shared middle of every front door: which files, their text (from disk, or
 * from the index with --staged), their profile, the facts about them gathered in
 * one batch, and the core's findings. Front doors parse input and report.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { LoadedConfig } from '../config/load.js';
import type { Facts, PathFact } from '../core/facts.js';
import { fixText } from '../core/fix.js';
import { hasPlaceholder } from '../core/placeholders.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import type { CountPolicy } from '../core/queries.js';
import { detectProfile, scanOutline } from '../core/profiles/detect.js';
import { scanRefs, type LedgerRefs } from '../core/refs.js';
import { describeFsError, discoverFiles, toPosixRelative } from '../files/discover.js';
import { treePathFacts, type PathQuery } from '../files/path-facts.js';
import { decode, readText, type TextRead } from '../files/read-text.js';
import { replaceText } from '../files/write-text.js';
import { resolveCommits } from '../git/commits.js';
import { indexPathFacts } from '../git/path-facts.js';
import { GitClient } from '../git/client.js';
import { openRepo, trackedMarkdown, type Repo } from '../git/repo.js';
import { readObjects, stagedPaths, type StagedPath } from '../git/staged.js';
import { summarise, type FileResult } from './results.js';

export interface CheckRequest {
  cwd: string;
  /** Paths, directories and globs; empty means the config's include, else tracked markdown. */
  patterns: readonly string[];
  config: LoadedConfig;
  /** Check the staged versions of staged ledgers, read from the index (the pre-commit hook). */
  staged?: boolean;
  /** Exactly these files (absolute), instead of discovering them: the Action's changed ledgers. */
  files?: readonly string[];
  /** Earlier versions to compare each ledger with (status transitions). */
  previous?: PreviousSource;
  /** lint (the rules), or gate (every reason a ledger may not be marked complete). */
  purpose?: 'lint' | 'gate';
  /** Apply the rules' fixes: write them back, or only compute them (for a diff). */
  fix?: 'off' | 'write' | 'dry-run';
}

export interface PreviousSource {
  /** How messages name the earlier version: "the base branch", "HEAD". */
  label: string;
  /** Texts of the earlier versions by repository-relative path; null where the file did not exist. */
  read(paths: readonly string[]): Promise<Map<string, string | null>>;
}

export interface CheckRun {
  results: FileResult[];
  /** Usage and I/O problems, each naming its path: the run exits 2. */
  problems: string[];
  /** Said on stderr in any case: things not checked that the user should know of. */
  warnings: string[];
  /** For --verbose: files skipped and why, profiles detected. */
  notes: string[];
  /** Git processes the run started. */
  gitProcesses: number;
  /** Milliseconds since the process started at which each phase ended, for --debug. */
  timings: Array<[string, number]>;
}

/** A file to check: where it is, and how to get its text. */
interface Source {
  file: string;
  display: string;
  /** Relative to the config's directory, `/`-separated, for globs. */
  configPath: string;
  named: boolean;
  read: () => Promise<TextRead>;
  /** With --staged: the staged bytes, to tell whether the working copy is the same. */
  staged?: Buffer;
}

/** A ledger ready to be linted once the facts are in. */
interface Candidate {
  source: Source;
  text: string;
  profile: CompiledProfile;
  refs: LedgerRefs;
}

export async function checkFiles(request: CheckRequest): Promise<CheckRun> {
  const { cwd, config } = request;
  const { prepared, baseDir } = config;
  const configPath = (file: string) => {
    const rel = relative(baseDir, file);
    return rel.startsWith('..') || isAbsolute(rel) ? file.replace(/^\/+/, '') : toPosixRelative(baseDir, rel);
  };
  const isIgnored = (file: string) => prepared.isIgnored(configPath(file));
  const run: CheckRun = { results: [], problems: [], warnings: [], notes: [], gitProcesses: 0, timings: [] };
  const mark = (phase: string) => run.timings.push([phase, Math.round(performance.now())]);
  mark('start');
  // The parser is the largest part of the bundle: load it while git and the file system work.
  const linter = import('../core/lint.js');
  const client = new GitClient(cwd);
  const staged = request.staged ? stagedPaths(client).catch(() => null) : null;
  const repo = await openRepo(client);

  let headVersions: PreviousSource | undefined;
  let sources: Source[];
  if (staged) ({ sources, headVersions } = await stagedSources(request, repo, await staged, configPath, isIgnored, run));
  else sources = await diskSources(request, repo, configPath, isIgnored, run);
  mark('files listed');

  const candidates: Candidate[] = [];
  for (const source of sources) {
    const outcome = await prepare(source, prepared, run.notes);
    if ('problem' in outcome) run.problems.push(outcome.problem);
    else if ('result' in outcome) run.results.push(outcome.result);
    else if ('candidate' in outcome) candidates.push(outcome.candidate);
    else (outcome.skipped === 'empty' && source.named ? run.warnings : run.notes).push(`${source.display}: ${SKIPPED[outcome.skipped]}`);
  }

  mark('files read');
  const noRepository = client.missing ? 'git is not installed (or not on PATH)' : 'not in a git repository';
  const root = repo?.root ?? baseDir;
  // A commit is compared with HEAD: its status changes must follow the state machine too.
  const earlier = request.previous ?? headVersions;
  const [factsFor, previous] = await Promise.all([
    gatherFacts(candidates, repo, noRepository, request.staged === true, root, run),
    earlier ? earlier.read(candidates.map((c) => toPosixRelative(root, c.source.file))) : null,
  ]);
  mark('facts gathered');
  const [{ lintText, gateText }, { ledgerOverview }] = await Promise.all([linter, import('../core/overview.js')]);
  mark('parser loaded');
  for (const candidate of candidates) {
    const { source, text, profile } = candidate;
    const rules = prepared.rulesFor(source.configPath, profile.name);
    const facts = factsFor(candidate);
    if (previous && earlier) facts.previous = { label: earlier.label, text: previous.get(toPosixRelative(root, source.file)) ?? null };
    const lint = (body: string) => (request.purpose === 'gate' ? gateText({ text: body, profile, rules, facts }) : lintText({ text: body, profile, rules, facts }));
    let outcome = lint(text);
    let output: string | undefined;
    if (request.fix && request.fix !== 'off' && request.purpose !== 'gate' && outcome.messages.some((m) => m.fix)) {
      if (request.staged && !(await workingCopyIsStaged(source))) {
        // Partially staged: rewriting the working copy would mix fixes into unstaged work.
        const hint = ` (Not fixed: ${source.display} has unstaged changes; run ledgerlint --fix ${source.display}, then stage it.)`;
        outcome = { ...outcome, messages: outcome.messages.map((m) => (m.fix ? { ...m, message: `${m.message}${hint}` } : m)) };
      } else {
        const fixed = fixText(text, outcome, lint);
        outcome = fixed.outcome;
        if (fixed.output !== text) output = fixed.output;
      }
    }
    const count = (rules.find((r) => r.rule.meta.id === 'progress-math')?.options as { count?: CountPolicy } | undefined)?.count;
    const overview = outcome.ledger ? ledgerOverview(outcome.ledger, profile, count) : undefined;
    run.results.push(summarise({ filePath: source.file, displayPath: source.display, profile: profile.name, messages: outcome.messages, source: text, ...(overview ? { overview } : {}), ...(output !== undefined ? { output } : {}) }));
  }
  if (request.fix === 'write') await writeFixes(run, request.staged === true, client);
  mark('linted');
  run.results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  run.gitProcesses = client.spawned;
  return run;
}

async function diskSources(request: CheckRequest, repo: Repo | null, configPath: (f: string) => string, isIgnored: (f: string) => boolean, run: CheckRun): Promise<Source[]> {
  const { cwd, config } = request;
  const { prepared, baseDir } = config;
  let files: string[];
  let named = new Set<string>();
  if (request.files) {
    files = request.files.filter((f) => !isIgnored(f));
  } else if (request.patterns.length > 0) {
    const found = await discoverFiles(request.patterns, { cwd, isIgnored });
    ({ files, named } = found);
    run.problems.push(...found.problems);
    run.warnings.push(...found.warnings);
    run.notes.push(...found.notes);
  } else if (prepared.include) {
    files = (await glob(prepared.include, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: true })).map((f) => resolve(f)).filter((f) => !isIgnored(f)).sort();
    if (files.length === 0) run.problems.push(`${prepared.source}: include matches no files (${prepared.include.join(', ')}).`);
  } else if (repo) {
    const under = `${resolve(cwd)}${sep}`;
    files = (await trackedMarkdown(repo)).filter((f) => f.startsWith(under) && !isIgnored(f));
    run.notes.push(`No paths given: checking the ${files.length} tracked markdown files that are ledgers.`);
  } else {
    ({ files } = await discoverFiles(['.'], { cwd, isIgnored }));
    run.notes.push(`No paths given and not in a git repository: checking markdown files under ${cwd}.`);
  }
  return files.map((file) => ({
    file,
    display: toPosixRelative(cwd, file),
    configPath: configPath(file),
    named: named.has(file),
    read: () => readText(file, prepared.maxFileSize),
  }));
}

/**
 * Staged ledgers read from the index, and their HEAD versions (for transitions),
 * through one `git cat-file --batch`: unstaged edits are never seen.
 */
async function stagedSources(request: CheckRequest, repo: Repo | null, staged: StagedPath[] | null, configPath: (f: string) => string, isIgnored: (f: string) => boolean, run: CheckRun): Promise<{ sources: Source[]; headVersions?: PreviousSource }> {
  if (!repo || !staged) {
    run.problems.push('--staged: not in a git repository, so there is no index to read.');
    return { sources: [] };
  }
  const { cwd, config } = request;
  const within = pathFilter(request.patterns, cwd);
  const chosen = staged.filter(({ path }) => {
    const file = resolve(repo.root, path);
    return /\.md$/i.test(path) && !isIgnored(file) && within(file);
  });
  const paths = chosen.map((s) => s.path);
  const head = (s: StagedPath) => (s.from === null ? null : `HEAD:${s.from}`);
  const blobs = await readObjects(repo.client, [...paths.map((p) => `:${p}`), ...chosen.flatMap((s) => head(s) ?? [])]);
  const headTexts = new Map(chosen.map((s) => [s.path, head(s) ? (blobs.get(head(s)!)?.toString('utf8') ?? null) : null]));
  const headVersions: PreviousSource = { label: 'HEAD', read: async (wanted) => new Map(wanted.map((p) => [p, headTexts.get(p) ?? null])) };
  const sources = paths.map((p) => {
    const file = resolve(repo.root, p);
    const blob = blobs.get(`:${p}`);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: false,
      ...(blob ? { staged: blob } : {}),
      read: async (): Promise<TextRead> => {
        if (!blob) throw Object.assign(new Error('not in the index'), { code: 'ENOENT' });
        if (blob.length > config.prepared.maxFileSize) return { kind: 'too-large', size: blob.length, prefix: blob.subarray(0, 64 * 1024).toString('utf8') };
        return decode(blob);
      },
    };
  });
  return { sources, headVersions };
}

/** With --staged, paths on the command line narrow the staged files to those files, directories or globs. */
function pathFilter(patterns: readonly string[], cwd: string): (file: string) => boolean {
  if (patterns.length === 0) return () => true;
  const prefixes = patterns.map((p) => resolve(cwd, p));
  const globs = picomatch(patterns.map((p) => toPosixRelative(cwd, resolve(cwd, p))), { dot: true });
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}${sep}`)) || globs(toPosixRelative(cwd, file));
}

async function workingCopyIsStaged(source: Source): Promise<boolean> {
  const working = await readFile(source.file).catch(() => null);
  return working !== null && source.staged !== undefined && working.equals(source.staged);
}

/** Writes fixed ledgers back; with --staged (working copy = staged copy, checked before) stages them again. */
async function writeFixes(run: CheckRun, staged: boolean, client: GitClient): Promise<void> {
  const restage: string[] = [];
  for (const result of run.results) {
    if (result.output === undefined || result.source === undefined) continue;
    const outcome = await replaceText(result.filePath, result.source, result.output);
    if (outcome === 'changed-meanwhile') {
      run.warnings.push(`${result.displayPath}: not fixed, because it changed while ledgerlint ran.`);
      delete result.output;
    } else if (staged) {
      restage.push(result.filePath);
    }
  }
  if (restage.length > 0) await client.text(['--literal-pathspecs', 'add', '--', ...restage]);
}

type Prepared = { problem: string } | { result: FileResult } | { candidate: Candidate } | { skipped: keyof typeof SKIPPED };

const SKIPPED = {
  empty: 'the file is empty; nothing to check.',
  'not-a-ledger': 'not a ledger (it matches no profile); skipped.',
};

async function prepare(source: Source, prepared: LoadedConfig['prepared'], notes: string[]): Promise<Prepared> {
  let read: TextRead;
  try {
    read = await source.read();
  } catch (error) {
    return { problem: `${source.display}: ${describeFsError(error)}` };
  }
  const detect = (text: string) => {
    const outline = scanOutline(text);
    const forced = prepared.forcedProfile(source.configPath);
    if (forced) return { outline, profile: prepared.profiles.find((p) => p.name === forced)! };
    const detection = detectProfile(outline, prepared.profiles);
    if (detection) notes.push(`${source.display}: ${detection.profile.name} ledger, because ${detection.reason}.`);
    return { outline, profile: detection?.profile ?? null };
  };
  const fatal = (profile: string | null, message: string, line = 1, column = 1): Prepared => ({
    result: summarise({ filePath: source.file, displayPath: source.display, profile, messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }] }),
  });

  if (read.kind === 'unusable') return fatal(null, read.message, read.line, read.column);
  if (read.kind === 'too-large') {
    const { profile } = detect(read.prefix);
    if (!profile) return { skipped: 'not-a-ledger' };
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fatal(profile.name, `The file is ${mb(read.size)}, over the ${mb(prepared.maxFileSize)} limit for a ledger (maxFileSize); it was not checked.`);
  }
  if (read.text.trim() === '') return { skipped: 'empty' };
  const { outline, profile } = detect(read.text);
  if (!profile) return { skipped: 'not-a-ledger' };
  return { candidate: { source, text: read.text, profile, refs: scanRefs(read.text, outline, profile) } };
}

/**
 * Facts for every ledger, gathered at once: one batch of git processes for all
 * commits, one look at the tree (or index) for all key files.
 */
async function gatherFacts(candidates: readonly Candidate[], repo: Repo | null, noRepository: string, staged: boolean, base: string, run: CheckRun): Promise<(c: Candidate) => Facts> {
  const shas = candidates.flatMap((c) => c.refs.commits.filter((r) => r.sha !== null && !hasPlaceholder(r.raw, c.profile)).map((r) => r.sha!));
  const queries = new Map<string, PathQuery>();
  for (const c of candidates) {
    for (const ref of c.refs.keyFiles) {
      if (hasPlaceholder(ref.raw, c.profile)) continue;
      queries.set(ref.path, { path: ref.path, lines: (queries.get(ref.path)?.lines ?? false) || ref.lines !== null });
    }
  }

  const pathQueries = [...queries.values()];
  const pathFacts = repo && staged ? indexPathFacts(repo, pathQueries) : treePathFacts(base, pathQueries);

  let commits: Facts['commits'] | undefined;
  const owners = new Map<Candidate, { sha: string; others: number }>();
  if (repo) {
    const bySha = await resolveCommits(repo, shas);
    const unverifiable = candidates.flatMap((c) => c.refs.commits.filter((r) => r.sha && bySha.get(r.sha)?.status === 'unverifiable').map((r) => ({ c, sha: r.sha! })));
    const first = unverifiable[0];
    if (first) {
      const count = new Set(unverifiable.map((u) => u.sha)).size;
      owners.set(first.c, { sha: first.sha, others: count - 1 });
      // Said here too, so that a disable comment on that one line cannot hide it.
      run.warnings.push(`${count} linked commit${count === 1 ? '' : 's'} could not be verified in this shallow clone; fetch full history (actions/checkout: fetch-depth: 0).`);
    }
    commits = { bySha, shallowNotice: null };
  } else if (shas.length > 0) {
    run.warnings.push(`${noRepository}: the commits listed in ledgers were not checked.`);
  }

  const byPath: Map<string, PathFact> = await pathFacts;
  const paths: Facts['paths'] = { source: staged ? 'index' : 'working tree', byPath };

  return (candidate): Facts => ({
    ...(commits ? { commits: { ...commits, shallowNotice: owners.get(candidate) ?? null } } : {}),
    paths,
  });
}
