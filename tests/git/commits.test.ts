import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

type Message = { ruleId: string; severity: number; message: string; line: number };
const messages = (run: { stdout: string }): Message[] =>
  (JSON.parse(run.stdout) as Array<{ messages: Message[] }>).flatMap((r) => r.messages);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const commitFindings = (run: { stdout: string }) =>
  messages(run)
    .filter((m) => m.ruleId?.startsWith('commit-'))
    .map((m) => `${m.ruleId} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`);

// 64 hex digits: the length of a SHA-256 name, named by no object in any repository here.
const INVENTED = 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789';

function repoWithHistory(): { dir: string; first: string; second: string } {
  const dir = tempDir();
  initRepo(dir);
  const first = commit(dir, 'feat: add delivery_attempts table', {
    'README.md': 'hello\n',
    'src/retry.ts': 'one\ntwo\nthree\n',
  });
  const second = commit(dir, 'feat: schedule retries with backoff', { 'src/retry.ts': 'one\ntwo\nthree\nfour\n' });
  return { dir, first, second };
}

describe('linked commits checked against the repository', () => {
  it('accepts commits that exist on the branch, with short or full SHAs and matching subjects', () => {
    const { dir, first, second } = repoWithHistory();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        commits: [
          `- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table [PRD-04 Task 1.1]`,
          `- \`${second}\` - feat: schedule retries [PRD-04 Task 1.2]`,
        ],
      }),
    );
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
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ commits: ['- `xyz1234` - feat: x', '- `a1b2c` - feat: y', '- `abc1234` - feat: example'] }),
    );
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(commitFindings(run)).toEqual([
      'commit-sha error "xyz1234" is not a commit SHA: it is not hexadecimal.',
      'commit-sha error "a1b2c" is not a commit SHA: it has only 5 digits; a SHA needs at least 7 to be looked up.',
    ]);
    expect(
      messages(run)
        .filter((m) => m.ruleId === 'placeholders')
        .map((m) => m.message),
    ).toEqual([expect.stringMatching(/"abc1234" \(example commit SHA\)/)]);
  });

  it('reports a subject that differs, accepting a shortened one', () => {
    const { dir, first, second } = repoWithHistory();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        commits: [
          `- \`${first.slice(0, 7)}\` - feat: add delivery…`,
          `- \`${second.slice(0, 7)}\` - fix: retry everything`,
        ],
      }),
    );
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-subject warning Commit ${second.slice(0, 7)} is listed as "fix: retry everything" but its subject is "feat: schedule retries with backoff".`,
    ]);
  });

  it('reports tasks the ledger does not have, another PRD, and a commit listed twice', () => {
    const { dir, first, second } = repoWithHistory();
    const text = prdLedger({
      commits: [
        `- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table [PRD-04 Task 7.1]`,
        `- \`${second.slice(0, 7)}\` - feat: schedule retries [PRD-05 Task 1.2]`,
        `- \`${first.slice(0, 9)}\` - feat: add delivery_attempts table`,
      ],
    });
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
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ commits: [`- \`${spike.slice(0, 7)}\` - feat: spike on a queue`] }),
    );
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(commitFindings(run)).toEqual([
      `commit-reachable warning Commit ${spike.slice(0, 7)} exists but is not reachable from HEAD; a rebase may have rewritten it, or its branch was abandoned.`,
    ]);
  });

  it('names the new SHA of a commit a rebase rewrote', () => {
    const { dir } = repoWithHistory();
    git(dir, 'checkout', '-q', '-b', 'feature', 'HEAD~1');
    const before = commit(dir, 'feat: alert after the last attempt', { 'alert.ts': 'alert\n' });
    git(dir, 'rebase', '-q', 'main');
    const after = git(dir, 'rev-parse', 'HEAD').trim();
    expect(after).not.toBe(before);
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ commits: [`- \`${before.slice(0, 7)}\` - feat: alert after the last attempt`] }),
    );
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-reachable warning Commit ${before.slice(0, 7)} exists but is not reachable from HEAD; rebased: now \`${after.slice(0, 7)}\` (same subject, on this branch).`,
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
    const candidates = git(dir, 'rev-list', 'main')
      .split('\n')
      .filter((s) => s.startsWith(prefix));
    expect(candidates).toHaveLength(2);
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${prefix}\` - commit`] }));
    const found = commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(
        `^commit-exists error Commit ${prefix} is ambiguous: it could be (${candidates.map((c) => c.slice(0, 12)).join('|')}), (${candidates.map((c) => c.slice(0, 12)).join('|')}); write more digits\\.$`,
      ),
    );
  }, 60_000);

  it('says once that a shallow clone cannot verify old commits, never that they do not exist', () => {
    const { dir, first } = repoWithHistory();
    const other = commit(dir, 'docs: retry schedule', { 'docs.md': 'd\n' });
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'shallow');
    const shallow = join(clone, 'shallow');
    const ledgers = ['a.md', 'b.md'];
    for (const name of ledgers)
      writeFileSync(
        join(shallow, name),
        prdLedger({
          commits: [
            `- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table`,
            `- \`${other.slice(0, 7)}\` - docs: retry schedule`,
          ],
        }),
      );
    const run = runCli(['-f', 'json', ...ledgers], { cwd: shallow });
    expect(run.code).toBe(0);
    expect(commitFindings(run)).toEqual([
      `commit-exists warning Commit ${first.slice(0, 7)} cannot be verified: the clone is shallow; fetch full history (actions/checkout: fetch-depth: 0).`,
    ]);
    expect(run.stderr).toBe(
      'ledgerlint: 1 linked commit cannot be verified: the clone is shallow; fetch full history (actions/checkout: fetch-depth: 0).\n',
    );
  });

  it('in a shallow clone, does not call a commit off the branch when the walk from HEAD stops short of it', () => {
    const { dir, first } = repoWithHistory();
    commit(dir, 'docs: retry schedule', { 'docs.md': 'd\n' });
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'shallow');
    const shallow = join(clone, 'shallow');
    // Here, but below the boundary of HEAD's history: on the branch, as far as anyone can tell.
    git(shallow, 'fetch', '-q', '--depth', '1', 'origin', first);
    writeFileSync(
      join(shallow, 'a.md'),
      prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table`] }),
    );
    const run = runCli(['-f', 'json', 'a.md'], { cwd: shallow });
    expect(commitFindings(run)).toEqual([
      `commit-exists warning Commit ${first.slice(0, 7)} cannot be verified: the clone is shallow; fetch full history (actions/checkout: fetch-depth: 0).`,
    ]);
  });

  it('skips git checks outside a repository, with one note, and runs the rest', () => {
    const dir = tempDir({
      'README.md': 'hi\n',
      'a.md': prdLedger({ commits: ['- `1234567` - feat: x'] }),
      'b.md': prdLedger({ commits: ['- `7654321` - feat: y', '- `xyz1234` - z'] }),
    });
    const run = runCli(['a.md', 'b.md'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: dir.replace(/\/[^/]+$/, '') } });
    expect(run.stderr).toBe('ledgerlint: not in a git repository: the commits listed in ledgers were not checked.\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/"xyz1234" is not a commit SHA/);
    expect(run.stdout).not.toMatch(/does not exist/);
  });

  it('never passes ledger text to git as an option', () => {
    const { dir } = repoWithHistory();
    const target = join(dir, 'pwned');
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        commits: [
          `- \`--output=${target}\` - feat: x`,
          `- --output=${target} feat: y`,
          `| --output=${target} | z |`,
          '- `-c core.pager=touch` - w',
        ],
      }),
    );
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
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        commits: [
          `- \`${side.slice(0, 7)}\` - feat: on a side branch`,
          `- \`${fetched.slice(0, 7)}\` - feat: upstream`,
        ],
      }),
    );
    const cached = () => commitFindings(runCli(['--cache', '-f', 'json', 'ledger.md'], { cwd: dir }));
    expect(cached()).toEqual([
      expect.stringMatching(
        new RegExp(`^commit-reachable warning Commit ${side.slice(0, 7)} exists but is not reachable`),
      ),
      `commit-exists error Commit ${fetched.slice(0, 7)} does not exist in this repository.`,
    ]);

    git(dir, 'branch', '-q', '-D', 'side');
    git(dir, 'reflog', 'expire', '--expire=now', '--all');
    git(dir, 'gc', '-q', '--prune=now');
    git(dir, 'fetch', '-q', upstream, 'main:refs/remotes/upstream/main');
    const again = cached();
    expect(again).toEqual(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir })));
    expect(again).toEqual([
      `commit-exists error Commit ${side.slice(0, 7)} does not exist in this repository.`,
      expect.stringMatching(
        new RegExp(`^commit-reachable warning Commit ${fetched.slice(0, 7)} exists but is not reachable`),
      ),
    ]);
  });

  it('with --cache at the same HEAD, asks git nothing about commits it found reachable', () => {
    const { dir, first, second } = repoWithHistory();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table`, `- \`${second}\``] }),
    );
    const cached = () => runCli(['--cache', '--debug', 'ledger.md'], { cwd: dir });
    const processes = (run: { stderr: string }) => Number(/(\d+) git process/.exec(run.stderr)?.[1]);
    const cold = cached();
    const warm = cached();
    expect([cold.code, warm.code]).toEqual([0, 0]);
    // Warm leaves out the lookup of both commits (cat-file), their subjects (log), whether HEAD reaches them
    // (rev-list), and the history of the files they touched (kept per HEAD as well).
    expect(processes(cold) - processes(warm)).toBe(4);

    // A commit not found then is asked about again: it may have been fetched since.
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${first.slice(0, 7)}\``, '- `abcdef1`'] }));
    const edited = cached();
    expect(edited.stdout).toContain('Commit abcdef1 does not exist');
    expect(processes(edited)).toBe(processes(warm) + 1);
  });

  it('uses a bounded number of git processes however many ledgers and commits', () => {
    const { dir } = repoWithHistory();
    const shas: string[] = [];
    for (let i = 0; i < 30; i++) shas.push(commit(dir, `feat: step ${i}`, { [`f${i}.txt`]: `${i}\n` }));
    for (let n = 0; n < 40; n++) {
      writeFileSync(
        join(dir, `ledger-${n}.md`),
        prdLedger({
          commits: shas
            .map((s, i) => `- \`${s.slice(0, 7 + (n % 5))}\` - feat: step ${i}`)
            .concat(['- `0000000` - missing']),
          keyFiles: [`- \`f${n % 30}.txt:1\` - step`, '- `nope.txt` - missing'],
        }),
      );
    }
    const run = runCli(['--debug', '-f', 'json', '.'], { cwd: dir });
    const [, processes] = /40 ledgers checked, (\d+) git processes/.exec(run.stderr) ?? [];
    expect(Number(processes)).toBeGreaterThan(0);
    // The README's bound: one for the repository, four for the commits, three for the history around HEAD, three for files' history.
    expect(Number(processes)).toBeLessThanOrEqual(11);
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
    expect(
      commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir })).filter((f) => f.startsWith('commit-subject')),
    ).toEqual([]);
  });

  it('reads every section about commits, a Commits heading in the Session Log as well as Git Commits', () => {
    const { dir } = repoWithHistory();
    const text = prdLedger({ commits: ['- `1234567` - feat: invented'] }).replace(
      '## Session Log\n',
      '## Session Log\n\n#### Commits\n\n- `7654321` - feat: invented too\n',
    );
    writeFileSync(join(dir, 'ledger.md'), text);
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      'commit-exists error Commit 7654321 does not exist in this repository.',
      'commit-exists error Commit 1234567 does not exist in this repository.',
    ]);
  });

  it('does not call two different short SHAs the same commit when they are not found', () => {
    const { dir } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: ['- `1234567` - feat: x', '- `12345678` - feat: y'] }));
    expect(
      commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir })).filter((f) => f.startsWith('commit-duplicate')),
    ).toEqual([]);
  });

  it('says how long a SHA may be', () => {
    const { dir, first } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: [`- \`${first}a\` - feat: x`] }));
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      `commit-sha error "${first}a" is not a commit SHA: it has 41 digits; a SHA has 7 to 40, or all 64 of a SHA-256 name.`,
    ]);
  });

  it('looks up a 64-digit SHA in a SHA-1 repository too: an invented one does not exist', () => {
    const { dir } = repoWithHistory();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({
        commits: [`- \`${INVENTED}\` - feat: x`, `- Merged as ${INVENTED.replace('a', 'b')} after review.`],
      }),
    );
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
    const commits = [
      `- \`${sha}\` - fix: another subject`,
      `- \`${sha.slice(0, 12)}\` - feat: add delivery_attempts table`,
      `- \`${INVENTED}\` - feat: invented`,
      '- `1234567` - feat: invented too',
    ];
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
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ commits: ['- `deadbee` - feat: tagged', '- `cafe1234` - feat: branched'] }),
    );
    expect(commitFindings(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }))).toEqual([
      'commit-exists error Commit deadbee does not exist in this repository.',
      'commit-exists error Commit cafe1234 does not exist in this repository.',
    ]);
  });

  it('says when git itself is missing', () => {
    const { dir } = repoWithHistory();
    writeFileSync(join(dir, 'ledger.md'), prdLedger({ commits: ['- `1234567` - feat: x'] }));
    const run = runCli(['ledger.md'], { cwd: dir, env: { PATH: '/nonexistent' } });
    expect(run.stderr).toBe(
      'ledgerlint: git is not installed (or not on PATH): the commits listed in ledgers were not checked.\n',
    );
  });

  it('says what is wrong with a repository git cannot read, in the words of git, and exits 2', () => {
    const { dir, first } = repoWithHistory();
    writeFileSync(
      join(dir, 'ledger.md'),
      prdLedger({ commits: [`- \`${first.slice(0, 7)}\` - feat: add delivery_attempts table`] }),
    );
    const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
    writeFileSync(join(dir, '.git', 'config'), `${config}[core\n`);
    for (const args of [['ledger.md'], ['--staged'], ['gate', 'ledger.md']]) {
      const run = runCli(args, { cwd: dir });
      expect(run.stderr).toMatch(
        /^ledgerlint: git cannot read the repository: fatal: bad config line \d+ in file \.git\/config\n/,
      );
      expect(run.code).toBe(2);
    }
    writeFileSync(join(dir, '.git', 'config'), config);

    // A packed commit with its compressed bytes overwritten.
    git(dir, 'gc', '-q');
    const pack = readdirSync(join(dir, '.git', 'objects', 'pack')).find((f) => f.endsWith('.pack'))!;
    const offset = Number(
      git(dir, 'verify-pack', '-v', join('.git', 'objects', 'pack', pack))
        .split('\n')
        .find((l) => l.startsWith(first))!
        .split(/\s+/)[4],
    );
    const path = join(dir, '.git', 'objects', 'pack', pack);
    chmodSync(path, 0o644);
    const bytes = readFileSync(path);
    bytes.fill(0x58, offset + 4, offset + 36);
    writeFileSync(path, bytes);
    const run = runCli(['ledger.md'], { cwd: dir });
    expect(run.stderr).toMatch(
      new RegExp(
        `^ledgerlint: git cannot read the repository: fatal: packed object ${first} \\(stored in .*\\) is corrupt\n$`,
      ),
    );
    expect(run.code).toBe(2);
  });
});

