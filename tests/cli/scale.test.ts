/** Big runs: worker processes, the result cache and shards give the same findings as a plain run. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { availableParallelism } from 'node:os';
import { commit, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { WORKER_THRESHOLD } from '../../src/runner/pool.js';
import { lint, plant } from '../helpers/lint.js';

type Result = { filePath: string; messages: Array<{ ruleId: string; message: string; line: number }> };
const results = (run: { stdout: string }) => JSON.parse(run.stdout) as Result[];

/** A repository with many ledgers, some drifted, linking to its real commits. */
function corpus(count: number): { dir: string; shas: string[] } {
  const dir = tempDir();
  initRepo(dir);
  const shas = [
    commit(dir, 'feat: add delivery_attempts table', { 'src/retry.ts': 'a\nb\n' }),
    commit(dir, 'feat: schedule retries', { 'src/worker.ts': 'w\n' }),
  ];
  for (let i = 0; i < count; i++) {
    let text = prdLedger({
      commits: [
        `- \`${shas[i % 2]!.slice(0, 7)}\` - ${i % 2 ? 'feat: schedule retries' : 'feat: add delivery_attempts table'}`,
      ],
      keyFiles: ['- `src/retry.ts:2` - retries'],
    });
    if (i % 7 === 0) text = plant(text, '**Agent Sessions:** 2', '**Agent Sessions:** 3');
    if (i % 11 === 0) text = plant(text, '- `src/retry.ts:2`', '- `src/retry.ts:9`');
    writeFileSync(join(dir, `ledger-${String(i).padStart(3, '0')}.md`), text);
  }
  commit(dir, 'docs: ledgers');
  return { dir, shas };
}

