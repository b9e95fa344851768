/** `ledgerlint gate`: the completion gate's reasons as findings, with the rules' settings and disable comments applied. */
import { gateBlockers } from '../ledger/completion.js';
import type { Ledger } from '../model/document.js';
import { NO_FACTS } from '../model/facts.js';
import { RULES_BY_ID } from '../rules/index.js';
import { applyDirectives, type Filtered } from './directives.js';
import { settingsOf, withParsed, type LintInput, type LintMessage, type LintOutcome } from './lint.js';

/**
 * `ledgerlint gate`: every reason the ledger may not be marked complete, whatever
 * its status. A reason another rule checks carries that rule's id, so the rule's
 * disable comments and settings apply to it as they do in a lint run.
 */
export function gateText({ text, ...input }: LintInput): LintOutcome {
  return withParsed(text, (ledger) =>
    gateReasons(ledger, input, (message) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`),
  );
}

/** The gate's reasons for a parsed ledger, each blocker's message worded by `word` (it reads on after "Status is Completed but"). */
export function gateReasons(
  ledger: Ledger,
  { profile, rules, facts = NO_FACTS }: Omit<LintInput, 'text'>,
  word: (message: string) => string,
): Filtered {
  const messages = gateBlockers(ledger, profile, facts, settingsOf(rules)).map(
    ({ message, rule, restated: _restated, severity, ...at }): LintMessage => ({
      ruleId: rule ?? 'completion-gate',
      severity: severity === 'warning' ? 1 : 2,
      message: word(message),
      ...at,
    }),
  );
  return applyDirectives(messages, ledger.directives, [...RULES_BY_ID.keys()]);
}
