/**
 * Whether a file is a ledger, and of which profile, from its path and a text: asked by the
 * agent hooks for every file an agent writes, before the linter (and its parser) is loaded.
 */
import type { LoadedConfig } from '../config/load.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { placeIn } from './repo-place.js';

export function ledgerProfile(config: LoadedConfig, file: string, text: string): CompiledProfile | null {
  const path = configPathOf(config, file);
  if (config.prepared.isIgnored(path) || !config.prepared.isLedgerPath(path)) return null;
  return config.prepared.pickProfile(path, text).profile;
}

/** As checkFiles matches config globs: relative to the config's directory, else the path as it is. */
export function configPathOf({ baseDir }: LoadedConfig, file: string): string {
  return placeIn(baseDir, file) ?? file.replace(/^\/+/, '');
}
