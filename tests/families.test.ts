/**
 * The family corpus: for each kind of ledger, realistic ledgers that are consistent (no
 * finding at all) and, planted in them, one contradiction of each kind the family makes,
 * at a known line. Each family's folder mirrors a repository (so its path is a signal
 * too) and holds a manifest.json:
 *
 *   { "ledgers": [ { "file": ".planning/ROADMAP.md", "profile": "gsd-roadmap",
 *       "variants": [ { "name": "…", "replace": [["from", "to"], …],
 *                       "expect": [ { "rule": "status-mismatch", "at": "text on the line", "severity": "error",
 *                                     "message": "optional substring" } ] } ] } ] }
 *
 * A variant's listed findings must all be there; any other error is a failure (warnings
 * besides the listed ones are allowed only where the variant says `"otherWarnings": true`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../src/core/config/resolve.js';
import { gateText } from '../src/core/engine/gate.js';
import { lintText, type LintMessage } from '../src/core/engine/lint.js';
import { lineOf } from './helpers/rule-tester.js';

const ROOT = new URL('./fixtures/families/', import.meta.url).pathname;

interface Expected {
  rule: string;
  /** A piece of the line's text; with `occurrence`, the nth line holding it (1-based), else the only one. */
  at: string;
  occurrence?: number;
  severity: 'error' | 'warning';
  message?: string;
}

interface Variant {
  name: string;
  replace: Array<[string, string]>;
  expect: Expected[];
  otherWarnings?: boolean;
  /** Also check what `ledgerlint gate` says: these reasons (substrings), and not ready. */
  gate?: string[];
}

interface Entry {
  file: string;
  profile: string;
  /** What `ledgerlint gate` says of the clean ledger: ready, or these reasons (substrings). */
  gate?: 'ready' | string[];
  variants: Variant[];
}

const prepared = prepareConfig({}, 'families test');
const families = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function check(
  path: string,
  text: string,
  purpose: 'lint' | 'gate' = 'lint',
): { profile: string | null; messages: LintMessage[] } {
  const { profile } = prepared.pickProfile(path, text);
  if (!profile) return { profile: null, messages: [] };
  const rules = prepared.rulesFor(path, profile.name);
  const outcome = purpose === 'gate' ? gateText({ text, profile, rules }) : lintText({ text, profile, rules });
  return { profile: profile.name, messages: outcome.messages };
}

const shown = (m: LintMessage) =>
  `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId})`;

function lineAt(text: string, { at, occurrence }: Expected): number {
  if (occurrence === undefined) return lineOf(text, at);
  const lines = text.split(/\r\n|\r|\n/).flatMap((line, index) => (line.includes(at) ? [index + 1] : []));
  if (lines[occurrence - 1] === undefined) throw new Error(`"${at}" is on ${lines.length} lines, not ${occurrence}`);
  return lines[occurrence - 1]!;
}

function planted(text: string, [from, to]: [string, string]): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`"${from}" is in the ledger ${count} times, not once`);
  return text.replace(from, () => to);
}

it('has ledgers of every family', () => {
  expect(families).toEqual(
    expect.arrayContaining([
      'backlog',
      'bmad',
      'generic',
      'gsd',
      'kiro',
      'plans',
      'progress-logs',
      'speckit',
      'wrinkl',
    ]),
  );
});

