/**
 * The list step: which files a run checks and how each one's text is got, from disk
 * (paths, globs, the config's include, tracked markdown) or standard input. Nothing
 * is read here; a source only knows how to read itself.
 */
import { resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import type { LoadedConfig } from '../config/load.js';
import { discoverFiles, toPosixRelative } from '../files/discover.js';
import { isUnder, whereaboutsIn } from '../files/inside.js';
import { readBuffer, readText, stampNow, type TextRead } from '../files/read-text.js';
import { workTreeMarkdown, type Repo } from '../git/repo.js';

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

export interface Listing {
  problems: string[];
  warnings: string[];
  notes: string[];
}

export interface SourceContext {
  cwd: string;
  config: LoadedConfig;
  configPath: (file: string) => string;
  isIgnored: (file: string) => boolean;
}

export async function diskSources(
  { cwd, config, configPath, isIgnored }: SourceContext,
  request: {
    patterns: readonly string[];
    files?: readonly string[] | undefined;
    confine?: string | undefined;
    texts?: ReadonlyMap<string, string> | undefined;
  },
  repo: Repo | null,
  listing: Listing,
): Promise<Source[]> {
  const { prepared, baseDir } = config;
  const isTextLedger = (file: string) => prepared.isOtherLedger(configPath(file));
  let files: string[];
  let named = new Set<string>();
  if (request.files) {
    files = request.files.filter((f) => !isIgnored(f));
  } else if (request.patterns.length > 0) {
    const found = await discoverFiles(request.patterns, { cwd, isIgnored, isTextLedger });
    ({ files, named } = found);
    listing.problems.push(...found.problems);
    listing.warnings.push(...found.warnings);
    listing.notes.push(...found.notes);
  } else if (prepared.include) {
    files = (
      await glob(prepared.include, {
        cwd: baseDir,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        dot: true,
      })
    )
      .map((f) => resolve(f))
      .filter((f) => !isIgnored(f))
      .sort();
    if (files.length === 0)
      listing.problems.push(`${prepared.source}: include matches no files (${prepared.include.join(', ')}).`);
  } else if (repo) {
    const under = `${resolve(cwd)}${sep}`;
    files = (await workTreeMarkdown(repo, prepared.otherLedgerGlobs)).filter(
      (f) => f.startsWith(under) && !isIgnored(f),
    );
    const others = prepared.otherLedgerGlobs.length > 0 ? ` (and ${prepared.otherLedgerGlobs.join(', ')})` : '';
    listing.notes.push(
      `No paths given: checking the ${files.length} tracked or untracked (not ignored) markdown files${others} that are ledgers.`,
    );
  } else {
    ({ files } = await discoverFiles(['.'], { cwd, isIgnored, isTextLedger }));
    listing.notes.push(`No paths given and not in a git repository: checking markdown files under ${cwd}.`);
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
        return text === undefined
          ? readText(file, prepared.maxFileSize)
          : readBuffer(Buffer.from(text, 'utf8'), prepared.maxFileSize);
      },
      ...(text === undefined ? { stamp: () => stampNow(file) } : {}),
    };
  });
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
  listing: Listing,
): Source[] {
  const file = resolve(cwd, stdin.filename ?? STDIN_LABEL);
  const display = stdin.filename === undefined ? STDIN_LABEL : toPosixRelative(cwd, file);
  if (stdin.filename !== undefined && isIgnored(file)) {
    listing.warnings.push(
      `${display}: file ignored because of a matching ignore pattern (the config's ignores, or a default ignore); not checked.`,
    );
    return [];
  }
  return [{ file, display, configPath: configPath(file), named: true, read: async () => stdin.read }];
}

/**
 * Why a file may not be read, if it may not: with confine, any file whose real path
 * is outside that directory (the Action's workspace); else a file found (not named)
 * in the repository that a symlink leads out of it. Into .git, never.
 */
function readRefusal(
  confine: string | undefined,
  repo: Repo | null,
  named: ReadonlySet<string>,
): (file: string) => string | null {
  const root = confine ?? repo?.root;
  if (root === undefined) return () => null;
  const whereabouts = whereaboutsIn(root, { everyFile: confine !== undefined });
  const place = confine !== undefined ? 'the workspace' : 'the repository';
  return (file) => {
    if (confine === undefined && (named.has(file) || !isUnder(root, file))) return null;
    const where = whereabouts(file);
    return where === 'inside'
      ? null
      : `resolves to a file ${where === 'outside' ? `outside ${place}` : 'inside .git'}; not read.`;
  };
}
