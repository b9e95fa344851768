import { describe, expect, it } from 'vitest';
import { findings, fixture, plant, template } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Lines of the PRD fixture's header: Status 5, Started 7, Agent Sessions 9, Last Updated 11.
const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');
const field = (text: string, from: string, to: string) => plant(text, from, to);
const status = (value: string) => field(prd, '**Status:** In Progress', `**Status:** ${value}`);
const started = (value: string) => field(prd, '**Started:** 2026-03-02', `**Started:** ${value}`);
const VOCABULARY =
  "is not one of Not Started, In Progress, Blocked, Completed (or their synonyms; a profile's status.states can add more).";

ruleTester('header-fields', {
  valid: [
    { name: 'a well-formed prd header', text: prd },
    { name: 'a well-formed feature header', text: feature },
    ...['✅ Done', 'complete', 'IN_PROGRESS', '**Blocked** - waiting on the vendor', 'In Progress (Phase 2)'].map(
      (value) => ({ name: `the status ${value}`, text: status(value) }),
    ),
    { name: 'a synonym in the feature format', text: field(feature, '**Status:** In Progress', '**Status:** Done') },
    {
      name: 'a date without the time the format allows',
      text: field(prd, '**Last Updated:** 2026-03-04 17:10', '**Last Updated:** 2026-03-04'),
    },
    {
      name: 'TBD for Estimated Completion',
      text: field(prd, '**Estimated Completion:** 2026-03-20', '**Estimated Completion:** TBD'),
    },
    {
      name: 'a field in YAML front matter',
      text: `---\nstatus: Completed\n---\n${field(feature, '**Status:** In Progress\n', '')}`,
    },
  ],
  invalid: [
    {
      name: 'a missing required field, named with where the template puts it',
      text: field(prd, '**Agent Sessions:** 2\n\n', ''),
      errors: [
        {
          line: 7,
          column: 1,
          message: 'Missing header field "**Agent Sessions:**" (the template puts it after "**Started:**").',
        },
      ],
    },
    {
      name: 'a status outside the vocabulary',
      text: status('Almost there'),
      errors: [{ line: 5, column: 13, message: `Status "Almost there" ${VOCABULARY}` }],
    },
    {
      name: 'a day the month does not have',
      text: started('2026-02-30'),
      errors: [
        { line: 7, column: 14, message: 'Started "2026-02-30" is not a real date (February 2026 has 28 days).' },
      ],
    },
    {
      name: 'a month the year does not have',
      text: started('2026-13-45'),
      errors: [{ line: 7, column: 14, message: 'Started "2026-13-45" is not a real date (there is no month 13).' }],
    },
    {
      name: 'a leap day is a date; a field given twice is a warning',
      text: started('2024-02-29\n\n**Estimated Completion:** 2024-03-01'),
      errors: [
        {
          line: '2026-03-20',
          message: 'Header field "Estimated Completion" is given again (first at line 9).',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a time of day that does not exist',
      text: field(prd, '**Last Updated:** 2026-03-04 17:10', '**Last Updated:** 2026-03-04 24:10'),
      errors: [{ line: 11, column: 19, message: 'Last Updated "2026-03-04 24:10" is not a real time of day (24:10).' }],
    },
    {
      name: "a date not in the profile's format",
      text: started('03/02/2026'),
      errors: [{ line: 7, column: 14, message: 'Started "03/02/2026" is not a date in the form YYYY-MM-DD.' }],
    },
    {
      name: 'a word for Agent Sessions',
      text: field(prd, '**Agent Sessions:** 2', '**Agent Sessions:** two'),
      errors: [{ line: 9, column: 21, message: 'Agent Sessions "two" is not a whole number.' }],
    },
    {
      name: 'the title of the prd format',
      text: field(prd, '# Feature: Webhook Retries (PRD 04)', '# Webhook Retries'),
      errors: [
        {
          line: 1,
          column: 1,
          message: 'Title "# Webhook Retries" does not follow "# Feature: NAME (PRD NN)".',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'front matter that is not YAML',
      text: `---\nstatus: [unclosed\n---\n${feature}`,
      errors: [{ line: 3, message: /^Front matter is not valid YAML: / }],
    },
    {
      name: "a family ledger's broken front matter: its fields are not read, nothing is contradicted",
      text: '---\nid: task-19\ntitle: Fix the default status\nstatus: Done\nassignee: @ana\n---\n\n## Description\n\nFix it.\n',
      path: 'backlog/tasks/task-19 - Fix-the-default-status.md',
      errors: [
        { line: 5, message: /^Front matter is not valid YAML: .*; its fields are not read\.$/, severity: 'warning' },
      ],
    },
  ],
});

describe('header-fields on the blank templates', () => {
  it("leaves the templates' placeholder values to the placeholders rule", () => {
    expect(findings(template('prd-ledger.md'), 'header-fields')).toEqual([]);
    expect(findings(template('feature-ledger.md'), 'header-fields')).toEqual([]);
  });
});
