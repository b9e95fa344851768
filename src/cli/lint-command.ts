/** `ledgerlint [paths]`: gather, check, report, and pick the exit code. */
import { mkdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { readStream, readText, type TextRead } from '../files/read-text.js';
import { toPosixRelative } from '../files/discover.js';
import { unifiedDiff } from '../reporters/diff.js';
import { OUTPUT_KINDS, REPORTERS } from '../reporters/index.js';
import { checkFiles } from '../runner/check-files.js';
import { summarise, totals, type FileResult } from '../core/model/results.js';
import { UsageError, type LintArgs } from './args.js';
import { writeRunMessages, type CliIo } from './io.js';
import { reportFile } from './output-file.js';

export async function lintCommand(args: LintArgs, io: CliIo): Promise<number> {
  const config = await loadConfig(
    io.cwd,
    args.config,
    args.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: 'error' } : {},
  );
  if (args.printConfig !== undefined) return printConfig(args.printConfig, config, io);

  const run = await checkFiles({
    cwd: io.cwd,
    patterns: args.patterns,
    config,
    // Inside a commit hook (git sets GIT_INDEX_FILE for it), staged files named by lint-staged are the commit.
    staged: args.staged || (io.env.GIT_INDEX_FILE !== undefined ? 'if-named-files-are' : false),
    ...(args.stdin
      ? { stdin: { read: await readStdin(io, config.prepared.maxFileSize), filename: args.stdin.filename } }
      : {}),
    fix: args.fix,
    ...(args.cache ? { cacheLocation: await cacheFile(io.cwd, args.cache) } : {}),
    ...(args.shard ? { shard: args.shard } : {}),
    ...(io.workerScript ? { workerScript: io.workerScript } : {}),
  });
  if (args.debug) {
    const stopped =
      run.workersStopped > 0
        ? ` (${run.workersStopped} stopped early; the main process linted the rest of their share)`
        : '';
    const linted =
      run.workers > 1 ? `linted in ${run.workers} worker processes${stopped}` : 'linted in the main process';
    io.stderr.write(
      `ledgerlint: ${run.results.length} ledgers checked, ${run.gitProcesses} git processes, ${linted}\n`,
    );
    io.stderr.write(`ledgerlint: ms since start: ${run.timings.map(([phase, ms]) => `${phase} ${ms}`).join(', ')}\n`);
  }
  writeRunMessages(run, io, args.verbose);

  const results = args.quiet
    ? run.results.map((r) => summarise({ ...r, messages: r.messages.filter((m) => m.severity === 2) }))
    : run.results;
  const reporter = REPORTERS[args.format]!;
  // --fix-dry-run: for people the diff is the output and what the fixes leave goes to stderr; a format
  // for machines (json, sarif, github) keeps stdout for its report, and the diff goes to stderr.
  // With -o the report goes to the file (no colour unless --color) and the diff stays where it was.
  const dryRun = args.fix === 'dry-run';
  const forPeople = OUTPUT_KINDS[args.format] === 'text';
  const file = args.outputFile !== undefined ? reportFile(args.outputFile, io.cwd, args.color ?? false) : null;
  const reportStream = file ?? (dryRun && forPeople ? io.stderr : io.stdout);
  if (dryRun) (forPeople ? io.stdout : io.stderr).write(unifiedDiff(run.results));
  reportStream.write(
    reporter(results, { color: reportStream.color, cwd: io.cwd, ...(run.root !== null ? { root: run.root } : {}) }),
    OUTPUT_KINDS[args.format],
  );
  await file?.save(run.results.map((r) => r.filePath));

  if (run.problems.length > 0) return 2;
  const { errors, warnings } = totals(run.results);
  if (errors > 0) return 1;
  if (args.maxWarnings !== null && warnings > args.maxWarnings) {
    io.stderr.write(`ledgerlint found too many warnings (maximum: ${args.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** The text of --stdin, read like a file; a terminal is refused rather than waited on. */
async function readStdin(io: CliIo, maxFileSize: number): Promise<TextRead> {
  const stdin = io.stdin?.();
  if (!stdin) throw new UsageError('--stdin: there is no standard input to read.');
  if (stdin.isTTY)
    throw new UsageError(
      '--stdin: standard input is a terminal; pipe the ledger in (ledgerlint --stdin --stdin-filename PATH < PATH).',
    );
  try {
    return await readStream(stdin, maxFileSize);
  } catch (error) {
    throw new UsageError(`--stdin: standard input could not be read: ${(error as Error).message}`);
  }
}

/** As ESLint reads --cache-location: a path ending in a slash, or an existing directory, gets the cache file inside it (made when missing). */
async function cacheFile(cwd: string, given: string): Promise<string> {
  const location = resolve(cwd, given);
  const named = /[\\/]$/.test(given);
  if (named)
    await mkdir(location, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `--cache-location: cannot make the directory ${given}: ${error.code === 'EEXIST' || error.code === 'ENOTDIR' ? 'a file of that name is in the way' : error.message}.`,
      );
    });
  const isDirectory =
    named ||
    (await stat(location).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  return isDirectory ? join(location, '.ledgerlintcache') : location;
}

async function printConfig(path: string, config: Awaited<ReturnType<typeof loadConfig>>, io: CliIo): Promise<number> {
  const { prepared, baseDir } = config;
  const file = resolve(io.cwd, path);
  const relPath = toPosixRelative(baseDir, relative(baseDir, file));
  let profile = prepared.forcedProfile(relPath);
  let reason = profile ? 'forced by an override' : '';
  if (!profile) {
    try {
      const read = readText(file, prepared.maxFileSize);
      const text = read.kind === 'text' ? read.text : read.kind === 'too-large' ? read.prefix : '';
      const picked = prepared.pickProfile(relPath, text);
      profile = picked.profile?.name;
      reason = picked.profile ? `detected: ${picked.reason}` : `not a ledger: ${picked.reason}`;
    } catch {
      reason = 'file not readable; showing the rules for each profile';
    }
  }
  const rulesFor = (name: string) =>
    Object.fromEntries(
      prepared
        .rulesFor(relPath, name)
        .map((r) => [r.rule.meta.id, [r.severity === 'error' ? 'error' : 'warn', r.options]]),
    );
  const out = {
    file: relPath,
    configFile: prepared.source,
    ignored: prepared.isIgnored(relPath),
    profile: profile ?? null,
    reason,
    rules: profile ? rulesFor(profile) : Object.fromEntries(prepared.profiles.map((p) => [p.name, rulesFor(p.name)])),
  };
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`, 'data');
  return 0;
}
