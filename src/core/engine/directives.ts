/**
 * Inline control: `<!-- ledgerlint-disable RULE -->`, `enable`, `disable-next-line`, `disable-line`, `disable-file`.
 * A finding a comment silences is kept aside with the comments that silenced it (ESLint's
 * suppressedMessages); a disable comment that silenced nothing can be reported, as
 * ESLint's --report-unused-disable-directives does.
 */
import type { LintMessage } from './lint.js';
import type { Restating } from './same-fact.js';
import type { Directive } from '../model/document.js';
import type { Severity } from '../model/severity.js';

/** Why a finding is not reported: ESLint's shape, with the reason written after ` -- `. */
export interface Suppression {
  kind: 'directive';
  justification: string;
}

export type SuppressedMessage = LintMessage & { suppressions: Suppression[] };

export interface Filtered<M extends LintMessage = LintMessage> {
  messages: Array<M | LintMessage>;
  suppressed: SuppressedMessage[];
}

/** Whether, and how severely, a disable comment that silenced nothing is reported. */
export type UnusedDirectives = Severity | 'off';

export function applyDirectives<M extends Restating>(
  messages: M[],
  directives: readonly Directive[],
  knownRules: readonly string[],
  unused: UnusedDirectives = 'off',
): Filtered<M> {
  if (directives.length === 0) return { messages, suppressed: [] };
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column);
  const problems: LintMessage[] = [];
  for (const d of ordered) {
    for (const rule of d.rules) {
      if (!knownRules.includes(rule)) {
        problems.push({
          ruleId: null,
          severity: 1,
          message: `Unknown rule "${rule}" in a ledgerlint-${d.kind} comment.`,
          line: d.line,
          column: d.column,
        });
      }
    }
  }
  const kept: M[] = [];
  const suppressed: SuppressedMessage[] = [];
  // For each comment, the rules of the findings it silenced (null: a finding of no rule).
  const silenced = new Map<Directive, Set<string | null>>();
  for (const message of messages) {
    const by = message.fatal ? [] : suppressorsOf(message, ordered);
    if (by.length === 0) {
      kept.push(message);
      continue;
    }
    const { restates, ...plain } = message;
    suppressed.push({ ...plain, suppressions: by.map((d) => ({ kind: 'directive', justification: d.justification })) });
    // A comment that silences a finding said again (Restating) is used for the rule said again too.
    for (const d of by)
      silenced.set(
        d,
        new Set([...(silenced.get(d) ?? []), message.ruleId, ...(restates === undefined ? [] : [restates])]),
      );
  }
  const severity = unused === 'off' ? null : unused === 'error' ? 2 : 1;
  const reported = severity === null ? [] : unusedDirectives(ordered, silenced, knownRules, severity);
  return { messages: [...kept, ...problems, ...reported], suppressed };
}

/** Every comment that silences the message: each is used, as ESLint counts them. */
function suppressorsOf(message: Restating, directives: readonly Directive[]): Directive[] {
  // A finding that says another rule's finding again goes with that rule's comments too.
  const covers = (d: Directive) =>
    d.rules.length === 0 ||
    (message.ruleId !== null && d.rules.includes(message.ruleId)) ||
    (message.restates !== undefined && d.rules.includes(message.restates));
  // Wherever it stands, as markdownlint's: a file-wide exemption is often written at the end, out of the reader's way.
  const by = directives.filter((d) => d.kind === 'disable-file' && covers(d));
  // Block comments: the last disable/enable before the message's line decides.
  let block: Directive | null = null;
  for (const d of directives) {
    if (d.line > message.line) break;
    if (!covers(d)) continue;
    if (d.kind === 'disable') block = d;
    else if (d.kind === 'enable') block = null;
  }
  if (block) by.push(block);
  for (const d of directives) {
    if (
      covers(d) &&
      ((d.kind === 'disable-next-line' && d.line + 1 === message.line) ||
        (d.kind === 'disable-line' && d.line === message.line))
    )
      by.push(d);
  }
  return by;
}

/** A finding for each disable comment that silenced nothing, naming the rules it named in vain. */
function unusedDirectives(
  directives: readonly Directive[],
  silenced: ReadonlyMap<Directive, ReadonlySet<string | null>>,
  knownRules: readonly string[],
  severity: 1 | 2,
): LintMessage[] {
  const out: LintMessage[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const used = silenced.get(d);
    // An unknown rule is reported as unknown already.
    const idle = d.rules.filter((rule) => knownRules.includes(rule) && !used?.has(rule));
    if (d.rules.length > 0 ? idle.length === 0 : used !== undefined) continue;
    const from = idle.length > 0 ? ` from ${idle.map((rule) => `"${rule}"`).join(' or ')}` : '';
    out.push({
      ruleId: null,
      severity,
      message: `Unused ledgerlint-${d.kind} comment (no problems were reported${from}).`,
      line: d.line,
      column: d.column,
    });
  }
  return out;
}
