/**
 * Fetching what a shallow checkout lacks from origin (a local bare repository by
 * file://): the steps taken, and the git processes they cost, whatever the history.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitClient } from '../../src/git/client.js';
import { DEEPEN_STEP, fetchForComparison, fetchHistory } from '../../src/git/fetch.js';
import { tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';

/** `count` empty commits on the branch checked out, from one git process, dated as the commit before them. */
function emptyCommits(dir: string, count: number): void {
  const branch = git(dir, 'symbolic-ref', 'HEAD').trim();
  const date = git(dir, 'log', '-1', '--format=%ct').trim();
  const stream = Array.from(
    { length: count },
    (_, i) =>
      `commit ${branch}\ncommitter T <t@e> ${date} +0000\ndata <<END\nstep ${i}\nEND\n${i === 0 ? `from ${branch}^0\n` : ''}\n`,
  ).join('');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
}

/** main with `before` commits, a branch of `branch` commits off it, and main moved on by one; pushed to a bare origin. */
function origin({ before = 3, branch = 2 }: { before?: number; branch?: number } = {}) {
  const work = tempDir();
  initRepo(work);
  const old = commit(work, 'feat: old', { 'a.txt': 'a\n' });
  emptyCommits(work, before);
  git(work, 'checkout', '-q', '-b', 'feature');
  emptyCommits(work, branch);
  const head = commit(work, 'feat: head', { 'b.txt': 'b\n' });
  git(work, 'checkout', '-q', 'main');
  const base = commit(work, 'chore: main moves on', { 'c.txt': 'c\n' });
  git(work, 'checkout', '-q', '-b', 'side', old);
  const side = commit(work, 'feat: on a side branch', { 'd.txt': 'd\n' });
  const bare = tempDir();
  git(bare, 'init', '-q', '--bare');
  git(work, 'push', '-q', bare, 'main', 'feature', 'side');
  return { bare, old, base, head, side };
}

/** git clone --depth 1 of a branch. */
function shallowClone(bare: string, branch: string): GitClient {
  const clones = tempDir();
  git(clones, 'clone', '-q', '--depth', '1', '--branch', branch, `file://${bare}`, 'co');
  return new GitClient(join(clones, 'co'));
}

const has = (client: GitClient, sha: string) => objectType(client, sha) === 'commit';

function objectType(client: GitClient, sha: string): string {
  return execFileSync('git', ['cat-file', '--batch-check=%(objecttype)'], {
    cwd: client.baseDir,
    input: `${sha}\n`,
    encoding: 'utf8',
  }).trim();
}
const isShallow = (client: GitClient) => git(client.baseDir, 'rev-parse', '--is-shallow-repository').trim() === 'true';

describe('fetching for a comparison', () => {
  it('asks nothing of origin when the clone can compare already', async () => {
    const { bare, base, head } = origin();
    const client = shallowClone(bare, 'feature');
    git(client.baseDir, 'fetch', '-q', '--unshallow', 'origin', 'main');
    const before = client.spawned;
    expect(await fetchForComparison(client, base, head)).toEqual({ fetched: false });
    expect(client.spawned - before).toBe(1);
  });

  it('deepens a shallow clone once when that reaches a merge base: four processes', async () => {
    const { bare, base, head, old } = origin();
    const client = shallowClone(bare, 'feature');
    expect(has(client, base)).toBe(false);
    expect(await fetchForComparison(client, base, head)).toEqual({ fetched: true });
    expect(client.spawned).toBe(4);
    expect(has(client, base)).toBe(true);
    expect(has(client, old)).toBe(true);
  });

  it('fetches the whole history when the branch left main further back than one step: six processes', async () => {
    const { bare, base, head } = origin({ branch: DEEPEN_STEP + 20 });
    const client = shallowClone(bare, 'feature');
    expect(await fetchForComparison(client, base, head)).toEqual({ fetched: true });
    expect(client.spawned).toBe(6);
    expect(isShallow(client)).toBe(false);
  });

  it("says git's words when origin cannot be fetched from, or does not have the commit", async () => {
    const { bare, base, head } = origin();
    const client = shallowClone(bare, 'feature');
    expect(await fetchForComparison(client, base, 'f'.repeat(40))).toEqual({
      failed: expect.stringMatching(/^fatal: .*not our ref f{40}/),
    });
    git(client.baseDir, 'remote', 'remove', 'origin');
    expect(await fetchForComparison(client, base, head)).toEqual({
      failed: "fatal: 'origin' does not appear to be a git repository",
    });
  });
});

describe('fetching the history a full clone has', () => {
  it('completes a shallow clone and brings origin’s branches, in two processes', async () => {
    const { bare, old, side } = origin({ before: DEEPEN_STEP + 20 });
    const client = shallowClone(bare, 'main');
    expect(await fetchHistory(client)).toEqual({ fetched: true });
    expect(client.spawned).toBe(2);
    expect(isShallow(client)).toBe(false);
    expect(has(client, old)).toBe(true);
    expect(has(client, side)).toBe(true);
  });
});
