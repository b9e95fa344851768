/**
 * `ledgerlint hook claude`: a Claude Code command hook. It reads the hook payload on
 * stdin and answers as Claude Code reads hooks. It must stay out of the way: a tool call
 * on a file that cannot be a ledger ends here, before the config, zod or the parser is
 * loaded; and a failure of ledgerlint itself never blocks the agent: it is said on stderr
 * with exit code 1, which Claude Code shows as a hook error and goes on (exit code 2
 * would block the tool call, so it is never a failure's code).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from '../cli/io.js';
import { changedLines, mayClaimCompletion } from './claim-hints.js';
import { configMentions, mayBeLedger } from './ledger-path.js';

const AGENTS = ['claude'];
const TOOL_EVENTS = new Set(['PreToolUse', 'PostToolUse']);
const WRITING_TOOLS = new Set(['Write', 'Edit', 'MultiEdit']);
const END_EVENTS = new Set(['Stop', 'SubagentStop', 'TaskCompleted']);

export interface HookContext {
  io: CliIo;
  stdin: AsyncIterable<Uint8Array | string> | undefined;
  workerScript?: URL;
}

export async function hookCommand(argv: readonly string[], { io, stdin, workerScript }: HookContext): Promise<number> {
  const debug = argv.includes('--debug');
  const rest = argv.filter((a) => a !== '--debug');
  if (rest.length !== 1 || !AGENTS.includes(rest[0]!)) {
    return allowed(
      io,
      `hook: expected \`ledgerlint hook ${AGENTS.join('|')}\`, got \`ledgerlint hook ${rest.join(' ')}\``,
    );
  }
  if (!stdin) return allowed(io, 'hook: no standard input to read the hook payload from');
  let payload: unknown;
  try {
    payload = JSON.parse(await readAll(stdin));
  } catch (error) {
    return allowed(io, `hook claude: the payload on stdin is not JSON (${(error as Error).message})`);
  }
  if (!worthChecking(payload, io.cwd)) return 0;
  try {
    const { claudeHook } = await import('./claude-hook.js');
    return await claudeHook(payload, { io, ...(workerScript ? { workerScript } : {}) });
  } catch (error) {
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return allowed(io, `hook claude: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Whether the event can concern a ledger, from a look at the payload that trusts
 * nothing in it: a write to a file that may be a ledger (before it is made: one that may
 * claim completion), or the end of a turn or a task. A payload that is not as expected
 * is worth checking: the check says what is wrong.
 */
function worthChecking(payload: unknown, cwd: string): boolean {
  if (typeof payload !== 'object' || payload === null) return true;
  const { hook_event_name: event, tool_name: tool, tool_input: input, cwd: given } = payload as Record<string, unknown>;
  if (typeof event !== 'string') return true;
  if (END_EVENTS.has(event)) return true;
  if (!TOOL_EVENTS.has(event)) return false;
  if (typeof tool === 'string' && !WRITING_TOOLS.has(tool)) return false;
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if (typeof fields.file_path !== 'string' || typeof tool !== 'string') return true;
  const where = typeof given === 'string' && given !== '' ? given : cwd;
  const file = resolve(where, fields.file_path);
  if (!mayBeLedger(file, where)) return false;
  return event === 'PostToolUse' || mayClaim(tool, fields, file, where);
}

/** Whether a proposed edit may claim completion; with a config of its own profiles (their own words), always. */
function mayClaim(tool: string, input: Record<string, unknown>, file: string, cwd: string): boolean {
  const strings = (edit: unknown) =>
    typeof edit === 'object' && edit !== null
      ? [(edit as Record<string, unknown>).old_string, (edit as Record<string, unknown>).new_string]
      : [];
  let change: { removed: unknown[]; added: unknown[] };
  if (tool === 'Write') {
    if (typeof input.content !== 'string') return true;
    const before = currentText(file);
    if (before === null) return true;
    change = changedLines(before, input.content);
  } else {
    const edits = tool === 'Edit' ? [input] : Array.isArray(input.edits) ? input.edits : null;
    if (!edits) return true;
    const pairs = edits.map(strings);
    change = { removed: pairs.map((p) => p[0]), added: pairs.map((p) => p[1]) };
  }
  const { removed, added } = change;
  if (![...removed, ...added].every((text) => typeof text === 'string')) return true;
  return mayClaimCompletion(removed as string[], added as string[]) || configMentions(cwd, 'profiles');
}

/** The file's text ('' when it is not there yet); null when it cannot be read (the check will say why). */
function currentText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? '' : null;
  }
}

/** A failure of ledgerlint's own: said, and the agent goes on. */
function allowed(io: CliIo, why: string): number {
  io.stderr.write(`ledgerlint ${why}; the agent goes on unchecked.\n`);
  return 1;
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
