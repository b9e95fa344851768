/** What a rule is: metadata plus a small pure function from a parsed ledger to reports. */
import type * as z from 'zod/mini';
import type { Facts } from '../model/facts.js';
import type { Ledger } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import type { Finding } from '../model/findings.js';
import type { Severity, SeveritySetting } from '../model/severity.js';

export const DOCS_BASE = 'https://github.com/ledgerlint/ledgerlint/blob/main/docs/rules/';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Exclude<SeveritySetting, 'off'>;
  fixable: boolean;
  /** Link to docs/rules/<id>.md. */
  docs: string;
}

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

export interface RuleContext<Options> {
  ledger: Ledger;
  profile: CompiledProfile;
  options: Options;
  facts: Facts;
  /** How another rule is set for this ledger, or null when it is off (the completion gate defers to it). */
  setting(ruleId: string): RuleSetting | null;
  /** Parses another version of the ledger (facts.previous) as this one was parsed; null if it cannot be. */
  parse(text: string): Ledger | null;
  report(finding: Finding): void;
}

export interface Rule<Options = unknown> {
  meta: RuleMeta;
  /** Validates the rule's options from config; defaults come from here. */
  options: z.ZodMiniType<Options>;
  check(context: RuleContext<Options>): void;
}

export function defineRule<Options>(
  rule: Omit<Rule<Options>, 'meta'> & { meta: Omit<RuleMeta, 'docs'> },
): Rule<Options> {
  return { ...rule, meta: { ...rule.meta, docs: `${DOCS_BASE}${rule.meta.id}.md` } };
}
