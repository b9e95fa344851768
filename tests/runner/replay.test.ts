/**
 * A --cache run on a tree where nothing changed is answered from the record of the last
 * run without reading a ledger; anything its findings depend on that changed is seen.
 * In-process, with the clock a few seconds ahead: files written just before a run are not
 * yet settled (a write in the same clock tick could hide), and such a run is not recorded.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { checkFiles, type CheckRun } from '../../src/runner/check-files.js';
import { tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 5_000);
});
afterEach(() => vi.useRealTimers());

function repository(): { dir: string; shas: string[] } {
  const dir = tempDir();
  initRepo(dir);
  const shas = [
    commit(dir, 'feat: add delivery_attempts table', { 'src/retry.ts': 'a\nb\n' }),
    commit(dir, 'feat: schedule retries', { 'src/worker.ts': 'w\n' }),
  ];
  for (const [name, sha] of [
    ['a.md', shas[0]!],
    ['b.md', shas[1]!],
  ] as const)
    writeFileSync(
      join(dir, name),
      prdLedger({ commits: [`- \`${sha.slice(0, 7)}\``], keyFiles: ['- `src/retry.ts:2` - retries'] }),
    );
  commit(dir, 'docs: ledgers');
  return { dir, shas };
}

async function run(dir: string, patterns: string[] = []): Promise<CheckRun> {
  const config = await loadConfig(dir);
  return checkFiles({ cwd: dir, patterns, config, cacheLocation: join(dir, '.ledgerlintcache') });
}

const replayed = (checked: CheckRun) => checked.timings.some(([phase]) => phase === 'replayed');
const findings = (checked: CheckRun) =>
  checked.results.flatMap((r) => r.messages.map((m) => `${r.displayPath} ${m.ruleId} ${m.message}`));

describe('a --cache run replayed', () => {
  it('says what the recorded run said, asking git only where the repository is, its files and its history', async () => {
    const { dir } = repository();
    const first = await run(dir);
    const second = await run(dir);
    expect([replayed(first), replayed(second)]).toEqual([false, true]);
    expect(second.results).toEqual(first.results);
    expect(second.warnings).toEqual(first.warnings);
    // rev-parse, ls-files and the two walks of the history around HEAD.
    expect(second.gitProcesses).toBe(4);
  });

  it('is not replayed, and sees it, when a ledger, a key file, a missing commit or the branches changed', async () => {
    const { dir, shas } = repository();
    await run(dir);
    expect(replayed(await run(dir))).toBe(true);

    writeFileSync(join(dir, 'a.md'), prdLedger({ commits: [`- \`${shas[0]!.slice(0, 7)}\``, '- `abcdef1`'] }));
    vi.setSystemTime(Date.now() + 5_000);
    const edited = await run(dir);
    expect(replayed(edited)).toBe(false);
    expect(findings(edited)).toContain('a.md commit-exists Commit abcdef1 does not exist in this repository.');
    expect(replayed(await run(dir))).toBe(true);

    rmSync(join(dir, 'src', 'retry.ts'));
    const deleted = await run(dir);
    expect(replayed(deleted)).toBe(false);
    expect(findings(deleted).filter((f) => f.includes('key-files'))).toEqual([
      expect.stringContaining('b.md key-files'),
    ]);
    expect(replayed(await run(dir))).toBe(true);

    // The commit the ledger made up comes to exist (fetched, say): HEAD is the same.
    const other = tempDir();
    initRepo(other);
    const fetched = commit(other, 'feat: from elsewhere', { 'x.txt': 'x\n' });
    writeFileSync(join(dir, 'a.md'), prdLedger({ commits: [`- \`${fetched.slice(0, 7)}\``] }));
    vi.setSystemTime(Date.now() + 5_000);
    expect(findings(await run(dir))).toContain(
      `a.md commit-exists Commit ${fetched.slice(0, 7)} does not exist in this repository.`,
    );
    expect(replayed(await run(dir))).toBe(true);
    git(dir, 'fetch', '-q', other, 'main:refs/remotes/other/main');
    const after = await run(dir);
    expect(replayed(after)).toBe(false);
    expect(findings(after)).toContainEqual(
      expect.stringContaining(`Commit ${fetched.slice(0, 7)} exists but is not reachable`),
    );

    // Another branch checked out at the same commit: what is "on the branch" is read again.
    expect(replayed(await run(dir))).toBe(true);
    git(dir, 'checkout', '-q', '-b', 'feature');
    expect(replayed(await run(dir))).toBe(false);
    expect(replayed(await run(dir))).toBe(true);
  });

  it('is not replayed for another question: other paths, or files not yet settled', async () => {
    const { dir } = repository();
    await run(dir);
    expect(replayed(await run(dir, ['a.md']))).toBe(false);
    expect(replayed(await run(dir, ['a.md']))).toBe(true);
    expect(replayed(await run(dir))).toBe(false);

    // Written in the last two seconds: a change in the same clock tick could hide, so the run is not recorded.
    vi.setSystemTime(vi.getRealSystemTime());
    writeFileSync(join(dir, 'b.md'), prdLedger());
    expect(replayed(await run(dir))).toBe(false);
    expect(replayed(await run(dir))).toBe(false);
    vi.setSystemTime(Date.now() + 5_000);
    expect(replayed(await run(dir))).toBe(false);
    expect(replayed(await run(dir))).toBe(true);
  });
});
