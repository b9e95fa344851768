import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

type Message = { ruleId: string; message: string; line: number; column: number };
const keyFileFindings = (run: { stdout: string }) =>
  (JSON.parse(run.stdout) as Array<{ messages: Message[] }>)
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId === 'key-files')
    .map((m) => m.message);

function repo(): string {
  const dir = tempDir();
  initRepo(dir);
  commit(dir, 'chore: start', {
    'src/retry.ts': 'one\ntwo\nthree\n',
    'src/lib/deep/x.ts': 'x\n',
    Makefile: 'all:\n',
    '.env.example': 'A=1\n',
  });
  return dir;
}

describe('key files checked against the tree', () => {
  it('accepts files, line numbers, ranges, directories, globs and dot files that exist', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        keyFiles: [
          '- `src/retry.ts:2` - two',
          '- `src/retry.ts:1-3` - all',
          '- `src/` - sources',
          '- `src/**/*.ts` - all of them',
          '- `.env.example:1` - env',
          '- `./Makefile` - build',
        ],
      }),
    );
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([]);
  });

  it('reports missing files, lines past the end, backwards and zero lines', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        keyFiles: [
          '- `src/gone.ts` - deleted',
          '- `src/retry.ts:4` - past',
          '- `src/retry.ts:3-1` - backwards',
          '- `src/retry.ts:0` - zero',
          '- `src/lib:3` - a directory',
          '- `./Nomakefile` - missing',
        ],
      }),
    );
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      'Key file src/gone.ts does not exist in the working tree.',
      'src/retry.ts:4 points past the end of src/retry.ts, which has 3 lines.',
      'src/retry.ts:3-1: the line range 3-1 runs backwards.',
      'src/retry.ts:0: lines are numbered from 1.',
      'src/lib is a directory, so src/lib:3 names no lines.',
      'Key file Nomakefile does not exist in the working tree.',
    ]);
  });

  it('reports paths outside the repository without looking at them', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ keyFiles: ['- `../../../../../../etc/passwd:9999` - no', '- `/etc/hosts` - no'] }),
    );
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      'Key file ../../../../../../etc/passwd is outside the repository; key files are repository paths.',
      'Key file /etc/hosts is outside the repository; key files are repository paths.',
    ]);
  });

  it('takes only the first code span of a line, or spans with a slash, as paths', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ keyFiles: ['- `src/retry.ts` - `RetryPolicy.next` in `v1.2`, see `src/missing.ts`'] }),
    );
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      'Key file src/missing.ts does not exist in the working tree.',
    ]);
  });

  it('matches globs against directories in the index as in the tree', () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ keyFiles: ['- `src/*` - all', '- `src/lib/*` - nested dirs only'] }),
    );
    git(dir, 'add', 'ledger.md');
    expect(keyFileFindings(runCli(['-f', 'json', '--staged'], { cwd: dir }))).toEqual([]);
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'new.md'), '# not staged\n');
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ keyFiles: ['- `docs/*.md` - docs'] }));
    git(dir, 'add', 'ledger.md');
    expect(keyFileFindings(runCli(['-f', 'json', '--staged'], { cwd: dir }))).toEqual([
      'Key file docs/*.md does not exist in the index.',
    ]);
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([]);
  });

  it('refuses paths that lead out of the repository through a link, or into .git, without reading them', () => {
    const dir = repo();
    symlinkSync('/', join(dir, 'root'));
    symlinkSync('/nonexistent-ledgerlint-target', join(dir, 'dangling'));
    symlinkSync('src', join(dir, 'code'));
    git(dir, 'add', 'root', 'dangling', 'code');
    const keyFiles = [
      '- `root/etc/passwd:99999` - out',
      '- `root/no/such/file` - out',
      '- `root/etc/*` - a glob out',
      '- `dangling/x.ts` - out',
      '- `.git/config:999` - git',
      '- `.GIT/HEAD` - git',
      '- `code/retry.ts:4` - in, through a link',
    ];
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ keyFiles }));
    git(dir, 'add', 'ledger.md');
    const refused = (path: string) =>
      `Key file ${path} leads out of the repository through a symbolic link; it was not looked at.`;
    const inGit = (path: string) =>
      `Key file ${path} is in the .git directory (git's own files, not the repository's); it was not looked at.`;
    const throughLink = 'code/retry.ts:4 points past the end of code/retry.ts, which has 3 lines.';
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      refused('root/etc/passwd'),
      refused('root/no/such/file'),
      refused('root/etc/*'),
      refused('dangling/x.ts'),
      inGit('.git/config'),
      inGit('.GIT/HEAD'),
      throughLink,
    ]);
    // The index holds the links, not what they lead to: a glob matches index paths only, and finds nothing there.
    expect(keyFileFindings(runCli(['-f', 'json', '--staged'], { cwd: dir }))).toEqual([
      refused('root/etc/passwd'),
      refused('root/no/such/file'),
      'Key file root/etc/* does not exist in the index.',
      refused('dangling/x.ts'),
      inGit('.git/config'),
      inGit('.GIT/HEAD'),
      throughLink,
    ]);
  });

  it('finds key files inside a submodule, in the tree and in the index', () => {
    const inner = tempDir();
    initRepo(inner);
    commit(inner, 'chore: inner', { 'src/a.ts': 'one\ntwo\n' });
    const dir = repo();
    git(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner, 'sub');
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        keyFiles: ['- `sub/src/a.ts:2` - inside', '- `sub/` - the submodule', '- `sub/src/*.ts` - a glob inside'],
      }),
    );
    git(dir, 'add', 'ledger.md');
    expect(keyFileFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([]);
    expect(keyFileFindings(runCli(['-f', 'json', '--staged'], { cwd: dir }))).toEqual([]);
  });

  it('follows links from the ledger directory, reads bare paths and the PRD field, in the tree and in the index', () => {
    const dir = repo();
    commit(dir, 'docs: the PRD', { 'prd/04_webhook_retries.md': '# PRD 04\n', 'docs/ledgers/notes.md': '# notes\n' });
    const ledger = prdLedger({
      prd: '[PRD 04](../../prd/04_webhook_retries.md)',
      keyFiles: [
        '- [retry.ts](../../src/retry.ts#L2-L3) - two and three',
        '- [notes](notes.md) - beside the ledger',
        '- [lib](/src/lib/) - from the top',
        '- src/retry.ts:3 - bare',
        '- [gone](../../src/gone.ts) - deleted',
        '- [past](../../src/retry.ts#L9) - past the end',
        '- [out](../../../x.ts) - out of the repository',
        '- src/queue.ts - bare, deleted',
        '- [site](https://example.com/retry.ts) and [below](#notes) - not paths',
      ],
    });
    mkdirSync(join(dir, 'docs', 'ledgers'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'ledgers', 'webhooks.md'), ledger);
    const expected = (where: string) => [
      `Key file src/gone.ts (linked as ../../src/gone.ts) does not exist in the ${where}.`,
      '../../src/retry.ts#L9 points past the end of src/retry.ts, which has 3 lines.',
      'Key file ../../../x.ts is outside the repository; key files are repository paths.',
      `Key file src/queue.ts does not exist in the ${where}.`,
    ];
    expect(keyFileFindings(runCli(['-f', 'json', 'docs/ledgers/webhooks.md'], { cwd: dir }))).toEqual(
      expected('working tree'),
    );
    // From a subdirectory, the ledger's links still start from its own directory.
    expect(keyFileFindings(runCli(['-f', 'json', 'webhooks.md'], { cwd: join(dir, 'docs', 'ledgers') }))).toEqual(
      expected('working tree'),
    );
    git(dir, 'add', 'docs/ledgers/webhooks.md');
    expect(keyFileFindings(runCli(['-f', 'json', '--staged'], { cwd: dir }))).toEqual(expected('index'));

    writeFileSync(
      join(dir, 'docs', 'ledgers', 'webhooks.md'),
      ledger.replace('../../prd/04_webhook_retries.md', '../prd/04.md'),
    );
    expect(keyFileFindings(runCli(['-f', 'json', 'docs/ledgers/webhooks.md'], { cwd: dir }))).toEqual([
      'PRD file docs/prd/04.md (linked as ../prd/04.md) does not exist in the working tree.',
      ...expected('working tree'),
    ]);
  });
});
