/**
 * The shared middle of every front door: which files, their text (from disk, or
 * from the index with --staged), their profile, the facts about them gathered in
 * one batch, and the core's findings (in worker processes for big runs, from the
 * cache where nothing changed). Front doors parse their input and report.
 */
import type { LoadedConfig } from '../config/load.js';
import { toPosixRelative } from '../files/discover.js';
import { textOf } from '../files/read-text.js';
import { GitClient, GitFailed } from '../git/client.js';
import { AS_STAGED_NOTE, namedFilesAreStaged } from './hook-files.js';
import { stagedWorkingCopy, writeFixes, type FixToWrite, type WorkingCopy } from './fixes.js';
import { ResultCache, sha1 } from './cache.js';
import { gatherFacts } from './facts.js';
import type { Facts } from '../core/model/facts.js';
import type { LintJob, LintJobResult, Purpose } from './lint-job.js';
import { LintPool, loadLinter, runLintJobs, workersFor } from './pool.js';
import { summarise, type FileResult } from '../core/model/results.js';
import { listSources, sourceContext, STDIN_LABEL, type PreviousSource, type StdinText } from './list.js';
import { prepareSources, type Candidate } from './prepare.js';

export type { PreviousSource } from './list.js';

export interface CheckRequest {
  cwd: string;
  /** Paths, directories and globs; empty means the config's include, else tracked markdown. */
  patterns: readonly string[];
  config: LoadedConfig;
  /**
   * Check the staged versions of staged ledgers, read from the index (the pre-commit hook);
   * `if-named-files-are`: when every path given is a staged file (inside a commit hook).
   */
  staged?: boolean | 'if-named-files-are';
  /** Check this text instead of files (--stdin): never cached, never written back. */
  stdin?: StdinText;
  /** Exactly these files (absolute), instead of discovering them: the Action's changed ledgers. */
  files?: readonly string[];
  /**
   * Read only files that, symlinks resolved, are inside this directory and not in a
   * .git directory: the Action's workspace. Without it, a file found (not named) in the
   * repository must really be in the repository.
   */
  confine?: string;
  /** Earlier versions to compare each ledger with (status transitions). */
  previous?: PreviousSource;
  /** lint (the rules), gate (every reason a ledger may not be marked complete), or an agent's edit check. */
  purpose?: Purpose;
  /** Text to check in place of a file's content on disk, by absolute path: an agent's edit before it is made. */
  texts?: ReadonlyMap<string, string>;
  /** Apply the rules' fixes: write them back, or only compute them (for a diff). */
  fix?: 'off' | 'write' | 'dry-run';
  /** Reuse results from this cache file (lint runs on the working tree only). */
  cacheLocation?: string;
  /** Check only shard `index` (1-based) of `count`. */
  shard?: { index: number; count: number };
  /** The bundled worker script; without it everything runs in the main process. */
  workerScript?: URL;
  /**
   * Before a linked commit is said to be missing, or unverifiable in a shallow clone, fetch
   * from origin what a full clone has (its whole history and branches): the Action, whose
   * checkout holds one commit unless told otherwise.
   */
  fetchMissing?: boolean;
}

export interface CheckRun {
  results: FileResult[];
  /** The top of the git repository the run was in, as git names it (reporters name files from it for GitHub); null outside one. */
  root: string | null;
  /** Usage and I/O problems, each naming its path: the run exits 2. */
  problems: string[];
  /** Said on stderr in any case: things not checked that the user should know of. */
  warnings: string[];
  /** For --verbose: files skipped and why, profiles detected. */
  notes: string[];
  /** Git processes the run started. */
  gitProcesses: number;
  /** Processes the linting ran in (1: the main process alone). */
  workers: number;
  /** Worker processes that died; the main process linted their share. */
  workersStopped: number;
  /** Milliseconds since the process started at which each phase ended, for --debug. */
  timings: Array<[string, number]>;
}

export async function checkFiles(input: CheckRequest): Promise<CheckRun> {
  const asStaged = input.staged === 'if-named-files-are' && (await namedFilesAreStaged(input.cwd, input.patterns));
  const request = { ...input, staged: input.staged === true || asStaged };
  const pools: LintPool[] = [];
  const startPool = (jobs: number): LintPool | null => {
    const size = workersFor(jobs, request.workerScript);
    if (size < 2) return null;
    pools.push(new LintPool(size, request.config, request.workerScript!));
    return pools[pools.length - 1]!;
  };
  try {
    const run = await check(request, startPool);
    if (asStaged) run.notes.unshift(AS_STAGED_NOTE);
    return run;
  } catch (error) {
    // A repository git cannot read is the run's problem, said in git's words, not an internal error.
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
      timings: [],
    };
  } finally {
    for (const pool of pools) pool.close();
  }
}

