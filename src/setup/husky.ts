/**
 * `init --hooks husky`: husky's hooks (core.hooksPath = <dir>/_), installed through husky's API
 * (a dependency of ledgerlint, so no network), and the line in <dir>/pre-commit. In a monorepo
 * the husky directory sits in the package, as husky's docs set it up.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { HookContext } from './hook-context.js';
import type { Repo } from '../git/repo.js';
import { isExecutableFile, readIfThere, shownPath, writeSetupFile } from './hook-file.js';
import { mustPlace, writeHookEdit } from './git-hook.js';
import { commandFor, findTool, shellQuoted } from './invocation.js';
import { addPrepareScript } from './package-json.js';
import { CannotInstall, emptyReport, HuskyDeclined, mergeReports, type SetupReport } from './setup-report.js';
import { addToHook, hookLine } from './shell-hook.js';

export async function setUpHusky(context: HookContext): Promise<SetupReport> {
  const { repo, facts } = context;
  const root = repo.root;
  const report = emptyReport();
  const dir = facts.hooksPathIsHusky
    ? relative(root, dirname(facts.hooksPath!))
    : (facts.huskyDir ?? join(context.packageDir ?? '', '.husky'));
  const hookFile = join(root, dir, 'pre-commit');
  // husky puts the top's node_modules/.bin on PATH for its hooks: a bare name reads as husky's docs do.
  const { invocation } = context;
  const bare = invocation.dir === '' && invocation.program === join('node_modules', '.bin', 'ledgerlint');
  const command = commandFor(bare ? { dir: '', program: 'ledgerlint' } : invocation, '--staged');
  // husky runs the script with sh -e: a failing line stops it.
  const line = hookLine(command, 'errexit');
  // Everything is worked out before husky changes core.hooksPath: a refusal leaves the hooks as they were.
  let text = await readIfThere(hookFile);
  const previous =
    !facts.hooksPathIsHusky && existsSync(context.hookFile) ? await previousHookCall(repo, context.hookFile) : null;
  if (previous && !(text ?? '').includes(previous)) {
    text = `${text === null || text === '' ? '' : text.endsWith('\n') ? text : `${text}\n`}# the pre-commit hook this repository had before husky\n${previous}\n`;
    report.done.push(`kept your existing ${shownPath(root, context.hookFile)}: ${dir}/pre-commit runs it first`);
  }
  const edit = addToHook(text, line);
  const target = { file: hookFile, shown: shownPath(root, hookFile), command, line, executable: false };
  mustPlace(edit, target);
  if (!facts.hooksPathIsHusky) {
    await installHusky(root, dir);
    report.done.unshift(`installed husky: core.hooksPath is now ${dir}/_`);
    report.undo.push('git config --unset core.hooksPath', `rm -r ${dir}/_`);
  }
  if (edit.kind === 'present' && text !== (await readIfThere(hookFile)))
    await writeSetupFile(hookFile, text!, target.shown);
  const written = await writeHookEdit(edit, target);
  const runner = join(root, dir, '_', 'pre-commit');
  if (!isExecutableFile(runner) || !existsSync(join(root, dir, '_', 'h'))) {
    throw new CannotInstall(
      `husky's ${shownPath(root, runner)} is missing, so git runs nothing: run npx husky${dir === '.husky' ? '' : ` ${dir}`} at the top of the repository, then ledgerlint init again`,
    );
  }
  return mergeReports(report, written, await prepare(context, dir));
}

/** The `prepare` script that installs husky's hooks in other clones on npm install, when husky is there to run. */
async function prepare(context: HookContext, dir: string): Promise<SetupReport> {
  const report = emptyReport();
  if (context.packageDir === null) {
    report.advice.push(
      `husky's hooks are installed in this clone only: in other clones, run npx husky${dir === '.husky' ? '' : ` ${dir}`} at the top of the repository`,
    );
    return report;
  }
  const root = context.repo.root;
  const packageDir = join(root, context.packageDir);
  const toTop = relative(packageDir, root);
  // husky works in the directory holding .git: from a package below it, go there first.
  const script =
    toTop === ''
      ? dir === '.husky'
        ? 'husky'
        : `husky ${shellQuoted(dir)}`
      : `cd ${shellQuoted(toTop)} && husky ${shellQuoted(dir)}`;
  const packageJson = join(context.packageDir, 'package.json');
  if (!findTool('husky', root, packageDir, {})) {
    report.advice.push(
      `husky is not installed in ${context.packageDir === '' ? 'this package' : context.packageDir}, so other clones do not get the hook: npm install --save-dev husky, then add "prepare": "${script}" to the scripts in ${packageJson}`,
    );
    return report;
  }
  const outcome = await addPrepareScript(join(packageDir, 'package.json'), script, packageJson);
  if (outcome === 'added') {
    report.done.push(`added "prepare": "${script}" to ${packageJson}: npm install sets the hook up in other clones`);
    report.undo.push(`remove the prepare script from ${packageJson}`);
  } else if (outcome === 'other') {
    report.advice.push(
      `${packageJson} has a prepare script without husky: add \` && ${script}\` to it, so that other clones get the hook on npm install`,
    );
  }
  return report;
}

/**
 * The line that calls the pre-commit hook git ran before (in .git/hooks, or a hooks directory
 * of the repository's own), which core.hooksPath = husky's would switch off.
 */
async function previousHookCall(repo: Repo, previous: string): Promise<string> {
  const commonDir = (await repo.client.text(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
  // Not --git-path: that follows core.hooksPath, back into husky, and the hook would call itself.
  return dirname(previous) === resolve(repo.root, commonDir, 'hooks')
    ? '"$(git rev-parse --git-common-dir)/hooks/pre-commit" "$@"'
    : `${shellQuoted(shownPath(repo.root, previous))} "$@"`;
}

async function installHusky(root: string, dir: string): Promise<void> {
  let husky: (dir?: string) => string;
  try {
    ({ default: husky } = (await import('husky')) as { default: (dir?: string) => string });
  } catch {
    throw new CannotInstall(
      'husky cannot be loaded (it comes with ledgerlint): npm install --save-dev husky, or choose another way: ledgerlint init --hooks git',
    );
  }
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
