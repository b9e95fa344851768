/**
 * The ledgers of a repository, as `ledgerlint` with no paths finds them (the config's
 * include, else the tracked markdown files and the files a profile names), each with
 * its profile: read and scanned, never parsed. For the MCP server's resources.
 */
import type { LoadedConfig } from '../config/load.js';
import { GitClient } from '../git/client.js';
import { openRepo } from '../git/repo.js';
import { configPathOf } from './ledger-profile.js';
import { diskSources } from './list-disk.js';
import { noNotices } from './list.js';
import { prepareSources } from './prepare.js';

export interface ListedLedger {
  /** Absolute. */
  file: string;
  /** Relative to the working directory, `/`-separated. */
  display: string;
  profile: string;
}

export async function listLedgers(cwd: string, config: LoadedConfig): Promise<ListedLedger[]> {
  const repo = await openRepo(new GitClient(cwd));
  const configPath = (file: string) => configPathOf(config, file);
  const context = { cwd, config, configPath, isIgnored: (file: string) => config.prepared.isIgnored(configPath(file)) };
  const sources = await diskSources(context, { patterns: [] }, repo, noNotices());
  const { candidates } = await prepareSources(sources, {
    prepared: config.prepared,
    cache: null,
    rereadInWorkers: false,
  });
  return candidates.map(({ source, profile }) => ({
    file: source.file,
    display: source.display,
    profile: profile.name,
  }));
}
