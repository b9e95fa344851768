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
  kind: z.optional(
    described(
      z.enum(['heading', 'label']),
      'heading (default): a `##` heading; label: a bold pseudo-section such as **Current Blockers:**.',
    ),
  ),
  level: z.optional(
    described(
      z.number().check(z.int(), z.minimum(1), z.maximum(6)),
      'Heading depth; defaults to one below the parent heading (2 at the top).',
    ),
  ),
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
  formats: z.optional(
    described(z.array(DateFormat).check(z.minLength(1)), 'Accepted date formats, canonical first (date fields).'),
  ),
  allow: z.optional(described(names(), 'Words accepted instead of a value, e.g. TBD.')),
  notBefore: z.optional(described(z.string(), 'Name of a date field this date may not precede.')),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

export const StateCategory = described(
  z.enum(['planned', 'active', 'review', 'blocked', 'done', 'cancelled']),
  'What a state says of the work: planned (not started), active, review, blocked, done (claims it is finished: the completion gate applies), cancelled (closed without being done: nothing is checked).',
);
export type StateCategory = z.infer<typeof StateCategory>;

export const StatusState = z.strictObject({
  name: text(),
  aliases: z.optional(names()),
  category: z.optional(StateCategory),
  done: z.optional(described(z.boolean(), 'Same as category "done" (kept for older configs).')),
});

export const StatusSpec = z.strictObject({
  field: z._default(text(), 'Status'),
  states: z.optional(
    described(
      z.array(StatusState).check(z.minLength(1)),
      'The status vocabulary; without it, the usual words (Not Started, In Progress, Blocked, In Review, Done, Cancelled and their synonyms).',
    ),
  ),
  transitions: z.optional(
    described(z.record(z.string(), names()), 'Allowed status changes: state -> states it may move to.'),
  ),
});
export type StatusSpec = z.infer<typeof StatusSpec>;

export const Placeholder = z.union([
  described(text(), 'Literal template text.'),
  z.strictObject({ pattern: regexSource(), label: z.optional(z.string()) }),
]);
export type Placeholder = z.infer<typeof Placeholder>;

const sectionPath = () =>
  described(text(), 'Section names from the outside in, joined by " > ", e.g. "Blockers > Current Blockers".');

export const Tier = described(
  z.enum(['template', 'family', 'generic']),
  'template: a close copy of a ledger template, checked for its sections, fields and placeholders too; family: a known kind of ledger (plans, task lists, logs) whose claims are checked; generic: any file with work items and claims.',
);
export type Tier = z.infer<typeof Tier>;

const CountPolicy = z.enum(['top-level', 'all', 'leaves']);

export const WorkSpec = z.strictObject({
  tasks: z.optional(
    described(names(), 'Sections whose boxes are the work itself. When given, boxes elsewhere are not tasks.'),
  ),
  checklists: z.optional(
    described(
      names(),
      'Sections whose boxes are checks made before calling work done (quality gates, definition of done): not counted as tasks; open ones hold back a done status with a warning.',
    ),
  ),
  ignore: z.optional(
    described(
      names(),
      'Sections whose boxes are neither work nor checks (out of scope, open questions, next steps, legends).',
    ),
  ),
});
export type WorkSpec = z.infer<typeof WorkSpec>;

export const ClaimsSpec = z.strictObject({
  sections: z.optional(
    described(
      names(),
      'Sections in which every line that states a percentage, a fraction or a status is a progress claim.',
    ),
  ),
  counting: z.optional(
    described(
      z.array(CountPolicy).check(z.minLength(1)),
      "Ways a stated D/T may count a group's boxes: top-level tasks, all boxes, leaves only. A claim that fits any of them is consistent.",
    ),
  ),
  boxes: z.optional(
    described(
      z.enum(['counted', 'may-count', 'elsewhere']),
      "How sure it is that stated numbers count the ledger's own boxes. counted: always (a mismatch is an error, and --fix corrects it); may-count (default): a mismatch the totals settle is an error, another a warning; elsewhere: numbers may count a list kept outside the file (feature_list.json), so only a mismatch the totals settle is reported.",
    ),
  ),
  columns: z.optional(
    described(
      z.strictObject({
        group: z.optional(names()),
        fraction: z.optional(names()),
        percent: z.optional(names()),
        status: z.optional(names()),
      }),
      'Table column names (in addition to the usual ones) holding the group a row is about, its D/T, its percentage and its status.',
    ),
  ),
  frontMatter: z.optional(
    described(
      z.strictObject({
        percent: z.optional(names()),
        done: z.optional(names()),
        total: z.optional(names()),
      }),
      "Front-matter keys (in addition to the usual ones) holding the document's percentage, and its done and total counts (`completed_plans`/`total_plans` pairs are read by their unit).",
    ),
  ),
});
export type ClaimsSpec = z.infer<typeof ClaimsSpec>;

