/**
 * The shared middle of every front door: which files, their text, their profile,
 * the core's findings. Front doors only parse their input and report the outcome.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { LoadedConfig } from '../config/load.js';
import type { EffectiveRule } from '../core/config/resolve.js';
import { lintText } from '../core/lint.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { detectProfile, scanOutline } from '../core/profiles/detect.js';
import { describeFsError, discoverFiles, toPosixRelative } from '../files/discover.js';
import { readText } from '../files/read-text.js';
import { openRepo, trackedMarkdown } from '../git/repo.js';
import { summarise, type FileResult } from './results.js';

export interface CheckRequest {
  cwd: string;
  /** Paths, directories and globs; empty means the config's include, else tracked markdown. */
  patterns: readonly string[];
  config: LoadedConfig;
}

export interface CheckRun {
  results: FileResult[];
  /** Usage and I/O problems, each naming its path: the run exits 2. */
  problems: string[];
  /** Said on stderr in any case: files named on the command line that were not checked. */
  warnings: string[];
  /** For --verbose: files skipped and why, profiles detected. */
  notes: string[];
}

export async function checkFiles(request: CheckRequest): Promise<CheckRun> {
  const { cwd, config } = request;
  const { prepared, baseDir } = config;
  const configPath = (file: string) => {
    const rel = relative(baseDir, file);
    return rel.startsWith('..') || isAbsolute(rel) ? file.replace(/^\/+/, '') : toPosixRelative(baseDir, rel);
  };
  const isIgnored = (file: string) => prepared.isIgnored(configPath(file));
  const problems: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];

  let files: string[];
  let named = new Set<string>();
  if (request.patterns.length > 0) {
    const found = await discoverFiles(request.patterns, { cwd, isIgnored });
    ({ files, named } = found);
    problems.push(...found.problems);
    warnings.push(...found.warnings);
    notes.push(...found.notes);
  } else if (prepared.include) {
    files = (await glob(prepared.include, { cwd: baseDir, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: true })).map((f) => resolve(f)).filter((f) => !isIgnored(f)).sort();
    if (files.length === 0) problems.push(`${prepared.source}: include matches no files (${prepared.include.join(', ')}).`);
  } else {
    const repo = await openRepo(cwd);
    if (repo) {
      files = (await trackedMarkdown(repo, cwd)).filter((f) => !isIgnored(f));
      notes.push(`No paths given: checking the ${files.length} tracked markdown files that are ledgers.`);
    } else {
      ({ files } = await discoverFiles(['.'], { cwd, isIgnored }));
      notes.push(`No paths given and not in a git repository: checking markdown files under ${cwd}.`);
    }
  }

  const results: FileResult[] = [];
  for (const file of files) {
    const display = toPosixRelative(cwd, file);
    const outcome = await checkOne(file, display, configPath(file), prepared, notes);
    if ('problem' in outcome) problems.push(outcome.problem);
    else if ('result' in outcome) results.push(outcome.result);
    else (outcome.skipped === 'empty' && named.has(file) ? warnings : notes).push(`${display}: ${SKIPPED[outcome.skipped]}`);
  }
  return { results, problems, warnings, notes };
}

type OneOutcome = { problem: string } | { result: FileResult } | { skipped: keyof typeof SKIPPED };

const SKIPPED = {
  empty: 'the file is empty; nothing to check.',
  'not-a-ledger': 'not a ledger (it matches no profile); skipped.',
};

async function checkOne(file: string, display: string, relPath: string, prepared: LoadedConfig['prepared'], notes: string[]): Promise<OneOutcome> {
  let read;
  try {
    read = await readText(file, prepared.maxFileSize);
  } catch (error) {
    return { problem: `${display}: ${describeFsError(error)}` };
  }
  const profileFor = (text: string): CompiledProfile | null => {
    const forced = prepared.forcedProfile(relPath);
    if (forced) return prepared.profiles.find((p) => p.name === forced)!;
    const detection = detectProfile(scanOutline(text), prepared.profiles);
    if (detection) notes.push(`${display}: ${detection.profile.name} ledger, because ${detection.reason}.`);
    return detection?.profile ?? null;
  };
  const fatal = (profile: string | null, message: string, line = 1, column = 1): OneOutcome => ({
    result: summarise({ filePath: file, displayPath: display, profile, messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }] }),
  });

  if (read.kind === 'unusable') return fatal(null, read.message, read.line, read.column);
  if (read.kind === 'too-large') {
    const profile = profileFor(read.prefix);
    if (!profile) return { skipped: 'not-a-ledger' };
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fatal(profile.name, `The file is ${mb(read.size)}, over the ${mb(prepared.maxFileSize)} limit for a ledger (maxFileSize); it was not checked.`);
  }
  if (read.text.trim() === '') return { skipped: 'empty' };
  const profile = profileFor(read.text);
  if (!profile) return { skipped: 'not-a-ledger' };
  const rules: EffectiveRule[] = prepared.rulesFor(relPath, profile.name);
  const outcome = lintText({ text: read.text, profile, rules });
  return { result: summarise({ filePath: file, displayPath: display, profile: profile.name, messages: outcome.messages, source: read.text }) };
}
