/**
 * Whether a file is a ledger, and of which profile, from its path and a text: asked by the
 * agent hooks for every file an agent writes, before the linter (and its parser) is loaded.
 */
import type { LoadedConfig } from '../config/load.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { placeIn } from './repo-place.js';

export function ledgerProfile({ prepared, baseDir }: LoadedConfig, file: string, text: string): CompiledProfile | null {
  // As checkFiles matches config globs: relative to the config's directory, else the path as it is.
  const path = placeIn(baseDir, file) ?? file.replace(/^\/+/, '');
  if (prepared.isIgnored(path) || !prepared.isLedgerPath(path)) return null;
  return prepared.pickProfile(path, text).profile;
}
