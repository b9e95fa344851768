/**
 * The list step: which files a run checks and how each one's text is got, from disk
 * (paths, globs, the config's include, tracked markdown) or standard input. Nothing
 * is read here; a source only knows how to read itself.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { plainlyBelow, toPosixRelative } from '../files/discover.js';
import type { TextRead } from '../files/read-text.js';
import type { GitClient } from '../git/client.js';
import { openRepo, type Repo } from '../git/repo.js';
import { stagedPaths, type ChangedPath } from '../git/staged.js';
import { diskSources } from './list-disk.js';
import { stagedSources } from './list-staged.js';
import { AS_STAGED_NOTE, namedFilesAreStaged } from './hook-files.js';

/** A file to check: where it is, and how to get its text. */
export interface Source {
  file: string;
  display: string;
  /** Relative to the config's directory, `/`-separated, for globs. */
  configPath: string;
  named: boolean;
  read: () => Promise<TextRead>;
  /** On disk: its stamp now (see stampOf), for the cache. */
  stamp?: () => string | null;
  /** With --staged: the staged bytes, to tell whether the working copy is the same. */
  staged?: Buffer;
}

/** The same ledger at an earlier point, for status transitions. */
export interface PreviousSource {
  /** How messages name the earlier version: "the base branch", "HEAD". */
  label: string;
  /** Texts of the earlier versions by repository-relative path; null where the file did not exist. */
  read(paths: readonly string[]): Promise<Map<string, string | null>>;
}

export interface SourceContext {
  cwd: string;
  config: LoadedConfig;
  configPath: (file: string) => string;
  isIgnored: (file: string) => boolean;
}

/** Ledger text given on standard input, and the path it stands for (as ESLint's --stdin-filename). */
export interface StdinText {
  read: TextRead;
  filename?: string | undefined;
}

/** Where standard input's text is reported without a filename, as ESLint names it. */
export const STDIN_LABEL = '<text>';

/**
 * The text on standard input as one source, checked as if it were the file at its
 * filename: that path picks the profile, the config's overrides and ignores, the
 * directory its links are read from and its history in git. Without a filename it
 * stands in the working directory.
 */
export function stdinSources(
  { cwd, configPath, isIgnored }: SourceContext,
  stdin: StdinText,
  notices: Notices,
): Source[] {
  const file = resolve(cwd, stdin.filename ?? STDIN_LABEL);
  const display = stdin.filename === undefined ? STDIN_LABEL : toPosixRelative(cwd, file);
  if (stdin.filename !== undefined && isIgnored(file)) {
    notices.warnings.push(
      `${display}: file ignored because of a matching ignore pattern (the config's ignores, or a default ignore); not checked.`,
    );
    return [];
  }
  return [{ file, display, configPath: configPath(file), named: true, read: async () => stdin.read }];
}

/** What a step has to say besides its data: problems (the run exits 2), warnings (said anyway), notes (--verbose). */
export interface Notices {
  problems: string[];
  warnings: string[];
  notes: string[];
}

export const noNotices = (): Notices => ({ problems: [], warnings: [], notes: [] });

/** How config globs see a file, and whether the config ignores it. */
export function sourceContext(cwd: string, config: LoadedConfig): SourceContext {
  const { prepared, baseDir } = config;
  const configPath = (file: string) => {
    const below = plainlyBelow(baseDir, file);
    if (below !== null) return below;
    const rel = relative(baseDir, file);
    return rel.startsWith('..') || isAbsolute(rel) ? file.replace(/^\/+/, '') : toPosixRelative(baseDir, rel);
  };
  return { cwd, config, configPath, isIgnored: (file: string) => prepared.isIgnored(configPath(file)) };
}

export interface ListRequest {
  patterns: readonly string[];
  files?: readonly string[] | undefined;
  confine?: string | undefined;
  texts?: ReadonlyMap<string, string> | undefined;
  /** `if-named-files-are`: as --staged when every path given is a staged file (inside a commit hook). */
  staged: boolean | 'if-named-files-are';
  stdin?: StdinText | undefined;
  shard?: { index: number; count: number } | undefined;
}

export interface Listed extends Notices {
  /** The repository the run is in; null outside one. */
  repo: Repo | null;
  /** Whether the files were read from the index (--staged, or every file named is staged in a commit hook). */
  staged: boolean;
  sources: Source[];
  /** With --staged, the HEAD versions of the staged ledgers, for status transitions. */
  headVersions?: PreviousSource;
}

/** The list step: the repository, and the files of this run (of its shard) with how to read each. */
export async function listSources(request: ListRequest, context: SourceContext, client: GitClient): Promise<Listed> {
  // Asked at once with the repository; its failure matters only in one.
  const mayBeStaged = request.staged === true || (request.staged !== false && request.patterns.length > 0);
  const staged = mayBeStaged ? stagedPaths(client).catch((error: unknown) => error as Error) : null;
  const repo = await openRepo(client);
  const notices = noNotices();
  const fromIndexNow =
    request.staged === true ||
    (staged !== null && namedFilesAreStaged(context.cwd, request.patterns, repo, await staged));
  if (fromIndexNow && request.staged !== true) notices.notes.push(AS_STAGED_NOTE);
  const listed = fromIndexNow
    ? await fromIndex((await staged)!, repo, context, request.patterns, notices)
    : request.stdin
      ? { sources: stdinSources(context, request.stdin, notices) }
      : { sources: await diskSources(context, request, repo, notices) };
  const sources = request.shard ? inShard(listed.sources, request.shard) : listed.sources;
  return { ...notices, repo, staged: fromIndexNow, ...listed, sources };
}

async function fromIndex(
  staged: readonly ChangedPath[] | Error,
  repo: Repo | null,
  context: SourceContext,
  patterns: readonly string[],
  notices: Notices,
): Promise<{ sources: Source[]; headVersions?: PreviousSource }> {
  if (!repo) {
    notices.problems.push('--staged: not in a git repository, so there is no index to read.');
    return { sources: [] };
  }
  if (staged instanceof Error) throw staged;
  return stagedSources(context, patterns, repo, staged);
}

/**
 * Shard i of n: files go by a hash of their path, so a file stays in its shard
 * when others are added or removed (a CI matrix keeps its split stable).
 */
function inShard(sources: readonly Source[], { index, count }: { index: number; count: number }): Source[] {
  return sources.filter((s) => {
    let hash = 2166136261;
    for (let i = 0; i < s.configPath.length; i++) hash = Math.imul(hash ^ s.configPath.charCodeAt(i), 16777619) >>> 0;
    return hash % count === index - 1;
  });
}
