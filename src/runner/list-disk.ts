/**
 * The list step on disk: the paths and globs given, the config's include, else the
 * tracked and untracked markdown of the repository (or the files under the working
 * directory outside one), each read only where it may be.
 */
import { resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { discoverFiles, toPosixRelative } from '../files/discover.js';
import { isUnder, whereaboutsIn } from '../files/inside.js';
import { readBuffer, readText, stampNow } from '../files/read-text.js';
import { workTreeMarkdown, type Repo } from '../git/repo.js';
import type { Notices, Source, SourceContext } from './list.js';

export async function diskSources(
  { cwd, config, configPath, isIgnored }: SourceContext,
  request: {
    patterns: readonly string[];
    files?: readonly string[] | undefined;
    confine?: string | undefined;
    texts?: ReadonlyMap<string, string> | undefined;
  },
  repo: Repo | null,
  notices: Notices,
): Promise<Source[]> {
  const { prepared, baseDir } = config;
  const isTextLedger = (file: string) => prepared.isOtherLedger(configPath(file));
  let files: string[];
  let named = new Set<string>();
  if (request.files) {
    files = request.files.filter((f) => !isIgnored(f));
  } else if (request.patterns.length > 0) {
    const found = await discoverFiles(request.patterns, { cwd, isIgnored, isTextLedger });
    ({ files, named } = found);
    notices.problems.push(...found.problems);
    notices.warnings.push(...found.warnings);
    notices.notes.push(...found.notes);
  } else if (prepared.include) {
    files = (
      await glob(prepared.include, {
        cwd: baseDir,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        dot: true,
      })
    )
      .map((f) => resolve(f))
      .filter((f) => !isIgnored(f))
      .sort();
    if (files.length === 0)
      notices.problems.push(`${prepared.source}: include matches no files (${prepared.include.join(', ')}).`);
  } else if (repo) {
    const under = `${resolve(cwd)}${sep}`;
    files = (await workTreeMarkdown(repo, prepared.otherLedgerGlobs)).filter(
      (f) => f.startsWith(under) && !isIgnored(f),
    );
    const others = prepared.otherLedgerGlobs.length > 0 ? ` (and ${prepared.otherLedgerGlobs.join(', ')})` : '';
    notices.notes.push(
      `No paths given: checking the ${files.length} tracked or untracked (not ignored) markdown files${others} that are ledgers.`,
    );
  } else {
    ({ files } = await discoverFiles(['.'], { cwd, isIgnored, isTextLedger }));
    notices.notes.push(`No paths given and not in a git repository: checking markdown files under ${cwd}.`);
  }
  const refusal = readRefusal(request.confine, repo, named);
  return files.map((file) => {
    const text = request.texts?.get(file);
    return {
      file,
      display: toPosixRelative(cwd, file),
      configPath: configPath(file),
      named: named.has(file),
      read: async () => {
        const refused = refusal(file);
        if (refused) throw new Error(refused);
        return text === undefined
          ? readText(file, prepared.maxFileSize)
          : readBuffer(Buffer.from(text, 'utf8'), prepared.maxFileSize);
      },
      ...(text === undefined ? { stamp: () => stampNow(file) } : {}),
    };
  });
}

/**
 * Why a file may not be read, if it may not: with confine, any file whose real path
 * is outside that directory (the Action's workspace); else a file found (not named)
 * in the repository that a symlink leads out of it. Into .git, never.
 */
function readRefusal(
  confine: string | undefined,
  repo: Repo | null,
  named: ReadonlySet<string>,
): (file: string) => string | null {
  const root = confine ?? repo?.root;
  if (root === undefined) return () => null;
  const whereabouts = whereaboutsIn(root, { everyFile: confine !== undefined });
  const place = confine !== undefined ? 'the workspace' : 'the repository';
  return (file) => {
    if (confine === undefined && (named.has(file) || !isUnder(root, file))) return null;
    const where = whereabouts(file);
    return where === 'inside'
      ? null
      : `resolves to a file ${where === 'outside' ? `outside ${place}` : 'inside .git'}; not read.`;
  };
}
