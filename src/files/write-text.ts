/**
 * Writing a fixed ledger back without losing anything: only when the file still
 * holds what was read (nobody edited it meanwhile), through a temporary file and
 * a rename, keeping the file's mode.
 */
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function replaceText(path: string, expected: string, replacement: string): Promise<'written' | 'changed-meanwhile'> {
  const current = await readFile(path, 'utf8');
  if (current !== expected) return 'changed-meanwhile';
  const temporary = join(dirname(path), `.${basename(path)}.ledgerlint-${process.pid}`);
  const { mode } = await stat(path);
  try {
    await writeFile(temporary, replacement, { flag: 'wx' });
    await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return 'written';
}
