import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  RULES_BY_ID,
  gateBlockers,
  parseLedger
} from "./chunk-NV5IGUAL.js";
import "./chunk-S2MWPUKA.js";
import "./chunk-UUJ5SKQA.js";

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
  const running = new Set(rules.map((r) => r.rule.meta.id));
  return withParsed(text, (ledger) => {
    const messages = gateBlockers(ledger, profile, facts, (id) => running.has(id)).map(({ message, rule: _rule, reportedAsError: _error, ...at }) => ({
      ruleId: "completion-gate",
      severity: 2,
      message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.`,
      ...at
    }));
    return applyDirectives(messages, ledger.directives, [...RULES_BY_ID.keys()]);
  });
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
  const running = new Set(rules.map((r) => r.rule.meta.id));
  const enabled = (ruleId) => running.has(ruleId);
  for (const { rule, severity, options } of rules) {
    const report = (r) => {
      const capped = severity === "warning" || r.severity === "warning" ? 1 : 2;
      messages.push(toMessage(rule.meta.id, capped, r, ledger));
    };
    try {
      rule.check({ ledger, profile, options, facts, enabled, report });
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
export {
  gateText,
  lintLedger,
  lintText
};