describe('many ledgers', () => {
  it('finds in worker processes exactly what the core finds for each file', () => {
    const count = WORKER_THRESHOLD + 20;
    const { dir } = corpus(count);
    const run = runCli(['--debug', '-f', 'json', '.'], { cwd: dir });
    expect(run.stderr).toMatch(
      new RegExp(
        `${count} ledgers checked, \\d+ git processes, linted in ${Math.min(availableParallelism(), 3)} worker processes`,
      ),
    );
    const found = results(run);
    expect(found).toHaveLength(count);
    for (const result of found) {
      const direct = lint(readFileSync(result.filePath, 'utf8')).filter(
        (m) => !['key-files', 'commit-exists', 'commit-reachable', 'commit-subject'].includes(m.ruleId ?? ''),
      );
      expect(
        result.messages
          .filter((m) => !['key-files', 'commit-exists', 'commit-reachable', 'commit-subject'].includes(m.ruleId))
          .map((m) => m.message),
      ).toEqual(direct.map((m) => m.message));
    }
    expect(found.filter((r) => r.messages.some((m) => m.ruleId === 'session-count'))).toHaveLength(
      Math.ceil(count / 7),
    );
    expect(found.filter((r) => r.messages.some((m) => m.ruleId === 'key-files'))).toHaveLength(Math.ceil(count / 11));
  }, 60_000);

  it('when a worker process dies (here: out of its capped memory), the main process lints its share', () => {
    const { dir } = corpus(WORKER_THRESHOLD);
    // Under the markup budget, but more than a worker's 128 MB heap holds while parsing.
    const heavy = prdLedger().replace('## Notes', `${'[a](b) '.repeat(14_000)}\n\n## Notes`);
    writeFileSync(join(dir, 'ledger-030.md'), heavy);
    const run = runCli(['--debug', '-f', 'json', '.'], { cwd: dir });
    expect(run.stderr).toMatch(
      new RegExp(
        `${WORKER_THRESHOLD} ledgers checked, \\d+ git processes, linted in \\d worker processes \\(1 stopped early; the main process linted the rest of their share\\)`,
      ),
    );
    const found = results(run);
    expect(found).toHaveLength(WORKER_THRESHOLD);
    const alone = results(runCli(['-f', 'json', 'ledger-030.md'], { cwd: dir }));
    expect(found.find((r) => r.filePath.endsWith('ledger-030.md'))!.messages).toEqual(alone[0]!.messages);
    expect(found.filter((r) => r.messages.some((m) => m.ruleId === 'session-count'))).toHaveLength(
      Math.ceil(WORKER_THRESHOLD / 7),
    );
  }, 60_000);

  it('reuses cached results while ledgers, config and facts are unchanged, and only then', () => {
    const { dir, shas } = corpus(60);
    const cache = join(dir, 'cache.json');
    const first = runCli(['--cache', '--cache-location', cache, '--debug', '-f', 'json', '.'], { cwd: dir });
    const second = runCli(['--cache', '--cache-location', cache, '--debug', '-f', 'json', '.'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    // Every commit was found reachable from this HEAD, so none is asked about again: git is asked where the
    // repository is and for the history around HEAD (two walks).
    expect(second.stderr).toMatch(/60 ledgers checked, 3 git processes, linted in the main process/);

    // A changed ledger is checked again.
    const changed = join(dir, 'ledger-001.md');
    writeFileSync(changed, plant(readFileSync(changed, 'utf8'), '**Agent Sessions:** 2', '**Agent Sessions:** 4'));
    const third = results(runCli(['--cache', '--cache-location', cache, '-f', 'json', '.'], { cwd: dir }));
    expect(third.find((r) => r.filePath === changed)!.messages.map((m) => m.ruleId)).toEqual(['session-count']);

    // A changed key file (a fact) is seen although no ledger changed.
    writeFileSync(join(dir, 'src', 'retry.ts'), 'a\nb\nc\nd\ne\nf\ng\nh\ni\n');
    const fourth = results(runCli(['--cache', '--cache-location', cache, '-f', 'json', '.'], { cwd: dir }));
    expect(fourth.filter((r) => r.messages.some((m) => m.ruleId === 'key-files'))).toHaveLength(0);

    // A new HEAD asks git again: a commit that now exists is found.
    const later = commit(dir, 'feat: later');
    writeFileSync(
      changed,
      plant(
        readFileSync(changed, 'utf8'),
        `- \`${shas[1]!.slice(0, 7)}\` - feat: schedule retries`,
        `- \`${later.slice(0, 7)}\` - feat: later`,
      ),
    );
    const fifth = results(runCli(['--cache', '--cache-location', cache, '-f', 'json', '.'], { cwd: dir }));
    expect(fifth.find((r) => r.filePath === changed)!.messages.map((m) => m.ruleId)).toEqual(['session-count']);

    // Another config: nothing is reused.
    writeFileSync(join(dir, '.ledgerlintrc.json'), JSON.stringify({ rules: { 'session-count': 'off' } }));
    const sixth = results(runCli(['--cache', '--cache-location', cache, '-f', 'json', '.'], { cwd: dir }));
    expect(sixth.some((r) => r.messages.some((m) => m.ruleId === 'session-count'))).toBe(false);
  }, 60_000);

  it('starts over from a corrupt cache file', () => {
    const { dir } = corpus(3);
    writeFileSync(join(dir, '.ledgerlintcache'), '{ not json');
    const run = runCli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    const [header, data] = readFileSync(join(dir, '.ledgerlintcache'), 'utf8')
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(header).toMatchObject({ version: expect.any(String) });

    // Of this version, but not what ledgerlint writes.
    writeFileSync(
      join(dir, '.ledgerlintcache'),
      `${JSON.stringify(header)}\n${JSON.stringify({ ...data, commits: null })}`,
    );
    const damaged = runCli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(damaged.stderr).toMatch(
      /^ledgerlint: the cache .*\.ledgerlintcache is damaged \(commits: .*\); starting over\.\n$/,
    );
    expect([damaged.code, damaged.stdout]).toEqual([1, run.stdout]);
  });

  it('splits the ledgers into disjoint shards that together cover them all', () => {
    const { dir } = corpus(30);
    const shards = [1, 2, 3].map((i) =>
      results(runCli(['--shard', `${i}/3`, '-f', 'json', '.'], { cwd: dir })).map((r) => r.filePath),
    );
    const all = shards.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(
      results(runCli(['-f', 'json', '.'], { cwd: dir }))
        .map((r) => r.filePath)
        .sort(),
    );
    expect(shards.every((s) => s.length > 0)).toBe(true);
    expect(runCli(['--shard', '4/3', '.'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --shard expects i/n with 1 <= i <= n, like 2/4; got "4/3".\n',
    });
  }, 30_000);
});
