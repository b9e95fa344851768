import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { lintText } from '../../src/core/engine/lint.js';
import type { Facts } from '../../src/core/model/facts.js';
import { findings, fixture, plant } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const feature = fixture('minimal/feature.md');
const check = (text: string) => findings(text, 'completion-gate');
const completed = (text: string) => plant(text, '**Status:** In Progress', '**Status:** Completed');

describe('completion-gate', () => {
  it('says nothing while the ledger is not in a done state', () => {
    expect(check(prd)).toEqual([]);
    expect(check(feature)).toEqual([]);
  });

  it('says nothing for ledgers that are really done', () => {
    expect(check(fixture('clean/prd-completed.md'))).toEqual([]);
    expect(check(fixture('clean/feature-completed.md'))).toEqual([]);
    expect(check(fixture('gate/exemptions.md'))).toEqual([]);
  });

  it('reports, as errors at their lines, every reason the gate gives once the status claims Completed', () => {
    expect(check(completed(prd))).toEqual([
      expect.stringMatching(/^\d+:3 error Status is Completed but Task 1\.2 is open: Schedule retries with backoff \(IN PROGRESS\)\.$/),
      expect.stringMatching(/^\d+:5 error Status is Completed but Subtask 1\.2\.2 is open: Scheduler job\.$/),
      expect.stringMatching(/Task 2\.1 is open/),
      expect.stringMatching(/Task 2\.2 is open/),
      expect.stringMatching(/^\d+:30 error Status is Completed but Phase 1 is at 50% \(1\/2\), not 100%\.$/),
      expect.stringMatching(/Phase 2 is at 0% \(0\/2\), not 100%\./),
      expect.stringMatching(/Overall is at 25% \(1\/4\), not 100%\./),
      expect.stringMatching(/^\d+:1 error Status is Completed but Integration Tests: Status is In Progress, not complete\.$/),
      expect.stringMatching(/^\d+:3 error Status is Completed but "All tests pass" in Before Marking Complete is not ticked\.$/),
      expect.stringMatching(/"Documentation updated" in Before Marking Complete/),
    ]);
  });

  it('does not pass a done ledger whose checklist lost its boxes (turned into plain bullets)', () => {
    const done = fixture('clean/feature-completed.md');
    const bulleted = done.replace(/### Final Status\n(?:- \[x\] .*\n)+/, (block) => block.replaceAll('- [x] ', '- '));
    expect(bulleted).not.toBe(done);
    expect(check(bulleted)).toEqual([expect.stringMatching(/^\d+:1 error Status is Completed but Final Status has no checkboxes left, so nothing in it shows as done\.$/)]);
    const prdDone = fixture('clean/prd-completed.md');
    const noTasks = prdDone.replace(/(## Tasks\n[^]*?)(\n## Progress Summary)/, (_all, tasks: string, rest: string) => tasks.replaceAll(/- \[x\] /g, '- ') + rest);
    expect(check(noTasks)).toContainEqual(expect.stringMatching(/error Status is Completed but Tasks has no checkboxes left/));
  });

  it('warns, and does not refuse, when a linked commit cannot be verified in a shallow clone', () => {
    const done = fixture('clean/prd-completed.md');
    const shas = [...done.matchAll(/- `([0-9a-f]{7})` - /g)].map((m) => m[1]!);
    const facts = { commits: { bySha: new Map(shas.map((sha) => [sha, { status: 'unverifiable' as const }])), shallowNotice: null } };
    const config = prepareConfig({}, 'test config');
    const profile = config.profileNamed('prd')!;
    const said = lintText({ text: done, profile, rules: config.rulesFor('ledger.md', 'prd'), facts: facts as Facts })
      .messages.filter((m) => m.ruleId === 'completion-gate')
      .map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);
    expect(said).toHaveLength(shas.length);
    expect(said[0]).toMatch(new RegExp(`^\\d+:4 warning Status is Completed but commit ${shas[0]} cannot be verified: the clone is shallow\\.$`));
    expect(said.every((s) => / warning /.test(s))).toBe(true);
  });

  it('accepts synonyms of the done state', () => {
    expect(check(plant(prd, '**Status:** In Progress', '**Status:** ✅ Done'))).toHaveLength(10);
  });

  it('checks the feature format\'s Final Status, Success Criteria, Acceptance Criteria and testing', () => {
    expect(check(completed(feature))).toEqual([
      expect.stringMatching(/"Totals match the ledger to the cent" in Success Criteria is not ticked\.$/),
      expect.stringMatching(/"Finance can pick a month and download a CSV" in Acceptance Criteria is not ticked\.$/),
      expect.stringMatching(/"Download a seeded month" in Integration Tests is not ticked\.$/),
      expect.stringMatching(/"Open the file in a spreadsheet" in Manual Testing is not ticked\.$/),
      expect.stringMatching(/"All acceptance criteria met" in Final Status is not ticked\.$/),
      expect.stringMatching(/"Tests passing" in Final Status is not ticked\.$/),
    ]);
  });

  it('does not repeat what other rules report as errors anyway', () => {
    const text = plant(fixture('clean/prd-completed.md'), '- **Overall:** 100% complete (11/11 tasks done)', '- **Overall:** 100% complete (10/10 tasks done)');
    expect(check(text)).toEqual([]);
    expect(findings(text, 'progress-math')).toHaveLength(1);
  });

  it('reports open current blockers, not None, N/A, struck-through or resolved ones', () => {
    const done = fixture('clean/prd-completed.md');
    const blocked = plant(done, '**Current Blockers:**\n- None', '**Current Blockers:**\n1. Vendor sandbox is down - Blocking Task 2.1\n   - **Status:** Waiting\n2. ~~Flaky queue test~~\n3. Rate limit on the staging API\n   - **Status:** Resolved');
    expect(check(blocked)).toEqual([expect.stringMatching(/^\d+:1 error Status is Completed but a current blocker is still open: Vendor sandbox is down - Blocking Task 2\.1\.$/)]);
    for (const none of ['**Current Blockers:** None', '**Current Blockers:**\n- N/A', '**Current Blockers:**\n\nNone at the moment.', '**Current Blockers:**\n\n-', '**Current Blockers:**\n- [x] Vendor sandbox restored']) {
      expect(check(plant(done, '**Current Blockers:**\n- None', none)), none).toEqual([]);
    }
    const headings = plant(done, '**Current Blockers:**\n- None', '### Current Blockers\n\n- Waiting on legal\n\n**Resolved Blockers (old):**\n- Cookie domain - Resolved on 2026-01-11');
    expect(check(headings)).toEqual([expect.stringMatching(/a current blocker is still open: Waiting on legal\.$/)]);
    expect(check(plant(done, '**Current Blockers:**\n- None', '**Current Blockers:** waiting on legal review'))).toEqual([expect.stringMatching(/a current blocker is still open: waiting on legal review\.$/)]);
  });
});
