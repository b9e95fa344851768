/** What happened to a listed commit, and which commits on the branch a ledger does not list: real repositories. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitClient } from '../../src/git/client.js';
import { changesOf, readHistory } from '../../src/git/history.js';
import { openRepo } from '../../src/git/repo.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

type Message = { ruleId: string; severity: number; message: string; line: number };
const messages = (run: { stdout: string }): Message[] =>
  (JSON.parse(run.stdout) as Array<{ messages: Message[] }>).flatMap((r) => r.messages);
const commitFindings = (run: { stdout: string }) =>
  messages(run)
    .filter((m) => m.ruleId?.startsWith('commit-'))
    .map((m) => `${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);
const short = (sha: string) => sha.slice(0, 7);
const LEDGER = 'docs/ledger.md';

/** main with the ledger's first commit; a feature branch checked out from it. */
function repoOnFeature(): { dir: string; first: string } {
  const dir = tempDir();
  initRepo(dir);
  const first = commit(dir, 'feat: add delivery_attempts table [PRD-04 Task 1.1]', { 'src/db.ts': 'db\n' });
  git(dir, 'checkout', '-q', '-b', 'feature/retries');
  return { dir, first };
}

function lint(dir: string, ...args: string[]) {
  return runCli(['-f', 'json', ...args, LEDGER], { cwd: dir });
}

function writeLedger(dir: string, commits: string[], edit: (text: string) => string = (t) => t): void {
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, LEDGER), edit(prdLedger({ commits })));
}

function prune(dir: string): void {
  git(dir, 'reflog', 'expire', '--expire=now', '--all');
  git(dir, 'gc', '-q', '--prune=now');
}

describe('what happened to a listed commit', () => {
  it('names the commit a rebase made of a listed one whose object is pruned, and --fix writes it', () => {
    const { dir, first } = repoOnFeature();
    const before = commit(dir, 'feat: schedule retries with backoff [PRD-04 Task 1.2]', { 'src/retry.ts': 'r\n' });
    git(dir, 'checkout', '-q', 'main');
    commit(dir, 'chore: bump deps', { 'package.json': '{}\n' });
    git(dir, 'checkout', '-q', 'feature/retries');
    git(dir, 'rebase', '-q', 'main');
    const after = git(dir, 'rev-parse', 'HEAD').trim();
    prune(dir);
    expect(() => git(dir, 'cat-file', '-e', before)).toThrow();
    writeLedger(dir, [
      `- \`${short(first)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`,
      `- \`${short(before)}\` - feat: schedule retries with backoff [PRD-04 Task 1.2]`,
    ]);

    expect(commitFindings(lint(dir))).toEqual([
      `commit-exists error Commit ${short(before)} does not exist in this repository; rebased: now \`${short(after)}\` (same subject, on this branch).`,
    ]);
    expect(lint(dir, '--fix').code).toBe(0);
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toContain(
      `- \`${short(after)}\` - feat: schedule retries with backoff [PRD-04 Task 1.2]`,
    );
    expect(commitFindings(lint(dir))).toEqual([]);
  });

  it('says when several commits have the subject, and fixes nothing', () => {
    const { dir } = repoOnFeature();
    const gone = commit(dir, 'fix: typo', { 'a.txt': 'a\n' });
    git(dir, 'reset', '-q', '--hard', 'HEAD~1');
    const one = commit(dir, 'fix: typo', { 'b.txt': 'b\n' });
    const two = commit(dir, 'fix: typo', { 'c.txt': 'c\n' });
    prune(dir);
    writeLedger(dir, [`- \`${short(gone)}\` - fix: typo`]);
    expect(commitFindings(lint(dir))).toEqual([
      `commit-exists error Commit ${short(gone)} does not exist in this repository; it may have been rebased, but 2 commits on this branch have its subject (\`${short(two)}\`, \`${short(one)}\`).`,
    ]);
    const text = readFileSync(join(dir, LEDGER), 'utf8');
    lint(dir, '--fix');
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toBe(text);
  });

  it('after a squash merge and a pruned branch: missing as before, and the squash commit is unlisted', () => {
    const { dir, first } = repoOnFeature();
    const a = commit(dir, 'feat: schedule retries [PRD-04 Task 1.2]', { 'src/retry.ts': 'r\n' });
    const b = commit(dir, 'fix: jitter [PRD-04 Task 1.2]', { 'src/retry.ts': 'r2\n' });
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--squash', 'feature/retries');
    const squash = commit(dir, 'Retries with backoff [PRD-04 Task 1.2] (#12)');
    git(dir, 'branch', '-q', '-D', 'feature/retries');
    prune(dir);
    writeLedger(dir, [
      `- \`${short(first)}\` - feat: add delivery_attempts table`,
      `- \`${short(a)}\` - feat: schedule retries [PRD-04 Task 1.2]`,
      `- \`${short(b)}\` - fix: jitter [PRD-04 Task 1.2]`,
    ]);
    expect(commitFindings(lint(dir))).toEqual([
      `commit-unlisted warning Commit ${short(squash)} "Retries with backoff [PRD-04 Task 1.2] (#12)" names PRD 4 Task 1.2 but is not listed in Git Commits.`,
      `commit-exists error Commit ${short(a)} does not exist in this repository.`,
      `commit-exists error Commit ${short(b)} does not exist in this repository.`,
    ]);
  });

  it('a commit left on an abandoned branch: as before, with no new SHA', () => {
    const { dir, first } = repoOnFeature();
    git(dir, 'checkout', '-q', '-b', 'spike');
    const spike = commit(dir, 'feat: spike on a queue', { 'spike.txt': 'x\n' });
    git(dir, 'checkout', '-q', 'feature/retries');
    writeLedger(dir, [
      `- \`${short(first)}\` - feat: add delivery_attempts table`,
      `- \`${short(spike)}\` - feat: spike on a queue`,
    ]);
    expect(commitFindings(lint(dir))).toEqual([
      `commit-reachable warning Commit ${short(spike)} exists but is not reachable from HEAD; a rebase may have rewritten it, or its branch was abandoned.`,
    ]);
  });
});

