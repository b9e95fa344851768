import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

type Message = { ruleId: string; severity: number; message: string; line: number };
const messages = (run: { stdout: string }): Message[] => (JSON.parse(run.stdout) as Array<{ messages: Message[] }>).flatMap((r) => r.messages);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const commitFindings = (run: { stdout: string }) => messages(run).filter((m) => m.ruleId?.startsWith('commit-')).map((m) => `${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);

// 64 hex digits: the length of a SHA-256 name, named by no object in any repository here.
const INVENTED = 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789';

function repoWithHistory(): { dir: string; first: string; second: string } {
  const dir = tempDir();
  initRepo(dir);
  const first = commit(dir, 'feat: add delivery_attempts table', { 'README.md': 'hello\n', 'src/retry.ts': 'one\ntwo\nthree\n' });
  const second = commit(dir, 'feat: schedule retries with backoff', { 'src/retry.ts': 'one\ntwo\nthree\nfour\n' });
  return { dir, first, second };
}

describe('linked commits checked against the repository', () => {
  it('accepts commits that exist on the branch, with short or full SHAs and matching subjects', () => {
    const { dir, first, second } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`, `- \`${second}\` - feat: schedule retries [PRD-04 Task 1.2]`] }));
    expect(runCli(['ledger.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reads the shapes real ledgers use', () => {
    const { dir, first, second } = repoWithHistory();
    const short = (s: string) => s.slice(0, 8);
    const lines = [
      `- \`${short(first)} feat: add delivery_attempts table\``,
      `- feat: schedule retries with backoff (\`${short(second)}\`)`,
      '',
      '| Commit | Message | Task |',
      '| --- | --- | --- |',
      `| ${short(first)} | feat: add delivery_attempts table | Task 1.1 |`,
      '',
      // The full SHA: a short one made of digits alone would read as a number, not a commit.
      `- Merged as ${second} after review.`,
      '- `1234567` - fix: nowhere to be found',
    ];
    const text = prdLedger({ commits: lines });
    writeFileSync(join(dir, 'ledger.md'), text);
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(commitFindings(run)).toEqual([
      `commit-duplicate warning Commit ${short(first)} is listed twice (first at line ${lineOf(text, short(first))}).`,
      `commit-duplicate warning Commit ${second} is listed twice (first at line ${lineOf(text, short(second))}).`,
      'commit-exists error Commit 1234567 does not exist in this repository.',
    ]);
  });

  it('reports SHAs that are not SHAs, and leaves template examples to the placeholders rule', () => {
    const { dir } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: ['- `xyz1234` - feat: x', '- `a1b2c` - feat: y', '- `abc1234` - feat: example'] }));
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(commitFindings(run)).toEqual([
      'commit-sha error "xyz1234" is not a commit SHA: it is not hexadecimal.',
      'commit-sha error "a1b2c" is not a commit SHA: it has only 5 digits; a SHA needs at least 7 to be looked up.',
    ]);
    expect(messages(run).filter((m) => m.ruleId === 'placeholders').map((m) => m.message)).toEqual([expect.stringMatching(/"abc1234" \(example commit SHA\)/)]);
  });

  it('reports a subject that differs, accepting a shortened one', () => {
    const { dir, first, second } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery…`, `- \`${second.slice(0, 7)}\` - fix: retry everything`] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-subject warning Commit ${second.slice(0, 7)} is listed as "fix: retry everything" but its subject is "feat: schedule retries with backoff".`,
    ]);
  });

  it('reports tasks the ledger does not have, another PRD, and a commit listed twice', () => {
    const { dir, first, second } = repoWithHistory();
    const text = prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table [PRD-04 Task 7.1]`, `- \`${second.slice(0, 7)}\` - feat: schedule retries [PRD-05 Task 1.2]`, `- \`${first.slice(0, 9)}\` - feat: add delivery_attempts table`] });
    writeFileSync(join(dir, 'ledger.md'), text);
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-task error Commit ${first.slice(0, 7)} names Task 7.1, but Tasks has no Task 7.1.`,
      `commit-task warning Commit ${second.slice(0, 7)} names PRD 5, but this ledger is PRD 4.`,
      `commit-duplicate warning Commit ${first.slice(0, 9)} is listed twice (first at line ${lineOf(text, first.slice(0, 7))}).`,
    ]);
  });

  it('warns about a commit left on an abandoned branch', () => {
    const { dir } = repoWithHistory();
    git(dir, 'checkout', '-q', '-b', 'spike');
    const spike = commit(dir, 'feat: spike on a queue', { 'spike.txt': 'x\n' });
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${spike.slice(0, 7)}\` - feat: spike on a queue`] }));
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(commitFindings(run)).toEqual([`commit-reachable warning Commit ${spike.slice(0, 7)} exists but is not reachable from HEAD; a rebase may have rewritten it, or its branch was abandoned.`]);
  });

  it('names the new SHA of a commit a rebase rewrote', () => {
    const { dir } = repoWithHistory();
    git(dir, 'checkout', '-q', '-b', 'feature', 'HEAD~1');
    const before = commit(dir, 'feat: alert after the last attempt', { 'alert.ts': 'alert\n' });
    git(dir, 'rebase', '-q', 'main');
    const after = git(dir, 'rev-parse', 'HEAD').trim();
    expect(after).not.toBe(before);
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${before.slice(0, 7)}\` - feat: alert after the last attempt`] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-reachable warning Commit ${before.slice(0, 7)} exists but is not reachable from HEAD; a rebase may have rewritten it: ${after.slice(0, 7)} on this branch has the same subject.`,
    ]);
  });

  it('names the candidates of an ambiguous short SHA', () => {
    const dir = tempDir();
    initRepo(dir);
    // Enough commits that two share their first seven hex digits (deterministic: fixed times and messages).
    let stream = '';
    for (let i = 0; i < 40_000; i++) {
      const msg = `commit ${i}\n`;
      stream += `commit refs/heads/main\ncommitter T <t@e> ${1_700_000_000 + i} +0000\ndata ${msg.length}\n${msg}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
    const prefix = '074c349';
    const candidates = git(dir, 'rev-list', 'main').split('\n').filter((s) => s.startsWith(prefix));
    expect(candidates).toHaveLength(2);
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${prefix}\` - commit`] }));
    const found = commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^commit-exists error Commit ${prefix} is ambiguous: it could be (${candidates.map((c) => c.slice(0, 12)).join('|')}), (${candidates.map((c) => c.slice(0, 12)).join('|')}); write more digits\\.$`));
  }, 60_000);

  it('says once that a shallow clone cannot verify old commits, never that they do not exist', () => {
    const { dir, first } = repoWithHistory();
    const other = commit(dir, 'docs: retry schedule', { 'docs.md': 'd\n' });
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'shallow');
    const shallow = join(clone, 'shallow');
    const ledgers = ['a.md', 'b.md'];
    for (const name of ledgers) writeFileSync(join(shallow, name), prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table`, `- \`${other.slice(0, 7)}\` - docs: retry schedule`] }));
    const run = runCli(['-f', 'json', ...ledgers], { cwd: shallow });
    expect(run.code).toBe(0);
    expect(commitFindings(run)).toEqual([`commit-exists warning Commit ${first.slice(0, 7)} cannot be verified in a shallow clone; fetch full history (actions/checkout: fetch-depth: 0).`]);
    expect(run.stderr).toBe('ledgerlint: 1 linked commit could not be verified in this shallow clone; fetch full history (actions/checkout: fetch-depth: 0).\n');
  });

  it('skips git checks outside a repository, with one note, and runs the rest', () => {
    const dir = tempDir({ 'README.md': 'hi\n', 'a.md': prdLedger({ commits: ['- `1234567` - feat: x'] }), 'b.md': prdLedger({ commits: ['- `7654321` - feat: y', '- `xyz1234` - z'] }) });
    const run = runCli(['a.md', 'b.md'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, '') } });
    expect(run.stderr).toBe('ledgerlint: not in a git repository: the commits listed in ledgers were not checked.\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/"xyz1234" is not a commit SHA/);
    expect(run.stdout).not.toMatch(/does not exist/);
  });

  it('never passes ledger text to git as an option', () => {
    const { dir } = repoWithHistory();
    const target = join(dir, 'pwned');
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`--output=${target}\` - feat: x`, `- --output=${target} feat: y`, `| --output=${target} | z |`, '- `-c core.pager=touch` - w'] }));
    runCli(['ledger.md'], { cwd: dir });
    expect(existsSync(target)).toBe(false);
  });

  it('with --cache, sees a commit pruned or fetched since, though HEAD is the same', () => {
    const { dir } = repoWithHistory();
    git(dir, 'checkout', '-q', '-b', 'side');
    const side = commit(dir, 'feat: on a side branch');
    git(dir, 'checkout', '-q', 'main');
    const upstream = tempDir();
    initRepo(upstream);
    const fetched = commit(upstream, 'feat: upstream', { 'u.txt': 'u\n' });
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${side.slice(0, 7)}\` - feat: on a side branch`, `- \`${fetched.slice(0, 7)}\` - feat: upstream`] }));
    const cached = () => commitFindings(runCli(['--cache', '-f', 'json', 'ledger.md'], { cwd: dir }));
    expect(cached()).toEqual([expect.stringMatching(new RegExp(`^commit-reachable warning Commit ${side.slice(0, 7)} exists but is not reachable`)), `commit-exists error Commit ${fetched.slice(0, 7)} does not exist in this repository.`]);

    git(dir, 'branch', '-q', '-D', 'side');
    git(dir, 'reflog', 'expire', '--expire=now', '--all');
    git(dir, 'gc', '-q', '--prune=now');
    git(dir, 'fetch', '-q', upstream, 'main:refs/remotes/upstream/main');
    const again = cached();
    expect(again).toEqual(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir })));
    expect(again).toEqual([`commit-exists error Commit ${side.slice(0, 7)} does not exist in this repository.`, expect.stringMatching(new RegExp(`^commit-reachable warning Commit ${fetched.slice(0, 7)} exists but is not reachable`))]);
  });

  it('uses a bounded number of git processes however many ledgers and commits', () => {
    const { dir } = repoWithHistory();
    const shas: string[] = [];
    for (let i = 0; i < 30; i++) shas.push(commit(dir, `feat: step ${i}`, { [`f${i}.txt`]: `${i}\n` }));
    for (let n = 0; n < 40; n++) {
      writeFileSync(join(dir, `ledger-${n}.md`), prdLedger({ commits: shas.map((s, i) => `- \`${s.slice(0, 7 + (n % 5))}\` - feat: step ${i}`).concat(['- `0000000` - missing']), keyFiles: [`- \`f${n % 30}.txt:1\` - step`, '- `nope.txt` - missing'] }));
    }
    const run = runCli(['--debug', '-f', 'json', '.'], { cwd: dir });
    const [, processes] = /40 ledgers checked, (\d+) git processes/.exec(run.stderr) ?? [];
    expect(Number(processes)).toBeGreaterThan(0);
    expect(Number(processes)).toBeLessThanOrEqual(6);
  });

  it('reads the message beside the SHAs, not other columns, task labels, other SHAs or comments', () => {
    const { dir, first, second } = repoWithHistory();
    const [a, b] = [first.slice(0, 7), second.slice(0, 7)];
    const lines = [
      '| Commit | Author | Message |',
      '| --- | --- | --- |',
      `| ${a} | alice | feat: add delivery_attempts table |`,
      '',
      `- Task 1.2: feat: schedule retries with backoff (\`${b}\`)`,
      `- \`${a}\`, \`${first.slice(0, 9)}\` - feat: add delivery_attempts table`,
      `- \`${b}\` - feat: schedule retries with backoff (2026-03-04) <!-- ledgerlint-disable-line commit-duplicate -->`,
    ];
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: lines }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir })).filter((f) => f.startsWith('commit-subject'))).toEqual([]);
  });

  it('reads every section about commits, a Commits heading in the Session Log as well as Git Commits', () => {
    const { dir } = repoWithHistory();
    const text = prdLedger({ commits: ['- `1234567` - feat: invented'] }).replace('## Session Log\n', '## Session Log\n\n#### Commits\n\n- `7654321` - feat: invented too\n');
    writeFileSync(join(dir, 'ledger.md'), text);
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual(['commit-exists error Commit 7654321 does not exist in this repository.', 'commit-exists error Commit 1234567 does not exist in this repository.']);
  });

  it('does not call two different short SHAs the same commit when they are not found', () => {
    const { dir } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: ['- `1234567` - feat: x', '- `12345678` - feat: y'] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir })).filter((f) => f.startsWith('commit-duplicate'))).toEqual([]);
  });

  it('says how long a SHA may be', () => {
    const { dir, first } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${first}a\` - feat: x`] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([`commit-sha error "${first}a" is not a commit SHA: it has 41 digits; a SHA has 7 to 40, or all 64 of a SHA-256 name.`]);
  });

  it('looks up a 64-digit SHA in a SHA-1 repository too: an invented one does not exist', () => {
    const { dir } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${INVENTED}\` - feat: x`, `- Merged as ${INVENTED.replace('a', 'b')} after review.`] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-exists error Commit ${INVENTED} does not exist in this repository.`,
      `commit-exists error Commit ${INVENTED.replace('a', 'b')} does not exist in this repository.`,
    ]);
  });

  it('verifies full and short SHAs and compares subjects in a SHA-256 repository', () => {
    const dir = tempDir();
    git(dir, 'init', '-q', '-b', 'main', '--object-format=sha256');
    const sha = commit(dir, 'feat: add delivery_attempts table', { 'README.md': 'hello\n' });
    expect(sha).toHaveLength(64);
    const commits = [`- \`${sha}\` - fix: another subject`, `- \`${sha.slice(0, 12)}\` - feat: add delivery_attempts table`, `- \`${INVENTED}\` - feat: invented`, '- `1234567` - feat: invented too'];
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-subject warning Commit ${sha} is listed as "fix: another subject" but its subject is "feat: add delivery_attempts table".`,
      `commit-duplicate warning Commit ${sha.slice(0, 12)} is listed twice (first at line ${lineOf(prdLedger({ commits }), sha)}).`,
      `commit-exists error Commit ${INVENTED} does not exist in this repository.`,
      'commit-exists error Commit 1234567 does not exist in this repository.',
    ]);
  });

  it('takes the digits written for a commit, not a tag or branch named like them', () => {
    const { dir, first } = repoWithHistory();
    git(dir, 'tag', 'deadbee', first);
    git(dir, 'branch', 'cafe1234', first);
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: ['- `deadbee` - feat: add delivery_attempts table', '- `cafe1234` - feat: add delivery_attempts table'] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual(['commit-exists error Commit deadbee does not exist in this repository.', 'commit-exists error Commit cafe1234 does not exist in this repository.']);
  });

  it('says when git itself is missing', () => {
    const { dir } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: ['- `1234567` - feat: x'] }));
    const run = runCli(['ledger.md'], { cwd: dir, env: { PATH: '/nonexistent' } });
    expect(run.stderr).toBe('ledgerlint: git is not installed (or not on PATH): the commits listed in ledgers were not checked.\n');
  });

  it('says what is wrong with a repository git cannot read, in the words of git, and exits 2', () => {
    const { dir, first } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table`] }));
    const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
    writeFileSync(join(dir, '.git', 'config'), `${config}[core\n`);
    for (const args of [['ledger.md'], ['--staged'], ['gate', 'ledger.md']]) {
      const run = runCli(args, { cwd: dir });
      expect(run.stderr).toMatch(/^ledgerlint: git cannot read the repository: fatal: bad config line \d+ in file \.git\/config\n/);
      expect(run.code).toBe(2);
    }
    writeFileSync(join(dir, '.git', 'config'), config);

    // A packed commit with its compressed bytes overwritten.
    git(dir, 'gc', '-q');
    const pack = readdirSync(join(dir, '.git', 'objects', 'pack')).find((f) => f.endsWith('.pack'))!;
    const offset = Number(git(dir, 'verify-pack', '-v', join('.git', 'objects', 'pack', pack)).split('\n').find((l) => l.startsWith(first))!.split(/\s+/)[4]);
    const path = join(dir, '.git', 'objects', 'pack', pack);
    chmodSync(path, 0o644);
    const bytes = readFileSync(path);
    bytes.fill(0x58, offset + 4, offset + 36);
    writeFileSync(path, bytes);
    const run = runCli(['ledger.md'], { cwd: dir });
    expect(run.stderr).toMatch(new RegExp(`^ledgerlint: git cannot read the repository: fatal: packed object ${first} \\(stored in .*\\) is corrupt\n$`));
    expect(run.code).toBe(2);
  });
});
