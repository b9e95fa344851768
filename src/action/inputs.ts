/** The Action's inputs, as the runner passes them (INPUT_* variables), validated with zod. */
import * as core from '@actions/core';
import * as z from 'zod/mini';
import { describeIssue } from '../core/zod.js';

const Inputs = z.strictObject({
  paths: z.array(z.string()),
  config: z.optional(z.string()),
  mode: z.optional(z.enum(['changed', 'all'])),
  failOn: z.enum(['error', 'warning']),
  token: z.string(),
  sarifFile: z.optional(z.string()),
  summary: z.enum(['true', 'false']),
  deletedLedgers: z.enum(['warn', 'error', 'off']),
});

export interface ActionInputs {
  paths: string[];
  config: string | undefined;
  mode: 'changed' | 'all' | undefined;
  failOn: 'error' | 'warning';
  token: string;
  sarifFile: string | undefined;
  summary: boolean;
  /** What a change that deletes a ledger gets: a warning, an error, or nothing. */
  deletedLedgers: 'warn' | 'error' | 'off';
}

export class InputError extends Error {}

const NAMES: Record<string, string> = { failOn: 'fail-on', sarifFile: 'sarif-file', deletedLedgers: 'deleted-ledgers' };

export function readInputs(): ActionInputs {
  const optional = (name: string) => core.getInput(name) || undefined;
  const raw = {
    paths: core.getMultilineInput('paths').filter((p) => !p.startsWith('#')),
    config: optional('config'),
    mode: optional('mode'),
    failOn: core.getInput('fail-on') || 'error',
    token: core.getInput('token'),
    sarifFile: optional('sarif-file'),
    summary: (core.getInput('summary') || 'true').toLowerCase(),
    deletedLedgers: core.getInput('deleted-ledgers') || 'warn',
  };
  const parsed = Inputs.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    throw new InputError(`input ${describeIssue({ ...issue, path: [NAMES[key] ?? key] })}`);
  }
  const { summary, ...rest } = parsed.data;
  return { ...rest, config: rest.config, mode: rest.mode, sarifFile: rest.sarifFile, summary: summary === 'true' };
}
