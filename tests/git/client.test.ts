import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitClient, GitFailed } from '../../src/git/client.js';
import { commit, initRepo } from '../helpers/git.js';

describe('GitClient', () => {
  it("gives git's own words when it fails, without the trace line it is asked to print", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-client-'));
    initRepo(dir);
    commit(dir, 'first', { 'a.md': '# A\n' });
    const failure = await new GitClient(dir).text(['cat-file', '-p', 'no-such-object']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GitFailed);
    expect((failure as GitFailed).detail).toMatch(/^fatal: Not a valid object name no-such-object/);
  });

  it('says git gave no reason when it failed silently (its trace line is not a reason)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-client-'));
    initRepo(dir);
    const failure = await new GitClient(dir).text(['config', '--get', 'no.such.key']).catch((e: unknown) => e);
    expect((failure as GitFailed).detail).toBe('git failed without saying why');
  });

  it('tells a directory outside any repository from a broken one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-client-'));
    const failure = await new GitClient(dir).text(['rev-parse', 'HEAD']).catch((e: unknown) => e);
    expect((failure as GitFailed).notARepository).toBe(true);
  });

  it('returns what git printed, and nothing when it printed nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-client-'));
    initRepo(dir);
    const head = commit(dir, 'first', { 'a.md': '# A\n' });
    const client = new GitClient(dir);
    expect(await client.text(['rev-list', '--stdin'], `${head}\n^HEAD\n`)).toBe('');
    expect((await client.text(['rev-parse', 'HEAD'])).trim()).toBe(head);
    expect(client.spawned).toBe(2);
  });
});
