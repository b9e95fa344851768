/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`),
 * which the runner turns into annotations on the ledger lines. Ledger text is
 * untrusted: every value is escaped as the Actions toolkit does, so a ledger
 * cannot end a command early or start one of its own.
 */
import type { LintMessage } from '../core/engine/lint.js';
import type { FileResult } from '../core/model/results.js';
import type { Reporter } from './reporter.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  title?: string;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand({ level, message, ...where }: Annotation): string {
  const props: string[] = [];
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined) props.push(`${key}=${escapeProperty(String(value))}`);
  };
  add('file', where.file);
  add('line', where.line);
  add('endLine', where.endLine);
  add('col', where.column);
  add('endColumn', where.endColumn);
  add('title', where.title);
  return `::${level}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

export function annotationFor(result: FileResult, m: LintMessage): Annotation {
  const sameLine = m.endLine === undefined || m.endLine === m.line;
  return {
    level: m.severity === 2 ? 'error' : 'warning',
    message: m.message,
    file: result.displayPath,
    line: m.line,
    ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
    // GitHub takes columns only for a single-line annotation.
    ...(sameLine ? { column: m.column } : {}),
    ...(sameLine && m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
    title: m.ruleId ?? 'ledgerlint',
  };
}

export const github: Reporter = (results) =>
  results.flatMap((r) => r.messages.map((m) => workflowCommand(annotationFor(r, m)))).join('\n');
