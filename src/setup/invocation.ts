/**
 * How a hook, run by git from the top of the work tree, calls ledgerlint: the project's own
 * install (in the package's directory, which may be below the top: a monorepo), else one on
 * PATH; and a check that the call runs, made before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, relative, sep } from 'node:path';

export interface Invocation {
  /** The directory the command runs in, relative to the top of the work tree ('' for the top): where the package and its config are. */
  dir: string;
  /** The program, as called from that directory. */
  program: string;
  /** The project's own install, or a ledgerlint on PATH (which every clone then needs). */
  where: 'project' | 'path';
}

export interface Whereabouts {
  /** The top of the work tree. */
  root: string;
  /** Where init was run. */
  cwd: string;
  /** This running ledgerlint's own file: an install inside the repository is found from it. */
  ownFile: string;
  env: NodeJS.ProcessEnv;
}

const BIN = join('node_modules', '.bin', 'ledgerlint');

/** The first way that can call ledgerlint, or null when there is none. */
export function findInvocation(place: Whereabouts): Invocation | null {
  const root = realpathSync(place.root);
  const cwd = realpathSync(place.cwd);
  const packageDir = upTo(root, cwd).find((d) => existsSync(join(d, 'package.json'))) ?? null;
  // The package's own install, or one a workspace hoisted above it.
  const binDir = upTo(root, packageDir ?? cwd).find((d) => existsSync(join(d, BIN)));
  if (binDir !== undefined) {
    const dir = packageDir ?? binDir;
    return { dir: relative(root, dir), program: relative(dir, join(binDir, BIN)), where: 'project' };
  }
  // Run as web/node_modules/.bin/ledgerlint from the top: the install this file is part of.
  const installedIn = place.ownFile.split(`${sep}node_modules${sep}`, 2);
  if (installedIn.length === 2 && isInside(root, installedIn[0]!) && existsSync(join(installedIn[0]!, BIN))) {
    return { dir: relative(root, installedIn[0]!), program: BIN, where: 'project' };
  }
  return searchPath(place.env).some((d) => isExecutable(join(d, 'ledgerlint')))
    ? { dir: '', program: 'ledgerlint', where: 'path' }
    : null;
}

/** The shell command that runs ledgerlint with these arguments from the top of the work tree. */
export function commandFor(invocation: Pick<Invocation, 'dir' | 'program'>, args: string): string {
  const call = `${invocation.program} ${args}`;
  return invocation.dir === '' ? call : `(cd ${shellQuoted(invocation.dir)} && ${call})`;
}

export type RunCheck = { ok: true; version: string } | { ok: false; why: string };

/**
 * Runs the call with --version as the hook will run it: with sh, from the top of the work tree,
 * with PATH as the user's shell has it (without what npm and npx add for this run), and what the
 * hook manager adds (husky: node_modules/.bin).
 */
export function checkRuns(
  root: string,
  invocation: Pick<Invocation, 'dir' | 'program'>,
  env: NodeJS.ProcessEnv,
  pathPrefix?: string,
): RunCheck {
  const path = [...(pathPrefix ? [pathPrefix] : []), ...searchPath(env)].join(delimiter);
  const command = commandFor(invocation, '--version');
  const run = spawnSync('sh', ['-c', command], {
    cwd: root,
    env: { ...env, PATH: path },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const version = run.stdout?.trim() ?? '';
  if (run.status === 0 && /^\d+\.\d+\.\d+\S*$/.test(version)) return { ok: true, version };
  const said = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(0, 3).join(' / ');
  const status = run.error ? run.error.message : run.status === null ? `killed by ${run.signal}` : `exit ${run.status}`;
  return { ok: false, why: `\`${command}\` failed (${status}${said ? `: ${said}` : ''})` };
}

/** PATH without the directories npm and npx add for the run that started init: a hook does not get them. */
export function searchPath(env: NodeJS.ProcessEnv): string[] {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter((d) => d !== '' && !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(d) && !/[\\/]_npx[\\/]/.test(d));
}

/** The directories from `from` up to `root`, nearest first; none when `from` is outside. */
export function upTo(root: string, from: string): string[] {
  const dirs: string[] = [];
  for (let dir = from; isInside(root, dir); dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root) break;
  }
  return dirs;
}

function isInside(root: string, dir: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function shellQuoted(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Another tool a hook manager needs (husky, lefthook): its absolute path in the project's node_modules/.bin from `from` up to the top, or on PATH; null when neither. */
export function findTool(name: string, root: string, from: string, env: NodeJS.ProcessEnv): string | null {
  const local = upTo(root, from)
    .map((d) => join(d, 'node_modules', '.bin', name))
    .find(isExecutable);
  return (
    local ??
    searchPath(env)
      .map((d) => join(d, name))
      .find(isExecutable) ??
    null
  );
}
