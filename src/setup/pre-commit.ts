/**
 * `ledgerlint init`: a pre-commit hook running `ledgerlint --staged`, through the hook manager the
 * repository uses (or the one asked for). Before anything is written, the call the hook will make
 * is run once: init never leaves a hook that cannot run ledgerlint, and never one that refuses
 * every commit. Idempotent; the user's hooks and configs are extended, never overwritten.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Repo } from '../git/repo.js';
import { trimEndOf } from '../core/text/names.js';
import { detectManager, type HookFacts, type HookManager } from './detect-manager.js';
import { setUpGitHook } from './git-hook.js';
import type { HookContext } from './hook-context.js';
import { readIfThere, shownPath } from './hook-file.js';
import { setUpHusky } from './husky.js';
import { checkRuns, commandFor, findInvocation, upTo } from './invocation.js';
import { findLefthookConfig, setUpLefthook } from './lefthook.js';
import { PRE_COMMIT_CONFIG, setUpPreCommitFramework } from './pre-commit-framework.js';
import { CannotInstall, mergeReports, type SetupReport } from './setup-report.js';

export { CannotInstall, HuskyDeclined, type SetupReport } from './setup-report.js';
export { HOOK_MARKER } from './shell-hook.js';

declare const LEDGERLINT_VERSION: string;

export interface HookOptions {
  /** The manager asked for with --hooks; detected when absent. */
  manager?: HookManager;
  /** Where init was run. */
  cwd: string;
  /** This running ledgerlint's own file (an install inside the repository is found from it). */
  ownFile: string;
  env: NodeJS.ProcessEnv;
}

const SET_UP: Record<HookManager, (context: HookContext) => Promise<SetupReport>> = {
  husky: setUpHusky,
  lefthook: setUpLefthook,
  'pre-commit': setUpPreCommitFramework,
  git: setUpGitHook,
};

export async function setUpPreCommit(repo: Repo, options: HookOptions): Promise<SetupReport> {
  const root = repo.root;
  const packageDir = upTo(root, resolve(options.cwd)).find((d) => existsSync(join(d, 'package.json')));
  const invocation = findInvocation({ root, cwd: options.cwd, ownFile: options.ownFile, env: options.env });
  if (!invocation) throw new CannotInstall(notInstalled(root, options.cwd, packageDir));
  const check = checkRuns(root, invocation, options.env);
  if (!check.ok)
    throw new CannotInstall(
      `the hook would call ledgerlint as ${check.why}, and so refuse every commit; nothing was written. Install ledgerlint where the hook finds it, then run ledgerlint init again`,
    );

  const { facts, hookFile } = await gatherFacts(repo, packageDir, commandFor(invocation, '--staged'));
  const { manager, why } = options.manager
    ? { manager: options.manager, why: 'chosen with --hooks' }
    : detectManager(facts);

  const context: HookContext = {
    repo,
    facts,
    packageDir: packageDir === undefined ? null : relative(root, packageDir),
    invocation,
    hookFile,
    env: options.env,
  };
  const report = await SET_UP[manager](context);
  const advice: string[] = [];
  if (invocation.where === 'path') {
    const local =
      packageDir === undefined
        ? ''
        : ', or install it in the project (npm install --save-dev ledgerlint) and run ledgerlint init again';
    advice.push(
      `the hook calls the ledgerlint on PATH (${check.version}): every clone needs one (npm install --global ledgerlint)${local}`,
    );
  } else if (check.version !== LEDGERLINT_VERSION)
    advice.push(`the hook runs the project's ledgerlint ${check.version}, not this ${LEDGERLINT_VERSION}`);
  return mergeReports({ done: [`hooks: ${manager} (${why})`], undo: [], advice: [] }, report, {
    done: [`checked: the hook's call \`${commandFor(invocation, '--version')}\` runs ledgerlint ${check.version}`],
    undo: [],
    advice,
  });
}

/** What init needs to know of the repository's hooks, and the pre-commit hook file git runs. */
async function gatherFacts(
  repo: Repo,
  packageDir: string | undefined,
  command: string,
): Promise<{ facts: HookFacts; hookFile: string }> {
  const root = repo.root;
  const hooksPath = await localHooksPath(repo, command);
  // As git finds it: in core.hooksPath, else in the hooks of the repository (shared by its worktrees).
  const hooksDir =
    hooksPath ??
    join(
      resolve(root, (await repo.client.text(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim()),
      'hooks',
    );
  const hookFile = join(hooksDir, 'pre-commit');
  const huskyDir = [packageDir, root]
    .filter((d) => d !== undefined)
    .map((d) => join(d, '.husky'))
    .find(isDirectory);
  const facts: HookFacts = {
    hooksPath,
    hooksPathIsHusky: hooksPath !== null && isHuskyDir(hooksPath),
    installedHook: await readIfThere(hookFile),
    lefthookConfig: findLefthookConfig(root),
    preCommitConfig: existsSync(join(root, PRE_COMMIT_CONFIG)),
    huskyDir: huskyDir === undefined ? null : relative(root, huskyDir),
    packageJson: packageDir !== undefined,
  };
  return { facts, hookFile };
}

/**
 * The hooks directory core.hooksPath names, absolute (git takes a relative one from
 * the top of the work tree, where hooks run); null when unset. One set outside this
 * repository's own config is shared with other repositories: init does not touch it.
 */
async function localHooksPath(repo: Repo, command: string): Promise<string | null> {
  // --type=path expands ~ as git does; --show-scope says which config file set it.
  const out = await repo.client
    .text(['config', '--show-scope', '--type=path', '--get', 'core.hooksPath'])
    .catch(() => '');
  const [scope = '', ...rest] = out.replace(/\n$/, '').split('\t');
  const value = rest.join('\t');
  if (!value) return null;
  const directory = resolve(repo.root, value);
  if (scope !== 'local' && scope !== 'worktree') {
    throw new CannotInstall(
      `core.hooksPath is set in your ${scope} git config to ${value}, the hooks of every repository that does not set its own; ` +
        `ledgerlint does not change hooks shared with other repositories. Add \`${command}\` to ${join(directory, 'pre-commit')} yourself, ` +
        'or give this repository its own hooks directory (git config core.hooksPath .githooks) and run ledgerlint init again',
    );
  }
  return directory;
}

function isHuskyDir(hooksDir: string): boolean {
  return trimEndOf(hooksDir, sep).endsWith(`${sep}_`) && existsSync(join(hooksDir, 'h'));
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

function notInstalled(root: string, cwd: string, packageDir: string | undefined): string {
  const where =
    packageDir === undefined
      ? 'a project without package.json'
      : packageDir === root
        ? 'this package'
        : `the package in ${shownPath(root, packageDir)}`;
  return (
    `ledgerlint is not installed where a hook can call it (no node_modules/.bin/ledgerlint from ${shownPath(root, resolve(cwd))} up to the top of the repository, and none on PATH), ` +
    `so the hook would refuse every commit; nothing was written. For ${where}: ` +
    (packageDir === undefined
      ? 'npm install --global ledgerlint'
      : `npm install --save-dev ledgerlint there (or npm install --global ledgerlint)`) +
    ', then run ledgerlint init again'
  );
}
