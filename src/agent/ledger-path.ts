/**
 * Whether a file an agent writes may be a ledger, from its name alone, before anything
 * heavy is loaded: the hook runs on every Write and Edit, and most files are code.
 * A markdown file may be one; so may the text files the built-in profiles name
 * (claude-progress.txt, *progress*.txt); a file of any other kind only when a config
 * could name it (a profile's detect.paths), which is settled by loading the config.
 * Sure "no" answers only: a "maybe" is checked properly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CONFIG_NAMES, isJavaScriptConfig, TYPESCRIPT_CONFIG_NAMES } from '../config/names.js';

/** The built-in profiles' ledgers that are not `*.md` (tests/agent/ledger-path.test.ts keeps it in step with them). */
export const BUILT_IN_TEXT_LEDGER = /progress[^/\\]*\.txt$/i;

export function mayBeLedger(file: string, cwd: string): boolean {
  if (/\.md$/i.test(file) || BUILT_IN_TEXT_LEDGER.test(basename(file))) return true;
  return configMentions(cwd, 'paths');
}

/**
 * Whether the config in reach (in the directory or a parent up to the repository's top,
 * as the config is searched for) may set the key: it mentions it, or it is JavaScript,
 * which only running it would tell. The first of the config names a directory holds is
 * the config, as the loader takes it; a package.json counts when it has a "ledgerlint"
 * key. A TypeScript config is a maybe: the loader refuses it, and says why.
 */
export function configMentions(cwd: string, key: string): boolean {
  for (let dir = cwd; ; dir = dirname(dir)) {
    let names: Set<string>;
    try {
      names = new Set(readdirSync(dir));
    } catch {
      return false;
    }
    for (const name of CONFIG_NAMES) {
      if (!names.has(name)) continue;
      const file = join(dir, name);
      if (name === 'package.json') {
        if (mentions(file, ['"ledgerlint"'])) return mentions(file, [key]);
      } else return isJavaScriptConfig(name) || mentions(file, [key]);
    }
    if (TYPESCRIPT_CONFIG_NAMES.some((name) => names.has(name))) return true;
    if (names.has('.git') || dirname(dir) === dir) return false;
  }
}

function mentions(file: string, words: readonly string[]): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    const text = readFileSync(file, 'utf8');
    return words.every((word) => text.includes(word));
  } catch {
    return true;
  }
}
