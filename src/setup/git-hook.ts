/** `init --hooks git`: the pre-commit hook git runs itself (.git/hooks, or the directory core.hooksPath names). */
import { hookOwner } from './detect-manager.js';
import type { HookContext } from './hook-context.js';
import { isExecutableFile, readIfThere, shownPath, writeSetupFile } from './hook-file.js';
import { commandFor } from './invocation.js';
import { CannotInstall, emptyReport, type SetupReport } from './setup-report.js';
import { addToHook, HOOK_MARKER, hookLine, type HookEdit } from './shell-hook.js';

export async function setUpGitHook(context: HookContext): Promise<SetupReport> {
  const { repo, facts, hookFile } = context;
  const shown = shownPath(repo.root, hookFile);
  if (facts.hooksPathIsHusky)
    throw new CannotInstall(
      `core.hooksPath is husky's (${shown.replace(/\/pre-commit$/, '')}), which husky writes anew: run ledgerlint init --hooks husky`,
    );
  const owner = hookOwner(facts.installedHook);
  if (owner)
    throw new CannotInstall(`${shown} is ${owner}'s, which ${owner} writes anew: run ledgerlint init --hooks ${owner}`);
  const command = commandFor(context.invocation, '--staged');
  const line = hookLine(command, 'plain');
  const edit = addToHook(facts.installedHook, line);
  return writeHookEdit(edit, { file: hookFile, shown, command, line, executable: true });
}

export interface HookTarget {
  file: string;
  shown: string;
  command: string;
  line: string;
  executable: boolean;
}

/** Refuses, saying why and what to do, an edit addToHook could not make. */
export function mustPlace(
  edit: HookEdit,
  { shown, command }: HookTarget,
): asserts edit is Extract<HookEdit, { kind: 'present' | 'edited' }> {
  if (edit.kind === 'not-a-shell-script')
    throw new CannotInstall(
      `${shown} is not a shell script, so a line cannot be added to it; make it run \`${command}\` yourself`,
    );
  if (edit.kind === 'no-place')
    throw new CannotInstall(`${shown}: ${edit.why}, so no line can go before it; make it run \`${command}\` yourself`);
}

/** Writes what addToHook made of a hook file, and says so; shared with husky's hook. */
export async function writeHookEdit(edit: HookEdit, target: HookTarget): Promise<SetupReport> {
  const { file, shown, command } = target;
  const report = emptyReport();
  mustPlace(edit, target);
  if (edit.kind === 'present') {
    report.done.push(
      `${shown} already runs ${edit.line === target.line ? `\`${command}\`` : HOOK_MARKER}; nothing to change`,
    );
  } else {
    await writeSetupFile(file, edit.text, shown, target.executable);
    const what = {
      added: 'runs',
      moved: 'runs (moved before its trailing exit, after which it never ran)',
      replaced: 'now runs',
    }[edit.change];
    report.done.push(`${shown} ${what} \`${command}\``);
    report.undo.push(`remove the ledgerlint lines from ${shown}`);
  }
  // Written by us or there before: it must be a file git can run.
  if (target.executable && !isExecutableFile(file))
    throw new CannotInstall(`${shown} is not executable, so git does not run it: chmod +x ${shown}`);
  return report;
}
