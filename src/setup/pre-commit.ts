/**
 * `ledgerlint init`: a pre-commit hook running `ledgerlint --staged`, through
 * husky (a dependency of ledgerlint, called through its API, so no network).
 * Idempotent; an existing hook is extended, never overwritten.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Repo } from '../git/repo.js';
import { trimEndOf } from '../core/text/names.js';

export const HOOK_MARKER = 'ledgerlint --staged';

/** husky declined to install (HUSKY=0, no .git here, git missing): its own reason, for the user. */
export class HuskyDeclined extends Error {}

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
  const configured = (await repo.client.text(['config', '--get', 'core.hooksPath']).catch(() => '')).trim();
  const localBin = existsSync(join(repo.root, 'node_modules', '.bin', 'ledgerlint'));

  let hookFile: string;
  let command: string;
  if (configured && !isHuskyDir(repo.root, configured)) {
    // The repository keeps its own hooks directory: extend its pre-commit there.
    hookFile = join(repo.root, configured, 'pre-commit');
    command = `npx --no-install ${HOOK_MARKER}`;
  } else {
    const huskyDir = configured ? dirname(configured) : '.husky';
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
    hookFile = join(repo.root, huskyDir, 'pre-commit');
    // husky puts node_modules/.bin on PATH for its hooks.
    command = HOOK_MARKER;
  }

  const shown = relative(repo.root, hookFile);
  if (await appendLine(hookFile, command, '# ledgerlint: check staged ledgers (https://github.com/ledgerlint/ledgerlint)', HOOK_MARKER)) {
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

function isHuskyDir(root: string, hooksPath: string): boolean {
  return trimEndOf(hooksPath, '/').endsWith('/_') && existsSync(join(root, hooksPath, 'h'));
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
async function appendLine(file: string, command: string, comment: string, marker = command): Promise<boolean> {
  const existing = existsSync(file) ? await readFile(file, 'utf8') : null;
  if (existing !== null && existing.includes(marker)) return false;
  const start = existing === null ? '#!/usr/bin/env sh\n' : existing.endsWith('\n') || existing === '' ? existing : `${existing}\n`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${start}${comment}\n${command}\n`);
  await chmod(file, 0o755);
  return true;
}
