/** -o, --output-file: the report written to a file instead of stdout, as ESLint writes it. */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeFsError } from '../files/discover.js';
import { UsageError } from './args.js';
import { guardedOutput, type Output } from './io.js';

export interface ReportFile extends Output {
  /** Writes what was written (an empty file when nothing was: no stale report is left), making its directories. */
  save(checkedFiles: readonly string[]): Promise<void>;
}

/** Guarded as stdout is: whoever prints the file later meets no escape sequence nor workflow command. */
export function reportFile(given: string, cwd: string, color: boolean): ReportFile {
  let text = '';
  const output = guardedOutput((written) => (text += written), color);
  return {
    ...output,
    async save(checkedFiles) {
      const path = resolve(cwd, given);
      const cannot = (reason: string) =>
        new UsageError(`--output-file: cannot write the report to ${given}: ${reason}.`);
      // A mistyped -o must not overwrite a ledger it has just checked.
      if (checkedFiles.includes(path)) throw cannot('it is one of the ledgers checked');
      if (
        await stat(path).then(
          (s) => s.isDirectory(),
          () => false,
        )
      )
        throw cannot('it is a directory');
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text);
      } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        throw cannot(
          code === 'EEXIST' || code === 'ENOTDIR'
            ? 'a file is in the way of its directory'
            : describeFsError(error).replace(/\.$/, ''),
        );
      }
    },
  };
}
