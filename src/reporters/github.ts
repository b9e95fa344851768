/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`),
 * which the runner turns into annotations on the ledger lines. Ledger text is
 * untrusted: every value is escaped as the Actions toolkit does, so a ledger
 * cannot end a command early or start one of its own.
 */
import type { LintMessage } from '../core/engine/lint.js';
import { plural } from '../core/text/wording.js';
import type { FileResult } from '../core/model/results.js';
import { pathFromRoot, type Reporter } from './reporter.js';
import { neutraliseWorkflowCommands } from './safe-output.js';

/**
 * GitHub shows 10 error, 10 warning and 10 notice annotations per step (and 50 per job);
 * the runner drops the rest without a word.
 */
export const ANNOTATIONS_PER_STEP = 10;

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

/** The annotation of a finding; its file named as given (by default as displayed). */
export function annotationFor(result: FileResult, m: LintMessage, file = result.displayPath): Annotation {
  const sameLine = m.endLine === undefined || m.endLine === m.line;
  return {
    level: m.severity === 2 ? 'error' : 'warning',
    message: m.message,
    file,
    line: m.line,
    ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
    // GitHub takes columns only for a single-line annotation.
    ...(sameLine ? { column: m.column } : {}),
    ...(sameLine && m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
    title: m.ruleId ?? 'ledgerlint',
  };
}

/**
 * The first ANNOTATIONS_PER_STEP errors and warnings as annotations, in file order; the rest as
 * plain lines after a line that counts them, so the log still has every finding.
 */
export const github: Reporter = (results, { root }) => {
  const shown = { error: 0, warning: 0 };
  const commands: string[] = [];
  const plain: string[] = [];
  for (const result of results) {
    const file = pathFromRoot(result, root);
    for (const m of result.messages) {
      const annotation = annotationFor(result, m, file);
      const level = annotation.level as 'error' | 'warning';
      if (shown[level]++ < ANNOTATIONS_PER_STEP) commands.push(workflowCommand(annotation));
      else plain.push(plainLine(file, m));
    }
  }
  if (plain.length === 0) return commands.join('\n');
  return [...commands, notAnnotated(shown.error, shown.warning, plain.length), ...plain].join('\n');
};

function notAnnotated(errors: number, warnings: number, left: number): string {
  const more = (count: number, kind: string) =>
    count > ANNOTATIONS_PER_STEP ? [plural(count - ANNOTATIONS_PER_STEP, `more ${kind}`)] : [];
  const one = left === 1;
  const limit = `GitHub shows ${ANNOTATIONS_PER_STEP} error and ${ANNOTATIONS_PER_STEP} warning annotations per step`;
  return `ledgerlint: ${[...more(errors, 'error'), ...more(warnings, 'warning')].join(' and ')} ${one ? 'is' : 'are'} not annotated (${limit}); here ${one ? 'it is' : 'they are'}:`;
}

/** A finding as a log line (ESLint's unix format), which the runner must not take for a command. */
function plainLine(file: string, m: LintMessage): string {
  const text = `${file}:${m.line}:${m.column}: ${m.message} [${m.severity === 2 ? 'Error' : 'Warning'}${m.ruleId ? `/${m.ruleId}` : ''}]`;
  return neutraliseWorkflowCommands(text.replace(/\r\n|\r|\n/g, ' '));
}
