/**
 * A profile describes one ledger format as data: what a team can write in its
 * config to teach ledgerlint a format of its own. Validated with zod; the JSON
 * Schema shipped for editors is generated from these definitions.
 */
import { z } from 'zod';

const regex = () =>
  z.string().min(1).superRefine((source, ctx) => {
    try {
      new RegExp(source, 'iu');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})` });
    }
  });

const names = z.array(z.string().min(1));

export const Presence = z.enum(['required', 'recommended', 'optional', 'required-when-done']).describe(
  'required: error when missing or empty; recommended: warning; optional: only checked for duplicates; required-when-done: warning, error once the status is a done state.',
);
export type Presence = z.infer<typeof Presence>;

export interface SectionSpecInput {
  name: string;
  aliases?: string[] | undefined;
  kind?: 'heading' | 'label' | undefined;
  level?: number | undefined;
  presence?: Presence | undefined;
  children?: SectionSpecInput[] | undefined;
}

export const SectionSpec: z.ZodType<SectionSpecInput> = z
  .object({
    name: z.string().min(1).describe('Section title as the template writes it, e.g. "Progress Summary".'),
    aliases: names.optional().describe('Other titles accepted for the same section.'),
    kind: z.enum(['heading', 'label']).optional().describe('heading (default): a `##` heading; label: a bold pseudo-section such as **Current Blockers:**.'),
    level: z.number().int().min(1).max(6).optional().describe('Heading depth; defaults to one below the parent heading (2 at the top).'),
    presence: Presence.optional().describe('Defaults to required.'),
    get children() {
      return z.array(SectionSpec).optional().describe('Subsections and labels, in template order.');
    },
  })
  .strict();

export const DateFormat = z.enum(['YYYY-MM-DD', 'YYYY-MM-DD HH:MM']);
export type DateFormat = z.infer<typeof DateFormat>;

export const FieldSpec = z
  .object({
    name: z.string().min(1),
    aliases: names.optional(),
    type: z.enum(['text', 'status', 'date', 'integer']).default('text'),
    required: z.boolean().default(true),
    formats: z.array(DateFormat).min(1).optional().describe('Accepted date formats, canonical first (date fields).'),
    allow: names.optional().describe('Words accepted instead of a value, e.g. TBD.'),
    notBefore: z.string().optional().describe('Name of a date field this date may not precede.'),
  })
  .strict();
export type FieldSpec = z.infer<typeof FieldSpec>;

export const StatusState = z
  .object({
    name: z.string().min(1),
    aliases: names.optional(),
    done: z.boolean().optional().describe('A done state: claiming it runs the completion gate.'),
  })
  .strict();

export const StatusSpec = z
  .object({
    field: z.string().min(1).default('Status'),
    states: z.array(StatusState).min(1),
    transitions: z.record(z.string(), names).optional().describe('Allowed status changes: state -> states it may move to.'),
  })
  .strict();
export type StatusSpec = z.infer<typeof StatusSpec>;

export const Placeholder = z.union([
  z.string().min(1).describe('Literal template text.'),
  z.object({ pattern: regex(), label: z.string().optional() }).strict(),
]);
export type Placeholder = z.infer<typeof Placeholder>;

const sectionPath = z.string().min(1).describe('Section names from the outside in, joined by " > ", e.g. "Blockers > Current Blockers".');

export const ProfileSpec = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    detect: z
      .object({
        title: regex().optional().describe('Regular expression the `#` title matches in this format.'),
        signals: names.describe('Section, label and field names typical of this format.'),
        minSignals: z.number().int().min(1).describe('How many signals a file needs to be taken for this format.'),
      })
      .strict(),
    title: z.object({ pattern: regex(), example: z.string() }).strict().optional(),
    fields: z.array(FieldSpec),
    status: StatusSpec,
    sections: z.array(SectionSpec),
    tasks: z
      .object({
        section: sectionPath,
        phase: regex().describe('Matches phase headings; the named group `id` is the phase number.'),
      })
      .strict()
      .optional(),
    progress: z.object({ section: sectionPath }).strict().optional(),
    sessions: z.object({ field: z.string(), section: sectionPath, entry: regex() }).strict().optional(),
    commits: z.object({ section: sectionPath }).strict().optional().describe('Where the commits that implemented the feature are listed.'),
    keyFiles: z.object({ section: sectionPath }).strict().optional().describe('Where the repository paths that matter are listed.'),
    completion: z
      .object({
        checklists: z.array(sectionPath).describe('Checklists that must be fully ticked before the status may be a done state.'),
        blockers: sectionPath.optional().describe('Where open blockers are listed.'),
      })
      .strict(),
    placeholders: z.array(Placeholder),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSpec>;
export type ProfileInput = z.input<typeof ProfileSpec>;

/** A profile in config: complete, or `extends` a known one and replaces the keys it gives. */
export const ProfileOverride = ProfileSpec.partial().extend({ extends: z.string().optional() }).strict();
export type ProfileOverride = z.infer<typeof ProfileOverride>;