describe.each(families)('%s', (family) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, family, 'manifest.json'), 'utf8')) as { ledgers: Entry[] };
  describe.each(manifest.ledgers.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const text = readFileSync(join(ROOT, family, entry.file), 'utf8');

    it(`is taken for a ${entry.profile} ledger, and is consistent`, () => {
      const { profile, messages } = check(entry.file, text);
      expect(profile).toBe(entry.profile);
      expect(messages.map(shown)).toEqual([]);
    });

    if (entry.gate) {
      it(`the gate says ${entry.gate === 'ready' ? 'ready' : 'not ready'}`, () => {
        const errors = check(entry.file, text, 'gate').messages.filter((m) => m.severity === 2);
        if (entry.gate === 'ready') expect(errors.map(shown)).toEqual([]);
        else
          for (const reason of entry.gate!)
            expect(errors.map((m) => m.message)).toContainEqual(expect.stringContaining(reason));
      });
    }

    it.each(entry.variants.map((v) => [v.name, v] as const))('%s', (_name, variant) => {
      const changed = variant.replace.reduce(planted, text);
      const { messages } = check(entry.file, changed);
      const wanted = variant.expect.map((e) => ({
        rule: e.rule,
        line: lineAt(changed, e),
        severity: e.severity,
        message: e.message,
      }));
      for (const want of wanted) {
        const hit = messages.find(
          (m) =>
            m.ruleId === want.rule &&
            m.line === want.line &&
            (m.severity === 2) === (want.severity === 'error') &&
            (!want.message || m.message.includes(want.message)),
        );
        expect(
          hit,
          `${want.severity} of ${want.rule} at line ${want.line}${want.message ? ` ("${want.message}")` : ''}; got:\n${messages.map(shown).join('\n')}`,
        ).toBeDefined();
      }
      const expected = (m: LintMessage) => wanted.some((w) => w.rule === m.ruleId && w.line === m.line);
      const others = messages.filter((m) => !expected(m) && (m.severity === 2 || !variant.otherWarnings));
      expect(others.map(shown)).toEqual([]);
      if (variant.gate) {
        const reasons = check(entry.file, changed, 'gate')
          .messages.filter((m) => m.severity === 2)
          .map((m) => m.message);
        for (const reason of variant.gate) expect(reasons).toContainEqual(expect.stringContaining(reason));
      }
    });
  });
});

it('takes the stories beside a BMAD story folder by their names, not the reports and retros kept with them', () => {
  const report =
    '# Validation Report: Story 1.3\n\n**Status**: PASS\n\n## Checklist\n\n- [x] Every AC maps to a task\n- [ ] Test ids named\n\n## Testing\n\nRan the checklist by hand.\n';
  expect(check('docs/stories/validation-report-story-1.3-20251012.md', report).profile).not.toBe('bmad-story');
  expect(check('docs/stories/epic-2-retro-2025-10-20.md', report).profile).not.toBe('bmad-story');
  for (const story of [
    'docs/stories/1.3.story.md',
    'docs/stories/story-1.12B.md',
    'docs/sprint-artifacts/4-2-export-loans.md',
  ]) {
    expect(check(story, report.replace('# Validation Report: Story 1.3', '# Design notes')).profile, story).toBe(
      'bmad-story',
    );
  }
});

it("takes any tasks.md in Kiro's spec folders for Kiro's, whatever its title", () => {
  const tasks = '# Storefront Implementation Plan\n\n- [x] 1. Product model\n  - [x] 1.1 Schema\n- [ ] 2. Cart\n';
  expect(check('.kiro/specs/storefront/tasks.md', tasks).profile).toBe('kiro-tasks');
  expect(
    check(
      '.kiro/specs/storefront/tasks.md',
      tasks.replace('# Storefront Implementation Plan', '# Implementation Plan: Storefront'),
    ).profile,
  ).toBe('kiro-tasks');
  expect(
    check(
      'docs/plans/PLAN_storefront.md',
      tasks.replace('# Storefront Implementation Plan', '# Implementation Plan: Storefront'),
    ).profile,
  ).toBe('plan');
  expect(check('docs/storefront.md', tasks).profile).not.toBe('kiro-tasks');
  const techSpec =
    '# Tech Spec: Reactions\n\n## Overview\n\nEmoji reactions.\n\n## Implementation Plan\n\n### Tasks\n\n- [x] Task 1: Schema\n- [ ] Task 2: UI\n';
  expect(check('_bmad-output/implementation-artifacts/tech-spec-reactions.md', techSpec).profile).not.toBe(
    'kiro-tasks',
  );
});
