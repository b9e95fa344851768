/**
 * `ledgerlint init --agent claude`: Claude Code's hooks in .claude/settings.json (the
 * project's settings, shared through git) and the ledger instructions in CLAUDE.md.
 * The settings are merged, never replaced: every key and hook already there stays, a
 * hook ledgerlint set up before is not added twice, and a file that is not valid JSON is
 * refused, not overwritten. Idempotent.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix, sep } from 'node:path';
import { checkRuns, findInvocation, type Whereabouts } from './invocation.js';
import { CannotInstall, type SetupReport } from './setup-report.js';
import { withInstructions } from './agent-instructions.js';

export const SETTINGS_PATH = '.claude/settings.json';
/** How ledgerlint's own hook entries are recognised in the settings. */
export const HOOK_MARKER = 'ledgerlint hook claude';

const WRITING_TOOLS = 'Write|Edit|MultiEdit';
/** The events ledgerlint answers (see src/agent/claude-hook.ts), with the tools matched where the event has them. */
const EVENTS: ReadonlyArray<{ event: string; matcher?: string }> = [
  { event: 'PreToolUse', matcher: WRITING_TOOLS },
  { event: 'PostToolUse', matcher: WRITING_TOOLS },
  { event: 'Stop' },
  { event: 'SubagentStop' },
  { event: 'TaskCompleted' },
];

type Json = Record<string, unknown>;

export async function setUpClaude(place: Whereabouts): Promise<SetupReport> {
  const { root } = place;
  const report: SetupReport = { done: [], undo: [], advice: [] };
  const command = hookCommand(place);
  const { added, updated } = await mergeHooks(join(root, SETTINGS_PATH), command);
  if (added.length > 0) report.done.push(`${SETTINGS_PATH}: ${added.join(', ')} run \`${command}\``);
  if (updated.length > 0)
    report.done.push(`${SETTINGS_PATH}: ledgerlint's hooks on ${updated.join(', ')} now run \`${command}\``);
  if (added.length + updated.length > 0)
    report.undo.push(`remove the hooks running "${HOOK_MARKER}" from ${SETTINGS_PATH}`);
  else report.done.push(`${SETTINGS_PATH} already runs ledgerlint's hooks; nothing to change`);
  for (const name of await instructionFiles(root)) {
    const outcome = await addInstructions(join(root, name), name);
    report.done.push(
      outcome === 'same'
        ? `${name} already has the ledger instructions`
        : `${name}: ${outcome} the ledger instructions (between <!-- ledgerlint:begin --> and <!-- ledgerlint:end -->)`,
    );
    if (outcome !== 'same') report.undo.push(`remove the lines between the ledgerlint markers from ${name}`);
  }
  return report;
}

/**
 * How Claude Code calls ledgerlint, found as the pre-commit hook's call is and checked to run
 * before anything is written: the project's own install, straight (the hook runs on every
 * edit, and npx costs more than the check), from the project directory Claude Code names;
 * else one on PATH.
 */
function hookCommand(place: Whereabouts): string {
  const invocation = findInvocation(place);
  if (!invocation) {
    throw new CannotInstall(
      "Claude Code's hooks would find no ledgerlint to run: it is neither installed in this project nor on PATH; npm install --save-dev ledgerlint, then run ledgerlint init --agent claude again",
    );
  }
  const runs = checkRuns(place.root, invocation, place.env);
  if (!runs.ok) throw new CannotInstall(`Claude Code's hooks could not run ledgerlint: ${runs.why}`);
  return invocation.where === 'project'
    ? `"$CLAUDE_PROJECT_DIR"/${posix.join(invocation.dir.split(sep).join('/'), invocation.program.split(sep).join('/'))} hook claude`
    : HOOK_MARKER;
}

/**
 * Adds a hook entry for each event that has none of ledgerlint's, and brings the command of
 * those it has up to date (installed since, or moved); the events it added or changed.
 */
