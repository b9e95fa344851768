/**
 * The list step with --staged: staged ledgers read from the index, never the work tree.
 */
import { resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { toPosixRelative } from '../files/discover.js';
import { readBuffer, type TextRead } from '../files/read-text.js';
import type { Repo } from '../git/repo.js';
import { readBlobs, type ChangedPath } from '../git/staged.js';
import type { PreviousSource, Source, SourceContext } from './list.js';

/**
 * Staged ledgers read from the index, and their HEAD versions (for transitions),
 * by object id through one `git cat-file --batch`: unstaged edits are never seen.
 * Symbolic links and submodules staged under a ledger's name hold no ledger text.
 */
export async function stagedSources(
  { cwd, config, configPath, isIgnored }: SourceContext,
  patterns: readonly string[],
  repo: Repo,
  staged: readonly ChangedPath[],
): Promise<{ sources: Source[]; headVersions: PreviousSource }> {
  const within = pathFilter(patterns, cwd);
  const chosen = staged.filter(({ path, blob }) => {
    const file = resolve(repo.root, path);
    return blob !== null && config.prepared.isLedgerPath(configPath(file)) && !isIgnored(file) && within(file);
  });
  const blobs = await readBlobs(
    repo.client,
    chosen.flatMap((s) => [s.blob!, ...(s.fromBlob ? [s.fromBlob] : [])]),
  );
  const headTexts = new Map(
    chosen.map((s) => [s.path, s.fromBlob ? (blobs.get(s.fromBlob)?.toString('utf8') ?? null) : null]),
  );
  const headVersions: PreviousSource = {
    label: 'HEAD',
    read: async (wanted) => new Map(wanted.map((p) => [p, headTexts.get(p) ?? null])),
  };
  const sources = chosen.map(({ path, blob: id }): Source => {
    const file = resolve(repo.root, path);
    const blob = blobs.get(id!);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: false,
      ...(blob ? { staged: blob } : {}),
      read: async (): Promise<TextRead> => {
        if (!blob) throw new Error(`its staged version (object ${id}) is not in the repository.`);
        return readBuffer(blob, config.prepared.maxFileSize);
      },
    };
  });
  return { sources, headVersions };
}

/** With --staged, paths on the command line narrow the staged files to those files, directories or globs. */
function pathFilter(patterns: readonly string[], cwd: string): (file: string) => boolean {
  if (patterns.length === 0) return () => true;
  const prefixes = patterns.map((p) => resolve(cwd, p));
  const globs = picomatch(
    patterns.map((p) => toPosixRelative(cwd, resolve(cwd, p))),
    { dot: true },
  );
  return (file) =>
    prefixes.some((p) => file === p || file.startsWith(`${p}${sep}`)) || globs(toPosixRelative(cwd, file));
}