describe('commits on the branch that the ledger does not list', () => {
  it('finds commits naming its tasks, its path in a Ledger-Task trailer, or its Branch; --fix appends them in its format; then none', () => {
    const { dir, first } = repoOnFeature();
    const tagged = commit(dir, 'feat: schedule retries [PRD-04 Task 1.2]', { 'src/retry.ts': 'r\n' });
    writeFileSync(join(dir, 'src/alert.ts'), 'a\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'feat: alert on the last attempt', '-m', `Ledger-Task: ${LEDGER} Task 2.2`);
    const trailer = git(dir, 'rev-parse', 'HEAD').trim();
    const onBranch = commit(dir, 'fix: jitter', { 'src/retry.ts': 'r2\n' });
    commit(dir, 'feat: invoices [PRD-05 Task 1.1]', { 'src/invoice.ts': 'i\n' });
    commit(dir, 'feat: x', { 'src/x.ts': 'x\n' });
    writeLedger(dir, [`- \`${short(first)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`], (t) =>
      t.replace('**Status:**', '**Branch:** `feature/retries`\n\n**Status:**'),
    );
    // The ledger's own upkeep on the branch is never asked for.
    git(dir, 'add', LEDGER);
    git(dir, 'commit', '-q', '-m', 'docs: ledger [PRD-04 Task 1.2]');
    const x = git(dir, 'log', '--format=%H', '-n', '2').split('\n')[1]!;
    const invoices = git(dir, 'log', '--format=%H', '-n', '3').split('\n')[2]!;

    const found = commitFindings(lint(dir));
    expect(found).toEqual([
      `commit-unlisted warning Commit ${short(tagged)} "feat: schedule retries [PRD-04 Task 1.2]" names PRD 4 Task 1.2 but is not listed in Git Commits.`,
      `commit-unlisted warning Commit ${short(trailer)} "feat: alert on the last attempt" carries "Ledger-Task: ${LEDGER} Task 2.2" but is not listed in Git Commits.`,
      `commit-unlisted warning Commit ${short(onBranch)} "fix: jitter" is on feature/retries, this ledger's Branch, but is not listed in Git Commits.`,
      `commit-unlisted warning Commit ${short(x)} "feat: x" is on feature/retries, this ledger's Branch, but is not listed in Git Commits.`,
    ]);
    expect(found.join('\n')).not.toContain(short(invoices));

    expect(lint(dir, '--fix').code).toBe(0);
    const fixed = readFileSync(join(dir, LEDGER), 'utf8');
    expect(fixed).toContain(
      [
        `- \`${short(first)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`,
        `- \`${short(tagged)}\` - feat: schedule retries [PRD-04 Task 1.2]`,
        `- \`${short(trailer)}\` - feat: alert on the last attempt`,
        `- \`${short(onBranch)}\` - fix: jitter`,
        `- \`${short(x)}\` - feat: x`,
        '',
      ].join('\n'),
    );
    expect(commitFindings(lint(dir))).toEqual([]);
  });

  it('on the default branch, looks at the last commits of HEAD, not at a Branch', () => {
    const { dir, first } = repoOnFeature();
    const tagged = commit(dir, 'feat: schedule retries [PRD-04 Task 1.2]', { 'src/retry.ts': 'r\n' });
    commit(dir, 'fix: jitter', { 'src/retry.ts': 'r2\n' });
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge feature/retries', 'feature/retries');
    writeLedger(dir, [`- \`${short(first)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`], (t) =>
      t.replace('**Status:**', '**Branch:** `feature/retries`\n\n**Status:**'),
    );
    expect(commitFindings(lint(dir))).toEqual([
      `commit-unlisted warning Commit ${short(tagged)} "feat: schedule retries [PRD-04 Task 1.2]" names PRD 4 Task 1.2 but is not listed in Git Commits.`,
    ]);
  });

  it('a table of commits gets a row', () => {
    const { dir, first } = repoOnFeature();
    const tagged = commit(dir, 'feat: schedule retries [PRD-04 Task 1.2]', { 'src/retry.ts': 'r\n' });
    writeLedger(dir, [
      '| Commit | Message | Task |',
      '| --- | --- | --- |',
      `| ${short(first)} | feat: add delivery_attempts table | Task 1.1 |`,
    ]);
    lint(dir, '--fix');
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toContain(
      `| ${short(first)} | feat: add delivery_attempts table | Task 1.1 |\n| ${short(tagged)} | feat: schedule retries [PRD-04 Task 1.2] | Task 1.2 |\n`,
    );
    expect(commitFindings(lint(dir))).toEqual([]);
  });

  it('a clean ledger listing all its commits, on its branch: zero findings, in a bounded number of git processes', () => {
    const { dir, first } = repoOnFeature();
    const shas = [first];
    const task = (i: number) => ['1.2', '2.1', '2.2'][i % 3];
    for (let i = 0; i < 12; i++)
      shas.push(commit(dir, `feat: step ${i} [PRD-04 Task ${task(i)}]`, { [`src/f${i}.ts`]: `${i}\n` }));
    const lines = shas.map(
      (s, i) =>
        `- \`${short(s)}\` - ${i === 0 ? 'feat: add delivery_attempts table [PRD-04 Task 1.1]' : `feat: step ${i - 1} [PRD-04 Task ${task(i - 1)}]`}`,
    );
    writeLedger(dir, lines, (t) => t.replace('**Status:**', '**Branch:** `feature/retries`\n\n**Status:**'));
    for (let n = 1; n < 20; n++) writeFileSync(join(dir, `docs/other-${n}.md`), readFileSync(join(dir, LEDGER)));
    const run = runCli(['--debug', '-f', 'json', 'docs'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(commitFindings(run)).toEqual([]);
    const [, processes] = /20 ledgers checked, (\d+) git processes/.exec(run.stderr) ?? [];
    // Where the repository is; the commits: cat-file, log, rev-list; the history: two walks (no commit is unlisted: no files asked for);
    // the last change of the ledgers (none has a ticked file naming a path, and none changed since it was added: no cat-file).
    expect(Number(processes)).toBe(7);
  });
});

describe('the history adapter', () => {
  it('reads the branch, its own commits, the trailers and the files changed, whatever their names, in three processes', async () => {
    const { dir, first } = repoOnFeature();
    const odd = commit(dir, 'feat: odd names', { 'a b.txt': '1\n', 'ünï.md': '2\n', 'new\nline.txt': '3\n' });
    const empty = commit(dir, 'chore: empty');
    const upkeep = commit(dir, 'docs: ledger', { [LEDGER]: 'x\n' });
    git(
      dir,
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'feat: alert',
      '-m',
      'Body.',
      '-m',
      `Ledger-Task: ${LEDGER} Task 2.2\nledger-task: PRD-04 Task 2.1\nSigned-off-by: T <t@e>`,
    );
    const trailed = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'config', 'log.showRoot', 'false');
    const client = new GitClient(dir);
    const repo = (await openRepo(client))!;
    const history = await readHistory(repo);
    expect(history.branch).toBe('feature/retries');
    expect(history.onBranch!.map((c) => c.sha)).toEqual([trailed, upkeep, empty, odd]);
    expect(history.recent.map((c) => c.sha)).toEqual([trailed, upkeep, empty, odd, first]);
    expect(history.onBranch![0]).toEqual({
      sha: trailed,
      subject: 'feat: alert',
      ledgerTasks: [`${LEDGER} Task 2.2`, 'PRD-04 Task 2.1'],
      changes: null,
    });
    const changes = await changesOf(repo, [odd, empty, upkeep, first]);
    expect([...changes]).toEqual([
      [odd, { files: 3, only: null }],
      [empty, { files: 0, only: null }],
      [upkeep, { files: 1, only: LEDGER }],
      [first, { files: 1, only: 'src/db.ts' }],
    ]);
    expect(client.spawned).toBe(4);
  });

  it('on the default branch, or detached, there is no branch of its own', async () => {
    const { dir } = repoOnFeature();
    commit(dir, 'feat: x', { 'x.txt': 'x\n' });
    git(dir, 'checkout', '-q', 'main');
    const repo = (await openRepo(new GitClient(dir)))!;
    expect(await readHistory(repo)).toMatchObject({ branch: 'main', onBranch: null });
    git(dir, 'checkout', '-q', '--detach', 'feature/retries');
    expect(await readHistory(repo)).toMatchObject({ branch: null, onBranch: [{ subject: 'feat: x' }] });
    // No default branch at all: the walk reaches the first commit, so the branch is not told apart.
    git(dir, 'checkout', '-q', 'feature/retries');
    git(dir, 'branch', '-q', '-D', 'main');
    expect(await readHistory(repo)).toMatchObject({ branch: 'feature/retries', onBranch: null });
  });
});
