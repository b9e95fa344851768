/**
 * What the MCP server's tools answer: data an agent reads (JSON, paths relative to the
 * repository), with every finding's line, rule and whether --fix corrects it.
 */
import type { LintMessage } from '../core/engine/lint.js';
import type { FileResult } from '../core/model/results.js';

/** A run as the tools report it: its results, and what it has to say besides. */
export interface ToolRun {
  results: readonly FileResult[];
  problems: readonly string[];
  warnings: readonly string[];
  notes: readonly string[];
}

function finding(m: LintMessage) {
  return {
    line: m.line,
    column: m.column,
    severity: m.severity === 2 ? 'error' : 'warning',
    rule: m.ruleId,
    message: m.message,
    ...(m.fix ? { fixable: true } : {}),
  };
}

function runNotes(run: ToolRun) {
  return {
    ...(run.problems.length > 0 ? { problems: run.problems } : {}),
    ...(run.warnings.length > 0 ? { warnings: run.warnings } : {}),
  };
}

/** lint: each ledger's findings; what was not a ledger, and why. */
export function lintReport(run: ToolRun): string {
  const ledgers = run.results.map((r) => ({
    path: r.displayPath,
    profile: r.profile,
    errors: r.errorCount,
    warnings: r.warningCount,
    findings: r.messages.map(finding),
  }));
  const skipped = run.notes.filter((n) => /: not a ledger \(|: the file is empty/.test(n));
  return JSON.stringify({ ledgers, ...(skipped.length > 0 ? { skipped } : {}), ...runNotes(run) }, null, 2);
}

/** gate: ready, or every reason not. */
export function gateReport(run: ToolRun): string {
  const ledgers = run.results.map((r) => ({
    path: r.displayPath,
    ready: r.errorCount === 0,
    reasons: r.messages.map(finding),
  }));
  return JSON.stringify({ ledgers, ...runNotes(run) }, null, 2);
}

/** fix: the diff (a dry run) or the files rewritten, and the findings --fix leaves. */
export function fixReport(run: ToolRun, diff: string, applied: boolean): string {
  const changed = run.results.filter((r) => r.output !== undefined).map((r) => r.displayPath);
  const left = run.results
    .filter((r) => r.messages.length > 0)
    .map((r) => ({ path: r.displayPath, findings: r.messages.map(finding) }));
  const head = applied ? { fixed: changed } : { wouldFix: changed, diff };
  return JSON.stringify({ ...head, left, ...runNotes(run) }, null, 2);
}
