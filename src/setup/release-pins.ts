/**
 * What users pin to get ledgerlint, derived from its version (package.json's, the last release): each is a ref
 * or range that the release steps in the README create, so a pin written today exists once that release is out.
 */

/** The GitHub repository: the Action and the pre-commit hooks are used from it. */
export const REPOSITORY = 'ledgerlint/ledgerlint';
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;

/** The hook's id in .pre-commit-hooks.yaml. */
export const PRE_COMMIT_HOOK_ID = 'ledgerlint';

function majorOf(version: string): string {
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major === undefined) throw new Error(`not a release version: ${version}`);
  return major;
}

/** `uses:` for the Action: the major tag (v0, v1, …), which each release moves, so fixes arrive without an edit. */
export function actionRef(version: string): string {
  return `${REPOSITORY}@v${majorOf(version)}`;
}

/**
 * `rev:` for pre-commit: the release tag itself. pre-commit keeps a hook environment per rev and never looks at a
 * moved tag again; `pre-commit autoupdate` moves this pin to the newest tag.
 */
export function preCommitRev(version: string): string {
  return `v${version}`;
}

/** The entry for `repos:` in a .pre-commit-config.yaml that runs ledgerlint. */
export function preCommitRepoEntry(version: string): string {
  return `  - repo: ${REPOSITORY_URL}\n    rev: ${preCommitRev(version)}\n    hooks:\n      - id: ${PRE_COMMIT_HOOK_ID}\n`;
}
