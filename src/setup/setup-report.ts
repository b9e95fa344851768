/** What a setup step did, for init to print; and the ways it can refuse. */

export interface SetupReport {
  /** What was done (or found done), one line each. */
  done: string[];
  /** How to undo it. */
  undo: string[];
  /** Things the user should do or know. */
  advice: string[];
}

export const emptyReport = (): SetupReport => ({ done: [], undo: [], advice: [] });

export function mergeReports(...reports: readonly SetupReport[]): SetupReport {
  return {
    done: reports.flatMap((r) => r.done),
    undo: reports.flatMap((r) => r.undo),
    advice: reports.flatMap((r) => r.advice),
  };
}

/** husky declined to install (HUSKY=0, no .git here, git missing): its own reason, for the user. */
export class HuskyDeclined extends Error {}

/**
 * The hook cannot be set up as asked (ledgerlint cannot be called from a hook, a hooks directory
 * shared with other repositories, a hook that is no shell script, a hook manager that is not
 * installed, a file that cannot be written): why, and what to do instead.
 */
export class CannotInstall extends Error {}
