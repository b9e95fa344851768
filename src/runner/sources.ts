/**
 * Which files a run checks and how their text is read: from disk (paths, globs,
 * the config's include, tracked markdown) or from the index (--staged), then
 * recognised as ledgers by a quick scan before any parsing.
 */
import { resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { LoadedConfig } from '../config/load.js';
import type { PreparedConfig } from '../core/config/resolve.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { scanLedgerNames } from '../core/ledger/history.js';
import { scanRefs } from '../core/ledger/refs.js';
import { describeFsError, discoverFiles, toPosixRelative } from '../files/discover.js';
import { isUnder, whereaboutsIn } from '../files/inside.js';
import { readBuffer, readText, stampNow, type TextRead } from '../files/read-text.js';
import { workTreeMarkdown, type Repo } from '../git/repo.js';
import { readBlobs, type ChangedPath } from '../git/staged.js';
import { factNeeds, type FactNeeds } from './facts.js';
import { evidenceNeeds } from './evidence-facts.js';
import { summarise, type FileResult } from '../core/model/results.js';

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

/** A ledger ready to be linted once the facts are in. */
export interface Candidate {
  source: Source;
  /** Its text as UTF-8 (a run over thousands of ledgers holds these, not strings), or null once let go. */
  bytes: Uint8Array | null;
  /** sha1 of the bytes, when known: the cache key, and what a worker that reads the file again checks. */
  sha1?: string;
  profile: CompiledProfile;
  /** What it asks of git and the file system, read from a quick scan before any parsing. */
  needs: FactNeeds;
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

/**
 * Staged ledgers read from the index, and their HEAD versions (for transitions),
 * by object id through one `git cat-file --batch`: unstaged edits are never seen.
 * Symbolic links and submodules staged under a ledger's name hold no ledger text.
 */
export async function stagedSources(
  { cwd, config, configPath, isIgnored }: SourceContext,
  patterns: readonly string[],
  repo: Repo,
  staged: readonly ChangedPath[],
): Promise<{ sources: Source[]; headVersions: PreviousSource }> {
  const within = pathFilter(patterns, cwd);
  const chosen = staged.filter(({ path, blob }) => {
    const file = resolve(repo.root, path);
    return blob !== null && config.prepared.isLedgerPath(configPath(file)) && !isIgnored(file) && within(file);
  });
  const blobs = await readBlobs(
    repo.client,
    chosen.flatMap((s) => [s.blob!, ...(s.fromBlob ? [s.fromBlob] : [])]),
  );
  const headTexts = new Map(
    chosen.map((s) => [s.path, s.fromBlob ? (blobs.get(s.fromBlob)?.toString('utf8') ?? null) : null]),
  );
  const headVersions: PreviousSource = {
    label: 'HEAD',
    read: async (wanted) => new Map(wanted.map((p) => [p, headTexts.get(p) ?? null])),
  };
  const sources = chosen.map(({ path, blob: id }): Source => {
    const file = resolve(repo.root, path);
    const blob = blobs.get(id!);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: false,
      ...(blob ? { staged: blob } : {}),
      read: async (): Promise<TextRead> => {
        if (!blob) throw new Error(`its staged version (object ${id}) is not in the repository.`);
        return readBuffer(blob, config.prepared.maxFileSize);
      },
    };
  });
  return { sources, headVersions };
}

/** With --staged, paths on the command line narrow the staged files to those files, directories or globs. */
function pathFilter(patterns: readonly string[], cwd: string): (file: string) => boolean {
  if (patterns.length === 0) return () => true;
  const prefixes = patterns.map((p) => resolve(cwd, p));
  const globs = picomatch(
    patterns.map((p) => toPosixRelative(cwd, resolve(cwd, p))),
    { dot: true },
  );
  return (file) =>
    prefixes.some((p) => file === p || file.startsWith(`${p}${sep}`)) || globs(toPosixRelative(cwd, file));
}

/** A file that is not checked, and why (said with --verbose; an empty file named on the command line is said anyway). */
export type Skipped = { skipped: 'empty'; reason: string } | { skipped: 'not-a-ledger'; reason: string };

export type Prepared = { problem: string } | { result: FileResult } | { candidate: Candidate } | Skipped;

const notALedger = (reason: string): Skipped => ({
  skipped: 'not-a-ledger',
  reason: `not a ledger (${reason}); skipped.`,
});

/** What a read file is: a fatal finding, a skip, or a ledger with its profile and references. */
export function prepare(
  source: Source,
  read: TextRead,
  prepared: PreparedConfig,
  notes: string[],
  known?: { profile: string; needs: FactNeeds },
): Prepared {
  const detect = (text: string) => {
    const picked = prepared.pickProfile(source.configPath, text);
    if (picked.profile)
      notes.push(
        `${source.display}: ${picked.profile.name} ledger (${picked.profile.tier}), because ${picked.reason}.`,
      );
    return picked;
  };
  const fatal = (profile: string | null, message: string, line = 1, column = 1): Prepared => ({
    result: summarise({
      filePath: source.file,
      displayPath: source.display,
      profile,
      messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }],
    }),
  });

  if (read.kind === 'unusable') return fatal(null, read.message, read.line, read.column);
  if (read.kind === 'too-large') {
    const { profile, reason } = detect(read.prefix);
    if (!profile) return notALedger(reason);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const size = read.stopped ? 'The text is larger than' : `The file is ${mb(read.size)}, over`;
    return fatal(
      profile.name,
      `${size} the ${mb(prepared.maxFileSize)} limit for a ledger (maxFileSize); it was not checked.`,
    );
  }
  if (read.text.trim() === '') return { skipped: 'empty', reason: 'the file is empty; nothing to check.' };
  // A cached ledger with the same text needs no scan: its profile and needs are known.
  const cachedProfile = known && prepared.profileNamed(known.profile);
  if (known && cachedProfile)
    return { candidate: { source, bytes: read.bytes, profile: cachedProfile, needs: known.needs } };
  const { outline, profile, reason } = detect(read.text);
  if (!profile) return notALedger(reason);
  // A copy: shas and paths are substrings, and V8 keeps a whole text alive behind any substring of it.
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
          scanLedgerNames(read.text, outline),
        ),
      ),
    },
  };
}

/**
 * Reads the sources, many at once (a 10,000-ledger tree is mostly waiting on the
 * disk), and hands each read to `use` as it arrives, so only what `use` keeps of
 * a file stays in memory. Results come back in the order of the sources.
 */
export async function readAll<T>(
  sources: readonly Source[],
  use: (source: Source, read: TextRead | { error: string }) => T,
  /** What is known of a source without reading it, if anything. */
  known: (source: Source) => T | undefined = () => undefined,
  concurrency = 64,
): Promise<T[]> {
  const out = new Array<T>(sources.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, sources.length) }, async () => {
      while (next < sources.length) {
        const index = next++;
        const source = sources[index]!;
        const already = known(source);
        if (already !== undefined) {
          out[index] = already;
          continue;
        }
        let read: TextRead | { error: string };
        try {
          read = await source.read();
        } catch (error) {
          read = { error: `${source.display}: ${describeFsError(error)}` };
        }
        out[index] = use(source, read);
      }
    }),
  );
  return out;
}
