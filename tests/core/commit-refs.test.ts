/**
 * Where commits are read, and what is taken for their subject: one case per shape real
 * ledgers list commits in. Every case is read both ways (from the outline scan that
 * gathers git facts before parsing, and for the rules after it) and both must agree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { commitRefs, scanRefs } from '../../src/core/ledger/refs.js';
import type { CommitRef } from '../../src/core/ledger/commit-refs.js';
import { scanOutline } from '../../src/core/profiles/detect.js';
import { findings, parse } from '../helpers/lint.js';

const prepared = prepareConfig({}, 'commit refs test');

function read(text: string, profileName = 'generic'): CommitRef[] {
  const profile = prepared.profiles.find((p) => p.name === profileName)!;
  const forRules = commitRefs(parse(text), profile);
  expect(scanRefs(text, scanOutline(text), profile).commits).toEqual(forRules);
  return forRules;
}

/** [token, subject] for each reference, in order. */
const listed = (text: string, profile?: string) => read(text, profile).map((r) => [r.raw, r.message]);
const doc = (...lines: string[]) => ['# Sync queue', '', ...lines, ''].join('\n');

describe('sections about commits, at any depth', () => {
  it.each([
    ['## Git Commits', '## Git Commits'],
    ['### Commit once per run', '### Commit'],
    ['#### Git Commits', '#### Git Commits'],
    ['Key Commits', '## Key Commits'],
    ['Commits This Session, with a colon and a note', '### Commits This Session: (run 3)'],
    ['Task Commits', '## Task Commits'],
    ['Commits', '## Commits'],
    ['a title that goes on after the word', '## Key Commits Reviewed'],
  ])('%s', (_name, heading) => {
    expect(listed(doc(heading, '', '- `a1b2c3d` - feat: add the queue'))).toEqual([['a1b2c3d', 'feat: add the queue']]);
  });

  it('reads every one of them, each once per run, and what lies nested under them', () => {
    const text = doc(
      '## Runs',
      '',
      '### Run 1',
      '',
      '#### Commit',
      '',
      '`a1b2c3d - feat: add the queue`',
      '',
      '### Run 2',
      '',
      '#### Commit',
      '',
      '`b2c3d4e - fix: retry once`',
      '',
      '## Git Commits',
      '',
      '### Phase 1',
      '',
      '- `c3d4e5f` - test: queue',
    );
    expect(listed(text)).toEqual([
      ['a1b2c3d', 'feat: add the queue'],
      ['b2c3d4e', 'fix: retry once'],
      ['c3d4e5f', 'test: queue'],
    ]);
  });

  it('reads lists inside fenced code in them (git log --oneline)', () => {
    const text = doc(
      '### Commits this session',
      '',
      '```text',
      'e5f6a7b  feat(sync): queue edits',
      '9a8b7c6 - docs: notes',
      '<TBD>    docs: this session',
      '        3 files, +120/-4',
      '```',
    );
    expect(listed(text)).toEqual([
      ['e5f6a7b', 'feat(sync): queue edits'],
      ['9a8b7c6', 'docs: notes'],
    ]);
  });

  it('reads its list items and code, but in its prose only SHAs that open a line, are in backticks or follow the word commit', () => {
    const text = doc(
      '## Git Commits',
      '',
      'Build 1a2b3c4d passed; see `a1b2c3d` and commit b2c3d4e5.',
      'c3d4e5f feat: a paragraph that opens with its SHA',
      '',
      '- merged as d4e5f6a after review',
    );
    expect(listed(text)).toEqual([
      ['a1b2c3d', ''],
      ['b2c3d4e5', ''],
      ['c3d4e5f', 'feat: a paragraph that opens with its SHA'],
      ['d4e5f6a', ''],
    ]);
  });

  it('does not take a section on how to commit, or on what to do before, for a list of commits', () => {
    expect(
      listed(
        doc(
          '## Commit Conventions',
          '',
          '- `a1b2c3d` - feat: an example',
          '',
          '### Pre-commit Checklist',
          '',
          '- `b2c3d4e` is the hook version',
        ),
      ),
    ).toEqual([]);
  });

  it('reads nothing under a template or an example, up to the next heading no deeper than it', () => {
    const text = doc(
      '## Session Template',
      '',
      '### Commits',
      '',
      '- `a1b2c3d` - feat: what you did',
      '**Commit:** `b2c3d4e`',
      '',
      '## Example',
      '',
      '| Commit | Message |',
      '| --- | --- |',
      '| c3d4e5f | feat: x |',
      '',
      '## Session Log',
      '',
      '- **Commit:** `d4e5f6a`',
      '',
      '### Phase 2: Email Templates',
      '',
      '- **Commit:** `e5f6a7b`',
    );
    expect(listed(text)).toEqual([
      ['d4e5f6a', ''],
      ['e5f6a7b', ''],
    ]);
  });

  it('ends a section at the next heading no deeper than it', () => {
    expect(
      listed(
        doc(
          '## Git Commits',
          '',
          '- `a1b2c3d` - feat: x',
          '',
          '## Notes',
          '',
          'Colour ff00aa11 and build 1a2b3c4d are not commits.',
        ),
      ),
    ).toEqual([['a1b2c3d', 'feat: x']]);
  });

  it('skips commented-out lines and the front matter', () => {
    const text = [
      '---',
      'baseline: 4f2a9c1',
      '---',
      '# Sync queue',
      '',
      '## Git Commits',
      '',
      '<!-- Format:',
      '- `d4e5f6a` - feat: example',
      '-->',
      '- `e5f6a7b` - feat: real <!-- `f6a7b8c` -->',
      '',
    ].join('\n');
    expect(listed(text)).toEqual([['e5f6a7b', 'feat: real']]);
  });
});

