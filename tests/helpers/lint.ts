/** Runs the core the way the CLI does, for rule and parser tests. */
import { readFileSync } from 'node:fs';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { fixText } from '../../src/core/engine/fix.js';
import { lintText, type LintMessage } from '../../src/core/engine/lint.js';
import { parseLedger } from '../../src/core/parse/parse-ledger.js';
import type { Ledger } from '../../src/core/model/document.js';

export const TEMPLATES = new URL('../../docs/templates/', import.meta.url);

export function fixture(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

export function template(name: 'prd-ledger.md' | 'feature-ledger.md'): string {
  return readFileSync(new URL(name, TEMPLATES), 'utf8');
}

export interface LintOptions {
  /** Raw config, as a config file would hold it. */
  config?: unknown;
  /** Force a profile instead of detecting one. */
  profile?: string;
  path?: string;
}

export function lint(text: string, options: LintOptions = {}): LintMessage[] {
  const prepared = prepareConfig(options.config ?? {}, 'test config');
  const profile = options.profile
    ? prepared.profiles.find((p) => p.name === options.profile)
    : prepared.pickProfile(options.path ?? 'ledger.md', text).profile;
  if (!profile) throw new Error('the text matches no profile');
  const path = options.path ?? 'ledger.md';
  return lintText({ text, profile, rules: prepared.rulesFor(path, profile.name) }).messages;
}

/** What --fix makes of a text, and the findings left after it. */
export function fix(text: string, options: LintOptions = {}): { output: string; left: LintMessage[] } {
  const prepared = prepareConfig(options.config ?? {}, 'test config');
  const profile = options.profile
    ? prepared.profiles.find((p) => p.name === options.profile)
    : prepared.pickProfile(options.path ?? 'ledger.md', text).profile;
  if (!profile) throw new Error('the text matches no profile');
  const rules = prepared.rulesFor(options.path ?? 'ledger.md', profile.name);
  const lint = (body: string) => lintText({ text: body, profile, rules });
  const { output, outcome } = fixText(text, lint(text), lint);
  return { output, left: outcome.messages };
}

/** Only one rule's findings, as "line:column message" strings for readable assertions. */
export function findings(text: string, ruleId: string, options: LintOptions = {}): string[] {
  return lint(text, options)
    .filter((m) => m.ruleId === ruleId)
    .map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);
}

export function parse(text: string): Ledger {
  const result = parseLedger(text);
  if (!result.ok) throw new Error(result.failure.message);
  return result.ledger;
}

/** Replaces exactly one occurrence, so a planted fault cannot silently miss. */
export function plant(text: string, search: string | RegExp, replacement: string): string {
  const count =
    typeof search === 'string'
      ? text.split(search).length - 1
      : (text.match(new RegExp(search.source, `${search.flags.replace('g', '')}g`)) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one match for ${String(search)}, found ${count}`);
  return text.replace(search, replacement);
}
