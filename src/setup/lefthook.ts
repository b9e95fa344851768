/**
 * `init --hooks lefthook`: a command under pre-commit in the lefthook config (merged into the
 * user's file, comments kept), and lefthook's git hook installed when this clone lacks it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { hookOwner } from './detect-manager.js';
import type { HookContext } from './hook-context.js';
import { readIfThere, shownPath, writeSetupFile } from './hook-file.js';
import { commandFor, findTool } from './invocation.js';
import { CannotInstall, emptyReport, type SetupReport } from './setup-report.js';
import { HOOK_MARKER } from './shell-hook.js';
import { isEmpty, yamlProblem, yamlText, type ConfigEdit } from './yaml-edit.js';

/** The names lefthook reads its config from, in its order; only YAML ones are edited. */
const YAML_NAMES = [
  'lefthook.yml',
  '.lefthook.yml',
  '.config/lefthook.yml',
  'lefthook.yaml',
  '.lefthook.yaml',
  '.config/lefthook.yaml',
];
const OTHER_NAMES = [
  'lefthook.json',
  '.lefthook.json',
  'lefthook.jsonc',
  '.lefthook.jsonc',
  'lefthook.toml',
  '.lefthook.toml',
];

/** The lefthook config at the top of the work tree, relative, or null. */
export function findLefthookConfig(root: string): string | null {
  return [...YAML_NAMES, ...OTHER_NAMES].find((name) => existsSync(join(root, name))) ?? null;
}

export async function setUpLefthook(context: HookContext): Promise<SetupReport> {
  const root = context.repo.root;
  const name = context.facts.lefthookConfig ?? 'lefthook.yml';
  const command = commandFor(context.invocation, '--staged');
  if (!YAML_NAMES.includes(name)) {
    throw new CannotInstall(
      `ledgerlint edits only YAML lefthook configs, and this one is ${name}: add a pre-commit command running \`${command}\` to it yourself`,
    );
  }
  const installed = hookOwner(context.facts.installedHook) === 'lefthook';
  // Checked before anything is written: a config lefthook never runs would be a hook that never runs.
  const lefthook = installed ? null : findTool('lefthook', root, join(root, context.packageDir ?? ''), context.env);
  if (!installed && !lefthook) {
    throw new CannotInstall(
      `lefthook's git hook is not installed in this clone and no lefthook can be found to install it: npm install --save-dev lefthook (or install lefthook another way), then run ledgerlint init again; or choose another way: ledgerlint init --hooks git`,
    );
  }
  const report = emptyReport();
  const edit = withLefthookCommand(await readIfThere(join(root, name)), command);
  if (edit.kind === 'problem')
    throw new CannotInstall(`${name} ${edit.why}; add a pre-commit command running \`${command}\` to it yourself`);
  if (edit.kind === 'present') {
    report.done.push(`${name} already runs ${HOOK_MARKER} before commits; nothing to change`);
  } else {
    await writeSetupFile(join(root, name), edit.text, name);
    report.done.push(`${name} runs \`${command}\` before commits (pre-commit › ${edit.where})`);
    report.undo.push(`remove ${edit.where} from ${name}`);
  }
  if (lefthook) {
    const run = spawnSync(lefthook, ['install'], { cwd: root, env: context.env, encoding: 'utf8', timeout: 60_000 });
    const hook = await readIfThere(context.hookFile);
    if (run.status !== 0 || hookOwner(hook) !== 'lefthook') {
      const said = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(-2).join(' / ');
      throw new CannotInstall(
        `${name} now runs ledgerlint, but \`lefthook install\` did not install lefthook's hook${said ? ` (${said})` : ''}: run lefthook install`,
      );
    }
    report.done.push(`ran lefthook install: ${shownPath(root, context.hookFile)} runs lefthook`);
    report.undo.push('lefthook uninstall');
  }
  return report;
}

/** The lefthook config with a pre-commit command running `command` (a job, where the config uses jobs). */
export function withLefthookCommand(text: string | null, command: string): ConfigEdit {
  const doc = text === null || text.trim() === '' ? new Document({}) : parseDocument(text);
  const problem = yamlProblem(doc, 'a mapping of hooks');
  if (problem) return { kind: 'problem', why: problem };
  const hook = doc.get('pre-commit', true);
  if (hook !== undefined && !isMap(hook) && !isEmpty(hook))
    return { kind: 'problem', why: 'has a pre-commit entry that is not a mapping' };
  if (!isMap(hook)) {
    doc.set('pre-commit', doc.createNode({ commands: { ledgerlint: { run: command } } }));
    return { kind: 'edited', text: yamlText(doc, text), where: 'commands › ledgerlint' };
  }
  if (runsOf(hook).some((run) => run.includes(HOOK_MARKER))) return { kind: 'present' };
  const jobs = hook.get('jobs', true);
  if (isSeq(jobs)) {
    jobs.add(doc.createNode({ name: 'ledgerlint', run: command }));
    return { kind: 'edited', text: yamlText(doc, text), where: 'jobs › ledgerlint' };
  }
  const commands = hook.get('commands', true);
  if (commands !== undefined && !isMap(commands) && !isEmpty(commands))
    return { kind: 'problem', why: 'has pre-commit commands that are not a mapping' };
  if (isMap(commands) && commands.has('ledgerlint')) {
    return {
      kind: 'problem',
      why: 'has a pre-commit command named ledgerlint that does not run ledgerlint --staged (which checks what is staged, against HEAD)',
    };
  }
  const entry = doc.createNode({ run: command });
  if (isMap(commands)) commands.set('ledgerlint', entry);
  else hook.set('commands', doc.createNode({ ledgerlint: entry }));
  return { kind: 'edited', text: yamlText(doc, text), where: 'commands › ledgerlint' };
}

/** The `run` lines of a hook's commands and jobs. */
function runsOf(hook: YAMLMap): string[] {
  const json = hook.toJSON() as { commands?: Record<string, { run?: unknown }>; jobs?: Array<{ run?: unknown }> };
  const entries = [...Object.values(json.commands ?? {}), ...(Array.isArray(json.jobs) ? json.jobs : [])];
  return entries.map((entry) => (typeof entry?.run === 'string' ? entry.run : ''));
}
