/** Key-file facts from the index (--staged mode): two git processes for any number of paths. */
import picomatch from 'picomatch';
import type { PathFact } from '../core/model/facts.js';
import { countLines, type PathQuery } from '../files/path-facts.js';
import type { Repo } from './repo.js';
import { indexPaths, readObjects } from './staged.js';
import { isDynamicPattern } from 'tinyglobby';
import { trimEndOf } from '../core/text/names.js';

export async function indexPathFacts(repo: Repo, queries: readonly PathQuery[]): Promise<Map<string, PathFact>> {
  const facts = new Map<string, PathFact>();
  if (queries.length === 0) return facts;
  const files = new Set(await indexPaths(repo.client));
  const directories = new Set<string>();
  for (const file of files) for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) directories.add(file.slice(0, i));

  const counted: string[] = [];
  for (const { path, lines } of queries) {
    const bare = trimEndOf(path, '/');
    if (isDynamicPattern(path)) {
      const matches = picomatch(path, { dot: true });
      const found = [...files].some((f) => matches(f)) || [...directories].some((d) => matches(d));
      facts.set(path, found ? { exists: true, kind: 'file', lines: null } : { exists: false });
    } else if (files.has(bare) && !path.endsWith('/')) {
      facts.set(path, { exists: true, kind: 'file', lines: null });
      if (lines) counted.push(bare);
    } else if (directories.has(bare)) {
      facts.set(path, { exists: true, kind: 'directory' });
    } else {
      facts.set(path, { exists: false });
    }
  }
  const blobs = await readObjects(repo.client, counted.map((p) => `:${p}`));
  for (const path of counted) {
    const blob = blobs.get(`:${path}`);
    if (blob) facts.set(path, { exists: true, kind: 'file', lines: countLines(blob) });
  }
  return facts;
}
