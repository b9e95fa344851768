/**
 * From a validated config to what applies to one file: its forced profile, the
 * rules with severities and options. Globs are matched against paths relative to
 * the directory of the config file, with `/` separators.
 */
import picomatch from 'picomatch';
import type * as z from 'zod/mini';
import { ProfileError, resolveProfiles } from '../profiles/index.js';
import { anyDepth, type CompiledProfile } from '../profiles/compile.js';
import { detectProfile, notALedgerReason, scanOutline, type Outline } from '../profiles/detect.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import { closest } from '../text/wording.js';
import { describeIssues, keyPath } from '../zod.js';
import type { Rule } from '../rules/rule.js';
import type { Severity, SeveritySetting } from '../model/severity.js';
import type { UnusedDirectives } from '../engine/directives.js';
import { ConfigSchema, type Config, type RuleSetting, type RulesConfig, type SeveritySettingInput } from './schema.js';

export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/_template.md', '**/_active.md'];
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export class ConfigError extends Error {}

export interface PickedProfile {
  profile: CompiledProfile | null;
  /** Why that profile, or why none (for --verbose). */
  reason: string;
  outline: Outline;
}

export interface EffectiveRule {
  rule: Rule<unknown>;
  severity: Severity;
  options: unknown;
}

export interface PreparedConfig {
  /** Where the config came from, for messages; null for the defaults. */
  source: string | null;
  config: Config;
  profiles: CompiledProfile[];
  /** The profile of this name, if the config has one. */
  profileNamed(name: string): CompiledProfile | undefined;
  include: string[] | null;
  ignores: string[];
  maxFileSize: number;
  /** Whether, and how severely, a disable comment that silences nothing is reported. */
  unusedDirectives: UnusedDirectives;
  isIgnored(relativePath: string): boolean;
  /** The profile name forced for this path by an override, if any. */
  forcedProfile(relativePath: string): string | undefined;
  /** Globs of ledgers that are not `*.md` (a profile's detect.paths ending in another extension). */
  otherLedgerGlobs: string[];
  /** Whether a file that is not `*.md` is named by a profile as a ledger (relative path). */
  isOtherLedger(relativePath: string): boolean;
  /** Whether a path may hold a ledger: `*.md`, or a name a profile gives (relative path). */
  isLedgerPath(relativePath: string): boolean;
  /** The one place that picks a file's profile: forced by an override, else detected; with the reason, and the outline it read. */
  pickProfile(relativePath: string, text: string): PickedProfile;
  rulesFor(relativePath: string, profile: string): EffectiveRule[];
}

type Setting = { severity: SeveritySetting; options: unknown | undefined };

