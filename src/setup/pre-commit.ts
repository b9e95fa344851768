/**
 * `ledgerlint init`: a pre-commit hook running `ledgerlint --staged`, through
 * husky (a dependency of ledgerlint, called through its API, so no network).
 * Idempotent; an existing hook is extended, never overwritten.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Repo } from '../git/repo.js';
import { trimEndOf } from '../core/text/names.js';

export const HOOK_MARKER = 'ledgerlint --staged';

/** husky declined to install (HUSKY=0, no .git here, git missing): its own reason, for the user. */
export class HuskyDeclined extends Error {}

/** The hook cannot be installed as asked (a hooks directory shared with other repositories, a hook that is no shell script, a file that cannot be written): why, and what to do instead. */
export class CannotInstall extends Error {}

export interface SetupReport {
  /** What was done, one line each. */
  done: string[];
  /** How to undo it. */
  undo: string[];
  /** Things the user should do or know. */
  advice: string[];
}

export async function setUpPreCommit(repo: Repo): Promise<SetupReport> {
  const report: SetupReport = { done: [], undo: [], advice: [] };
  const configured = await hooksPath(repo);
  const localBin = existsSync(join(repo.root, 'node_modules', '.bin', 'ledgerlint'));

  let hookFile: string;
  let command: string;
  if (configured && !isHuskyDir(configured)) {
    // The repository keeps its own hooks directory: extend its pre-commit there.
    hookFile = join(configured, 'pre-commit');
    command = `npx --no-install ${HOOK_MARKER}`;
  } else {
    const huskyDir = configured ? shownPath(repo.root, dirname(configured)) : '.husky';
    if (!configured) {
      const previous = await existingGitHook(repo);
      await installHusky(repo.root, huskyDir);
      report.done.push(`installed husky: core.hooksPath is now ${huskyDir}/_`);
      report.undo.push('git config --unset core.hooksPath', `rm -r ${huskyDir}/_`);
      if (previous) {
        // Not --git-path: that follows core.hooksPath, back into husky, and the hook would call itself.
        const call = '"$(git rev-parse --git-common-dir)/hooks/pre-commit" "$@"';
        if (await appendLine(join(repo.root, huskyDir, 'pre-commit'), call, '# the pre-commit hook this repository had before husky')) {
          report.done.push(`kept your existing ${relative(repo.root, previous)}: ${huskyDir}/pre-commit runs it first`);
        }
      }
    }
    hookFile = resolve(repo.root, huskyDir, 'pre-commit');
    // husky puts node_modules/.bin on PATH for its hooks.
    command = HOOK_MARKER;
  }

  const shown = shownPath(repo.root, hookFile);
  if (await appendLine(hookFile, command, '# ledgerlint: check staged ledgers (https://github.com/ledgerlint/ledgerlint)', HOOK_MARKER, shown)) {
    report.done.push(`${shown} runs \`${command}\``);
    report.undo.push(`remove the \`${command}\` line from ${shown}`);
  } else {
    report.done.push(`${shown} already runs ledgerlint --staged; nothing to change`);
  }
  if (!localBin) {
    report.advice.push('ledgerlint is not installed in this project, so the hook cannot run it: npm install --save-dev ledgerlint');
  }
  if (!configured) {
    report.advice.push('husky only installs the hook in this clone; for other clones add "prepare": "husky" to the scripts in package.json');
  }
  return report;
}

/**
 * The hooks directory core.hooksPath names, absolute (git takes a relative one from
 * the top of the work tree, where hooks run); null when unset. One set outside this
 * repository's own config is shared with other repositories: init does not touch it.
 */
async function hooksPath(repo: Repo): Promise<string | null> {
  // --type=path expands ~ as git does; --show-scope says which config file set it.
  const out = await repo.client.text(['config', '--show-scope', '--type=path', '--get', 'core.hooksPath']).catch(() => '');
  const [scope = '', ...rest] = out.replace(/\n$/, '').split('\t');
  const value = rest.join('\t');
  if (!value) return null;
  const directory = resolve(repo.root, value);
  if (scope !== 'local' && scope !== 'worktree') {
    throw new CannotInstall(
      `core.hooksPath is set in your ${scope} git config to ${value}, the hooks of every repository that does not set its own; ` +
        `ledgerlint does not change hooks shared with other repositories. Add \`npx --no-install ${HOOK_MARKER}\` to ${join(directory, 'pre-commit')} yourself, ` +
        'or give this repository its own hooks directory (git config core.hooksPath .githooks) and run ledgerlint init again',
    );
  }
  return directory;
}

function isHuskyDir(hooksDir: string): boolean {
  return trimEndOf(hooksDir, sep).endsWith(`${sep}_`) && existsSync(join(hooksDir, 'h'));
}

/** A path as messages show it: relative inside the repository, absolute outside it. */
function shownPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' ? '.' : rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

/** A pre-commit hook in .git/hooks that core.hooksPath would silently switch off. */
async function existingGitHook(repo: Repo): Promise<string | null> {
  const commonDir = (await repo.client.text(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
  const hook = resolve(repo.root, commonDir, 'hooks', 'pre-commit');
  return existsSync(hook) ? hook : null;
}

async function installHusky(root: string, dir: string): Promise<void> {
  const { default: husky } = (await import('husky')) as { default: (dir?: string) => string };
  // husky works on the current directory: the repository's top level.
  const before = process.cwd();
  process.chdir(root);
  try {
    const problem = husky(dir);
    if (problem) throw new HuskyDeclined(problem.trim());
  } finally {
    process.chdir(before);
  }
}

/** Appends a command (with a comment) unless the hook already runs it. Returns whether it changed the file. */
async function appendLine(file: string, command: string, comment: string, marker = command, shown = file): Promise<boolean> {
  try {
    const existing = existsSync(file) ? await readFile(file, 'utf8') : null;
    if (existing !== null && existing.includes(marker)) return false;
    if (existing !== null && !isShellScript(existing)) {
      throw new CannotInstall(`${shown} is not a shell script, so a line cannot be added to it; make it run \`${command}\` yourself`);
    }
    const start = existing === null ? '#!/usr/bin/env sh\n' : existing.endsWith('\n') || existing === '' ? existing : `${existing}\n`;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${start}${comment}\n${command}\n`);
    await chmod(file, 0o755);
    return true;
  } catch (error) {
    if (error instanceof CannotInstall) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way of its directory' : (error as Error).message;
    throw new CannotInstall(`cannot write ${shown}: ${why}`);
  }
}

/** No interpreter line (git runs it with sh; husky's hooks are so), or one naming a shell. */
function isShellScript(text: string): boolean {
  if (text.includes('\0')) return false;
  if (!text.startsWith('#!')) return true;
  return /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash|mksh)\b/.test(text);
}
