/** What a front door asks of a run: which files or text, how they are checked, and what is done with the findings. */
import type { LoadedConfig } from '../config/load.js';
import type { Purpose } from './lint-job.js';
import type { PreviousSource, StdinText } from './list.js';

export interface CheckRequest {
  cwd: string;
  /** Paths, directories and globs; empty means the config's include, else tracked markdown. */
  patterns: readonly string[];
  config: LoadedConfig;
  /**
   * Check the staged versions of staged ledgers, read from the index (the pre-commit hook);
   * `if-named-files-are`: when every path given is a staged file (inside a commit hook).
   */
  staged?: boolean | 'if-named-files-are';
  /** Check this text instead of files (--stdin): never cached, never written back. */
  stdin?: StdinText;
  /** Exactly these files (absolute), instead of discovering them: the Action's changed ledgers. */
  files?: readonly string[];
  /**
   * Read only files that, symlinks resolved, are inside this directory and not in a
   * .git directory: the Action's workspace. Without it, a file found (not named) in the
   * repository must really be in the repository.
   */
  confine?: string;
  /** Earlier versions to compare each ledger with (status transitions). */
  previous?: PreviousSource;
  /** lint (the rules), gate (every reason a ledger may not be marked complete), or an agent's edit check. */
  purpose?: Purpose;
  /** Text to check in place of a file's content on disk, by absolute path: an agent's edit before it is made. */
  texts?: ReadonlyMap<string, string>;
  /** Apply the rules' fixes: write them back, or only compute them (for a diff). */
  fix?: 'off' | 'write' | 'dry-run';
  /** Reuse results from this cache file (lint runs on the working tree only). */
  cacheLocation?: string;
  /** Check only shard `index` (1-based) of `count`. */
  shard?: { index: number; count: number };
  /** The bundled worker script; without it everything runs in the main process. */
  workerScript?: URL;
  /**
   * Before a linked commit is said to be missing, or unverifiable in a shallow clone, fetch
   * from origin what a full clone has (its whole history and branches): the Action, whose
   * checkout holds one commit unless told otherwise.
   */
  fetchMissing?: boolean;
}
