/**
 * What the Action checks for an event: in changed mode the ledgers the change
 * touched, with their versions before it and the ledgers it deleted; else (or when
 * the changes cannot be known) every ledger.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { LoadedConfig } from '../config/load.js';
import { plural } from '../core/text/wording.js';
import { toPosixRelative } from '../files/discover.js';
import { GitClient } from '../git/client.js';
import type { PreviousSource } from '../runner/check-files.js';
import { deletedLedgers } from '../runner/deleted-ledgers.js';
import type { FileResult } from '../core/model/results.js';
import { findChanges, type ChangeQuery, type Changes } from './changes.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';

export interface Scope {
  mode: 'changed' | 'all';
  /** Said under the summary's heading: what was checked, and why. */
  line: string;
  /** The changed ledgers (absolute), in changed mode. */
  files?: string[];
  previous?: PreviousSource;
  changes: Changes | null;
  /** Why the changed files are not known: the run fails with it, after checking every ledger. */
  unknown: string | null;
  /** Warnings the Action said itself (each takes an annotation). */
  warnings: number;
}

export async function scopeOf(
  inputs: ActionInputs,
  event: EventInfo,
  config: LoadedConfig,
  workspace: string,
): Promise<Scope> {
  const mode = inputs.mode ?? event.defaultMode;
  const all = {
    mode: 'all' as const,
    line: `Checked all ledgers (${event.name} event).`,
    changes: null,
    unknown: null,
    warnings: 0,
  };
  if (mode === 'all') return all;
  if (!event.base || !event.head) {
    core.warning(
      `ledgerlint: the ${event.name} event names no base and head commits to compare, so every ledger is checked (mode: all).`,
    );
    return { ...all, warnings: 1 };
  }
  const [base, head] = [event.base.slice(0, 7), event.head.slice(0, 7)];
  const found = await findChanges({
    client: new GitClient(workspace),
    base: event.base,
    head: event.head,
    pullNumber: event.pullNumber,
    api: inputs.token ? restApi(inputs.token) : null,
  });
  if ('failure' in found) {
    // What can still be checked is: every ledger as it is now, without the versions before.
    const line = `Could not tell which files changed, so every ledger was checked, without comparing with ${base}: ${found.failure}`;
    return { ...all, line, unknown: `could not tell which files changed: ${found.failure}` };
  }
  const isLedger = ledgerPaths(inputs, config, workspace);
  const files = found.files.filter((f) => isLedger(f.path)).map((f) => join(workspace, f.path));
  const deleted = found.deleted.filter(isLedger).length;
  const also =
    deleted > 0 && inputs.deletedLedgers !== 'off'
      ? `, and looked at the ${plural(deleted, 'deleted markdown file')}`
      : '';
  return {
    mode: 'changed',
    line: `Checked the ${plural(files.length, 'changed markdown file')} of ${base}...${head}${also} (changes from ${found.source}).`,
    files,
    previous: { label: `the base branch (${base})`, read: found.previous },
    changes: found,
    unknown: null,
    warnings: 0,
  };
}

/** The ledgers the change deleted, as results with one finding each (none with deleted-ledgers: off). */
export async function deletedResults(
  scope: Scope,
  inputs: ActionInputs,
  config: LoadedConfig,
  workspace: string,
): Promise<FileResult[]> {
  if (!scope.changes || !scope.previous || inputs.deletedLedgers === 'off') return [];
  const isLedger = ledgerPaths(inputs, config, workspace);
  const paths = scope.changes.deleted.filter(isLedger);
  if (paths.length === 0) return [];
  const texts = await scope.changes.previous(paths);
  const error = inputs.deletedLedgers === 'error';
  const found = paths.map((path) => ({
    file: join(workspace, path),
    display: path,
    configPath: toPosixRelative(config.baseDir, join(workspace, path)),
    text: texts.get(path) ?? null,
  }));
  return deletedLedgers(config, found, {
    severity: error ? 'error' : 'warning',
    where: scope.previous.label,
    allow: error
      ? 'The Action refuses that (deleted-ledgers: error).'
      : 'Set the Action input deleted-ledgers to off to allow it, or to error to refuse it.',
  });
}

/** Paths (from the workspace) that may hold a ledger and that the inputs (or the config's include) ask for. */
function ledgerPaths(inputs: ActionInputs, config: LoadedConfig, workspace: string): (path: string) => boolean {
  const globs = inputs.paths.length > 0 ? inputs.paths : (config.prepared.include ?? []);
  const wanted = globs.length === 0 ? () => true : picomatch([...globs], { dot: true });
  return (path) => config.prepared.isLedgerPath(toPosixRelative(config.baseDir, join(workspace, path))) && wanted(path);
}

function restApi(token: string): NonNullable<ChangeQuery['api']> {
  return {
    url: github.context.apiUrl,
    connect: () => ({ octokit: github.getOctokit(token), repo: github.context.repo }),
  };
}
