/**
 * Claude Code's hook events, answered in the formats its hooks reference gives:
 * - PreToolUse (Write, Edit, MultiEdit of a ledger): the edit is applied in memory; one
 *   that sets a done status or ticks a box the ledger would not bear out is denied
 *   (`hookSpecificOutput.permissionDecision: "deny"` with the reasons, which Claude reads).
 *   Anything else gets no answer at all: an "allow" would skip the user's permission prompt.
 * - PostToolUse: the errors the edit brought go back to Claude (`decision: "block"` with
 *   the reason; the edit is made already, so this only tells).
 * - Stop, SubagentStop: ledgers changed in the work tree that say they are done but are not
 *   ready keep Claude working (`decision: "block"`), unless a Stop hook already did
 *   (stop_hook_active), which would loop.
 * - TaskCompleted: the same ledgers refuse the task's completion (exit code 2, the reasons
 *   on stderr).
 * A failure of ledgerlint's own (a bad config, an unreadable file) allows, and says why.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../cli/io.js';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { describeFsError } from '../files/discover.js';
import { editErrors, notReady, refusedEdit } from '../reporters/agent.js';
import type { CheckRun } from '../runner/check-files.js';
import { ledgerProfile } from '../runner/ledger-profile.js';
import type { FileResult } from '../core/model/results.js';
import { applyEdit } from './edits.js';
import { isEditTool, issueText, proposedEdit, StopEvent, ToolEvent } from './claude-payload.js';

export interface ClaudeHookOptions {
  io: CliIo;
  workerScript?: URL;
}

/** Exit code 1: Claude Code shows stderr as a hook error and goes on. */
const ALLOWED_WITH_MESSAGE = 1;

export async function claudeHook(payload: unknown, options: ClaudeHookOptions): Promise<number> {
  const event = (payload as { hook_event_name?: unknown } | null)?.hook_event_name;
  if (event === 'PreToolUse' || event === 'PostToolUse') {
    const parsed = ToolEvent.safeParse(payload);
    if (!parsed.success)
      return allowed(
        options.io,
        `the ${event} payload is not as Claude Code sends it: ${issueText(parsed.error.issues[0])}`,
      );
    return event === 'PreToolUse' ? beforeEdit(parsed.data, options) : afterEdit(parsed.data, options);
  }
  const parsed = StopEvent.safeParse(payload);
  if (!parsed.success)
    return allowed(options.io, `the hook payload is not as Claude Code sends it: ${issueText(parsed.error.issues[0])}`);
  return atTheEnd(parsed.data, options);
}

type ToolPayload = ReturnType<typeof ToolEvent.parse>;

async function beforeEdit(payload: ToolPayload, { io, workerScript }: ClaudeHookOptions): Promise<number> {
  if (!isEditTool(payload.tool_name)) return 0;
  const asked = proposedEdit(payload.tool_name, payload.tool_input);
  if ('problem' in asked) return allowed(io, asked.problem);
  const cwd = payload.cwd || io.cwd;
  const file = resolve(cwd, asked.file);
  const current = await readCurrent(file);
  if (typeof current === 'object' && current !== null) return allowed(io, current.problem);
  // The tool itself will refuse the edit (no match, no file): nothing to judge.
  const after = applyEdit(current, asked.edit);
  if (after === null) return 0;
  const config = await loadConfig(cwd);
  const profile = ledgerProfile(config, file, after);
  if (!profile) return 0;
  const { checkProposedEdit } = await import('../runner/agent-checks.js');
  const run = await checkProposedEdit({
    cwd,
    config,
    file,
    before: current,
    after,
    profile,
    ...(workerScript ? { workerScript } : {}),
  });
  if (!run) return 0;
  const result = judged(run, io);
  if (result === 'failed') return ALLOWED_WITH_MESSAGE;
  if (!result) return 0;
  answer(io, {
    hookSpecificOutput: {
      hookEventName: 'PreToolUse',
      permissionDecision: 'deny',
      permissionDecisionReason: refusedEdit(result),
    },
  });
  return 0;
}

