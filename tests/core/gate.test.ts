/** Every reason `ledgerlint gate` gives for "not ready", and the not-applicable exemptions. */
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/core/model/facts.js';
import { gateBlockers } from '../../src/core/ledger/completion.js';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { fixture, parse, plant } from '../helpers/lint.js';

const prepared = prepareConfig({}, null);
const profile = (name: string) => prepared.profiles.find((p) => p.name === name)!;
const reasons = (text: string, facts: Facts = {}, name = 'prd') =>
  gateBlockers(parse(text), profile(name), facts).map(
    (b) => `${b.line}:${b.column} ${b.message}${b.restated ? ` [${b.rule}]` : ''}`,
  );

const ready = fixture('clean/prd-completed.md');
const readyFeature = fixture('clean/feature-completed.md');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the completion gate', () => {
  it('finds nothing in ledgers that are done', () => {
    expect(reasons(ready)).toEqual([]);
    expect(reasons(readyFeature, {}, 'feature')).toEqual([]);
  });

  it('lists open tasks and subtasks by id and text', () => {
    const text = plant(
      plant(ready, '  - [x] Subtask 1.2.2', '  - [ ] Subtask 1.2.2'),
      '- [x] Task 3.4',
      '- [~] Task 3.4',
    );
    expect(reasons(text)).toContain(
      `${lineOf(text, 'Subtask 1.2.2')}:5 Subtask 1.2.2 is open: Mark \`account.security\` and \`billing.receipt\` as locked ✓`.replace(
        /`/g,
        '',
      ),
    );
    expect(reasons(text)).toContain(
      `${lineOf(text, 'Task 3.4')}:3 Task 3.4 is marked [~]: Roll out to 100% behind notification_prefs flag ✓`,
    );
  });

  it('lists unticked completion checklist items: Before Marking Complete, and Final Status, Success and Acceptance Criteria', () => {
    expect(reasons(plant(ready, '- [x] Code review completed', '- [ ] Code review completed'))).toEqual([
      `${lineOf(ready, 'Code review completed')}:3 "Code review completed" in Before Marking Complete is not ticked`,
    ]);
    const feature = readyFeature
      .replace(/(### Success Criteria\n(?:.*\n)*?)- \[x\]/, '$1- [ ]')
      .replace(/(### Acceptance Criteria\n(?:.*\n)*?)- \[x\]/, '$1- [ ]')
      .replace(/(### Final Status\n(?:.*\n)*?)- \[x\]/, '$1- [ ]');
    expect(reasons(feature, {}, 'feature').map((r) => r.replace(/^\d+:\d+ /, '').replace(/".*"/, '"…"'))).toEqual([
      '"…" in Success Criteria is not ticked',
      '"…" in Acceptance Criteria is not ticked',
      '"…" in Final Status is not ticked',
    ]);
  });

  it('lists open current blockers', () => {
    const text = plant(
      ready,
      '**Current Blockers:**\n- None',
      '**Current Blockers:**\n- Waiting for the DPO to sign off the retention period',
    );
    expect(reasons(text)).toEqual([
      `${lineOf(text, 'Waiting for the DPO')}:1 a current blocker is still open: Waiting for the DPO to sign off the retention period`,
    ]);
  });

  it('lists a Progress Summary that is not 100% or disagrees with the boxes', () => {
    const text = plant(
      plant(ready, '- **Phase 3:** 100% complete (4/4 tasks done)', '- **Phase 3:** 75% complete (3/4 tasks done)'),
      '- **Overall:** 100% complete (11/11 tasks done)',
      '- **Overall:** 91% complete (10/11 tasks done)',
    );
    expect(reasons(text)).toEqual([
      `${lineOf(text, '**Phase 3:**')}:30 Phase 3 is at 75% (3/4), not 100%`,
      `${lineOf(text, '**Phase 3:**')}:30 Phase 3 says 3/4 tasks done, but its checkboxes show 4/4 (top-level tasks); expected 100% (4/4) [progress-math]`,
      `${lineOf(text, '**Overall:**')}:30 Overall is at 91% (10/11), not 100%`,
      `${lineOf(text, '**Overall:**')}:30 Overall says 10/11 tasks done, but the phases add up to 11/11 (top-level tasks); expected 100% (11/11) [progress-math]`,
    ]);
  });

  it('lists missing linked commits, and commits that do not verify', () => {
    const none = ready.replace(/## Git Commits\n\n[^]*?\n\n---/, '## Git Commits\n\nNone.\n\n---');
    expect(reasons(none)).toEqual([`${lineOf(none, '## Git Commits')}:1 Git Commits lists no commits`]);
    const sha = /`([0-9a-f]{7})`/.exec(ready.slice(ready.indexOf('## Git Commits')))![1]!;
    const facts = (status: 'missing' | 'unverifiable' | 'unreachable'): Facts => ({
      commits: {
        shallowNotice: null,
        bySha: new Map([
          [
            sha,
            status === 'unreachable'
              ? { status: 'found', sha: sha.padEnd(40, '0'), subject: 'x', reachable: false }
              : { status },
          ],
        ]),
      },
    });
    const line = lineOf(ready, `\`${sha}\``);
    expect(reasons(ready, facts('missing'))).toEqual([
      `${line}:4 commit ${sha} does not exist in this repository [commit-exists]`,
    ]);
    expect(reasons(ready, facts('unverifiable'))).toEqual([
      `${line}:4 commit ${sha} cannot be verified: the clone is shallow [commit-exists]`,
    ]);
    // Not known is no reason to refuse.
    expect(gateBlockers(parse(ready), profile('prd'), facts('unverifiable')).map((b) => b.severity)).toEqual([
      'warning',
    ]);
    expect(reasons(ready, facts('unreachable'))).toEqual([
      `${line}:4 commit ${sha} is not on this branch (not reachable from HEAD) [commit-reachable]`,
    ]);
  });

  it('lists missing key files', () => {
    const none = ready.replace(/## Key Files\n\n[^]*?\n\n---/, '## Key Files\n\nTo be listed.\n\n---');
    expect(reasons(none)).toEqual([`${lineOf(none, '## Key Files')}:1 Key Files lists no files`]);
    const path = /`([^`]+\.[a-z]+)(?::[\d-]+)?`/.exec(ready.slice(ready.indexOf('## Key Files')))![1]!;
    const facts: Facts = { paths: { source: 'working tree', byPath: new Map([[path, { exists: false }]]) } };
    expect(reasons(ready, facts)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\d+:\\d+ key file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not exist in the working tree \\[key-files\\]$`,
        ),
      ),
    ]);
  });

  it('lists testing that is not complete, coverage below its target, and below a checklist floor', () => {
    const status = plant(
      ready,
      '- Status: Complete\n\n**Integration Tests:**',
      '- Status: In Progress\n\n**Integration Tests:**',
    );
    expect(reasons(status)).toEqual([expect.stringMatching(/^\d+:1 Unit Tests: Status is In Progress, not complete$/)]);
    const target = plant(ready, '- Coverage: 96% (target: 95%)', '- Coverage: 71% (target: 80%)');
    expect(reasons(target)).toEqual([
      expect.stringMatching(/^\d+:13 Unit Tests: coverage 71% is below its target of 80%$/),
    ]);
    const floor = plant(ready, '- Coverage: 96% (target: 95%)', '- Coverage: 93%');
    expect(reasons(floor)).toEqual([
      expect.stringMatching(/^\d+:13 Unit Tests: coverage 93% is below the 95% that "Coverage ≥95%" asks for$/),
    ]);
    const manual = plant(ready, '- [x] Edge cases tested', '- [ ] Edge cases tested');
    expect(reasons(manual)).toEqual([
      expect.stringMatching(/^\d+:3 "Edge cases tested" in Manual Testing is not ticked$/),
    ]);
  });

  it('lists placeholders left from the template', () => {
    const text = plant(
      ready,
      '**Estimated Completion:**',
      '**Estimated Completion:** YYYY-MM-DD\n\n**Old Estimated Completion:**',
    );
    expect(reasons(text)).toEqual([
      expect.stringMatching(
        /^\d+:\d+ template placeholder "YYYY-MM-DD" is still here; fill it in or remove it \[placeholders\]$/,
      ),
    ]);
  });

  it('exempts items marked not applicable: struck through, (N/A), N/A:, and (if applicable) items marked N/A', () => {
    expect(reasons(fixture('gate/exemptions.md'))).toEqual([]);
    const exemptions = fixture('gate/exemptions.md');
    expect(
      reasons(
        plant(exemptions, '- [ ] Migration tested (if applicable) (N/A)', '- [ ] Migration tested (if applicable)'),
      ),
    ).toEqual([
      expect.stringMatching(/"Migration tested \(if applicable\)" in Before Marking Complete is not ticked$/),
    ]);
  });
});
