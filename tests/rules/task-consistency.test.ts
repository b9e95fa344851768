import { describe, expect, it } from 'vitest';
import { findings, fix, fixture, plant, template } from '../helpers/lint.js';

const prd = fixture('minimal/prd.md');
const check = (text: string) => findings(text, 'task-consistency');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(start)) + 1;

describe('task-consistency', () => {
  it('accepts consistent tasks, including the template\'s examples', () => {
    expect(check(prd)).toEqual([]);
    expect(check(template('prd-ledger.md'))).toEqual([]);
  });

  it('reports a ticked parent with open subtasks', () => {
    const text = plant(prd, '- [ ] Task 1.2: Schedule retries with backoff (IN PROGRESS)', '- [x] Task 1.2: Schedule retries with backoff');
    expect(check(text)).toEqual([`${lineOf(text, '- [x] Task 1.2')}:3 error Task 1.2 is ticked but Subtask 1.2.2 is still open.`]);
  });

  it('warns when every subtask is ticked under an open parent', () => {
    const text = plant(prd, '  - [ ] Subtask 1.2.2 Scheduler job', '  - [x] Subtask 1.2.2 Scheduler job');
    expect(check(text)).toEqual([`${lineOf(text, '- [ ] Task 1.2')}:3 warning All subtasks of Task 1.2 are done but Task 1.2 is not ticked; tick it, or add the work that remains.`]);
  });

  it('reports a ✓ on an open task', () => {
    const text = plant(prd, '- [ ] Task 2.1: Show attempts in the dashboard', '- [ ] Task 2.1: Show attempts in the dashboard ✓');
    expect(check(text)).toEqual([`${lineOf(text, '- [ ] Task 2.1')}:48 error Task 2.1 carries ✓ but its box is [ ].`]);
  });

  it('reads a ✅ that a task will write ("Mark Epic 1 as: VALIDATED ✅") as its object, not its state', () => {
    const story = '# Story 1.14: Fix the ground truth\n\n## Tasks / Subtasks\n\n- [ ] Task 4: Close the epic\n  - [ ] Mark Epic 1 as: VALIDATED ✅\n  - [ ] Set the story status to DONE ✅\n  - [ ] Rerun the checks ✅\n';
    expect(findings(story, 'task-consistency', { path: 'docs/stories/story-1.14.md' })).toEqual(['8:26 error "Rerun the checks" carries ✅ but its box is [ ].']);
  });

  it('warns about (IN PROGRESS) on a ticked task', () => {
    const text = plant(prd, '- [x] Task 1.1: Add the delivery_attempts table ✓', '- [x] Task 1.1: Add the delivery_attempts table (IN PROGRESS)');
    expect(check(text)).toEqual([`${lineOf(text, '- [x] Task 1.1')}:49 warning Task 1.1 is ticked but still says (IN PROGRESS).`]);
  });

  it('reports a ✅ COMPLETE on an open task, and takes it away with --fix', () => {
    const kiro = '# Implementation Plan\n\n- [x] 1. Create the data model ✅ COMPLETE\n- [ ] 2. Build the API ✅ COMPLETE\n';
    expect(findings(kiro, 'task-consistency', { path: '.kiro/specs/demo/tasks.md' })).toEqual(['4:24 error Task 2 carries ✅ COMPLETE but its box is [ ].']);
    expect(fix(kiro, { path: '.kiro/specs/demo/tasks.md' }).output).toBe('# Implementation Plan\n\n- [x] 1. Create the data model ✅ COMPLETE\n- [ ] 2. Build the API\n');
  });

  it('holds no parent open for optional subtasks, and finds margin-level subtasks by their ids (Kiro)', () => {
    const kiro = '# Implementation Plan\n\n- [x] 1. Store events\n  - [x] 1.1 Table\n  - [ ]* 1.2 Benchmark\n- [x] 2. Verify signatures\n- [x] 2.1 HMAC check\n- [ ] 2.2 Reject replays\n';
    expect(findings(kiro, 'task-consistency', { path: '.kiro/specs/demo/tasks.md' })).toEqual(['6:3 error Task 2 is ticked but Task 2.2 is still open.']);
  });

  it('treats [~] and [P] as not done', () => {
    const text = plant(prd, '- [ ] Task 1.2: Schedule retries with backoff (IN PROGRESS)', '- [x] Task 1.2: Schedule retries with backoff').replace('  - [ ] Subtask 1.2.2', '  - [~] Subtask 1.2.2');
    expect(check(text)).toEqual([expect.stringMatching(/error Task 1\.2 is ticked but Subtask 1\.2\.2 is still open\./)]);
  });
});