async function afterEdit(payload: ToolPayload, { io, workerScript }: ClaudeHookOptions): Promise<number> {
  if (!isEditTool(payload.tool_name)) return 0;
  const filePath = (payload.tool_input as { file_path?: unknown }).file_path;
  if (typeof filePath !== 'string')
    return allowed(io, `tool_input of ${payload.tool_name}: file_path: expected a string`);
  const cwd = payload.cwd || io.cwd;
  const file = resolve(cwd, filePath);
  const now = await readCurrent(file);
  if (now === null) return 0;
  if (typeof now === 'object') return allowed(io, now.problem);
  const config = await loadConfig(cwd);
  if (!ledgerProfile(config, file, now)) return 0;
  const before = textBefore(payload.tool_response);
  const { checkMadeEdit } = await import('../runner/agent-checks.js');
  const run = await checkMadeEdit({ cwd, config, file, before, ...(workerScript ? { workerScript } : {}) });
  const result = judged(run, io);
  if (result === 'failed') return ALLOWED_WITH_MESSAGE;
  if (!result) return 0;
  answer(io, { decision: 'block', reason: editErrors(result, before !== undefined) });
  return 0;
}

async function atTheEnd(
  payload: ReturnType<typeof StopEvent.parse>,
  { io, workerScript }: ClaudeHookOptions,
): Promise<number> {
  if (payload.stop_hook_active) return 0;
  const cwd = payload.cwd || io.cwd;
  const config: LoadedConfig = await loadConfig(cwd);
  const { checkChangedLedgers } = await import('../runner/agent-checks.js');
  const run = await checkChangedLedgers({ cwd, config, ...(workerScript ? { workerScript } : {}) });
  if (!run) return 0;
  for (const problem of run.problems) io.stderr.write(`ledgerlint: ${problem}\n`);
  const open = run.results.filter((r) => r.errorCount > 0 && r.fatalErrorCount === 0);
  if (open.length === 0) return run.problems.length > 0 ? ALLOWED_WITH_MESSAGE : 0;
  if (payload.hook_event_name === 'TaskCompleted') {
    io.stderr.write(`${notReady(open)}\n`);
    return 2;
  }
  answer(io, { decision: 'block', reason: notReady(open) });
  return 0;
}

/** The one ledger's result when it has reasons to give; 'failed' when it could not be checked (said on stderr). */
function judged(run: CheckRun, io: CliIo): FileResult | null | 'failed' {
  const result = run.results[0];
  const fatal = result?.messages.find((m) => m.fatal);
  if (run.problems.length > 0 || fatal) {
    for (const problem of [...run.problems, ...(fatal ? [`${result!.displayPath}: ${fatal.message}`] : [])])
      io.stderr.write(`ledgerlint: ${problem}\n`);
    io.stderr.write('ledgerlint: the edit was not checked; the agent goes on.\n');
    return 'failed';
  }
  return result && result.errorCount > 0 ? result : null;
}

/** The file's text; null when it does not exist; a problem when it cannot be read. */
async function readCurrent(file: string): Promise<string | null | { problem: string }> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { problem: `${file}: ${describeFsError(error)}` };
  }
}

/** What the file held before the tool ran, as Write and Edit report it (originalFile; null for a new file); undefined when not said. */
function textBefore(response: unknown): string | null | undefined {
  if (typeof response !== 'object' || response === null || !('originalFile' in response)) return undefined;
  const original = (response as { originalFile: unknown }).originalFile;
  return typeof original === 'string' || original === null ? original : undefined;
}

function answer(io: CliIo, output: object): void {
  io.stdout.write(`${JSON.stringify(output)}\n`, 'data');
}

function allowed(io: CliIo, why: string): number {
  io.stderr.write(`ledgerlint hook claude: ${why}; the agent goes on unchecked.\n`);
  return ALLOWED_WITH_MESSAGE;
}
