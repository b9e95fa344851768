/** Writing a fix back: only over the bytes that were checked, keeping what else the file is. */
import {
  appendFileSync,
  chmodSync,
  chownSync,
  linkSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replaceFile } from '../../src/files/replace-file.js';
import { tempDir } from '../helpers/cli.js';

// What happens while the rename is under way (another process writing), as a slowed-down rename would let it.
const during: { rename: (() => void) | null } = { rename: null };
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      const act = during.rename;
      during.rename = null;
      act?.();
      return fs.rename(from, to);
    },
  };
});
afterEach(() => {
  during.rename = null;
});

const before = Buffer.from('**Agent Sessions:** 4\n');
const after = Buffer.from('**Agent Sessions:** 3\n');
const read = (path: string) => readFileSync(path, 'utf8');
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes('ledgerlint'));

describe('replaceFile', () => {
  it('replaces a file that still holds what was checked, keeping its mode and owner', async () => {
    const dir = tempDir({ 'L.md': before });
    const file = join(dir, 'L.md');
    chmodSync(file, 0o640);
    if (process.getuid?.() === 0) chownSync(file, 65534, 65534);
    expect(await replaceFile(file, before, after, dir)).toEqual({ written: true });
    expect(read(file)).toBe(after.toString());
    const info = statSync(file);
    expect(info.mode & 0o7777).toBe(0o640);
    if (process.getuid?.() === 0) expect([info.uid, info.gid]).toEqual([65534, 65534]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves a file that changed since it was read', async () => {
    const dir = tempDir({ 'L.md': `${before}more\n` });
    expect(await replaceFile(join(dir, 'L.md'), before, after, dir)).toEqual({ written: false, reason: 'changed' });
    expect(read(join(dir, 'L.md'))).toBe(`${before}more\n`);
    expect(await replaceFile(join(dir, 'gone.md'), before, after, dir)).toEqual({ written: false, reason: 'changed' });
  });

  it('puts back an edit made while the rename was under way, and does not call the file fixed', async () => {
    const dir = tempDir({ 'L.md': before });
    const file = join(dir, 'L.md');
    during.rename = () => appendFileSync(file, 'USER EDIT\n');
    expect(await replaceFile(file, before, after, dir)).toEqual({ written: false, reason: 'changed' });
    expect(read(file)).toBe(`${before}USER EDIT\n`);
    expect(leftovers(dir)).toEqual([]);
  });

  it('fixes the target of a symbolic link inside the work tree, and keeps the link', async () => {
    const dir = tempDir({ 'ledgers/target.md': before });
    symlinkSync('ledgers/target.md', join(dir, 'link.md'));
    expect(await replaceFile(join(dir, 'link.md'), before, after, dir)).toEqual({ written: true });
    expect(statSync(join(dir, 'link.md')).isFile()).toBe(true);
    expect(
      readdirSync(dir, { withFileTypes: true })
        .find((e) => e.name === 'link.md')
        ?.isSymbolicLink(),
    ).toBe(true);
    expect(read(join(dir, 'ledgers', 'target.md'))).toBe(after.toString());
  });

  it('refuses a symbolic link to a file outside the work tree', async () => {
    const outside = tempDir({ 'target.md': before });
    const dir = tempDir();
    symlinkSync(join(outside, 'target.md'), join(dir, 'link.md'));
    expect(await replaceFile(join(dir, 'link.md'), before, after, dir)).toEqual({ written: false, reason: 'outside' });
    expect(read(join(outside, 'target.md'))).toBe(before.toString());
  });

  it('keeps hard links: every name sees the fix', async () => {
    const dir = tempDir({ 'h1.md': before });
    linkSync(join(dir, 'h1.md'), join(dir, 'h2.md'));
    expect(await replaceFile(join(dir, 'h1.md'), before, after, dir)).toEqual({ written: true });
    expect(read(join(dir, 'h2.md'))).toBe(after.toString());
    expect(statSync(join(dir, 'h1.md')).ino).toBe(statSync(join(dir, 'h2.md')).ino);
    // Shorter than before: nothing of the old text is left at the end.
    expect(await replaceFile(join(dir, 'h2.md'), after, Buffer.from('x\n'), dir)).toEqual({ written: true });
    expect(read(join(dir, 'h1.md'))).toBe('x\n');
  });

  it('leaves a read-only file alone, even when root could write it', async () => {
    const dir = tempDir({ 'L.md': before });
    chmodSync(join(dir, 'L.md'), 0o444);
    expect(await replaceFile(join(dir, 'L.md'), before, after, dir)).toEqual({ written: false, reason: 'read-only' });
    expect(read(join(dir, 'L.md'))).toBe(before.toString());
  });

  it('never writes through a planted temporary file', async () => {
    const dir = tempDir({ 'L.md': before, victim: 'precious\n' });
    // Every name the old code could pick, for a range of process ids.
    for (let pid = process.pid - 50; pid < process.pid + 50; pid++)
      symlinkSync(join(dir, 'victim'), join(dir, `.L.md.ledgerlint-${pid}`));
    writeFileSync(join(dir, 'L.md'), before);
    expect(await replaceFile(join(dir, 'L.md'), before, after, dir)).toEqual({ written: true });
    expect(read(join(dir, 'victim'))).toBe('precious\n');
  });
});