describe('commit lists in the shapes of every family', () => {
  // Invented SHAs: named by no object in the repositories built here.
  const invented = [
    'badcafe1',
    'deadbee5',
    'facade77',
    'beefed11',
    'abad1dea',
    'decade99',
    'fee1600d',
    'c0ffee42',
  ] as const;

  /** One ledger per family, each listing commits the way that family does, real ones and invented ones mixed, hex words in prose besides. */
  function ledgers(a: string, b: string, full: string): Record<string, { profile: string; text: string }> {
    const [i1, i2, i3, i4, i5, i6, i7, i8] = invented;
    return {
      '.planning/phases/03-retries/03-01-SUMMARY.md': {
        profile: 'gsd-summary',
        text: `---\nphase: 03-retries\nplan: 01\ncompleted: 2026-03-04\n---\n\n# Phase 3 Plan 1: Retry Schedule Summary\n\n**Failed deliveries retried with backoff**\n\n## Performance\n\n- **Duration:** 12 min\n- **Tasks:** 2\n\n## Accomplishments\n- Attempts are stored and retried\n\n## Task Commits\n\nEach task was committed atomically:\n\n1. **Task 1: Attempts table** - \`${a}\` (feat)\n2. **Task 2: Backoff schedule** - \`${i1}\` (test: RED), \`${b}\` (feat: GREEN)\n\n## Files Created/Modified\n- \`src/retry.ts\` - the schedule\n\n## Deviations from Plan\n\n**1. [Rule 1 - Bug] Jitter applied twice**\n- **Fix:** applied once; cache key deadbeef12 bumped\n- **Committed in:** ${full} (Task 2 commit)\n\n## Next Phase Readiness\n- Ready for 03-02\n`,
      },
      'docs/plans/PLAN_retries.md': {
        profile: 'plan',
        text: `# Implementation Plan: Webhook Retries\n\n**Status**: 🔄 In Progress\n**Started**: 2026-03-01\n**Last Updated**: 2026-03-04\n\n## Implementation Phases\n\n### Phase 1: Attempts Table\n**Status**: ✅ Complete\n\n- [x] Task 1.1: Add the table\n\n#### Commit\n\n\`${a} - feat: add delivery_attempts table\`\n\n### Phase 2: Schedule\n**Status**: 🔄 In Progress\n\n- [x] Task 2.1: Backoff\n- [ ] Task 2.2: Dead letters\n\n#### Commit\n\n\`${i2} - feat: schedule retries\`\n\nBuild 1a2b3c4d passed on the staging box.\n`,
      },
      'specs/003-retries/tasks.md': {
        profile: 'speckit-tasks',
        text: `# Tasks: Webhook Retries\n\n## Phase 1: Setup\n\n- [x] T001 Create the attempts table in src/db.ts (commit \`${a}\`)\n- [x] T002 [P] Backoff in src/retry.ts **Commit:** \`${i3}\`\n- [ ] T003 Dead letters in src/dead.ts\n\n## Commits\n\n\`\`\`text\n${b}  feat: schedule retries with backoff\n${i4}  feat: invented\n\`\`\`\n\nColour ff00aa11 is the dashboard accent.\n`,
      },
      '.kiro/specs/retries/tasks.md': {
        profile: 'kiro-tasks',
        text: `# Implementation Plan\n\n- [x] 1. Attempts table\n  - Commit: \`${a}\`\n  - _Requirements: 1.1_\n- [x] 2. Backoff schedule\n  - Commit: \`${i5}\`\n- [ ] 3. Dead letters\n`,
      },
      'docs/stories/1.2.story.md': {
        profile: 'bmad-story',
        text: `# Story 1.2: Webhook Retries\n\n## Status\n\nIn Progress\n\n## Story\n\nAs an integrator, I want failed deliveries retried, so that short outages lose nothing.\n\n## Tasks / Subtasks\n\n- [x] Task 1: Attempts table (AC: 1)\n- [ ] Task 2: Dead letters (AC: 2)\n\n## Dev Agent Record\n\n### Completion Notes List\n\n- Attempts table in; hash 0ddba11fe is the fixture's\n\n**Git commits:**\n- \`${a}\` - feat: add delivery_attempts table\n- \`${i6}\` - feat: dead letters\n\n### File List\n\n- src/db.ts\n`,
      },
      'backlog/tasks/task-7 - Webhook-retries.md': {
        profile: 'backlog-task',
        text: `---\nid: TASK-7\ntitle: Webhook retries\nstatus: In Progress\ncreated_date: '2026-03-01'\n---\n\n## Description\n\nRetry failed deliveries.\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [x] #1 Attempts are stored\n- [ ] #2 Dead letters are parked\n<!-- AC:END -->\n\n## Implementation Notes\n\n<!-- SECTION:NOTES:BEGIN -->\n- Commits: \`${a}\`, \`${i7}\`\n- Seeded with id 5eed5eed1\n<!-- SECTION:NOTES:END -->\n`,
      },
      'claude-progress.txt': {
        profile: 'progress-log',
        text: `# Webhook Retries - Progress\n\n## Current Status\n- Status: 1/2 features passing (50%)\n\n## Session Log\n\n### Session 1 - 2026-03-02\n- Initial commit \`${a}\`\n- **Commit:** \`${i8}\` · **Branch:** \`main\`\n\n### Session 2 - 2026-03-04\n\n### Commits This Session\n\n| SHA | Message |\n| --- | --- |\n| \`${b}\` | fix: retry everything |\n`,
      },
    };
  }

  it('checks every listed commit, reports the invented ones, and compares a subject only where one is written', () => {
    const { dir, first, second } = repoWithHistory();
    // Short SHAs in code spans; a bare one in full, since seven digits without a letter are a number, not a SHA.
    const files = ledgers(first.slice(0, 7), second.slice(0, 8), second);
    for (const [path, { text }] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = runCli(['-f', 'json', ...Object.keys(files)], { cwd: dir });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; profile: string; messages: Message[] }>;
    const byFile = Object.fromEntries(results.map((r) => [relative(dir, r.filePath), r]));
    for (const [path, { profile }] of Object.entries(files)) expect(byFile[path]?.profile, path).toBe(profile);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.startsWith('commit-'))
        .map((m) => `${relative(dir, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`),
    );
    const at = (path: string, needle: string) => `${path}:${lineOf(files[path]!.text, needle)}`;
    expect(found.sort()).toEqual(
      [
        `${at('.planning/phases/03-retries/03-01-SUMMARY.md', invented[0])} commit-exists Commit ${invented[0]} does not exist in this repository.`,
        `${at('docs/plans/PLAN_retries.md', invented[1])} commit-exists Commit ${invented[1]} does not exist in this repository.`,
        `${at('specs/003-retries/tasks.md', invented[2])} commit-exists Commit ${invented[2]} does not exist in this repository.`,
        `${at('specs/003-retries/tasks.md', invented[3])} commit-exists Commit ${invented[3]} does not exist in this repository.`,
        `${at('.kiro/specs/retries/tasks.md', invented[4])} commit-exists Commit ${invented[4]} does not exist in this repository.`,
        `${at('docs/stories/1.2.story.md', invented[5])} commit-exists Commit ${invented[5]} does not exist in this repository.`,
        `${at('backlog/tasks/task-7 - Webhook-retries.md', invented[6])} commit-exists Commit ${invented[6]} does not exist in this repository.`,
        `${at('claude-progress.txt', invented[7])} commit-exists Commit ${invented[7]} does not exist in this repository.`,
        `${at('claude-progress.txt', 'fix: retry everything')} commit-subject Commit ${second.slice(0, 8)} is listed as "fix: retry everything" but its subject is "feat: schedule retries with backoff".`,
      ].sort(),
    );
  });

  it('finds nothing to say of the same ledgers when every commit they list is real', () => {
    const { dir, first, second } = repoWithHistory();
    const files = ledgers(first.slice(0, 7), second.slice(0, 8), second);
    // A real commit in the place of each invented one, with the subject its line gives it, if any.
    const subjects: Record<string, string> = {
      deadbee5: 'feat: schedule retries',
      beefed11: 'feat: invented',
      decade99: 'feat: dead letters',
    };
    const real = Object.fromEntries(
      invented.map((sha, i) => [sha, commit(dir, subjects[sha] ?? `chore: step ${i}`).slice(0, 9)]),
    );
    for (const [path, { text }] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(
        join(dir, path),
        text
          .replace(new RegExp(invented.join('|'), 'g'), (sha) => real[sha]!)
          .replace('fix: retry everything', 'feat: schedule retries'),
      );
    }
    const run = runCli(['-f', 'json', ...Object.keys(files)], { cwd: dir });
    expect(commitFindings(run)).toEqual([]);
  });
});
