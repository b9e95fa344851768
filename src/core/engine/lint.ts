/** The core's front: ledger text, a profile, rules and facts in; findings out. */
import type { EffectiveRule } from '../config/resolve.js';
import { applyDirectives, type Filtered, type SuppressedMessage, type UnusedDirectives } from './directives.js';
import { oneFindingPerFact, type Restating } from './same-fact.js';
import { NO_FACTS, type Facts } from '../model/facts.js';
import type { Ledger } from '../model/document.js';
import { parseLedger } from '../parse/parse-ledger.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { RuleSetting } from '../rules/rule.js';
import type { Finding, Fix } from '../model/findings.js';

export interface LintMessage {
  ruleId: string | null;
  /** 1 warning, 2 error (ESLint's numbers). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  /** The file could not be checked at all. */
  fatal?: true;
}

export interface LintOutcome {
  messages: LintMessage[];
  /** Findings that disable comments silenced, each with the comments that did. */
  suppressed: SuppressedMessage[];
  /** The parsed ledger, absent when parsing failed. */
  ledger: Ledger | null;
}

export interface LintInput {
  text: string;
  profile: CompiledProfile;
  rules: readonly EffectiveRule[];
  facts?: Facts;
  /** Report disable comments that silenced nothing (the config's reportUnusedDisableDirectives). */
  unusedDirectives?: UnusedDirectives;
}

export function lintText({ text, profile, rules, facts = NO_FACTS, unusedDirectives = 'off' }: LintInput): LintOutcome {
  return withParsed(text, (ledger) => checkLedger(ledger, profile, rules, facts, unusedDirectives));
}

export function settingsOf(rules: readonly EffectiveRule[]): (ruleId: string) => RuleSetting | null {
  const byId = new Map(rules.map((r) => [r.rule.meta.id, { severity: r.severity, options: r.options }]));
  return (ruleId) => byId.get(ruleId) ?? null;
}

export function withParsed(text: string, check: (ledger: Ledger) => Filtered): LintOutcome {
  const parsed = parseLedger(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.failure;
    return {
      ledger: null,
      messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }],
      suppressed: [],
    };
  }
  return { ledger: parsed.ledger, ...check(parsed.ledger) };
}

/** The findings the rules report on a parsed ledger, those that disable comments silence left out. */
export function lintLedger(
  ledger: Ledger,
  profile: CompiledProfile,
  rules: readonly EffectiveRule[],
  facts: Facts = NO_FACTS,
): LintMessage[] {
  return checkLedger(ledger, profile, rules, facts).messages;
}

function checkLedger(
  ledger: Ledger,
  profile: CompiledProfile,
  rules: readonly EffectiveRule[],
  facts: Facts,
  unusedDirectives: UnusedDirectives = 'off',
): Filtered {
  const messages: Restating[] = [];
  const setting = settingsOf(rules);
  const parse = parseEachOnce();
  for (const { rule, severity, options } of rules) {
    const report = (r: Finding) => {
      const capped = severity === 'warning' || r.severity === 'warning' ? 1 : 2;
      messages.push(toMessage(rule.meta.id, capped, r, ledger));
    };
    try {
      rule.check({ ledger, profile, options, facts, setting, parse, report });
    } catch (error) {
      // A rule's bug must not hide the other rules' findings or crash a whole run.
      messages.push({
        ruleId: rule.meta.id,
        severity: 2,
        message: `Rule crashed on this file: ${(error as Error)?.message ?? String(error)}. Please report this.`,
        line: 1,
        column: 1,
      });
    }
  }
  const filtered = applyDirectives(messages, ledger.directives, [...RULES_BY_ID.keys()], unusedDirectives);
  const byPlace = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column;
  return {
    messages: oneFindingPerFact(filtered.messages).sort(byPlace),
    suppressed: filtered.suppressed.sort(byPlace),
  };
}

/** Several rules read the version a ledger is compared with (HEAD's, the base branch's): one parse serves them all. */
function parseEachOnce(): (text: string) => Ledger | null {
  const parsed = new Map<string, Ledger | null>();
  return (text) => {
    if (!parsed.has(text)) {
      const result = parseLedger(text);
      parsed.set(text, result.ok ? result.ledger : null);
    }
    return parsed.get(text)!;
  };
}

function toMessage(ruleId: string, severity: 1 | 2, r: Finding, ledger: Ledger): Restating {
  const line = Math.max(1, Math.min(r.line, ledger.lines.text.length));
  const message: Restating = { ruleId, severity, message: r.message, line, column: Math.max(1, r.column ?? 1) };
  if (r.endLine !== undefined) message.endLine = r.endLine;
  if (r.endColumn !== undefined) message.endColumn = r.endColumn;
  if (r.fix) message.fix = r.fix;
  if (r.restates) message.restates = r.restates;
  return message;
}
