/** Reading a would-be ledger safely: size limit, binary detection, strict UTF-8 with the bad byte's position. */
import { open } from 'node:fs/promises';

export type TextRead =
  | { kind: 'text'; text: string }
  /** Readable, but not text we can check; reported as a finding at a position. */
  | { kind: 'unusable'; message: string; line: number; column: number }
  /** Larger than the limit: only a prefix was read, for format detection. */
  | { kind: 'too-large'; size: number; prefix: string };

const PREFIX_BYTES = 64 * 1024;

export async function readText(path: string, maxBytes: number): Promise<TextRead> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      const buffer = Buffer.alloc(Math.min(PREFIX_BYTES, size));
      await handle.read(buffer, 0, buffer.length, 0);
      return { kind: 'too-large', size, prefix: buffer.toString('utf8') };
    }
    const buffer = await handle.readFile();
    return decode(buffer);
  } finally {
    await handle.close();
  }
}

export function decode(buffer: Buffer): TextRead {
  const nul = buffer.indexOf(0);
  if (nul >= 0) return { kind: 'unusable', message: 'This is a binary file (it contains NUL bytes), not a markdown ledger.', ...positionOf(buffer, nul) };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer) };
  } catch {
    const bad = firstInvalidUtf8(buffer);
    const byte = buffer[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { kind: 'unusable', message: `The file is not valid UTF-8 (byte 0x${byte} at offset ${bad}); save it as UTF-8 to have it checked.`, ...positionOf(buffer, bad) };
  }
}

function positionOf(buffer: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = buffer.indexOf(10); i >= 0 && i < offset; i = buffer.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
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
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
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