async function mergeHooks(file: string, command: string): Promise<{ added: string[]; updated: string[] }> {
  const existing = await readOrNull(file, SETTINGS_PATH);
  let settings: Json = {};
  if (existing !== null && existing.trim() !== '') {
    try {
      settings = JSON.parse(existing) as Json;
    } catch (error) {
      throw new CannotInstall(
        `${SETTINGS_PATH}${jsonPlace(existing, (error as Error).message)} is not valid JSON (${(error as Error).message}); it was left as it is: fix it and run ledgerlint init --agent claude again`,
      );
    }
  }
  if (!isObject(settings))
    throw new CannotInstall(`${SETTINGS_PATH} does not hold a JSON object; it was left as it is`);
  const hooks = settings.hooks ?? {};
  if (!isObject(hooks)) throw new CannotInstall(`${SETTINGS_PATH}: "hooks" is not an object; it was left as it is`);
  const added: string[] = [];
  const updated: string[] = [];
  const merged: Json = { ...hooks };
  for (const { event, matcher } of EVENTS) {
    const groups = merged[event] ?? [];
    if (!Array.isArray(groups))
      throw new CannotInstall(`${SETTINGS_PATH}: "hooks.${event}" is not a list; it was left as it is`);
    if (!groups.some(runsLedgerlint)) {
      merged[event] = [...groups, { ...(matcher ? { matcher } : {}), hooks: [{ type: 'command', command }] }];
      added.push(event);
      continue;
    }
    const current = groups.map((group) => withCommand(group, command));
    if (current.some((group, i) => group !== groups[i])) {
      merged[event] = current;
      updated.push(event);
    }
  }
  if (added.length + updated.length === 0) return { added, updated };
  const indent = existing ? (/^[ \t]+(?=")/m.exec(existing)?.[0] ?? '  ') : '  ';
  await write(file, `${JSON.stringify({ ...settings, hooks: merged }, null, indent)}\n`, SETTINGS_PATH);
  return { added, updated };
}

/** The group with ledgerlint's hooks running this command; the same object when nothing changes. */
function withCommand(group: unknown, command: string): unknown {
  if (!runsLedgerlint(group)) return group;
  const hooks = (group as { hooks: unknown[] }).hooks;
  const ours = (hook: unknown) =>
    isObject(hook) && typeof hook.command === 'string' && hook.command.includes(HOOK_MARKER);
  if (!hooks.some((hook) => ours(hook) && (hook as Json).command !== command)) return group;
  return { ...(group as Json), hooks: hooks.map((hook) => (ours(hook) ? { ...(hook as Json), command } : hook)) };
}

function runsLedgerlint(group: unknown): boolean {
  const hooks = isObject(group) && Array.isArray(group.hooks) ? group.hooks : [];
  return hooks.some((hook) => isObject(hook) && typeof hook.command === 'string' && hook.command.includes(HOOK_MARKER));
}

/** CLAUDE.md, which Claude Code reads, and AGENTS.md when the repository keeps one (other agents read it); one file when one is a link to the other. */
async function instructionFiles(root: string): Promise<string[]> {
  const names = ['CLAUDE.md', ...(existsSync(join(root, 'AGENTS.md')) ? ['AGENTS.md'] : [])];
  const seen = new Set<string>();
  return names.filter((name) => {
    const real = realOrSelf(join(root, name));
    return seen.has(real) ? false : (seen.add(real), true);
  });
}

async function addInstructions(file: string, shown: string): Promise<'wrote' | 'added' | 'updated' | 'same'> {
  const existing = await readOrNull(file, shown);
  const updated = withInstructions(existing);
  if (updated === null) return 'same';
  await write(file, updated, shown);
  return existing === null ? 'wrote' : existing.includes('<!-- ledgerlint:begin -->') ? 'updated' : 'added';
}

async function readOrNull(file: string, shown: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CannotInstall(`cannot read ${shown}: ${(error as Error).message}`);
  }
}

async function write(file: string, text: string, shown: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    throw new CannotInstall(
      `cannot write ${shown}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
    );
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** `:LINE:COLUMN` of a JSON.parse error ("at position 45", or node's own "line 3 column 5"). */
function jsonPlace(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `:${lineColumn[1]}:${lineColumn[2]}`;
  const at = /at position (\d+)/.exec(message);
  if (!at) return '';
  const before = text.slice(0, Number(at[1]));
  return `:${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}
