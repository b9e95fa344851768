/**
 * The JSON Claude Code hands a command hook on stdin, as far as ledgerlint reads it
 * (https://code.claude.com/docs/en/hooks): the event, the working directory, and for
 * tool events the tool's name and input (for PostToolUse also its response); Stop's
 * stop_hook_active. Other fields are let through unread.
 */
import * as z from 'zod/mini';
import '../core/zod.js';
import type { ProposedEdit } from './edits.js';

const common = {
  cwd: z.optional(z.string()),
  session_id: z.optional(z.string()),
  transcript_path: z.optional(z.string()),
};

export const ToolEvent = z.object({
  ...common,
  hook_event_name: z.enum(['PreToolUse', 'PostToolUse']),
  tool_name: z.string(),
  tool_input: z.record(z.string(), z.unknown()),
  tool_response: z.optional(z.unknown()),
});

export const StopEvent = z.object({
  ...common,
  hook_event_name: z.enum(['Stop', 'SubagentStop', 'TaskCompleted']),
  /** Claude is already going on because a Stop hook blocked it: blocking again could go on for ever. */
  stop_hook_active: z.optional(z.boolean()),
});

const TextEdit = z.object({ old_string: z.string(), new_string: z.string(), replace_all: z.optional(z.boolean()) });

/** The inputs of the tools that write files, by tool name. */
export const EDIT_INPUTS = {
  Write: z.object({ file_path: z.string(), content: z.string() }),
  Edit: z.object({ file_path: z.string(), ...TextEdit.shape }),
  MultiEdit: z.object({ file_path: z.string(), edits: z.array(TextEdit) }),
};

export type EditTool = keyof typeof EDIT_INPUTS;

export function isEditTool(name: string): name is EditTool {
  return Object.hasOwn(EDIT_INPUTS, name);
}

/** A tool input as an edit to apply; or why it is not one. */
export function proposedEdit(
  tool: EditTool,
  input: unknown,
): { file: string; edit: ProposedEdit } | { problem: string } {
  const problem = (issues: readonly z.core.$ZodIssue[]) => ({
    problem: `tool_input of ${tool}: ${issueText(issues[0])}`,
  });
  if (tool === 'Write') {
    const parsed = EDIT_INPUTS.Write.safeParse(input);
    return parsed.success
      ? { file: parsed.data.file_path, edit: { tool, content: parsed.data.content } }
      : problem(parsed.error.issues);
  }
  if (tool === 'Edit') {
    const parsed = EDIT_INPUTS.Edit.safeParse(input);
    return parsed.success
      ? { file: parsed.data.file_path, edit: { tool, edits: [parsed.data] } }
      : problem(parsed.error.issues);
  }
  const parsed = EDIT_INPUTS.MultiEdit.safeParse(input);
  return parsed.success
    ? { file: parsed.data.file_path, edit: { tool, edits: parsed.data.edits } }
    : problem(parsed.error.issues);
}

/** The first thing wrong with a payload, with where it is. */
export function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'not what Claude Code sends';
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  return `${path || 'the payload'}: ${issue.message}`;
}
