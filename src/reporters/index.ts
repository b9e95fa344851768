/** Output formats by name; a new format is a module here, a line below, and its name in names.ts. */
import { github } from './github.js';
import { json } from './json.js';
import type { FormatName } from './names.js';
import type { Reporter } from './reporter.js';
import type { OutputKind } from './safe-output.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const REPORTERS: Readonly<Record<FormatName, Reporter>> = { stylish, json, github, sarif };

/** What each format's output is, for the guarded stream it is written to (see safe-output.ts). */
export const OUTPUT_KINDS: Readonly<Record<FormatName, OutputKind>> = {
  stylish: 'text',
  json: 'data',
  github: 'commands',
  sarif: 'data',
};
