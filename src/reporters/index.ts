/** Output formats by name; a new format is a module here, a line below, and its name in names.ts. */
import { github } from './github.js';
import { json } from './json.js';
import type { FormatName } from './names.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const REPORTERS: Readonly<Record<FormatName, Reporter>> = { stylish, json, github, sarif };
