/**
 * The file an agent's Write, Edit or MultiEdit would leave, worked out before the tool
 * runs, as Claude Code's tools apply them: Write replaces the whole text; Edit replaces
 * old_string, which must occur exactly once unless replace_all; MultiEdit applies its
 * edits in order, each to the result of the one before. An empty old_string makes a
 * file that does not exist yet. Where the tool itself would refuse the edit, there is
 * nothing to judge: null.
 */

export interface TextEdit {
  old_string: string;
  new_string: string;
  replace_all?: boolean | undefined;
}

export type ProposedEdit =
  { tool: 'Write'; content: string } | { tool: 'Edit' | 'MultiEdit'; edits: readonly TextEdit[] };

export function applyEdit(current: string | null, edit: ProposedEdit): string | null {
  if (edit.tool === 'Write') return edit.content;
  let text = current;
  for (const step of edit.edits) {
    text = applyOne(text, step);
    if (text === null) return null;
  }
  return text;
}

function applyOne(
  text: string | null,
  { old_string: from, new_string: to, replace_all: all }: TextEdit,
): string | null {
  if (from === to) return null;
  if (from === '') return text === null || text === '' ? to : null;
  if (text === null) return null;
  const parts = text.split(from);
  if (parts.length === 1 || (parts.length > 2 && !all)) return null;
  // split/join, not replace(): a `$&` in new_string is text, not a pattern.
  return parts.join(to);
}
