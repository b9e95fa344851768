/** One fact, one finding: when the completion gate restates another rule's finding, the lint reports it once. */
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/engine/lint.js';
import type { Facts } from '../../src/core/model/facts.js';
import { fixture, plant } from '../helpers/lint.js';

const ready = fixture('clean/prd-completed.md');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function lint(text: string, facts: Facts, rules: Record<string, unknown> = {}): string[] {
  const prepared = prepareConfig({ rules }, 'test config');
  const profile = prepared.profiles.find((p) => p.name === 'prd')!;
  const { messages } = lintText({ text, profile, rules: prepared.rulesFor('ledger.md', 'prd'), facts });
  return messages.map(
    (m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId})`,
  );
}

const keyFile = 'src/notifications/categories.ts';
const missingKeyFile: Facts = { paths: { source: 'working tree', byPath: new Map([[keyFile, { exists: false }]]) } };
const sha = '0c7a4d9';
const unreachable: Facts = {
  commits: {
    shallowNotice: null,
    bySha: new Map([
      [
        sha,
        {
          status: 'found',
          sha: sha.padEnd(40, '0'),
          subject: 'feat: category registry with locked categories',
          reachable: false,
        },
      ],
    ]),
  },
};

describe('a fact the completion gate restates', () => {
  it("is reported once, as the gate's error, when the rule that finds it only warns (key-files)", () => {
    expect(lint(ready, missingKeyFile)).toEqual([
      `${lineOf(ready, `${keyFile}:8-71`)}:4 error Status is Completed but key file ${keyFile} does not exist in the working tree. (completion-gate)`,
    ]);
  });

  it("is reported once, as the gate's error, for a commit not on the branch (commit-reachable warns)", () => {
    expect(lint(ready, unreachable)).toEqual([
      `${lineOf(ready, sha)}:4 error Status is Completed but commit ${sha} is not on this branch (not reachable from HEAD). (completion-gate)`,
    ]);
  });

  it("keeps the rule's own wording when the rule is as strong as the gate", () => {
    expect(lint(ready, missingKeyFile, { 'key-files': 'error' })).toEqual([
      `${lineOf(ready, `${keyFile}:8-71`)}:4 error Key file ${keyFile} does not exist in the working tree. (key-files)`,
    ]);
    expect(lint(ready, missingKeyFile, { 'completion-gate': 'warn' })).toEqual([
      `${lineOf(ready, `${keyFile}:8-71`)}:4 warning Key file ${keyFile} does not exist in the working tree. (key-files)`,
    ]);
  });

  it('keeps a fix of the finding it drops (progress-math set to warn, the gate errs)', () => {
    const text = plant(
      ready,
      '- **Phase 3:** 100% complete (4/4 tasks done)',
      '- **Phase 3:** 75% complete (3/4 tasks done)',
    );
    const prepared = prepareConfig({ rules: { 'progress-math': 'warn' } }, 'test config');
    const profile = prepared.profiles.find((p) => p.name === 'prd')!;
    const { messages } = lintText({ text, profile, rules: prepared.rulesFor('ledger.md', 'prd'), facts: {} });
    const onLine = messages.filter((m) => m.line === lineOf(text, '**Phase 3:**'));
    expect(onLine.map((m) => `${m.severity} ${m.ruleId} ${m.message}`)).toEqual([
      '2 completion-gate Status is Completed but Phase 3 is at 75% (3/4), not 100%.',
      '2 completion-gate Status is Completed but Phase 3 says 3/4 tasks done, but its checkboxes show 4/4 (top-level tasks); expected 100% (4/4).',
    ]);
    expect(onLine[1]!.fix).toBeDefined();
  });

  it("is gone with the rule's disable comment, as `ledgerlint gate` drops it", () => {
    const text = plant(ready, `- \`${keyFile}`, `<!-- ledgerlint-disable-next-line key-files -->\n- \`${keyFile}`);
    expect(lint(text, missingKeyFile)).toEqual([]);
  });

  it('does not merge different facts on one line', () => {
    // A placeholder and a missing file on the key file's line: two facts, two findings.
    const text = plant(
      ready,
      `- \`${keyFile}:8-71\` - category registry`,
      `- \`${keyFile}:8-71\` - category registry, YYYY-MM-DD`,
    );
    expect(lint(text, missingKeyFile).map((m) => m.replace(/^\d+:\d+ /, ''))).toEqual([
      `error Status is Completed but key file ${keyFile} does not exist in the working tree. (completion-gate)`,
      'error Template placeholder "YYYY-MM-DD" is still here; fill it in or remove it. (placeholders)',
    ]);
  });
});
