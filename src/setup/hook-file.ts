/** Reading and writing the files init changes, with failures worded for the user. */
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { CannotInstall } from './setup-report.js';

/** A file's text, or null when there is none. */
export async function readIfThere(file: string): Promise<string | null> {
  return existsSync(file) && statSync(file).isFile() ? readFile(file, 'utf8') : null;
}

/** Writes a file (an executable one for a hook), making its directory; CannotInstall naming it when that fails. */
export async function writeSetupFile(file: string, text: string, shown: string, executable = false): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    if (executable) await chmod(file, 0o755);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file is in the way of its directory'
          : (error as Error).message;
    throw new CannotInstall(`cannot write ${shown}: ${why}`);
  }
}

/** Whether a file is there and may be run. */
export function isExecutableFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && (stat.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** A path as messages show it: relative inside the repository, absolute outside it. */
export function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' ? '.' : rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}
