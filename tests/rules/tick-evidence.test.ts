import type { CommitFact, Facts, FileHistory, PathFact } from '../../src/core/model/facts.js';
import { prdLedger } from '../helpers/ledgers.js';
import { plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LISTED = `4be19c2${'a'.repeat(33)}`;
const OTHER = `9f3e2d1${'b'.repeat(33)}`;
const TICKED = '- [x] Task 1.1: Add the delivery_attempts table ✓';

/** The PRD fixture (PRD 04) with Task 1.1 naming a file, and the commits it lists. */
function ledger(
  task = '- [x] Task 1.1: Add the delivery_attempts table in `db/attempts.sql` ✓',
  commits = ['- `4be19c2` - feat: add delivery_attempts table [PRD-04 Task 1.1]'],
): string {
  return plant(prdLedger({ commits }), TICKED, task);
}

function facts(files: Record<string, Partial<FileHistory> & { exists?: PathFact }>): Facts {
  const found: CommitFact = {
    status: 'found',
    sha: LISTED,
    subject: 'feat: add delivery_attempts table',
    reachable: true,
  };
  return {
    commits: { bySha: new Map([['4be19c2', found]]), shallowNotice: null },
    paths: {
      source: 'working tree',
      byPath: new Map(
        Object.entries(files).map(([path, f]) => [path, f.exists ?? { exists: true, kind: 'file', lines: null }]),
      ),
    },
    evidence: {
      byPath: new Map(
        Object.entries(files).map(([path, { exists: _exists, ...f }]) => [
          path,
          { commits: [], last: null, staged: false, ...f },
        ]),
      ),
    },
  };
}

const byListed = { sha: LISTED, tasks: ['1.1'], prds: ['4'] };
const MISSING: PathFact = { exists: false };

ruleTester('tick-evidence', {
  valid: [
    {
      name: 'a listed commit touched the file',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { commits: [byListed], last: LISTED } }),
    },
    {
      name: 'an unlisted commit naming the task touched it',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { commits: [{ sha: OTHER, tasks: ['1.1'], prds: [] }], last: OTHER } }),
    },
    {
      name: 'a commit naming a subtask of it touched it',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { commits: [{ sha: OTHER, tasks: ['1.1.2'], prds: ['4'] }], last: OTHER } }),
    },
    {
      name: 'the commit being made touches it (--staged)',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { staged: true } }),
    },
    {
      name: 'history was not read (no repository, a shallow clone)',
      text: ledger(),
      facts: { paths: { source: 'working tree', byPath: new Map() } },
    },
    {
      name: 'nothing to judge against: no commit listed, none naming a task',
      text: ledger(undefined, []),
      facts: facts({ 'db/attempts.sql': { last: OTHER } }),
    },
    {
      name: 'a task without an id, and no commit listed',
      text: ledger('- [x] Add the delivery_attempts table in `db/attempts.sql` ✓', []),
      facts: facts({ 'db/attempts.sql': { last: OTHER } }),
    },
    { name: 'a directory', text: ledger('- [x] Task 1.1: Add the tables in `db/` ✓'), facts: facts({}) },
    { name: 'a glob', text: ledger('- [x] Task 1.1: Add the tables in `db/*.sql` ✓'), facts: facts({}) },
    {
      name: 'an open task',
      text: plant(
        ledger(),
        '- [ ] Task 2.1: Show attempts in the dashboard',
        '- [ ] Task 2.1: Show attempts in `web/attempts.tsx`',
      ),
      facts: facts({
        'db/attempts.sql': { commits: [byListed], last: LISTED },
        'web/attempts.tsx': { exists: MISSING },
      }),
    },
    {
      name: 'a bare name that is neither in the tree nor in history (a setting, say)',
      text: ledger('- [x] Task 1.1: Set `retry.max` to six ✓'),
      facts: facts({ 'retry.max': { exists: MISSING } }),
    },
    {
      name: 'a name without an extension that is neither in the tree nor in history (a package, say)',
      text: ledger('- [x] Task 1.1: Write the fee calculator in `packages/fees` ✓'),
      facts: facts({ 'packages/fees': { exists: MISSING } }),
    },
    {
      name: 'a ticked box under Before Marking Complete is a check, not a task',
      text: plant(ledger(), '- [ ] Documentation updated', '- [x] Documentation updated in `docs/retries.md`'),
      facts: facts({ 'db/attempts.sql': { commits: [byListed], last: LISTED }, 'docs/retries.md': { last: OTHER } }),
    },
  ],
  invalid: [
    {
      name: 'only a commit the ledger does not list, naming no task, touched the file',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { last: OTHER } }),
      errors: [
        {
          line: 'db/attempts.sql',
          message:
            'Task 1.1 is ticked without evidence: db/attempts.sql was touched by no commit that the ledger lists (1 commit) or whose message names Task 1.1; it was last changed by 9f3e2d1, which the ledger does not list.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the file does not exist and no commit touched it',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { exists: MISSING } }),
      errors: [
        {
          line: 'db/attempts.sql',
          message:
            'Task 1.1 is ticked without evidence: db/attempts.sql was touched by no commit that the ledger lists (1 commit) or whose message names Task 1.1; it does not exist in the working tree, and no commit ever touched it.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a commit naming Task 1.1 of another PRD is no evidence',
      text: ledger(),
      facts: facts({ 'db/attempts.sql': { commits: [{ sha: OTHER, tasks: ['1.1'], prds: ['9'] }], last: OTHER } }),
      errors: [
        {
          line: 'db/attempts.sql',
          message: /^Task 1\.1 is ticked without evidence: .* last changed by 9f3e2d1/,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'with nothing to judge against, a file nobody ever made is still said',
      text: ledger(undefined, []),
      facts: facts({ 'db/attempts.sql': { exists: MISSING } }),
      errors: [
        {
          line: 'db/attempts.sql',
          message:
            'Task 1.1 is ticked, but db/attempts.sql does not exist in the working tree and no commit ever touched it.',
          severity: 'warning',
        },
      ],
    },
    {
      name: "commits naming the ledger's tasks are something to judge against, though none is listed",
      text: plant(
        ledger(undefined, []),
        '- [ ] Task 2.1: Show attempts in the dashboard',
        '- [x] Task 2.1: Show attempts in `web/attempts.tsx`',
      ),
      facts: facts({
        'db/attempts.sql': { last: OTHER },
        'web/attempts.tsx': { commits: [{ sha: OTHER, tasks: ['2.1'], prds: [] }], last: OTHER },
      }),
      errors: [
        {
          line: 'db/attempts.sql',
          message:
            'Task 1.1 is ticked without evidence: db/attempts.sql was touched by no commit that the ledger lists (it lists none) or whose message names Task 1.1; it was last changed by 9f3e2d1, which the ledger does not list.',
          severity: 'warning',
        },
      ],
    },
  ],
});
