/**
 * Linting one ledger whose text and facts are in hand: the same code runs in the
 * main thread and in worker threads, so a job and its result are plain data.
 */
import type { PreparedConfig } from '../core/config/resolve.js';
import type { Facts } from '../core/facts.js';
import { fixText } from '../core/fix.js';
import { gateText, lintText, type LintMessage, type LintOutcome } from '../core/lint.js';
import { ledgerOverview, type LedgerOverview } from '../core/overview.js';
import type { CountPolicy } from '../core/queries.js';

export interface LintJob {
  text: string;
  profile: string;
  /** Relative to the config's directory, for per-glob rules. */
  configPath: string;
  facts: Facts;
  purpose: 'lint' | 'gate';
  /** Compute the fixed text; when fixing is refused, this hint is added to fixable findings instead. */
  fix: { allowed: true } | { allowed: false; hint: string } | null;
}

export interface LintJobResult {
  messages: LintMessage[];
  overview?: LedgerOverview;
  /** The fixed text, when fixes changed it. */
  output?: string;
}

export function runLintJob(job: LintJob, prepared: PreparedConfig): LintJobResult {
  const profile = prepared.profiles.find((p) => p.name === job.profile)!;
  const rules = prepared.rulesFor(job.configPath, profile.name);
  const lint = (text: string): LintOutcome =>
    job.purpose === 'gate' ? gateText({ text, profile, rules, facts: job.facts }) : lintText({ text, profile, rules, facts: job.facts });
  let outcome = lint(job.text);
  let output: string | undefined;
  if (job.fix && outcome.messages.some((m) => m.fix)) {
    if (!job.fix.allowed) {
      const { hint } = job.fix;
      outcome = { ...outcome, messages: outcome.messages.map((m) => (m.fix ? { ...m, message: `${m.message}${hint}` } : m)) };
    } else {
      const fixed = fixText(job.text, outcome, lint);
      outcome = fixed.outcome;
      if (fixed.output !== job.text) output = fixed.output;
    }
  }
  const count = (rules.find((r) => r.rule.meta.id === 'progress-math')?.options as { count?: CountPolicy } | undefined)?.count;
  const overview = outcome.ledger ? ledgerOverview(outcome.ledger, profile, count) : undefined;
  return { messages: outcome.messages, ...(overview ? { overview } : {}), ...(output !== undefined ? { output } : {}) };
}
