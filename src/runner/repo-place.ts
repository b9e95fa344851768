/**
 * Where a file or directory lies in the repository (or another base). git reports the
 * root with symbolic links resolved, and a path may reach it through one: the path as
 * given is tried first, then its real path.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** The path from the base, `/`-separated (`` for the base itself); null when it lies outside. */
export function placeIn(base: string, path: string): string | null {
  const from = (candidate: string) => {
    const rel = relative(base, candidate);
    return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join('/') : null;
  };
  const direct = from(path);
  if (direct !== null) return direct;
  try {
    return from(realpathSync(path));
  } catch {
    return null;
  }
}
