import { describe, expect, it } from 'vitest';
import { findings, fixture, plant, template } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');
const check = (text: string) => findings(text, 'header-fields');

describe('header-fields', () => {
  it('accepts well-formed headers of both formats', () => {
    expect(check(prd)).toEqual([]);
    expect(check(feature)).toEqual([]);
  });

  it('leaves the templates\' placeholder values to the placeholders rule', () => {
    expect(check(template('prd-ledger.md'))).toEqual([]);
    expect(check(template('feature-ledger.md'))).toEqual([]);
  });

  it('reports a missing required field', () => {
    expect(check(plant(prd, '**Agent Sessions:** 2\n\n', ''))).toEqual(['7:1 error Missing header field "**Agent Sessions:**" (the template puts it after "**Started:**").']);
  });

  it('reports a status outside the vocabulary and accepts synonyms', () => {
    expect(check(plant(prd, '**Status:** In Progress', '**Status:** Almost there'))).toEqual([
      '5:13 error Status "Almost there" is not one of Not Started, In Progress, Blocked, Completed (or their synonyms; a profile\'s status.states can add more).',
    ]);
    for (const status of ['✅ Done', 'complete', 'IN_PROGRESS', '**Blocked** - waiting on the vendor', 'In Progress (Phase 2)']) {
      expect(check(plant(prd, '**Status:** In Progress', `**Status:** ${status}`)), status).toEqual([]);
    }
    expect(check(plant(feature, '**Status:** In Progress', '**Status:** Done'))).toEqual([]);
  });

  it('reports dates that do not exist', () => {
    expect(check(plant(prd, '**Started:** 2026-03-02', '**Started:** 2026-02-30'))).toEqual(['7:14 error Started "2026-02-30" is not a real date (February 2026 has 28 days).']);
    expect(check(plant(prd, '**Started:** 2026-03-02', '**Started:** 2026-13-45'))).toEqual(['7:14 error Started "2026-13-45" is not a real date (there is no month 13).']);
    expect(check(plant(prd, '**Started:** 2026-03-02', '**Started:** 2024-02-29\n\n**Estimated Completion:** 2024-03-01'))).toEqual([
      expect.stringMatching(/Estimated Completion" is given again/),
    ]);
    expect(check(plant(prd, '**Last Updated:** 2026-03-04 17:10', '**Last Updated:** 2026-03-04 24:10'))).toEqual(['11:19 error Last Updated "2026-03-04 24:10" is not a real time of day (24:10).']);
  });

  it('reports dates not in the profile\'s format', () => {
    expect(check(plant(prd, '**Started:** 2026-03-02', '**Started:** 03/02/2026'))).toEqual(['7:14 error Started "03/02/2026" is not a date in the form YYYY-MM-DD.']);
    expect(check(plant(prd, '**Last Updated:** 2026-03-04 17:10', '**Last Updated:** 2026-03-04'))).toEqual([]);
  });

  it('accepts TBD for Estimated Completion and rejects words for Agent Sessions', () => {
    expect(check(plant(prd, '**Estimated Completion:** 2026-03-20', '**Estimated Completion:** TBD'))).toEqual([]);
    expect(check(plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** two'))).toEqual(['9:21 error Agent Sessions "two" is not a whole number.']);
  });

  it('checks the title of the prd format', () => {
    expect(check(plant(prd, '# Feature: Webhook Retries (PRD 04)', '# Webhook Retries'))).toEqual(['1:1 warning Title "# Webhook Retries" does not follow "# Feature: NAME (PRD NN)".']);
  });

  it('reads fields from YAML front matter and reports invalid YAML', () => {
    const fm = `---\nstatus: Completed\n---\n${plant(feature, '**Status:** In Progress\n', '')}`;
    expect(check(fm)).toEqual([]);
    const bad = `---\nstatus: [unclosed\n---\n${feature}`;
    expect(check(bad)).toEqual([expect.stringMatching(/^\d+:\d+ error Front matter is not valid YAML: /)]);
  });

  it("warns of a family ledger's broken front matter: its fields are not read, nothing is contradicted", () => {
    const task = '---\nid: task-19\ntitle: Fix the default status\nstatus: Done\nassignee: @ana\n---\n\n## Description\n\nFix it.\n';
    expect(findings(task, 'header-fields', { path: 'backlog/tasks/task-19 - Fix-the-default-status.md' })).toEqual([
      expect.stringMatching(/^5:\d+ warning Front matter is not valid YAML: .*; its fields are not read\.$/),
    ]);
  });
});
