import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  RULES_BY_ID,
  fixText,
  gateBlockers,
  ledgerStatus,
  parseLedger,
  phaseProgress,
  stripInlineMarks
} from "./chunk-QRTL36QJ.js";

// src/core/directives.ts
function applyDirectives(messages, directives, knownRules) {
  if (directives.length === 0) return messages;
  const ordered = [...directives].sort((a, b) => a.line - b.line || a.column - b.column);
  const problems = [];
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
function isSuppressed(message, directives) {
  const covers = (d) => d.rules.length === 0 || message.ruleId !== null && d.rules.includes(message.ruleId);
  let disabled = false;
  for (const d of directives) {
    if (d.line > message.line) break;
    if (!covers(d)) continue;
    if (d.kind === "disable") disabled = d.line <= message.line;
    else if (d.kind === "enable") disabled = false;
  }
  if (disabled) return true;
  return directives.some((d) => covers(d) && (d.kind === "disable-next-line" && d.line + 1 === message.line || d.kind === "disable-line" && d.line === message.line));
}

// src/core/facts.ts
var NO_FACTS = {};

// src/core/lint.ts
function lintText({ text, profile, rules, facts = NO_FACTS }) {
  return withParsed(text, (ledger) => lintLedger(ledger, profile, rules, facts));
}
function gateText({ text, profile, rules, facts = NO_FACTS }) {
  return withParsed(text, (ledger) => {
    const messages = gateBlockers(ledger, profile, facts, settingsOf(rules)).map(({ message, rule, reportedAsError: _error, ...at }) => ({
      ruleId: rule ?? "completion-gate",
      severity: 2,
      message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
      ...at
    }));
    return applyDirectives(messages, ledger.directives, [...RULES_BY_ID.keys()]);
  });
}
function settingsOf(rules) {
  const byId = new Map(rules.map((r) => [r.rule.meta.id, { severity: r.severity, options: r.options }]));
  return (ruleId) => byId.get(ruleId) ?? null;
}
function withParsed(text, check) {
  const parsed = parseLedger(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.failure;
    return { ledger: null, messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }] };
  }
  return { ledger: parsed.ledger, messages: check(parsed.ledger) };
}
function lintLedger(ledger, profile, rules, facts = NO_FACTS) {
  const messages = [];
  const setting = settingsOf(rules);
  for (const { rule, severity, options } of rules) {
    const report = (r) => {
      const capped = severity === "warning" || r.severity === "warning" ? 1 : 2;
      messages.push(toMessage(rule.meta.id, capped, r, ledger));
    };
    try {
      rule.check({ ledger, profile, options, facts, setting, report });
    } catch (error) {
      messages.push({ ruleId: rule.meta.id, severity: 2, message: `Rule crashed on this file: ${error?.message ?? String(error)}. Please report this.`, line: 1, column: 1 });
    }
  }
  const kept = applyDirectives(messages, ledger.directives, [...RULES_BY_ID.keys()]);
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}
function toMessage(ruleId, severity, r, ledger) {
  const line = Math.max(1, Math.min(r.line, ledger.lines.text.length));
  const message = { ruleId, severity, message: r.message, line, column: Math.max(1, r.column ?? 1) };
  if (r.endLine !== void 0) message.endLine = r.endLine;
  if (r.endColumn !== void 0) message.endColumn = r.endColumn;
  if (r.fix) message.fix = r.fix;
  return message;
}

// src/core/overview.ts
function ledgerOverview(ledger, profile, policy = "top-level") {
  const { field, state } = ledgerStatus(ledger, profile);
  const { phases, unphased } = phaseProgress(ledger, profile, policy);
  const rows = phases.map(({ phase, actual }) => ({ id: phase.id, title: phase.section.title, ...actual }));
  const overall = unphased ?? (rows.length > 0 ? rows.reduce((t, r) => ({ done: t.done + r.done, total: t.total + r.total }), { done: 0, total: 0 }) : null);
  return { status: state?.name ?? (field ? stripInlineMarks(field.value) : null), phases: rows, overall };
}

// src/runner/lint-job.ts
function runLintJob(job, prepared) {
  const profile = prepared.profiles.find((p) => p.name === job.profile);
  const rules = prepared.rulesFor(job.configPath, profile.name);
  const lint = (text) => job.purpose === "gate" ? gateText({ text, profile, rules, facts: job.facts }) : lintText({ text, profile, rules, facts: job.facts });
  let outcome = lint(job.text);
  let output;
  if (job.fix && outcome.messages.some((m) => m.fix)) {
    if (!job.fix.allowed) {
      const { hint } = job.fix;
      outcome = { ...outcome, messages: outcome.messages.map((m) => m.fix ? { ...m, message: `${m.message}${hint}` } : m) };
    } else {
      const fixed = fixText(job.text, outcome, lint);
      outcome = fixed.outcome;
      if (fixed.output !== job.text) output = fixed.output;
    }
  }
  const count = rules.find((r) => r.rule.meta.id === "progress-math")?.options?.count;
  const overview = outcome.ledger ? ledgerOverview(outcome.ledger, profile, count) : void 0;
  return { messages: outcome.messages, ...overview ? { overview } : {}, ...output !== void 0 ? { output } : {} };
}

export {
  runLintJob
};
