/**
 * Finds and reads the config file the way commitlint and prettier do: the first of
 * the known names in the working directory or a parent up to the repository root
 * (never above it), or the `ledgerlint` key of a package.json. Every problem names
 * the file. A JavaScript config runs code when loaded, as ESLint's does.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, prepareConfig, type PreparedConfig } from '../core/config/resolve.js';
import { describeFsError } from '../files/discover.js';
import { CONFIG_NAMES, isJavaScriptConfig, TYPESCRIPT_CONFIG_NAMES } from './names.js';

const typescriptRefused = (file: string) =>
  new ConfigError(
    `${file}: not loaded: ledgerlint does not run TypeScript configs; write it as ledgerlint.config.mjs (the same code without types) or as JSON or YAML.`,
  );

export interface LoadedConfig {
  prepared: PreparedConfig;
  /** Directory config globs are relative to. */
  baseDir: string;
  /** The config as read, for worker processes (which prepare it again) and cache keys. */
  raw: unknown;
}

export interface LoadOptions {
  /** The search goes no higher than this directory (the Action's workspace). */
  root?: string;
  /** Set where running code from the checkout is not safe: why, for the error that refuses a JavaScript config. */
  codeRefused?: string;
  /** --report-unused-disable-directives: over the config's setting. */
  reportUnusedDisableDirectives?: 'error';
}

/** Loads the given file, or searches from cwd; no file means the defaults. */
export async function loadConfig(cwd: string, explicit?: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`${explicit}: config file not found.`);
    return loaded(withCommandLine((await readConfigFile(file, options)) ?? {}, options), file, dirname(file));
  }
  for (const dir of searchedDirectories(resolve(cwd), options.root === undefined ? undefined : resolve(options.root))) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const raw = await readConfigFile(file, options);
      if (raw === undefined) continue; // a package.json without a "ledgerlint" key
      return loaded(withCommandLine(raw, options), file, dir);
    }
    const typescript = TYPESCRIPT_CONFIG_NAMES.map((name) => join(dir, name)).find((file) => existsSync(file));
    if (typescript) throw typescriptRefused(typescript);
  }
  return loaded(withCommandLine({}, options), null, resolve(cwd));
}

/** The config as read, and prepared; the raw data goes to worker processes and keys the cache. */
function loaded(raw: unknown, file: string | null, baseDir: string): LoadedConfig {
  return { prepared: prepareConfig(raw, file), baseDir, raw };
}

/** Settings given on the command line, put in the config so that worker processes and the cache see them. */
function withCommandLine(raw: unknown, { reportUnusedDisableDirectives }: LoadOptions): unknown {
  if (reportUnusedDisableDirectives === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return raw;
  return { ...raw, reportUnusedDisableDirectives };
}

/**
 * The working directory and its parents up to the repository root (the first with a
 * .git) or the given root; outside a repository the working directory alone. Never
 * a directory above the project: one like /tmp may hold a config anyone wrote, and a
 * JavaScript one would run.
 */
function searchedDirectories(cwd: string, root: string | undefined): string[] {
  const dirs: string[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root || existsSync(join(dir, '.git'))) return dirs;
    if (dirname(dir) === dir) return [cwd];
  }
}

async function readConfigFile(file: string, { codeRefused }: LoadOptions): Promise<unknown> {
  const ext = extname(file);
  if (['.ts', '.mts', '.cts'].includes(ext)) throw typescriptRefused(file);
  if (isJavaScriptConfig(file)) {
    if (codeRefused) throw new ConfigError(`${file}: not loaded: a JavaScript config runs code, and ${codeRefused}`);
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
      throw new ConfigError(
        `${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${error.message.split('\n')[0]}`,
      );
    }
    // The yaml library stops an alias bomb ("billion laughs") with a plain ReferenceError.
    const alias = error instanceof ReferenceError && /alias/i.test(error.message);
    throw new ConfigError(
      `${file}: invalid YAML: ${alias ? 'its aliases expand to too much data (an alias bomb); a config never needs that' : (error as Error).message}`,
    );
  }
}

/** `:LINE:COLUMN` of a JSON.parse error, from the offset node gives ("at position 45"), as editors take it. */
function jsonErrorPlace(text: string, message: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at) return '';
  const before = text.slice(0, Number(at[1]));
  const lineStart = before.lastIndexOf('\n') + 1;
  return `:${before.split('\n').length}:${before.length - lineStart + 1}`;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `${file}${jsonErrorPlace(text, (error as Error).message)}: invalid JSON: ${(error as Error).message.replace(/ \(line \d+ column \d+\)$/, '')}`,
    );
  }
}
