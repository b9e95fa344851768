/**
 * The names a config file may have, in the order each directory is searched. Imports
 * nothing: the agent hook's first look at a path reads them without loading the config's
 * schemas (tests/agent/fast-path.test.ts checks what that look loads).
 */
export const CONFIG_NAMES = [
  'ledgerlint.config.js',
  'ledgerlint.config.mjs',
  'ledgerlint.config.cjs',
  'ledgerlint.config.json',
  'ledgerlint.config.yaml',
  'ledgerlint.config.yml',
  '.ledgerlintrc',
  '.ledgerlintrc.json',
  '.ledgerlintrc.yaml',
  '.ledgerlintrc.yml',
  'package.json',
] as const;

/** Names a user may expect to work (ESLint loads them with a TypeScript loader): refused, not silently passed over. */
export const TYPESCRIPT_CONFIG_NAMES = [
  'ledgerlint.config.ts',
  'ledgerlint.config.mts',
  'ledgerlint.config.cts',
] as const;

/** A config that is code: only running it tells what it sets. */
export const isJavaScriptConfig = (name: string): boolean => /\.[cm]?js$/.test(name);
