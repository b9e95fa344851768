/** Inline control: `<!-- ledgerlint-disable RULE -->`, `enable`, `disable-next-line`, `disable-line`, `disable-file`. */
import type { LintMessage } from './lint.js';
import type { Restating } from './same-fact.js';
import type { Directive } from '../model/document.js';

export function applyDirectives<M extends Restating>(messages: M[], directives: readonly Directive[], knownRules: readonly string[]): Array<M | LintMessage> {
  if (directives.length === 0) return messages;
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column);
  const problems: LintMessage[] = [];
  for (const d of ordered) {
    for (const rule of d.rules) {
      if (!knownRules.includes(rule)) {
        problems.push({ ruleId: null, severity: 1, message: `Unknown rule "${rule}" in a ledgerlint-${d.kind} comment.`, line: d.line, column: d.column });
      }
    }
  }
  const kept = messages.filter((m) => m.fatal || !isSuppressed(m, ordered));
  return [...kept, ...problems];
}

function isSuppressed(message: Restating, directives: readonly Directive[]): boolean {
  // A finding that says another rule's finding again goes with that rule's comments too.
  const covers = (d: Directive) =>
    d.rules.length === 0 || (message.ruleId !== null && d.rules.includes(message.ruleId)) || (message.restates !== undefined && d.rules.includes(message.restates));
  // Wherever it stands, as markdownlint's: a file-wide exemption is often written at the end, out of the reader's way.
  if (directives.some((d) => d.kind === 'disable-file' && covers(d))) return true;
  // Block comments: the last disable/enable before the message's line decides.
  let disabled = false;
  for (const d of directives) {
    if (d.line > message.line) break;
    if (!covers(d)) continue;
    if (d.kind === 'disable') disabled = d.line <= message.line;
    else if (d.kind === 'enable') disabled = false;
  }
  if (disabled) return true;
  return directives.some((d) => covers(d) && ((d.kind === 'disable-next-line' && d.line + 1 === message.line) || (d.kind === 'disable-line' && d.line === message.line)));
}
