/**
 * Finds and reads the config file the way commitlint and prettier do: the first of
 * the known names in the working directory or a parent (up to the repository root),
 * or the `ledgerlint` key of a package.json. Every problem names the file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, prepareConfig, type PreparedConfig } from '../core/config/resolve.js';
import { describeFsError } from '../files/discover.js';

export const CONFIG_NAMES = [
  'ledgerlint.config.js',
  'ledgerlint.config.mjs',
  'ledgerlint.config.json',
  'ledgerlint.config.yaml',
  'ledgerlint.config.yml',
  '.ledgerlintrc',
  '.ledgerlintrc.json',
  '.ledgerlintrc.yaml',
  '.ledgerlintrc.yml',
  'package.json',
];

export interface LoadedConfig {
  prepared: PreparedConfig;
  /** Directory config globs are relative to. */
  baseDir: string;
  /** The config as read, for worker processes (which prepare it again) and cache keys. */
  raw: unknown;
}

/** Loads the given file, or searches from cwd; no file means the defaults. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`${explicit}: config file not found.`);
    const raw = (await readConfigFile(file)) ?? {};
    return { prepared: prepareConfig(raw, file), baseDir: dirname(file), raw };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const raw = await readConfigFile(file);
      if (raw === undefined) continue; // a package.json without a "ledgerlint" key
      return { prepared: prepareConfig(raw, file), baseDir: dir, raw };
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) break;
  }
  return { prepared: prepareConfig({}, null), baseDir: resolve(cwd), raw: {} };
}

async function readConfigFile(file: string): Promise<unknown> {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    try {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      return module.default ?? { ...module };
    } catch (error) {
      throw new ConfigError(`${file}: could not load the config module: ${(error as Error).message}`);
    }
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: ${describeFsError(error)}`);
  }
  if (basename(file) === 'package.json') {
    const pkg = parseJson(text, file) as Record<string, unknown> | null;
    return pkg && typeof pkg === 'object' && 'ledgerlint' in pkg ? pkg.ledgerlint : undefined;
  }
  if (ext === '.json') return parseJson(text, file);
  try {
    // YAML is a superset of JSON, so .ledgerlintrc may hold either.
    return parseYaml(text, { prettyErrors: true }) ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new ConfigError(`${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    // The yaml library stops an alias bomb ("billion laughs") with a plain ReferenceError.
    const alias = error instanceof ReferenceError && /alias/i.test(error.message);
    throw new ConfigError(`${file}: invalid YAML: ${alias ? 'its aliases expand to too much data (an alias bomb); a config never needs that' : (error as Error).message}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
}
