/** The `prepare` script in a package.json, added with the file's own indentation and nothing else changed. */
import { readFile } from 'node:fs/promises';
import { writeSetupFile } from './hook-file.js';

/** `added`; `present` (it runs husky already); `other` (a prepare script of the user's that does not). */
export async function addPrepareScript(
  file: string,
  script: string,
  shown: string,
): Promise<'added' | 'present' | 'other'> {
  const text = await readFile(file, 'utf8');
  const added = withPrepareScript(text, script);
  if (added === 'present' || added === 'other') return added;
  if (added === null) return 'other';
  await writeSetupFile(file, added, shown);
  return 'added';
}

/** The package.json text with scripts.prepare set; null when it is not a JSON object (then it is left alone). */
export function withPrepareScript(text: string, script: string): string | 'present' | 'other' | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json) || (json.scripts !== undefined && !isObject(json.scripts))) return null;
  const scripts = json.scripts ?? {};
  const prepare = scripts.prepare;
  if (prepare !== undefined) return typeof prepare === 'string' && /\bhusky\b/.test(prepare) ? 'present' : 'other';
  const indent = /^[{[]\r?\n([ \t]+)/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out = JSON.stringify({ ...json, scripts: { ...scripts, prepare: script } }, null, indent).replace(/\n/g, eol);
  return /\r?\n$/.test(text) ? `${out}${eol}` : out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
