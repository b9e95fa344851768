/** Reading a would-be ledger safely: size limit, binary detection, strict UTF-8 with the bad byte's position. */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';

export type TextRead =
  /** The text, the bytes it was decoded from (half its size in memory, for holding many), and its stamp when read from disk. */
  | { kind: 'text'; text: string; bytes: Uint8Array; stamp?: string | null }
  /** Readable, but not text we can check; reported as a finding at a position. */
  | { kind: 'unusable'; message: string; line: number; column: number }
  /** Larger than the limit: only a prefix was read, for format detection; from a stream, `size` is how much was read before stopping. */
  | { kind: 'too-large'; size: number; prefix: string; stopped?: true };

const PREFIX_BYTES = 64 * 1024;

/**
 * Synchronous, like ESLint's reads: ten thousand small files are read several times
 * faster one after another than through promises, whose overhead per call is larger
 * than the read itself. Throws the fs error (ENOENT, EACCES, ELOOP…) for the caller to word.
 */
export function readText(path: string, maxBytes: number): TextRead {
  // Non-blocking, so that a named pipe is refused instead of waiting for a writer forever.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      throw Object.assign(new Error(`${path}: not a regular file`), {
        code: info.isDirectory() ? 'EISDIR' : 'ENOTREG',
      });
    const { size } = info;
    if (size > maxBytes) {
      const buffer = Buffer.alloc(Math.min(PREFIX_BYTES, size));
      readSync(fd, buffer, 0, buffer.length, 0);
      return { kind: 'too-large', size, prefix: buffer.toString('utf8') };
    }
    const read = decode(readFileSync(fd));
    if (read.kind === 'text') read.stamp = stampOf(info);
    return read;
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's version as stat sees it (size, times, inode), for the cache to know a file
 * unchanged without reading it, as git's index does. Null while the file may still be
 * changing (touched in the last two seconds): a write in the same clock tick as the
 * read could leave the stamp the same, so such a file is read again next time.
 */
export function stampOf(info: Stats, now = Date.now()): string | null {
  if (now - Math.max(info.mtimeMs, info.ctimeMs) < 2000) return null;
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/** The same reading of bytes already in memory (a blob from the index). */
export function readBuffer(buffer: Buffer, maxBytes: number): TextRead {
  if (buffer.length > maxBytes)
    return { kind: 'too-large', size: buffer.length, prefix: buffer.subarray(0, PREFIX_BYTES).toString('utf8') };
  return decode(buffer);
}

/**
 * The same reading of a stream (standard input): reading stops once the text is over
 * the limit, so an endless or huge input costs no more memory than the largest ledger.
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<TextRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    size += bytes.length;
    // Leaving the loop closes the stream: the writer gets EPIPE instead of ledgerlint holding gigabytes.
    if (size > maxBytes)
      return {
        kind: 'too-large',
        size,
        prefix: Buffer.concat(chunks).subarray(0, PREFIX_BYTES).toString('utf8'),
        stopped: true,
      };
  }
  return decode(Buffer.concat(chunks, size));
}

/** The stamp of a file on disk now; null if it cannot be had. */
export function stampNow(path: string): string | null {
  try {
    return stampOf(statSync(path));
  } catch {
    return null;
  }
}

export function decode(buffer: Buffer): TextRead {
  const nul = buffer.indexOf(0);
  if (nul >= 0)
    return {
      kind: 'unusable',
      message: 'This is a binary file (it contains NUL bytes), not a markdown ledger.',
      ...positionOf(buffer, nul),
    };
  try {
    return {
      kind: 'text',
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer),
      bytes: buffer,
    };
  } catch {
    const bad = firstInvalidUtf8(buffer);
    const byte = buffer[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      kind: 'unusable',
      message: `The file is not valid UTF-8 (byte 0x${byte} at offset ${bad}); save it as UTF-8 to have it checked.`,
      ...positionOf(buffer, bad),
    };
  }
}

/** Line and column of a byte, lines ending at LF, CRLF or a lone CR as the parser reads them. */
function positionOf(buffer: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = buffer[i];
    if (byte === 10 || (byte === 13 && buffer[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: buffer.subarray(lineStart, offset).toString('utf8').length + 1 };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(buffer: Buffer): number {
  let i = 0;
  while (i < buffer.length) {
    const b = buffer[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buffer[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return buffer.length;
}

/** Text from bytes already known to be UTF-8 (a decoded read's `bytes`), BOM kept as decode() keeps it. */
export function textOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
