/**
 * Reading the --cache file in two parts: its first line on every run, the rest only when
 * needed, and only from the same file (a run beside this one may have replaced it since).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const NEWLINE = 0x0a;

/** Where the second line starts, in the file as it was when the first was read. */
export interface FileAt {
  offset: number;
  identity: string;
}

const identityOf = (info: { ino: number; size: number; mtimeMs: number }) => `${info.ino}:${info.size}:${info.mtimeMs}`;

/** The first line alone: on a replayed run the rest of a large cache is never read. */
export function firstLine(location: string): { line: Buffer; rest: FileAt } {
  const fd = openSync(location, 'r');
  try {
    const identity = identityOf(fstatSync(fd));
    const chunks: Buffer[] = [];
    for (let offset = 0; ;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const size = readSync(fd, chunk, 0, chunk.length, offset);
      const end = chunk.subarray(0, size).indexOf(NEWLINE);
      chunks.push(chunk.subarray(0, end < 0 ? size : end));
      if (end >= 0 || size === 0) return { line: Buffer.concat(chunks), rest: { offset: offset + end + 1, identity } };
      offset += size;
    }
  } finally {
    closeSync(fd);
  }
}

/** The rest of the file, if it is still the file the first line was read from (else a run beside this one replaced it). */
export function rest(location: string, at: FileAt): Buffer {
  const fd = openSync(location, 'r');
  try {
    const info = fstatSync(fd);
    if (identityOf(info) !== at.identity) throw new Error(`${location} was replaced`);
    const bytes = Buffer.alloc(Math.max(0, info.size - at.offset));
    for (let done = 0; done < bytes.length;) {
      const size = readSync(fd, bytes, done, bytes.length - done, at.offset + done);
      if (size === 0) break;
      done += size;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
