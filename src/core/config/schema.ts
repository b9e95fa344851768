/** The configuration file's shape, validated with zod; the shipped JSON Schema is generated from it. */
import { ProfileOverride } from '../profiles/schema.js';
import * as z from 'zod/mini';
import { described, text } from '../zod.js';

export const SeveritySetting = described(
  z.union([z.enum(['off', 'warn', 'error']), z.literal(0), z.literal(1), z.literal(2)]),
  'off (0), warn (1) or error (2).',
);
export type SeveritySettingInput = z.infer<typeof SeveritySetting>;

export const RuleSetting = described(
  z.union([SeveritySetting, z.tuple([SeveritySetting], z.unknown())]),
  'A severity, or [severity, options].',
);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const RulesConfig = described(z.record(z.string(), RuleSetting), 'Rule id -> severity or [severity, options].');
export type RulesConfig = z.infer<typeof RulesConfig>;

const globs = () => z.array(text());

export const Override = z.strictObject({
  files: z.optional(
    described(globs(), 'Globs, relative to the config file, selecting the ledgers this entry applies to.'),
  ),
  ifProfile: z.optional(described(z.array(text()), 'Apply only to ledgers of these profiles.')),
  profile: z.optional(described(text(), 'Force this profile for the matched files instead of detecting one.')),
  rules: z.optional(RulesConfig),
});
export type Override = z.infer<typeof Override>;

export const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  include: z.optional(described(globs(), 'Globs of ledgers to check when no paths are given on the command line.')),
  ignores: z.optional(
    described(globs(), 'Globs never checked, in addition to node_modules, .git, _template.md and _active.md.'),
  ),
  maxFileSize: z.optional(
    described(
      z.number().check(z.int(), z.positive()),
      'Ledgers larger than this many bytes are reported instead of parsed (default 1048576).',
    ),
  ),
  profiles: z.optional(
    described(
      z.record(z.string(), ProfileOverride),
      'Custom formats, or changes to the built-in prd and feature profiles.',
    ),
  ),
  rules: z.optional(RulesConfig),
  overrides: z.optional(
    described(z.array(Override), 'Later entries win over earlier ones and over the top-level rules.'),
  ),
  reportUnusedDisableDirectives: z.optional(
    described(
      SeveritySetting,
      'Report ledgerlint-disable comments that silence nothing: off (the default), warn or error; --report-unused-disable-directives sets error.',
    ),
  ),
});
export type Config = z.infer<typeof ConfigSchema>;
