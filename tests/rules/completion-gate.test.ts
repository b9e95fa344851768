import { describe, expect, it } from 'vitest';
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

  it('lists every open task, subtask and checklist item of a ledger marked Completed, each at its line', () => {
    const hits = check(completed(prd));
    expect(hits).toEqual([
      expect.stringMatching(/^\d+:3 error Status is Completed but Task 1\.2 is open: Schedule retries with backoff \(IN PROGRESS\)\.$/),
      expect.stringMatching(/^\d+:5 error Status is Completed but Subtask 1\.2\.2 is open: Scheduler job\.$/),
      expect.stringMatching(/Task 2\.1/),
      expect.stringMatching(/Task 2\.2/),
      expect.stringMatching(/^\d+:3 error Status is Completed but "All tests pass" in Before Marking Complete is not ticked\.$/),
      expect.stringMatching(/"Documentation updated" in Before Marking Complete/),
    ]);
  });

  it('accepts synonyms of the done state', () => {
    expect(check(plant(prd, '**Status:** In Progress', '**Status:** ✅ Done'))).toHaveLength(6);
  });

  it('checks the feature format\'s Final Status checklist', () => {
    expect(check(completed(feature))).toEqual([
      expect.stringMatching(/error Status is Completed but "All acceptance criteria met" in Final Status is not ticked\./),
      expect.stringMatching(/"Tests passing" in Final Status/),
    ]);
  });

  it('reports open current blockers, not None, N/A, struck-through or resolved ones', () => {
    const allDone = completed(prd).replace(/- \[[ ~]\]/g, '- [x]').replace('(IN PROGRESS)', '');
    expect(check(allDone)).toEqual([]);
    const blocked = plant(allDone, '**Current Blockers:**\n- None', '**Current Blockers:**\n1. Vendor sandbox is down - Blocking Task 2.1\n   - **Status:** Waiting\n2. ~~Flaky queue test~~\n3. Rate limit on the staging API\n   - **Status:** Resolved');
    expect(check(blocked)).toEqual([expect.stringMatching(/^\d+:1 error Status is Completed but a current blocker is still open: Vendor sandbox is down - Blocking Task 2\.1$/)]);
    for (const none of ['**Current Blockers:** None', '**Current Blockers:**\n- N/A', '**Current Blockers:**\n\nNone at the moment.', '**Current Blockers:**\n\n-', '**Current Blockers:**\n- [x] Vendor sandbox restored']) {
      expect(check(plant(allDone, '**Current Blockers:**\n- None', none)), none).toEqual([]);
    }
    const headings = plant(allDone, '**Current Blockers:**\n- None', '### Current Blockers\n\n- Waiting on legal\n\n**Resolved Blockers (old):**\n- Cookie domain - Resolved on 2026-01-11');
    expect(check(headings)).toEqual([expect.stringMatching(/a current blocker is still open: Waiting on legal$/)]);
    expect(check(plant(allDone, '**Current Blockers:**\n- None', '**Current Blockers:** waiting on legal review'))).toEqual([
      expect.stringMatching(/a current blocker is still open: waiting on legal review/),
    ]);
  });
});
