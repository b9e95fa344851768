/** Which hook manager a repository uses: a manager's installed hook, then the project's configs, then a plain hook of this clone. Pure. */

export const HOOK_MANAGERS = ['husky', 'lefthook', 'pre-commit', 'git'] as const;
export type HookManager = (typeof HOOK_MANAGERS)[number];

export interface HookFacts {
  /** core.hooksPath as this repository's config sets it (absolute), or null. */
  hooksPath: string | null;
  /** That directory is the one husky installs (`<dir>/_` holding husky's `h`). */
  hooksPathIsHusky: boolean;
  /** The text of the pre-commit hook git runs now, or null when there is none. */
  installedHook: string | null;
  /** The lefthook config file, relative to the top, or null. */
  lefthookConfig: string | null;
  /** A .pre-commit-config.yaml at the top. */
  preCommitConfig: boolean;
  /** A husky directory (.husky) in the package or at the top, relative, or null. */
  huskyDir: string | null;
  /** A package.json in the package's directory (or at the top). */
  packageJson: boolean;
}

export interface Detected {
  manager: HookManager;
  /** Why, for the report: "lefthook.yml", "core.hooksPath is .githooks". */
  why: string;
}

/** The manager that wrote an installed hook script: each names itself in it. */
export function hookOwner(hook: string | null): 'lefthook' | 'pre-commit' | null {
  if (hook === null) return null;
  if (/lefthook/i.test(hook)) return 'lefthook';
  // prek runs the same .pre-commit-config.yaml.
  return /pre-commit\.com|\bpre_commit\b|\bprek\b/.test(hook) ? 'pre-commit' : null;
}

export function detectManager(facts: HookFacts): Detected {
  if (facts.hooksPathIsHusky) return { manager: 'husky', why: 'core.hooksPath is husky’s' };
  const owner = hookOwner(facts.installedHook);
  if (owner) return { manager: owner, why: `${owner}’s hook is installed` };
  if (facts.hooksPath) return { manager: 'git', why: 'core.hooksPath names the hooks directory' };
  // The project's choice, in its files, over a hook of this clone's own.
  if (facts.lefthookConfig) return { manager: 'lefthook', why: `${facts.lefthookConfig} is here` };
  if (facts.preCommitConfig) return { manager: 'pre-commit', why: '.pre-commit-config.yaml is here' };
  if (facts.huskyDir) return { manager: 'husky', why: `${facts.huskyDir} is here` };
  if (facts.installedHook !== null) return { manager: 'git', why: 'a pre-commit hook is installed' };
  if (facts.packageJson) return { manager: 'husky', why: 'a package.json and no hook manager yet' };
  return { manager: 'git', why: 'no package.json and no hook manager' };
}
