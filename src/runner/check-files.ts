/**
 * The shared middle of every front door: which files, their text (from disk, or
 * from the index with --staged), their profile, the facts about them gathered in
 * one batch, and the core's findings (in worker processes for big runs, from the
 * cache where nothing changed). Front doors parse their input and report.
 */
import type { LoadedConfig } from '../config/load.js';
import type { CheckRun, FileResult } from '../core/model/results.js';
import { GitClient, GitFailed } from '../git/client.js';
import type { Repo } from '../git/repo.js';
import { ResultCache, sha1 } from './cache.js';
import { factsOfRun, type FactsOptions } from './facts.js';
import { resultsWithFixes, type FixContext } from './fixes.js';
import { runJobs } from './jobs.js';
import { listSources, sourceContext, STDIN_LABEL, type StdinText } from './list.js';
import { planJobs, type Plan } from './plan.js';
import { LintPool, loadLinter, workersFor } from './pool.js';
import { prepareSources } from './prepare.js';
import type { CheckRequest } from './request.js';
import { recordOf, replay, replayable } from './run-record.js';
import { saveCache } from './save-cache.js';

export type { PreviousSource } from './list.js';
export type { CheckRequest } from './request.js';
export type { CheckRun } from '../core/model/results.js';

export async function checkFiles(input: CheckRequest): Promise<CheckRun> {
  const request = { ...input, staged: input.staged ?? false };
  const pools: LintPool[] = [];
  const startPool = (jobs: number): LintPool | null => {
    const size = workersFor(jobs, request.workerScript);
    if (size < 2) return null;
    pools.push(new LintPool(size, request.config, request.workerScript!));
    return pools[pools.length - 1]!;
  };
  try {
    return await check(request, startPool);
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

/**
 * One run as a straight pipeline, each step a module returning new data:
 * list → prepare → facts → plan → jobs → fixes → cache; with --cache, a run on a
 * tree where nothing changed is replayed from the record of the last one (run-record.ts).
 */
type RunRequest = CheckRequest & { staged: boolean };

async function check(
  asked: CheckRequest & { staged: boolean | 'if-named-files-are' },
  startPool: (jobs: number) => LintPool | null,
): Promise<CheckRun> {
  const { cwd, config } = asked;
  const timings: Array<[string, number]> = [];
  const mark = (phase: string) => timings.push([phase, Math.round(performance.now())]);
  mark('start');
  const purpose = asked.purpose ?? 'lint';
  const fixing = asked.fix !== undefined && asked.fix !== 'off' && purpose === 'lint';
  const client = new GitClient(cwd);

  const listed = await listSources(asked, sourceContext(cwd, config), client);
  const { repo, sources } = listed;
  // Whether this run reads the index is settled by the list step (a commit hook naming staged files).
  const request: RunRequest = { ...asked, staged: listed.staged };
  mark('files listed');

  // The cache serves lint runs on the working tree; fixes and the index are always checked afresh.
  const afresh =
    purpose !== 'lint' || fixing || request.staged || request.stdin !== undefined || request.previous !== undefined;
  const cacheLocation = afresh ? null : (request.cacheLocation ?? null);
  // Without a cache nearly every file will be linted: start the workers now, to load while files are read,
  // or load the linter in this process while git answers.
  const earlyPool = cacheLocation !== null ? null : startPool(sources.length);
  if (cacheLocation === null && !earlyPool && sources.length > 0) void loadLinter();
  const opened = await openCache(cacheLocation, config);
  const { cache } = opened;
  // An unchanged tree is answered from the record of the last run, without reading a ledger.
  const again = cache?.record && replayable(repo) ? await replay(cache.record, request, sources, repo) : null;
  if (again && 'replayed' in again) {
    mark('replayed');
    const { results, warnings } = again.replayed;
    return {
      ...ranWith(client, null, timings),
      results: reported(results, request.stdin),
      root: repo!.root,
      problems: listed.problems,
      warnings: [...listed.warnings, ...opened.warnings, ...warnings],
      notes: listed.notes,
    };
  }
  const rereadInWorkers = earlyPool !== null && !fixing && !request.staged && !request.stdin;
  const files = await prepareSources(sources, { prepared: config.prepared, cache, rereadInWorkers });
  mark('files read');

  const head = repo?.head ?? null;
  // A commit is compared with HEAD: its status changes must follow the state machine too.
  const earlier = request.previous ?? listed.headVersions;
  const told = again && 'stale' in again ? again.stale : {};
  const facts = await factsOfRun(
    files.candidates,
    { ...factsOptions(request, client, repo, cache), answered: told },
    earlier,
  );
  mark('facts gathered');

  const { factsFor } = facts;
  const plan = await planJobs(files.candidates, {
    cache,
    factsFor,
    stamps: files.stamps,
    fixing,
    staged: request.staged,
  });
  const pool = earlyPool ?? startPool(plan.jobs.length);
  const linted = await runJobs(plan.jobs, { config, purpose, fixing, factsFor, pool });
  // Each ledger's findings, from the cache or linted now.
  const answered = new Map([...plan.cached, ...linted.results]);
  const fixed = await resultsWithFixes(files.candidates, answered, fixTarget(request, client, repo, plan));
  const results = reported([...files.results, ...fixed.results], request.stdin);
  const problems = [...files.problems, ...linted.problems, ...fixed.problems];
  const said = { warnings: [...files.warnings, ...facts.warnings], notes: files.notes };
  const record =
    replayable(repo) && files.settled && problems.length === 0 && listed.problems.length === 0
      ? recordOf(request, repo, files.settled, facts, { results, warnings: said.warnings })
      : null;
  const learnt = { head, facts, plan, linted: linted.results, stamps: files.stamps, record };
  const saved = cache ? await saveCache(cache, cacheLocation!, learnt) : [];
  mark('linted');

  return {
    ...ranWith(client, pool, timings),
    results,
    root: repo?.root ?? null,
    problems: [...listed.problems, ...problems],
    warnings: [...listed.warnings, ...opened.warnings, ...said.warnings, ...saved],
    notes: [...listed.notes, ...said.notes],
  };
}

function ranWith(client: GitClient, pool: LintPool | null, timings: CheckRun['timings']) {
  return { gitProcesses: client.spawned, workers: pool?.size ?? 1, workersStopped: pool?.stopped ?? 0, timings };
}

/** The --cache file, keyed by the config as read and where it came from; none without a location. */
async function openCache(
  location: string | null,
  config: LoadedConfig,
): Promise<{ cache: ResultCache | null; warnings: string[] }> {
  if (location === null) return { cache: null, warnings: [] };
  const warnings: string[] = [];
  const key = sha1(`${JSON.stringify(config.raw)}\0${config.prepared.source}`);
  return { cache: await ResultCache.open(location, key, warnings), warnings };
}

function factsOptions(
  request: RunRequest,
  client: GitClient,
  repo: Repo | null,
  cache: ResultCache | null,
): FactsOptions {
  const head = repo?.head ?? null;
  const knownEvidence = cache?.evidence(head);
  return {
    repo,
    noRepository: client.missing ? 'git is not installed (or not on PATH)' : 'not in a git repository',
    staged: request.staged,
    base: repo?.root ?? request.config.baseDir,
    fetchMissing: request.fetchMissing === true,
    ...(cache ? { knownCommits: cache.commits(head) } : {}),
    ...(knownEvidence ? { knownEvidence } : {}),
  };
}

/** Where --fix writes (not with --fix-dry-run, nor for text from standard input), and with --staged how it stages. */
function fixTarget(request: RunRequest, client: GitClient, repo: Repo | null, plan: Plan): FixContext | null {
  if (request.fix !== 'write' || request.stdin) return null;
  const root = repo?.root ?? request.config.baseDir;
  const staged = request.staged && repo ? { client, root: repo.root, copies: plan.workingCopies } : null;
  return { root, cwd: request.cwd, staged };
}

/** Sorted by file; text with no filename is reported as ESLint reports it. */
function reported(results: readonly FileResult[], stdin: StdinText | undefined): FileResult[] {
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return stdin && stdin.filename === undefined ? sorted.map((r) => ({ ...r, filePath: STDIN_LABEL })) : sorted;
}
