/** The configuration file's shape, validated with zod; the shipped JSON Schema is generated from it. */
import { z } from 'zod';
import { ProfileOverride } from '../profiles/schema.js';

export const SeveritySetting = z
  .union([z.enum(['off', 'warn', 'error']), z.literal(0), z.literal(1), z.literal(2)])
  .describe('off (0), warn (1) or error (2).');
export type SeveritySettingInput = z.infer<typeof SeveritySetting>;

export const RuleSetting = z.union([SeveritySetting, z.tuple([SeveritySetting]).rest(z.unknown())]).describe('A severity, or [severity, options].');
export type RuleSetting = z.infer<typeof RuleSetting>;

export const RulesConfig = z.record(z.string(), RuleSetting).describe('Rule id -> severity or [severity, options].');
export type RulesConfig = z.infer<typeof RulesConfig>;

const globs = z.array(z.string().min(1));

export const Override = z
  .object({
    files: globs.optional().describe('Globs, relative to the config file, selecting the ledgers this entry applies to.'),
    ifProfile: z.array(z.string().min(1)).optional().describe('Apply only to ledgers of these profiles.'),
    profile: z.string().min(1).optional().describe('Force this profile for the matched files instead of detecting one.'),
    rules: RulesConfig.optional(),
  })
  .strict();
export type Override = z.infer<typeof Override>;

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    include: globs.optional().describe('Globs of ledgers to check when no paths are given on the command line.'),
    ignores: globs.optional().describe('Globs never checked, in addition to node_modules, .git, _template.md and _active.md.'),
    maxFileSize: z.number().int().positive().optional().describe('Ledgers larger than this many bytes are reported instead of parsed (default 1048576).'),
    profiles: z.record(z.string(), ProfileOverride).optional().describe('Custom formats, or changes to the built-in prd and feature profiles.'),
    rules: RulesConfig.optional(),
    overrides: z.array(Override).optional().describe('Later entries win over earlier ones and over the top-level rules.'),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;
