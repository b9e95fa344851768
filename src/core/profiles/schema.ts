/**
 * A profile describes one ledger format as data: what a team can write in its
 * config to teach ledgerlint a format of its own. Validated with zod; the JSON
 * Schema shipped for editors is generated from these definitions.
 */
import * as z from 'zod/mini';
import { described, regexSource, text } from '../zod.js';

const names = () => z.array(text());

export const Presence = described(
  z.enum(['required', 'recommended', 'optional', 'required-when-done']),
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

export const SectionSpec: z.ZodMiniType<SectionSpecInput> = z.strictObject({
  name: described(text(), 'Section title as the template writes it, e.g. "Progress Summary".'),
  aliases: z.optional(described(names(), 'Other titles accepted for the same section.')),
  kind: z.optional(described(z.enum(['heading', 'label']), 'heading (default): a `##` heading; label: a bold pseudo-section such as **Current Blockers:**.')),
  level: z.optional(described(z.number().check(z.int(), z.minimum(1), z.maximum(6)), 'Heading depth; defaults to one below the parent heading (2 at the top).')),
  presence: z.optional(Presence),
  get children() {
    return z.optional(described(z.array(SectionSpec), 'Subsections and labels, in template order.'));
  },
});

export const DateFormat = z.enum(['YYYY-MM-DD', 'YYYY-MM-DD HH:MM']);
export type DateFormat = z.infer<typeof DateFormat>;

export const FieldSpec = z.strictObject({
  name: text(),
  aliases: z.optional(names()),
  type: z._default(z.enum(['text', 'status', 'date', 'integer']), 'text'),
  required: z._default(z.boolean(), true),
  formats: z.optional(described(z.array(DateFormat).check(z.minLength(1)), 'Accepted date formats, canonical first (date fields).')),
  allow: z.optional(described(names(), 'Words accepted instead of a value, e.g. TBD.')),
  notBefore: z.optional(described(z.string(), 'Name of a date field this date may not precede.')),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

export const StatusState = z.strictObject({
  name: text(),
  aliases: z.optional(names()),
  done: z.optional(described(z.boolean(), 'A done state: claiming it runs the completion gate.')),
});

export const StatusSpec = z.strictObject({
  field: z._default(text(), 'Status'),
  states: z.array(StatusState).check(z.minLength(1)),
  transitions: z.optional(described(z.record(z.string(), names()), 'Allowed status changes: state -> states it may move to.')),
});
export type StatusSpec = z.infer<typeof StatusSpec>;

export const Placeholder = z.union([described(text(), 'Literal template text.'), z.strictObject({ pattern: regexSource(), label: z.optional(z.string()) })]);
export type Placeholder = z.infer<typeof Placeholder>;

const sectionPath = () => described(text(), 'Section names from the outside in, joined by " > ", e.g. "Blockers > Current Blockers".');

export const ProfileSpec = z.strictObject({
  name: text(),
  description: z.optional(z.string()),
  detect: z.strictObject({
    title: z.optional(described(regexSource(), 'Regular expression the `#` title matches in this format.')),
    signals: described(names(), 'Section, label and field names typical of this format.'),
    minSignals: described(z.number().check(z.int(), z.minimum(1)), 'How many signals a file needs to be taken for this format.'),
  }),
  title: z.optional(z.strictObject({ pattern: regexSource(), example: z.string() })),
  fields: z.array(FieldSpec),
  status: StatusSpec,
  sections: z.array(SectionSpec),
  tasks: z.optional(
    z.strictObject({
      section: sectionPath(),
      phase: described(regexSource(), 'Matches phase headings; the named group `id` is the phase number.'),
    }),
  ),
  progress: z.optional(z.strictObject({ section: sectionPath() })),
  sessions: z.optional(z.strictObject({ field: z.string(), section: sectionPath(), entry: regexSource() })),
  commits: z.optional(described(z.strictObject({ section: sectionPath() }), 'Where the commits that implemented the feature are listed.')),
  keyFiles: z.optional(described(z.strictObject({ section: sectionPath() }), 'Where the repository paths that matter are listed.')),
  completion: z.strictObject({
    checklists: described(z.array(sectionPath()), 'Checklists that must be fully ticked before the status may be a done state.'),
    blockers: z.optional(described(sectionPath(), 'Where open blockers are listed.')),
    testing: z.optional(described(sectionPath(), 'Where testing is reported: its Status lines must say complete, its coverage meet its target, its boxes be ticked.')),
  }),
  placeholders: z.array(Placeholder),
});
export type Profile = z.infer<typeof ProfileSpec>;
export type ProfileInput = z.input<typeof ProfileSpec>;

/** A profile in config: complete, or `extends` a known one and replaces the keys it gives. */
export const ProfileOverride = z.extend(z.partial(ProfileSpec), { extends: z.optional(z.string()) });
export type ProfileOverride = z.infer<typeof ProfileOverride>;
