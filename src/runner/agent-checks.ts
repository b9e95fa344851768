/**
 * The agent hooks' questions, each one checkFiles run: may this edit be made (before it
 * is), what did it break (after), and which ledgers changed in the work tree say they are
 * done but are not ready (when the agent stops).
 */
import type { LoadedConfig } from '../config/load.js';
import { makesClaims } from '../core/engine/edit.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { GitClient } from '../git/client.js';
import { openRepo } from '../git/repo.js';
import { changedInWorktree } from '../git/worktree-changes.js';
import { checkFiles, type CheckRun, type PreviousSource } from './check-files.js';

export interface EditCheck {
  cwd: string;
  config: LoadedConfig;
  /** The ledger, absolute. */
  file: string;
  /** Its text before the edit: null when the edit makes it; undefined when not known. */
  before: string | null | undefined;
  workerScript?: URL;
}

/**
 * Before the edit is made: what it claims (a done status, ticked boxes) that the ledger as
 * it would leave it does not bear out; null when it claims nothing, which needs no facts.
 */
export async function checkProposedEdit(
  request: EditCheck & { after: string; profile: CompiledProfile },
): Promise<CheckRun | null> {
  const { after, file, before, profile } = request;
  if (!makesClaims(before ?? null, after, profile)) return null;
  return checkFiles({ ...base(request), texts: new Map([[file, after]]), purpose: 'edit-claims' });
}

/** After the edit is made: the errors it brought (every error, when the text before it is not known). */
export function checkMadeEdit(request: EditCheck): Promise<CheckRun> {
  return checkFiles({ ...base(request), purpose: 'edit-errors' });
}

function base({ cwd, config, file, before, workerScript }: EditCheck) {
  const previous: PreviousSource | undefined =
    before === undefined
      ? undefined
      : { label: 'the file before this edit', read: async (paths) => new Map(paths.map((p) => [p, before])) };
  return {
    cwd,
    config,
    patterns: [],
    files: [file],
    ...(previous ? { previous } : {}),
    ...(workerScript ? { workerScript } : {}),
  };
}

/** Ledgers changed in the work tree (tracked or new, one `git status`) whose status is done, with every reason each is not ready; null outside a repository. */
export async function checkChangedLedgers({
  cwd,
  config,
  workerScript,
}: Omit<EditCheck, 'file' | 'before'>): Promise<CheckRun | null> {
  const repo = await openRepo(new GitClient(cwd));
  if (!repo) return null;
  const files = await changedInWorktree(repo, config.prepared.otherLedgerGlobs);
  if (files.length === 0) return null;
  return checkFiles({
    cwd,
    config,
    patterns: [],
    files,
    purpose: 'done-gate',
    ...(workerScript ? { workerScript } : {}),
  });
}
