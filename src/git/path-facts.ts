/**
 * Key-file facts from the index (--staged mode), for any number of paths: one
 * `git ls-files`, then one `git cat-file` for the files whose lines are needed, and
 * one more only when a path runs into a symbolic link (to read where links lead).
 * A path inside a submodule exists when the submodule does: its files are not in
 * this index. Links are followed as in the working tree, and a path that leads out
 * of the repository or into .git is refused.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import type { PathFact, PathQuery, PathRefusal } from '../core/model/facts.js';
import { inGitDirectory } from '../core/ledger/key-file-refs.js';
import { countLines } from '../core/text/lines.js';
import { trimEndOf } from '../core/text/names.js';
import type { Repo } from './repo.js';
import { indexEntries, readBlobs, type IndexEntry } from './staged.js';

const SYMLINK = '120000';
const SUBMODULE = '160000';

interface IndexTree {
  /** Files, links and submodules by path (stage 0, or a side of a conflict). */
  entries: Map<string, IndexEntry>;
  directories: Set<string>;
}

type Located =
  | { refused: PathRefusal }
  | { kind: 'missing' | 'directory' | 'submodule' | 'in-submodule' }
  | { kind: 'file'; entry: IndexEntry };

export async function indexPathFacts(repo: Repo, queries: readonly PathQuery[]): Promise<Map<string, PathFact>> {
  const facts = new Map<string, PathFact>();
  if (queries.length === 0) return facts;
  const tree = indexTree(await indexEntries(repo.client));
  const linkTexts = await linkTargets(repo, tree, queries);

  const counted = new Map<string, string>();
  for (const { path, lines } of queries) {
    if (inGitDirectory(path)) {
      facts.set(path, { exists: null, refused: 'git-directory' });
      continue;
    }
    if (isDynamicPattern(path)) {
      facts.set(path, globFact(tree, path, linkTexts, repo.root));
      continue;
    }
    const place = locate(tree, trimEndOf(path, '/'), linkTexts, repo.root);
    const directoryWanted = path.endsWith('/');
    if ('refused' in place) facts.set(path, { exists: null, refused: place.refused });
    else if (
      place.kind === 'directory' ||
      place.kind === 'submodule' ||
      (place.kind === 'in-submodule' && directoryWanted)
    )
      facts.set(path, { exists: true, kind: 'directory' });
    else if (place.kind === 'missing' || directoryWanted) facts.set(path, { exists: false });
    else {
      facts.set(path, { exists: true, kind: 'file', lines: null });
      if (lines && place.kind === 'file' && place.entry.mode.startsWith('100')) counted.set(path, place.entry.id);
    }
  }
  const blobs = await readBlobs(repo.client, counted.values());
  for (const [path, id] of counted) {
    const blob = blobs.get(id);
    if (blob) facts.set(path, { exists: true, kind: 'file', lines: countLines(blob) });
  }
  return facts;
}

function indexTree(all: readonly IndexEntry[]): IndexTree {
  const entries = new Map<string, IndexEntry>();
  const directories = new Set<string>();
  for (const entry of all) {
    if (!entries.has(entry.path) || entry.stage === 0) entries.set(entry.path, entry);
    for (let i = entry.path.indexOf('/'); i >= 0; i = entry.path.indexOf('/', i + 1))
      directories.add(entry.path.slice(0, i));
  }
  return { entries, directories };
}

/** Where every link in the index leads, read only when some path runs into one (a link may lead to another). */
async function linkTargets(repo: Repo, tree: IndexTree, queries: readonly PathQuery[]): Promise<Map<string, string>> {
  const links = [...tree.entries.values()].filter((e) => e.mode === SYMLINK);
  const isLink = (prefix: string) => tree.entries.get(prefix)?.mode === SYMLINK;
  const touched =
    links.length > 0 &&
    queries.some(({ path }) => path.split('/').some((_, i, parts) => isLink(parts.slice(0, i + 1).join('/'))));
  if (!touched) return new Map();
  const blobs = await readBlobs(
    repo.client,
    links.map((l) => l.id),
  );
  return new Map(links.map((l) => [l.path, blobs.get(l.id)?.toString('utf8') ?? '']));
}

/** A glob exists when it matches a path of the index; inside a submodule, when the submodule is there. */
function globFact(tree: IndexTree, pattern: string, linkTexts: ReadonlyMap<string, string>, root: string): PathFact {
  const matches = picomatch(pattern, { dot: true });
  const found = [...tree.entries.keys()].some((f) => matches(f)) || [...tree.directories].some((d) => matches(d));
  if (found) return { exists: true, kind: 'file', lines: null };
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
  const place = fixed ? locate(tree, fixed, linkTexts, root) : null;
  return place && 'kind' in place && (place.kind === 'submodule' || place.kind === 'in-submodule')
    ? { exists: true, kind: 'file', lines: null }
    : { exists: false };
}

/** Where a path of the index leads, following links by their text (at most 40, as the kernel does). */
function locate(tree: IndexTree, path: string, linkTexts: ReadonlyMap<string, string>, root: string): Located {
  let parts = path.split('/').filter((part) => part !== '' && part !== '.');
  for (let hops = 0; hops <= 40; hops++) {
    const next = firstStop(tree, parts);
    if (next.at === null)
      return tree.directories.has(parts.join('/')) || parts.length === 0 ? { kind: 'directory' } : { kind: 'missing' };
    const entry = tree.entries.get(parts.slice(0, next.at).join('/'))!;
    const last = next.at === parts.length;
    if (entry.mode === SUBMODULE) return { kind: last ? 'submodule' : 'in-submodule' };
    if (entry.mode !== SYMLINK) return last ? { kind: 'file', entry } : { kind: 'missing' };
    const text = linkTexts.get(entry.path) ?? '';
    const target = posix.isAbsolute(text) ? posix.relative(root, text) : posix.join(posix.dirname(entry.path), text);
    const followed = posix.normalize(posix.join(target, ...parts.slice(next.at)));
    if (followed === '..' || followed.startsWith('../') || posix.isAbsolute(followed))
      return { refused: 'outside-repository' };
    if (inGitDirectory(followed)) return { refused: 'git-directory' };
    parts = followed.split('/').filter((part) => part !== '' && part !== '.');
  }
  return { kind: 'missing' }; // a loop of links
}

/** The first leading part of the path that is an entry of the index (a file, link or submodule), by its number of parts. */
function firstStop(tree: IndexTree, parts: readonly string[]): { at: number | null } {
  for (let i = 1; i <= parts.length; i++) if (tree.entries.has(parts.slice(0, i).join('/'))) return { at: i };
  return { at: null };
}
