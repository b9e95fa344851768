/** An agent's edit of a ledger, judged before it is made (edit-claims), after (edit-errors) and at Stop (done-gate). */
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { checkEdit, makesClaims, type EditPurpose } from '../../src/core/engine/edit.js';
import { fixture, plant } from '../helpers/lint.js';

const prepared = prepareConfig({ rules: { 'key-files': 'off' } }, null);
const prd = prepared.profiles.find((p) => p.name === 'prd')!;
const check = (purpose: EditPurpose, after: string, before: string | null) =>
  checkEdit(purpose, {
    text: after,
    profile: prd,
    rules: prepared.rulesFor('ledger.md', 'prd'),
    facts: { previous: { label: 'the file before this edit', text: before } },
  }).messages.map((m) => `${m.line}:${m.column} ${m.message}`);

const wip = fixture('minimal/prd.md');
const ready = fixture('clean/prd-completed.md');
const completed = (text: string) => plant(text, '**Status:** In Progress', '**Status:** Completed');

describe('edit-claims: what an edit claims, and whether the ledger bears it out', () => {
  it('setting a done status over open work gives every reason of the gate, worded as the completion-gate rule words them', () => {
    const reasons = check('edit-claims', completed(wip), wip);
    expect(reasons).toContain(
      '28:3 Status is Completed but Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).',
    );
    expect(reasons).toContain(
      '95:3 Status is Completed but "All tests pass" in Before Marking Complete is not ticked.',
    );
    expect(reasons).toContain('41:30 Status is Completed but Phase 1 is at 50% (1/2), not 100%.');
  });

  it('passes a done status the ledger bears out, and one it already had', () => {
    expect(check('edit-claims', ready, plant(ready, '**Status:** Completed', '**Status:** In Progress'))).toEqual([]);
    const doneEarly = completed(wip);
    expect(check('edit-claims', `${doneEarly}\n- Another note.\n`, doneEarly)).toEqual([]);
  });

  it('a new file written as done is judged like an edit into done', () => {
    expect(check('edit-claims', completed(wip), null)).toContain(
      '28:3 Status is Completed but Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).',
    );
  });

  it('a tick over open subtasks is refused at its line; a tick the work bears out passes', () => {
    const ticked = plant(
      wip,
      '- [ ] Task 1.2: Schedule retries with backoff (IN PROGRESS)',
      '- [x] Task 1.2: Schedule retries with backoff',
    );
    expect(check('edit-claims', ticked, wip)).toEqual(['28:3 Task 1.2 is ticked but Subtask 1.2.2 is still open.']);
    expect(check('edit-claims', plant(wip, '- [ ] Task 2.1', '- [x] Task 2.1'), wip)).toEqual([]);
  });

  it('an edit that claims nothing passes, whatever the ledger holds', () => {
    expect(
      check(
        'edit-claims',
        plant(wip, 'Retries run in the existing job runner.', 'Retries run in the job runner.'),
        wip,
      ),
    ).toEqual([]);
  });

  it('a status that owns up to the work left claims no completion', () => {
    expect(
      check(
        'edit-claims',
        plant(wip, '**Status:** In Progress', '**Status:** ✅ Complete, except the scheduler job'),
        wip,
      ),
    ).toEqual([]);
  });
});

describe('makesClaims: whether an edit needs judging at all', () => {
  it('is true for a done status or a tick, and false for prose, an unticked box and a status that is not done', () => {
    expect(makesClaims(wip, completed(wip), prd)).toBe(true);
    expect(makesClaims(null, completed(wip), prd)).toBe(true);
    expect(makesClaims(wip, plant(wip, '- [ ] Task 2.1', '- [x] Task 2.1'), prd)).toBe(true);
    expect(
      makesClaims(wip, plant(wip, 'Retries run in the existing job runner.', 'Retries run in the job runner.'), prd),
    ).toBe(false);
    expect(makesClaims(wip, plant(wip, '- [x] Task 1.1', '- [ ] Task 1.1'), prd)).toBe(false);
    expect(makesClaims(wip, plant(wip, '**Status:** In Progress', '**Status:** Blocked'), prd)).toBe(false);
    expect(makesClaims(completed(wip), `${completed(wip)}\n- A note.\n`, prd)).toBe(false);
  });
});

describe('edit-errors: the errors an edit brought', () => {
  it('reports a count the edit made wrong, not the errors the ledger had', () => {
    const before = plant(wip, '**Agent Sessions:** 2', '**Agent Sessions:** 3');
    expect(check('edit-errors', before, wip)).toEqual([
      '9:21 Agent Sessions says 3 but the Session Log has 2 entries (from line 102 to line 105).',
    ]);
    // The same error, its lines moved by the edit, is not new.
    expect(check('edit-errors', `<!-- moved -->\n${before}`, before)).toEqual([]);
  });

  it("without an earlier version, every error is the edit's", () => {
    expect(check('edit-errors', plant(wip, '**Agent Sessions:** 2', '**Agent Sessions:** 3'), null)).toHaveLength(1);
  });
});

describe('done-gate: a ledger that says it is done', () => {
  it("gives the gate's reasons when its status is done, and nothing otherwise", () => {
    expect(check('done-gate', completed(wip), null)).toContain(
      '28:3 Status is Completed but Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).',
    );
    expect(check('done-gate', wip, null)).toEqual([]);
    expect(check('done-gate', ready, null)).toEqual([]);
  });
});