/** Validates raw config data (from any file format) and prepares it for use. */
export function prepareConfig(raw: unknown, source: string | null): PreparedConfig {
  const where = source ?? 'config';
  const reserved = reservedKeyIn(raw);
  if (reserved)
    throw new ConfigError(
      `${where}: ${reserved.path}: "${reserved.key}" cannot be a key (every JavaScript object has it)`,
    );
  const parsed = ConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    throw new ConfigError(
      `${where}: ${describeIssues(parsed.error.issues, { schema: ConfigSchema, whole: 'the config' })}`,
    );
  const config = parsed.data;

  let profiles: CompiledProfile[];
  try {
    profiles = resolveProfiles(config.profiles);
  } catch (error) {
    if (error instanceof ProfileError) throw new ConfigError(`${where}: ${error.message}`);
    throw error;
  }
  const profileNames = new Set(profiles.map((p) => p.name));

  const topRules = checkRules(config.rules ?? {}, where, ['rules']);
  const overrides = (config.overrides ?? []).map((override, index) => {
    const at = `${where}: overrides[${index}]`;
    for (const name of [...(override.profile ? [override.profile] : []), ...(override.ifProfile ?? [])]) {
      if (!profileNames.has(name))
        throw new ConfigError(`${at}: unknown profile "${name}" (known: ${[...profileNames].join(', ')})`);
    }
    if (override.profile && !override.files)
      throw new ConfigError(`${at}.profile: forcing a profile needs "files" to say for which ledgers`);
    return {
      matches: override.files ? picomatch(override.files, { dot: true }) : () => true,
      ifProfile: override.ifProfile ? new Set(override.ifProfile) : null,
      profile: override.profile,
      rules: checkRules(override.rules ?? {}, where, ['overrides', index, 'rules']),
    };
  });

  const forcedProfile = (path: string): string | undefined => {
    let forced: string | undefined;
    for (const o of overrides) if (o.profile && o.matches(path)) forced = o.profile;
    return forced;
  };

  const otherLedgerGlobs = [
    ...new Set(profiles.flatMap((p) => p.spec.detect.paths ?? []).filter((g) => !/\.md$/i.test(g))),
  ];
  const isOtherLedger =
    otherLedgerGlobs.length > 0 ? picomatch(otherLedgerGlobs.map(anyDepth), { dot: true, nocase: true }) : () => false;

  const ignores = [...DEFAULT_IGNORES, ...(config.ignores ?? [])];
  const ignored = picomatch(ignores, { dot: true });

  return {
    source,
    config,
    profiles,
    profileNamed: (name) => profiles.find((p) => p.name === name),
    include: config.include ?? null,
    ignores,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    unusedDirectives: severityOf(normaliseSeverity(config.reportUnusedDisableDirectives ?? 'off')),
    isIgnored: (path) => ignored(path),
    forcedProfile,
    otherLedgerGlobs,
    isOtherLedger,
    isLedgerPath: (path) => /\.md$/i.test(path) || isOtherLedger(path),
    pickProfile(path, text) {
      const outline = scanOutline(text);
      const forced = forcedProfile(path);
      if (forced)
        return {
          profile: profiles.find((p) => p.name === forced)!,
          reason: 'forced by an override in the config',
          outline,
        };
      const detected = detectProfile(outline, profiles, path);
      return detected
        ? { profile: detected.profile, reason: detected.reason, outline }
        : { profile: null, reason: notALedgerReason(outline), outline };
    },
    rulesFor(path, profile) {
      const settings = new Map<string, Setting>();
      for (const rule of RULES) settings.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: undefined });
      const apply = (rules: Map<string, Setting>) => {
        for (const [id, setting] of rules) {
          const previous = settings.get(id)!;
          settings.set(id, {
            severity: setting.severity,
            options: setting.options === undefined ? previous.options : setting.options,
          });
        }
      };
      apply(topRules);
      for (const o of overrides) if (o.matches(path) && (!o.ifProfile || o.ifProfile.has(profile))) apply(o.rules);
      const effective: EffectiveRule[] = [];
      for (const rule of RULES) {
        const { severity, options } = settings.get(rule.meta.id)!;
        if (severity === 'off') continue;
        effective.push({
          rule,
          severity: severity === 'error' ? 'error' : 'warning',
          options: rule.options.parse(options ?? {}),
        });
      }
      return effective;
    },
  };
}

function checkRules(rules: RulesConfig, where: string, at: readonly PropertyKey[]): Map<string, Setting> {
  const out = new Map<string, Setting>();
  for (const [id, value] of Object.entries(rules)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const meant = closest(id, RULES_BY_ID.keys());
      throw new ConfigError(
        `${where}: "${keyPath([...at, id])}" is not a rule of ledgerlint${meant ? `; did you mean "${meant}"?` : ''} (known rules: ${[...RULES_BY_ID.keys()].join(', ')})`,
      );
    }
    const { severity, options } = splitSetting(value);
    if (options !== undefined) {
      const schema = rule.options as z.ZodMiniType;
      const checked = schema.safeParse(options, { reportInput: true });
      if (!checked.success)
        throw new ConfigError(
          `${where}: ${describeIssues(checked.error.issues, { at: [...at, id, 1], schema, noKeys: 'this rule takes no options' })}`,
        );
    }
    out.set(id, { severity, options });
  }
  return out;
}

function splitSetting(value: RuleSetting): Setting {
  const [severity, options] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
  return { severity: normaliseSeverity(severity), options };
}

function severityOf(setting: SeveritySetting): UnusedDirectives {
  return setting === 'warn' ? 'warning' : setting;
}

function normaliseSeverity(value: SeveritySettingInput): SeveritySetting {
  if (value === 0) return 'off';
  if (value === 1) return 'warn';
  if (value === 2) return 'error';
  return value;
}

/**
 * Keys that name what every JavaScript object has. JSON.parse and YAML keep them as
 * plain keys, but copied into an object (as validation does) `__proto__` replaces
 * its prototype, and a lookup by `constructor` finds a function where a setting was
 * expected; no rule, profile or option is named so. Found anywhere in the config.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function reservedKeyIn(raw: unknown): { key: string; path: string } | null {
  const seen = new Set<object>();
  const stack: Array<[unknown, string]> = [[raw, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const at = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!isArray && RESERVED_KEYS.has(key)) return { key, path: at };
      stack.push([(value as Record<string, unknown>)[key], at]);
    }
  }
  return null;
}