describe('labels about commits followed by a list', () => {
  it('reads the list after **Git commits:** and after **Commits:**, and stops where it ends', () => {
    const text = doc(
      '**Git commits:**',
      '- `a1b2c3d` - feat: label list',
      '- `b2c3d4e`: fix: after a colon',
      '',
      'Build 1a2b3c4d passed.',
      '',
      '- **Commits:**',
      '  - c3d4e5f feat: nested under the label',
      '- Tested on 2d3e4f5a6b',
    );
    expect(listed(text)).toEqual([
      ['a1b2c3d', 'feat: label list'],
      ['b2c3d4e', 'fix: after a colon'],
      ['c3d4e5f', 'feat: nested under the label'],
    ]);
  });

  it('takes a count with a SHA after it as a SHA without a subject', () => {
    expect(listed(doc('**Commits:** 1 commit (`a1b2c3d`)'))).toEqual([['a1b2c3d', '']]);
  });
});

describe('tables with a commit column, anywhere', () => {
  it('reads the commit column and takes the subject from the message column only', () => {
    const text = doc(
      '## Summary',
      '',
      '| Task | Commit | Description |',
      '| --- | --- | --- |',
      '| Task 1: queue | `a1b2c3d` | feat: add the queue |',
      '| Task 2: retry | b2c3d4e | `fix: retry once` |',
      '',
      '| Commit | Files | Link |',
      '| --- | --- | --- |',
      '| `c3d4e5f` | `src/queue.ts` | [PR 4](https://example.com/4) |',
      '',
      '| Repo | SHA | Date | Impact |',
      '|------|-----|------|--------|',
      '| api | `d4e5f6a`, `e5f6a7b` | Mar 3 | 43 lines |',
      '',
      '| Commit | Subject |',
      '| --- | --- |',
      '| [f6a7b8c](https://example.com/o/r/commit/f6a7b8c) | docs: linked |',
    );
    expect(listed(text)).toEqual([
      ['a1b2c3d', 'feat: add the queue'],
      ['b2c3d4e', 'fix: retry once'],
      ['c3d4e5f', ''],
      ['d4e5f6a', ''],
      ['e5f6a7b', ''],
      ['f6a7b8c', 'docs: linked'],
    ]);
  });

  it('does not read tables without a commit column outside commit sections, a Commit Message column, nor checksums beside files', () => {
    const text = doc(
      '| Build | Result |',
      '| --- | --- |',
      '| 1a2b3c4d | green |',
      '',
      '| Commit Message | Description |',
      '| --- | --- |',
      '| `Initial setup` | deadbeef1 |',
      '',
      '| File | SHA |',
      '| --- | --- |',
      `| app.tar.gz | \`${'ab12'.repeat(16)}\` |`,
    );
    expect(listed(text)).toEqual([]);
  });

  it('in a commit section, reads the cell that holds a SHA', () => {
    expect(
      listed(
        doc(
          '### Commits This Session',
          '',
          '| SHA | Message |',
          '|-----|---------|',
          '| `a1b2c3d` | fix(tests): import paths |',
          '',
          '| # | Change |',
          '| - | --- |',
          '| b2c3d4e | whatever |',
        ),
      ),
    ).toEqual([
      ['a1b2c3d', 'fix(tests): import paths'],
      ['b2c3d4e', ''],
    ]);
  });
});

