/**
 * Ledgers a change deleted. A deleted file is on no disk any more, so whether it was
 * a ledger is told from its text before the change, as for any ledger (its profile).
 * Each becomes a result with one finding, so that every report, count and fail-on
 * treats it as any other.
 */
import type { LoadedConfig } from '../config/load.js';
import { summarise, type FileResult } from '../core/model/results.js';

export interface DeletedFile {
  /** Absolute path, where it was. */
  file: string;
  /** As reports show it. */
  display: string;
  /** Relative to the config's directory, as its globs see it. */
  configPath: string;
  /** Its text before the change; null when that could not be read. */
  text: string | null;
}

/** `where`: the version it is still in ("the base branch (abc1234)"); `allow`: how to allow deletions, said after the finding. */
export function deletedLedgers(
  config: LoadedConfig,
  deleted: readonly DeletedFile[],
  options: { severity: 'error' | 'warning'; where: string; allow: string },
): FileResult[] {
  return deleted.flatMap(({ file, display, configPath, text }) => {
    if (text === null || config.prepared.isIgnored(configPath)) return [];
    const { profile } = config.prepared.pickProfile(configPath, text);
    if (!profile) return [];
    const message = `The change deletes this ${profile.name} ledger (it is in ${options.where}); its work is no longer tracked. ${options.allow}`;
    return [
      summarise({
        filePath: file,
        displayPath: display,
        profile: profile.name,
        messages: [{ ruleId: null, severity: options.severity === 'error' ? 2 : 1, message, line: 1, column: 1 }],
      }),
    ];
  });
}
