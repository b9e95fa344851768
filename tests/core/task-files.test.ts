/** What tick-evidence reads: files on ticked task lines (before parsing too), and the tasks commit messages name. */
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { looksLikeFile, sameWork, scanTickedFiles, taskMentions } from '../../src/core/ledger/task-files.js';
import { scanOutline } from '../../src/core/profiles/detect.js';

describe('taskMentions', () => {
  it.each([
    ['feat: PDF renderer [PRD-07 Task 1.2]', ['1.2'], ['7']],
    ['fix: tasks 1.2, 1.3 and 2.1', ['1.2', '1.3', '2.1'], []],
    ['feat: the table\n\nLedger-Task: 1.2', ['1.2'], []],
    ['feat(T012): user model for PRD_9', ['T012'], ['9']],
    ['chore: task #3 and subtask 1.2.1', ['3', '1.2.1'], []],
    ['chore: bump to v1.2, run 3 tasks', [], []],
  ])('%j names tasks %j and PRDs %j', (message, tasks, prds) => {
    expect(taskMentions(message)).toEqual({ tasks, prds });
  });

  it('relates a task to its subtasks and to the task above it, not to its siblings', () => {
    expect(sameWork('1.2', '1.2')).toBe(true);
    expect(sameWork('1.2', '1.2.1')).toBe(true);
    expect(sameWork('1.2.1', '1.2')).toBe(true);
    expect(sameWork('1.2', '1.3')).toBe(false);
    expect(sameWork('1.2', '1.20')).toBe(false);
    expect(sameWork('t012', 'T012')).toBe(true);
  });
});

describe('scanTickedFiles', () => {
  const profile = prepareConfig({}, null).profiles.find((p) => p.name === 'generic')!;
  const scan = (text: string) => scanTickedFiles(text.split('\n'), scanOutline(text).nonProse, profile);

  it('reads paths on ticked lines only, outside code, with the ids of their tasks', () => {
    const text = [
      '- [x] Task 1.2: PDF renderer in `src/pdf.ts`',
      '- [ ] Task 1.3: CSV in `src/csv.ts`',
      '  - [X] T012 [P] Model in `src/models/user.py` and `docs/user.md`',
      '```',
      '- [x] Task 9.9: `src/in-a-fence.ts`',
      '```',
      '- [x] Task 2.1: every test in `tests/*.ts`, the `db/` folder, `../outside.ts`, `src/[NAME].ts`',
      '- [x] Set `retry.max` to six',
    ].join('\n');
    expect(scan(text)).toEqual({
      paths: ['src/pdf.ts', 'src/models/user.py', 'docs/user.md', 'retry.max'],
      ids: ['1.2', 'T012'],
    });
  });

  it('tells a file from a setting or a package', () => {
    expect(looksLikeFile('src/pdf.ts')).toBe(true);
    expect(looksLikeFile('.github/workflows/ci.yml')).toBe(true);
    expect(looksLikeFile('retry.max')).toBe(false);
    expect(looksLikeFile('packages/fees')).toBe(false);
    expect(looksLikeFile('src/.env')).toBe(false);
  });
});