describe('commits named in session-log entries', () => {
  it('reads a SHA right after the word commit, and nothing else in prose', () => {
    const text = doc(
      '## Session Log',
      '',
      '### Session 3 (2026-03-04)',
      '- Fixed the parser. **Commit:** `a1b2c3d`',
      '- Commit: b2c3d4e',
      '- **Commit:** `c3d4e5f` · **Branch:** `main`',
      '- Tidied the tests (commit (`d4e5f6a`))',
      '- Initial commit `e5f6a7b`',
      '- Its work is in commits `f6a7b8c` and `0a1b2c3`',
      '- Commits: `2c3d4e5` (the window query), `3d4e5f6` (the toggle); cache key 4e5f6a7b is not one',
      '- Last NixOS commit: `1b2c3d4` — fix: nix optimisations',
      '- Commit: [5f6a7b8c](https://example.com/o/r/commit/5f6a7b8c)',
      '- Bumped cache key deadbeef12 and colour `c0ffee11`; 2026-03-04 12ab34cd',
      '- Commit 20260304 was the date, commit 1234567 a number',
    );
    expect(listed(text)).toEqual([
      ['a1b2c3d', ''],
      ['b2c3d4e', ''],
      ['c3d4e5f', ''],
      ['d4e5f6a', ''],
      ['e5f6a7b', ''],
      ['f6a7b8c', ''],
      ['0a1b2c3', ''],
      ['2c3d4e5', ''],
      ['3d4e5f6', ''],
      ['1b2c3d4', 'fix: nix optimisations'],
      ['5f6a7b8c', ''],
    ]);
  });

  it('does not read a planned commit message or a SHA-like word in a code span elsewhere', () => {
    expect(
      listed(
        doc(
          '### Step 2',
          '',
          '- **Commit:** `agent: hold a permission request`',
          '- Run `git show abc1234`; the hash `feedface12` is a fixture',
        ),
      ),
    ).toEqual([]);
  });
});

