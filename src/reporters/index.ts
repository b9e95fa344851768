/** Output formats by name; a new format is a module here and a line below. */
import { json } from './json.js';
import type { Reporter } from './reporter.js';
import { stylish } from './stylish.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json };
