/**
 * Replacing a file with a fixed version without losing anyone's edit, and
 * without changing what else the file is: its owner and mode, its other hard
 * links, the symbolic link it was reached through.
 *
 * The file is replaced only if it still holds exactly the bytes that were
 * checked. A rename cannot compare and swap in one step, so the original is
 * kept open: an edit that lands on it while the rename is under way is found
 * there afterwards and put back, and the file is reported as not fixed.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, open, realpath, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isUnder } from './inside.js';

export type ReplaceOutcome =
  | { written: true }
  /**
   * changed: it no longer holds what was read (`kept` names a file holding an edit that could not be put back);
   * read-only: nobody may write it, or not this user; outside: reached through a symbolic link, it lies outside `within`.
   */
  | { written: false; reason: 'changed' | 'read-only' | 'outside'; kept?: string };

const CHANGED: ReplaceOutcome = { written: false, reason: 'changed' };
// Never through a symlink swapped in after the path was resolved; never wait on a named pipe.
const READ = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const READ_WRITE = constants.O_RDWR | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Writes `replacement` to `path` if it holds `expected`. A symbolic link is followed
 * to its target when that lies inside `within` (the work tree). Unexpected file
 * system errors are thrown, for the caller to report against the file.
 */
export async function replaceFile(
  path: string,
  expected: Uint8Array,
  replacement: Uint8Array,
  within: string,
): Promise<ReplaceOutcome> {
  const real = await realpath(path).catch(missingAs(null));
  if (real === null) return CHANGED;
  if (real !== resolve(path) && !isUnder(await realpath(within).catch(() => resolve(within)), real))
    return { written: false, reason: 'outside' };
  const original = await open(real, READ).catch(missingAs(null));
  if (original === null) return CHANGED;
  try {
    const info = await original.stat();
    if (!info.isFile() || !equal(await contentsOf(original), expected)) return CHANGED;
    if (!(await mayWrite(real, info.mode))) return { written: false, reason: 'read-only' };
    // A rename would break other hard links; where no replacement can be made beside it, or its owner kept, write in place.
    const renamed = info.nlink === 1 ? await replaceByRename(real, original, expected, replacement) : 'cannot';
    if (renamed !== 'cannot') return renamed;
    return await replaceInPlace(real, info.ino, expected, replacement);
  } finally {
    await original.close();
  }
}

async function replaceByRename(
  real: string,
  original: FileHandle,
  expected: Uint8Array,
  replacement: Uint8Array,
): Promise<ReplaceOutcome | 'cannot'> {
  const info = await original.stat();
  const temporary = await createBeside(real).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EACCES' || error.code === 'EPERM') return null;
    throw error;
  });
  if (temporary === null) return 'cannot';
  try {
    await temporary.handle.writeFile(replacement);
    const made = await temporary.handle.stat();
    // Owner first: chown clears set-id bits that chmod then restores.
    if (made.uid !== info.uid || made.gid !== info.gid) {
      const kept = await temporary.handle.chown(info.uid, info.gid).then(
        () => true,
        () => false,
      );
      if (!kept) {
        await discard(temporary);
        return 'cannot';
      }
    }
    await temporary.handle.chmod(info.mode & 0o7777);
    await temporary.handle.close();
    // The last look before the rename: still the same file, still holding what was checked.
    const now = await lstat(real).catch(missingAs(null));
    if (!now || now.ino !== info.ino || now.dev !== info.dev || !equal(await contentsOf(original), expected)) {
      await discard(temporary);
      return CHANGED;
    }
    await rename(temporary.path, real);
  } catch (error) {
    await discard(temporary);
    throw error;
  }
  // An edit made while the rename was under way went into the file it replaced: give it back.
  const after = await contentsOf(original);
  if (equal(after, expected)) return { written: true };
  return putBack(real, replacement, after);
}

/** The fixed version replaced an edit: put the edited text back in its place, or beside it if that changed too. */
async function putBack(real: string, fixed: Uint8Array, edited: Uint8Array): Promise<ReplaceOutcome> {
  const restored = await replaceFile(real, fixed, edited, dirname(real)).catch(() => null);
  if (restored?.written) return CHANGED;
  const kept = await createBeside(real, 'kept');
  await kept.handle.writeFile(edited);
  await kept.handle.close();
  return { written: false, reason: 'changed', kept: kept.path };
}

/**
 * The same comparison and write through one descriptor, keeping the inode (its
 * owner, mode and hard links). Not atomic: used only where a rename cannot be.
 */
async function replaceInPlace(
  real: string,
  ino: number,
  expected: Uint8Array,
  replacement: Uint8Array,
): Promise<ReplaceOutcome> {
  const handle = await open(real, READ_WRITE).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'read-only' as const;
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (handle === 'read-only') return { written: false, reason: 'read-only' };
  if (handle === null) return CHANGED;
  try {
    if ((await handle.stat()).ino !== ino || !equal(await contentsOf(handle), expected)) return CHANGED;
    for (let at = 0; at < replacement.length;)
      at += (await handle.write(replacement, at, replacement.length - at, at)).bytesWritten;
    await handle.truncate(replacement.length);
    return equal(await contentsOf(handle), replacement) ? { written: true } : CHANGED;
  } finally {
    await handle.close();
  }
}

/** A new file beside `path`, created exclusively under a name nobody can guess (a stale or planted one is never reused). */
async function createBeside(path: string, kind = 'tmp'): Promise<{ path: string; handle: FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const name = join(
      dirname(path),
      `.${basename(path).slice(0, 100)}.ledgerlint-${kind}-${randomBytes(6).toString('hex')}`,
    );
    try {
      return {
        path: name,
        handle: await open(
          name,
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
          0o600,
        ),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
    }
  }
}

async function discard({ path, handle }: { path: string; handle: FileHandle }): Promise<void> {
  await handle.close().catch(() => undefined);
  await unlink(path).catch(() => undefined);
}

/**
 * Whether the file may be written: someone may (a file with no write bit is
 * read-only by intent, even for root), and this process may.
 */
async function mayWrite(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  return access(path, constants.W_OK).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (['EACCES', 'EPERM', 'EROFS'].includes(error.code ?? '')) return false;
      throw error;
    },
  );
}

/** The whole file, read from its start whatever the descriptor's position. */
async function contentsOf(handle: FileHandle): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let position = 0; ;) {
    const chunk = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function missingAs<T>(value: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return value;
    throw error;
  };
}