describe('the subject beside a SHA', () => {
  it.each([
    ['after the SHA, after a dash', '- `a1b2c3d` - feat: add the queue', 'feat: add the queue'],
    ['after the SHA, after a colon', '- `a1b2c3d`: feat: add the queue', 'feat: add the queue'],
    ['after the SHA, with no separator', '- a1b2c3d feat: add the queue', 'feat: add the queue'],
    ['in the same code span, after a dash', '- `a1b2c3d - feat: add the queue`', 'feat: add the queue'],
    ['in the same code span', '- `a1b2c3d feat: add the queue`', 'feat: add the queue'],
    ['before the SHA, in a code span', '- `feat: add the queue` - a1b2c3d', 'feat: add the queue'],
    ['before the SHA, a conventional subject', '- feat: add the queue (`a1b2c3d`)', 'feat: add the queue'],
    ['before the SHA, after a task id', '- Task 1.2: feat: add the queue (`a1b2c3d`)', 'feat: add the queue'],
    [
      'after a SHA written as a link',
      '- [a1b2c3d](https://example.com/o/r/commit/a1b2c3d) - feat: add the queue',
      'feat: add the queue',
    ],
    [
      'with a tag, a date and a tick',
      '- ✅ `a1b2c3d` - feat: add the queue [PRD-04 Task 1.1] (2026-03-04)',
      'feat: add the queue',
    ],
    ['a task title before it is not one', '1. **Task 1: Queue table** - `a1b2c3d` (feat)', ''],
    ['a type in parentheses after it is not one', '- `a1b2c3d` (feat)', ''],
    ['prose before it is not one', '- Main fix: a1b2c3d (session 57 snapshot)', ''],
    ['prose around it is not one', '- merged as a1b2c3d after review', ''],
    ['a label about commits is not one', '- **Commit:** a1b2c3d', ''],
  ])('%s', (_name, line, subject) => {
    expect(listed(doc('## Git Commits', '', line))).toEqual([['a1b2c3d', subject]]);
  });

  it('gives a TDD pair written after a task title no subject', () => {
    expect(
      listed(
        doc('## Task Commits', '', '2. **Task 2: Retry worker** - `a1b2c3d` (test: RED), `b2c3d4e` (feat: GREEN)'),
      ),
    ).toEqual([
      ['a1b2c3d', ''],
      ['b2c3d4e', ''],
    ]);
  });
});

describe('tokens that try to be SHAs', () => {
  it('reads them where a commit stands, for commit-sha to report, but not words with digits', () => {
    const text = doc(
      '## Task Commits',
      '',
      '1. **Task 1: Queue table** - `5d1e9g2` (feat)',
      '- `a1b2c` - feat: short',
      '- Moved to `utf8mb4` and `sha256sum`',
      '',
      '## Session Log',
      '',
      '- Commit: `9be01g7`, and the `xyz1234` fixture',
    );
    expect(read(text).map((r) => [r.raw, r.sha])).toEqual([
      ['5d1e9g2', null],
      ['a1b2c', null],
      ['9be01g7', null],
    ]);
  });
});

describe('one list at a time', () => {
  it('does not call a commit named in a session entry and again in Git Commits a duplicate, but does within one list', () => {
    const text = doc(
      '## Session Log',
      '',
      '- Session 2: **Commit:** `a1b2c3d`',
      '',
      '## Git Commits',
      '',
      '- `a1b2c3d` - feat: add the queue',
      '- `b2c3d4e` - fix: retry',
      '- `b2c3d4e` - fix: retry',
    );
    expect(findings(text, 'commit-duplicate', { profile: 'generic' })).toEqual([
      `${text.split('\n').lastIndexOf('- `b2c3d4e` - fix: retry') + 1}:4 warning Commit b2c3d4e is listed twice (first at line ${text.split('\n').indexOf('- `b2c3d4e` - fix: retry') + 1}).`,
    ]);
  });
});

describe('both readings agree on every ledger we ship', () => {
  const roots = ['../../examples', '../fixtures'].map((p) => new URL(p, import.meta.url).pathname);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(md|txt)$/.test(name) ? [path] : [];
    });
  it.each(
    roots
      .flatMap(files)
      .map((f) => [f.slice(f.indexOf('/tests/') >= 0 ? f.indexOf('/tests/') : f.indexOf('/examples/')), f]),
  )('%s', (_short, file) => {
    const text = readFileSync(file, 'utf8');
    const { profile } = prepared.pickProfile(file, text);
    if (!profile) return;
    const parsed = (() => {
      try {
        return parse(text);
      } catch {
        return null;
      }
    })();
    if (!parsed) return;
    expect(scanRefs(text, scanOutline(text), profile).commits).toEqual(commitRefs(parsed, profile));
  });
});
