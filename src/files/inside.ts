/**
 * Where a file really is. A checkout may hold symlinks that lead out of it (to a
 * runner's files, another user's) or into its .git: text read through one would
 * be quoted in findings, annotations and logs that others read.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { inGitDirectory } from '../core/ledger/key-file-refs.js';

export type Whereabouts = 'inside' | 'outside' | 'in-git-dir';

/** Whether a path lies under root, by its name alone. */
export function isUnder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Where each file is once symlinks are resolved: inside root, outside it, or in a
 * .git directory. everyFile: resolve every path; else only a file that is itself a
 * symlink, which is enough for files a listing found (walks, globs and git never go
 * through a symlinked directory) and costs one lstat. A file that cannot be resolved
 * (missing, a loop) counts as inside: reading it reports what is wrong with it.
 */
export function whereaboutsIn(root: string, { everyFile }: { everyFile: boolean }): (file: string) => Whereabouts {
  const realRoot = realOrSame(root);
  return (file) => {
    let real: string;
    try {
      if (!everyFile && !lstatSync(file).isSymbolicLink()) return 'inside';
      real = realpathSync.native(file);
    } catch {
      return 'inside';
    }
    if (!isUnder(realRoot, real)) return 'outside';
    return inGitDirectory(relative(realRoot, real).split(sep).join('/')) ? 'in-git-dir' : 'inside';
  };
}

function realOrSame(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
