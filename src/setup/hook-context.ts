/** What each hook manager's set-up is handed: the repository as init found it, and how to call ledgerlint. */
import type { Repo } from '../git/repo.js';
import type { HookFacts } from './detect-manager.js';
import type { Invocation } from './invocation.js';

export interface HookContext {
  repo: Repo;
  facts: HookFacts;
  /** The directory of the package (its package.json), relative to the top; null when there is none. */
  packageDir: string | null;
  invocation: Invocation;
  /** The pre-commit hook git runs, absolute (core.hooksPath followed). */
  hookFile: string;
  env: NodeJS.ProcessEnv;
}