export const ProfileSpec = z.strictObject({
  name: text(),
  description: z.optional(z.string()),
  tier: z._default(Tier, 'family'),
  detect: z.strictObject({
    title: z.optional(described(regexSource(), 'Regular expression the `#` title matches in this format.')),
    paths: z.optional(
      described(
        names(),
        "Globs of where files of this format live, matched at any depth below the config file's directory (start one with / to anchor it there); a path match is a strong signal.",
      ),
    ),
    signals: described(names(), 'Section, label and field names typical of this format.'),
    minSignals: described(
      z.number().check(z.int(), z.minimum(0)),
      'How many signals a file needs to be taken for this format (with a path match: half as many).',
    ),
    requires: z.optional(
      described(
        names(),
        'Signals a file must have to be taken for this format by signals alone (a title match needs none).',
      ),
    ),
  }),
  title: z.optional(z.strictObject({ pattern: regexSource(), example: z.string() })),
  fields: z._default(z.array(FieldSpec), []),
  status: z._default(StatusSpec, { field: 'Status' }),
  sections: z._default(z.array(SectionSpec), []),
  tasks: z.optional(
    z.strictObject({
      section: sectionPath(),
      phase: described(regexSource(), 'Matches phase headings; the named group `id` is the phase number.'),
    }),
  ),
  progress: z.optional(z.strictObject({ section: sectionPath() })),
  sessions: z.optional(z.strictObject({ field: z.string(), section: sectionPath(), entry: regexSource() })),
  commits: z.optional(
    described(
      z.strictObject({
        section: z.optional(
          described(
            sectionPath(),
            'The section a finished ledger must list its commits in (the completion gate says when it lists none).',
          ),
        ),
        sections: z.optional(
          described(
            names(),
            'More heading or bold-label titles that list commits (in addition to any title about commits: Git Commits, Key Commits, Commits This Session, …).',
          ),
        ),
        columns: z.optional(
          described(names(), 'More table column headers that hold commits (in addition to Commit, SHA, Hash, …).'),
        ),
      }),
      'Where commits are listed. Commits are read wherever ledgers list them: sections and labels about commits, tables with a commit column, and "Commit: <sha>" in entries; this names the section a template requires, and more titles and columns.',
    ),
  ),
  keyFiles: z.optional(
    described(
      z.strictObject({
        section: sectionPath(),
        fields: z.optional(
          described(
            names(),
            'Header fields whose value names a repository file (the PRD a ledger implements): looked up like the key files.',
          ),
        ),
      }),
      'Where the repository paths that matter are listed.',
    ),
  ),
  completion: z._default(
    z.strictObject({
      checklists: described(
        z.array(sectionPath()),
        'Checklists that must be fully ticked before the status may be a done state.',
      ),
      blockers: z.optional(described(sectionPath(), 'Where open blockers are listed.')),
      testing: z.optional(
        described(
          sectionPath(),
          'Where testing is reported: its Status lines must say complete, its coverage meet its target, its boxes be ticked.',
        ),
      ),
    }),
    { checklists: [] },
  ),
  placeholders: z._default(z.array(Placeholder), []),
  groups: z.optional(
    described(
      z.strictObject({ pattern: regexSource() }),
      'Matches the headings and list items that open a group of work (phases, milestones, stories); named groups `kind` and `id`.',
    ),
  ),
  work: z.optional(WorkSpec),
  claims: z.optional(ClaimsSpec),
  history: z.optional(
    described(
      names(),
      'Sections that record the past (session logs): their claims were true when written and are not checked against the work today.',
    ),
  ),
  dates: z.optional(
    described(
      z.strictObject({ starts: z.optional(names()), updates: z.optional(names()) }),
      'Field names of the date the work started and the date the ledger was last updated (the update may not precede the start).',
    ),
  ),
});
export type Profile = z.infer<typeof ProfileSpec>;
export type ProfileInput = z.input<typeof ProfileSpec>;

/** A profile in config: complete, or `extends` a known one and replaces the keys it gives. */
export const ProfileOverride = z.extend(z.partial(ProfileSpec), { extends: z.optional(z.string()) });
export type ProfileOverride = z.infer<typeof ProfileOverride>;
