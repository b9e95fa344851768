/**
 * From command-line paths, directories and globs to the files to check. Directory
 * walks take `*.md` (and the other files a profile names, like `claude-progress.txt`),
 * never follow symlinked directories (no loops) and skip what the config ignores; a
 * file named explicitly is taken whatever its extension.
 */
import { readdirSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface Discovery {
  files: string[];
  /** Files named directly on the command line (not found by a walk or glob). */
  named: Set<string>;
  /** Paths that could not be used: each a message naming the path (exit code 2). */
  problems: string[];
  /** Worth saying even without --verbose (a file named directly is ignored). */
  warnings: string[];
  /** For --verbose: markdown files a walk passed over because they are ignored. */
  notes: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** Whether a path (relative to the config's base directory, `/`-separated) is ignored. */
  isIgnored: (absolutePath: string) => boolean;
  /** Whether a file that is not `*.md` is a ledger all the same (`claude-progress.txt`); walks say so in a note. */
  isTextLedger?: (absolutePath: string) => boolean;
}

export async function discoverFiles(
  patterns: readonly string[],
  { cwd, isIgnored, isTextLedger = () => false }: DiscoverOptions,
): Promise<Discovery> {
  const found = new Set<string>();
  const named = new Set<string>();
  const problems: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push(`${pattern}: ${describeFsError(error)}`);
        continue;
      }
    }
    if (info?.isDirectory()) {
      const before = found.size;
      walk(absolute, found, problems, notes, isIgnored, isTextLedger);
      if (found.size === before) problems.push(`${pattern}: no markdown files in this directory.`);
    } else if (info) {
      if (isIgnored(absolute))
        warnings.push(`${pattern}: ignored by the config's ignores (or a default ignore); not checked.`);
      else {
        found.add(absolute);
        named.add(absolute);
      }
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        dot: true,
        expandDirectories: false,
      });
      const kept = matches.map((m) => resolve(m)).filter((m) => !isIgnored(m));
      if (kept.length === 0) problems.push(`${pattern}: no files match this pattern.`);
      for (const m of kept) found.add(m);
    } else {
      problems.push(`${pattern}: no such file or directory.`);
    }
  }
  return { files: [...found].sort(), named, problems, warnings, notes };
}

function walk(
  root: string,
  found: Set<string>,
  problems: string[],
  notes: string[],
  isIgnored: (p: string) => boolean,
  isTextLedger: (p: string) => boolean,
): void {
  // Synchronous, as reads are (see read-text.ts): a tree of thousands of small directories
  // is walked several times faster so than through the thread pool, one await a directory.
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(`${dir}: ${describeFsError(error)}`);
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const md = entry.name.toLowerCase().endsWith('.md');
      const text = !md && !entry.isDirectory() && isTextLedger(path);
      const markdown = md || text;
      if (text && !isIgnored(path))
        notes.push(`${path}: not *.md, but checked: a profile reads files of this name (see its detect.paths).`);
      if (isIgnored(entry.isDirectory() ? `${path}${sep}` : path)) {
        if (markdown && !entry.isDirectory())
          notes.push(`${path}: ignored by the config's ignores (or a default ignore).`);
        continue;
      }
      if (entry.isDirectory()) pending.push(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && markdown) {
        // A symlink is taken only when it points at a regular file.
        if (entry.isSymbolicLink() && !isRegularFile(path)) continue;
        found.add(path);
      }
    }
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied.';
    case 'EISDIR':
      return 'is a directory, not a file.';
    case 'ENOTREG':
      return 'not a regular file (a pipe, socket or device); not read.';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop).';
    case 'ENAMETOOLONG':
      return 'the path is too long.';
    default:
      return (error as Error)?.message ?? String(error);
  }
}

/** `/`-separated path relative to base, for glob matching and messages. */
export function toPosixRelative(base: string, path: string): string {
  if (!isAbsolute(path)) return path.split(sep).join('/');
  return plainlyBelow(base, path) ?? relative(base, path).split(sep).join('/');
}

/**
 * The part of a path below base, when both are plain absolute POSIX paths (as git lists them)
 * and the path starts with base: what `relative` would say, without resolving both each time
 * (a 10,000-file run asks three times a file). Null when unsure: `relative` then decides.
 */
export function plainlyBelow(base: string, path: string): string | null {
  if (sep !== '/' || base.length < 2 || base.endsWith('/') || !path.startsWith(base) || path[base.length] !== '/')
    return null;
  const below = path.slice(base.length + 1);
  return below === '' || /(^|\/)\.{0,2}(\/|$)/.test(below) || /(^|\/)\.{1,2}(\/|$)|\/\//.test(base) ? null : below;
}
