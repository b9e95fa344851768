/**
 * Key-file facts from the checked-out tree: does each path exist, and how many
 * lines has it. A path is followed through symbolic links to where it really
 * leads, and refused, unread, when that is outside the tree or inside .git: a
 * ledger must not be able to probe the machine (`root -> /`) or git's own files.
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { PathFact, PathQuery, PathRefusal } from '../core/model/facts.js';
import { inGitDirectory } from '../core/ledger/key-file-refs.js';
import { countLines } from '../core/text/lines.js';
import { isUnder } from './inside.js';

// Counting lines of something larger is no longer about a key file.
const MAX_COUNTED_BYTES = 16 * 1024 * 1024;

/** Stats and reads are synchronous: thousands of them are faster so than through promises (see read-text.ts). */
export async function treePathFacts(base: string, queries: readonly PathQuery[]): Promise<Map<string, PathFact>> {
  const root = realpathOr(base, resolve(base));
  const places = new PlaceFinder(root);
  const facts = new Map<string, PathFact>();
  await Promise.all(
    queries.map(async ({ path, lines }) => {
      if (inGitDirectory(path)) facts.set(path, { exists: null, refused: 'git-directory' });
      else
        facts.set(
          path,
          isDynamicPattern(path) ? await globFact(root, base, path) : fileFact(places, join(base, path), lines),
        );
    }),
  );
  return facts;
}

function fileFact(places: PlaceFinder, absolute: string, lines: boolean): PathFact {
  const place = places.find(absolute);
  if ('refused' in place) return { exists: null, refused: place.refused };
  const info = place.real === null ? null : (place.info ?? statOrNull(place.real));
  if (!info) return { exists: false };
  if (info.isDirectory()) return { exists: true, kind: 'directory' };
  return {
    exists: true,
    kind: 'file',
    lines: lines && info.isFile() && info.size <= MAX_COUNTED_BYTES ? linesIn(place.real!) : null,
  };
}

type Place = { real: string | null; info?: Stats } | { refused: PathRefusal };

/**
 * Where paths really lead, a run's worth at a time. Key files share their directories:
 * each directory is resolved once, and a path that is not itself a link costs one lstat
 * (which is also its stat). A link, or a path below a link, goes through confine.
 */
class PlaceFinder {
  /** Where each directory asked about leads (as it would, below the deepest part that exists); null behind a link that leads nowhere. */
  private readonly directories = new Map<string, { real: string; exists: boolean } | null>();

  constructor(private readonly root: string) {}

  find(absolute: string): Place {
    const info = lstatOrNull(absolute);
    const directory = info?.isSymbolicLink() ? null : this.directory(dirname(absolute));
    if (directory === null) return confine(this.root, absolute);
    const exists = info !== null && directory.exists;
    const place = judge(this.root, join(directory.real, basename(absolute)), exists);
    return info && exists && 'real' in place ? { real: place.real, info } : place;
  }

  private directory(path: string): { real: string; exists: boolean } | null {
    let known = this.directories.get(path);
    if (known !== undefined) return known;
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
}

/** A glob exists when it matches something that is really inside the tree; its fixed leading part is confined first, so `root/**` never walks `/`. */
async function globFact(root: string, base: string, pattern: string): Promise<PathFact> {
  const parts = pattern.split('/');
  const fixed = parts
    .slice(
      0,
      Math.max(
        0,
        parts.findIndex((part) => isDynamicPattern(part)),
      ),
    )
    .join('/');
  const start = confine(root, join(base, fixed));
  if ('refused' in start) return { exists: null, refused: start.refused };
  if (start.real === null) return { exists: false };
  const matches = await glob(pattern, {
    cwd: base,
    onlyFiles: false,
    followSymbolicLinks: false,
    dot: true,
    expandDirectories: false,
    ignore: ['**/.git/**'],
  });
  // The matches themselves may be links: the first that stays inside counts.
  const found = matches.some((match) => {
    const place = confine(root, join(base, match));
    return !('refused' in place) && place.real !== null;
  });
  return found ? { exists: true, kind: 'file', lines: null } : { exists: false };
}

/**
 * Where a path really leads: its real path inside the root (null when it does not
 * exist), or a refusal. The deepest part that exists is resolved (what lies below it
 * cannot be a link); a dangling link is followed by its text.
 */
function confine(root: string, absolute: string): { real: string | null } | { refused: PathRefusal } {
  let existing = absolute;
  const below: string[] = [];
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

function judge(root: string, real: string, exists: boolean): { real: string | null } | { refused: PathRefusal } {
  if (real !== root && !isUnder(root, real)) return { refused: 'outside-repository' };
  if (inGitDirectory(relative(root, real).split(sep).join('/'))) return { refused: 'git-directory' };
  return { real: exists ? real : null };
}

/** The C library's realpath: the JS one lstats every component of every path, the bulk of a big run's key-file facts. */
function realpathOr<T>(path: string, fallback: T): string | T {
  try {
    return realpathSync.native(path);
  } catch {
    return fallback;
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function readlinkOr(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : null;
  } catch {
    return null;
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null; // missing, or behind a directory that cannot be searched: not there as far as a reader can tell
  }
}

function linesIn(file: string): number | null {
  try {
    return countLines(readFileSync(file));
  } catch {
    return null; // unreadable: it exists, its length is unknown
  }
}