async function check(
  request: CheckRequest & { staged: boolean },
  startPool: (jobs: number) => LintPool | null,
): Promise<CheckRun> {
  const { cwd, config } = request;
  const { prepared, baseDir } = config;
  const run: CheckRun = {
    results: [],
    root: null,
    problems: [],
    warnings: [],
    notes: [],
    gitProcesses: 0,
    workers: 1,
    workersStopped: 0,
    timings: [],
  };
  const mark = (phase: string) => run.timings.push([phase, Math.round(performance.now())]);
  mark('start');
  const purpose = request.purpose ?? 'lint';
  const fixing = request.fix !== undefined && request.fix !== 'off' && purpose === 'lint';

  const client = new GitClient(cwd);
  const listed = await listSources(request, sourceContext(cwd, config), client);
  const { repo, sources, headVersions } = listed;
  run.root = repo?.root ?? null;
  run.problems.push(...listed.problems);
  run.warnings.push(...listed.warnings);
  run.notes.push(...listed.notes);
  mark('files listed');

  // The cache serves lint runs on the working tree; fixes and the index are always checked afresh.
  const useCache =
    request.cacheLocation !== undefined &&
    purpose === 'lint' &&
    !fixing &&
    !request.staged &&
    !request.stdin &&
    !request.previous;
  // Without a cache nearly every file will be linted: start the workers now, to load while files are read,
  // or load the linter in this process while git answers.
  let pool = useCache ? null : startPool(sources.length);
  if (!useCache && !pool && sources.length > 0) void loadLinter();

  const cache = useCache
    ? await ResultCache.open(
        request.cacheLocation!,
        sha1(`${JSON.stringify(config.raw)}\0${prepared.source}`),
        run.warnings,
      )
    : null;
  const rereadInWorkers = pool !== null && !fixing && !request.staged && !request.stdin;
  const files = await prepareSources(sources, { prepared, cache, rereadInWorkers });
  const { candidates, stamps } = files;
  run.results.push(...files.results);
  run.problems.push(...files.problems);
  run.warnings.push(...files.warnings);
  run.notes.push(...files.notes);
  mark('files read');

  const root = repo?.root ?? baseDir;
  // A commit is compared with HEAD: its status changes must follow the state machine too.
  const earlier = request.previous ?? headVersions;
  const knownEvidence = cache?.evidence(repo?.head ?? null);
  const [gathered, previous] = await Promise.all([
    gatherFacts(candidates, {
      repo,
      noRepository: client.missing ? 'git is not installed (or not on PATH)' : 'not in a git repository',
      staged: request.staged === true,
      base: root,
      fetchMissing: request.fetchMissing === true,
      ...(cache ? { knownCommits: cache.commits(repo?.head ?? null) } : {}),
      ...(knownEvidence ? { knownEvidence } : {}),
    }),
    earlier ? earlier.read(candidates.map((c) => toPosixRelative(root, c.source.file))) : null,
  ]);
  run.warnings.push(...gathered.warnings);
  mark('facts gathered');

  const pending: Array<{ candidate: Candidate; factsKey: string | null; fix: LintJob['fix']; facts: Facts | null }> =
    [];
  const done = new Map<Candidate, LintJobResult>();
  const factsOf = (candidate: Candidate): Facts => {
    const facts = gathered.factsFor(candidate);
    if (previous && earlier)
      facts.previous = {
        label: earlier.label,
        text: previous.get(toPosixRelative(root, candidate.source.file)) ?? null,
      };
    return facts;
  };
  // With a cache, every candidate's sha1 is its content hash, the key of its entry.
  const hashOf = (candidate: Candidate) => (cache ? candidate.sha1 : undefined);
  const workingCopies = new Map<string, WorkingCopy>();
  for (const candidate of candidates) {
    const hash = hashOf(candidate);
    // Facts are made when a job is sent, unless the cache needs them now: a big run should not hold them all.
    const facts = cache && hash ? factsOf(candidate) : null;
    const factsKey = facts
      ? sha1(JSON.stringify(facts, (_key, value: unknown) => (value instanceof Map ? [...value] : value)))
      : null;
    const cached = hash ? cache!.file(candidate.source.file, hash) : undefined;
    if (cached && cached.facts === factsKey) {
      done.set(candidate, {
        messages: cached.messages,
        ...(cached.suppressed ? { suppressed: cached.suppressed } : {}),
        ...(cached.overview ? { overview: cached.overview } : {}),
      });
      // Read again (touched, or checked out anew) but the same: remember its new stamp, to skip reading it next time.
      const stamp = stamps.get(candidate);
      if (stamp && cached.stamp !== stamp) cache!.remember(candidate.source.file, { ...cached, stamp });
      continue;
    }
    let fix: LintJob['fix'] = null;
    if (fixing && request.staged) {
      // Partially staged: rewriting the working copy would mix fixes into unstaged work.
      const display = candidate.source.display;
      const copy = await stagedWorkingCopy(candidate.source);
      if (copy) workingCopies.set(candidate.source.file, copy);
      fix = copy
        ? { allowed: true }
        : {
            allowed: false,
            hint: ` (Not fixed: ${display} has unstaged changes; run ledgerlint --fix ${display}, then stage it.)`,
          };
    } else if (fixing) {
      fix = { allowed: true };
    }
    pending.push({ candidate, factsKey, fix, facts });
  }
  const jobAt = (index: number): LintJob => {
    const entry = pending[index]!;
    const { candidate, fix } = entry;
    const job: LintJob = {
      ledger: candidate.bytes ? { bytes: candidate.bytes } : { file: candidate.source.file, sha1: candidate.sha1! },
      profile: candidate.profile.name,
      configPath: candidate.source.configPath,
      facts: entry.facts ?? factsOf(candidate),
      purpose,
      fix,
    };
    // Once sent, neither the text nor the facts are needed again, unless fixes will be written.
    entry.facts = null;
    if (!fixing) candidate.bytes = null;
    return job;
  };
  pool ??= startPool(pending.length);
  run.workers = pool?.size ?? 1;
  const linted = await runLintJobs(pending.length, jobAt, config, pool);
  run.workersStopped = pool?.stopped ?? 0;
  pending.forEach(({ candidate, factsKey }, index) => {
    const result = linted[index]!;
    if (result.changed)
      return void run.problems.push(
        `${candidate.source.display}: the file changed while ledgerlint was checking it; run again.`,
      );
    if (result.unreadable)
      return void run.problems.push(
        `${candidate.source.display}: could not be read again while ledgerlint was checking it: ${result.unreadable}`,
      );
    done.set(candidate, result);
    const hash = hashOf(candidate);
    if (cache && hash && factsKey) {
      const stamp = stamps.get(candidate);
      cache.remember(candidate.source.file, {
        hash,
        ...(stamp ? { stamp } : {}),
        profile: candidate.profile.name,
        needs: candidate.needs,
        facts: factsKey,
        messages: result.messages,
        ...(result.suppressed ? { suppressed: result.suppressed } : {}),
        ...(result.overview ? { overview: result.overview } : {}),
      });
    }
  });
  const fixes: FixToWrite[] = [];
  for (const candidate of candidates) {
    const { source, bytes, profile } = candidate;
    if (!done.has(candidate)) continue;
    const { messages, suppressed, overview, output, unfixed } = done.get(candidate)!;
    const result = summarise({
      filePath: source.file,
      displayPath: source.display,
      profile: profile.name,
      messages,
      ...(suppressed ? { suppressedMessages: suppressed } : {}),
      ...(overview ? { overview } : {}),
      ...(output !== undefined && bytes ? { source: textOf(bytes), output } : {}),
    });
    run.results.push(result);
    if (output !== undefined && bytes && unfixed) fixes.push({ result, bytes, unfixed });
  }
  if (request.fix === 'write' && fixes.length > 0 && !request.stdin) {
    const staged = request.staged && repo ? { client, root: repo.root, copies: workingCopies } : null;
    const { unwritten, problems } = await writeFixes(fixes, { root, cwd, staged });
    run.results = run.results.map((result) => unwritten.get(result) ?? result);
    run.problems.push(...problems);
  }
  if (cache) {
    cache.rememberCommits(repo?.head ?? null, gathered.commits);
    cache.rememberEvidence(repo?.head ?? null, gathered.evidence);
    await cache
      .save()
      .catch((error: Error) =>
        run.warnings.push(`could not write the cache ${request.cacheLocation}: ${error.message}`),
      );
  }
  mark('linted');
  run.results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  // Text with no filename is reported as ESLint reports it.
  if (request.stdin && request.stdin.filename === undefined)
    run.results = run.results.map((r) => ({ ...r, filePath: STDIN_LABEL }));
  run.gitProcesses = client.spawned;
  return run;
}
