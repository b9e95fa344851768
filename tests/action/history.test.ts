/**
 * The bundled Action on the checkout actions/checkout makes by default (one commit,
 * fetch-depth: 1), with a local bare repository as `origin`: what it fetches, what it
 * says when neither origin nor the REST API answers, and ledgers a change deletes.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../helpers/action.js';
import { tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { fixture, plant } from '../helpers/lint.js';

const LEDGER = 'docs/ledgers/prefs.md';
const ready = fixture('clean/prd-completed.md');
// The fixture's key files belong to an imaginary project.
const CONFIG = { '.ledgerlintrc.json': JSON.stringify({ rules: { 'key-files': 'off' } }) };

/** The done ledger, listing one commit (as `feat: notification preferences`), with the status given. */
function prefsLedger(status: string, sha: string): string {
  // Completed on the day the tests' commits are dated.
  const updated = status === 'Completed' ? '2026-03-04 18:00' : '2026-03-02 10:00';
  return plant(
    plant(ready, '**Status:** Completed', `**Status:** ${status}`),
    '**Last Updated:** 2026-02-06 11:25',
    `**Last Updated:** ${updated}`,
  ).replace(
    /## Git Commits\n\n[^]*?\n\n---/,
    `## Git Commits\n\n- \`${sha.slice(0, 7)}\` - feat: notification preferences [PRD-05 Task 1.1]\n\n---`,
  );
}

/** `count` empty commits on the branch checked out, from one git process. */
function emptyCommits(dir: string, count: number): void {
  const branch = git(dir, 'symbolic-ref', 'HEAD').trim();
  // Dated as the commit before them: a child older than its parent would mislead git's walks, which stop by date.
  const date = git(dir, 'log', '-1', '--format=%ct').trim();
  const stream = Array.from(
    { length: count },
    (_, i) =>
      `commit ${branch}\ncommitter Test <test@example.com> ${date} +0000\ndata <<END\nchore: step ${i + 1}\nEND\n${i === 0 ? `from ${branch}^0\n` : ''}\n`,
  ).join('');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
}

interface Project {
  bare: string;
  /** The linked commit, far back on main. */
  linked: string;
  /** The base branch's tip when the pull request was opened, and the pull request's head and merge commit. */
  base: string;
  head: string;
  merge: string;
  event: object;
}

/**
 * A project on origin: the work the ledger links to, `behind` more commits, the ledger
 * in progress; a branch that marks it Completed while main moves on; the pull
 * request's merge commit under refs/pull/7/merge, as GitHub makes it.
 */
function project({ behind = 3, linkedOn = 'main' }: { behind?: number; linkedOn?: 'main' | 'side' } = {}): Project {
  const work = tempDir();
  initRepo(work);
  commit(work, 'chore: start', { 'README.md': '# project\n', ...CONFIG });
  if (linkedOn === 'side') git(work, 'checkout', '-q', '-b', 'side');
  const linked = commit(work, 'feat: notification preferences', { 'src/prefs.ts': 'export {};\n' });
  if (linkedOn === 'side') git(work, 'checkout', '-q', 'main');
  emptyCommits(work, behind);
  commit(work, 'docs: ledger', { [LEDGER]: prefsLedger('In Progress', linked) });
  git(work, 'checkout', '-q', '-b', 'feature');
  const head = commit(work, 'docs: notification preferences are done', { [LEDGER]: prefsLedger('Completed', linked) });
  git(work, 'checkout', '-q', 'main');
  const base = commit(work, 'chore: main moves on', { 'CHANGELOG.md': '- more\n' });
  git(work, 'checkout', '-q', '--detach');
  git(work, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  const merge = git(work, 'rev-parse', 'HEAD').trim();
  git(work, 'checkout', '-q', 'main');
  const bare = tempDir();
  git(bare, 'init', '-q', '--bare');
  git(
    work,
    'push',
    '-q',
    bare,
    'main',
    'feature',
    ...(linkedOn === 'side' ? ['side'] : []),
    `${merge}:refs/pull/7/merge`,
  );
  return {
    bare,
    linked,
    base,
    head,
    merge,
    event: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
  };
}

/** What actions/checkout does by default on a pull request: the merge commit alone, origin set to the repository. */
function defaultCheckout({ bare, merge }: Project): string {
  const dir = tempDir();
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${bare}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${merge}:refs/remotes/pull/7/merge`);
  git(dir, 'checkout', '-q', '--detach', merge);
  return dir;
}

const findings = (run: ActionRun) =>
  run.commands.filter((c) => c.properties.file).map((c) => `${c.command} ${c.properties.title}: ${c.message}`);
const shallow = (dir: string) => git(dir, 'rev-parse', '--is-shallow-repository').trim();

describe('the Action on a shallow checkout, with origin to fetch from', () => {
  it('fetches the base and the history the ledger links to, and passes a valid Completed ledger', async () => {
    // The linked commit lies further back than the first step deepens the clone.
    const origin = project({ behind: 120 });
    const dir = defaultCheckout(origin);
    expect(shallow(dir)).toBe('true');
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event: origin.event });
    expect(findings(run)).toEqual([]);
    expect(run.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([]);
    expect(run.summary).toMatch(
      /Checked the 1 changed markdown file of [0-9a-f]{7}\.\.\.[0-9a-f]{7} \(changes from git \(fetched from origin\)\)\./,
    );
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', ledgers: '1' });
    expect(run.code).toBe(0);
    expect(shallow(dir)).toBe('false');
  });

  it('compares with a base further back than the commit checked out (git clone --depth 1 of the head)', async () => {
    const origin = project();
    const clones = tempDir();
    git(clones, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin.bare}`, 'co');
    const dir = join(clones, 'co');
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: origin.event,
      env: { GITHUB_SERVER_URL: 'https://ghe.example.com' },
    });
    expect(findings(run)).toEqual([]);
    expect(run.summary).toMatch(/\(changes from git \(fetched from origin\)\)/);
    // The clean ledger on one line, linked to the file at the head commit, on this server.
    expect(run.summary).toContain(
      `✅ No problems in 1 ledger: [docs/ledgers/prefs.md](https://ghe.example.com/octo/ledgers/blob/${origin.head}/${LEDGER}) (Completed, 100%).`,
    );
    expect(run.code).toBe(0);
  });

  it('finds a linked commit that is only on another branch of origin: not on this branch, not missing', async () => {
    const origin = project({ linkedOn: 'side' });
    const run = await runAction({ workspace: defaultCheckout(origin), eventName: 'pull_request', event: origin.event });
    const sha = origin.linked.slice(0, 7);
    // commit-reachable's warning and the gate's error name one fact at one place: said once, as the error.
    expect(findings(run)).toEqual([
      `error completion-gate: Status is Completed but commit ${sha} is not on this branch (not reachable from HEAD).`,
    ]);
    expect(run.stdout).not.toMatch(/does not exist/);
  });
});

describe('the Action when neither origin nor the REST API answers', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = null;
  });

  async function fakeApi(status: number, headers: Record<string, string>): Promise<string> {
    server = createServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(
        JSON.stringify({
          message: status === 403 ? 'Resource not accessible by integration' : 'API rate limit exceeded',
        }),
      );
    });
    await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
    const address = server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  /** The address of a port nothing listens on: one the system gave out, and closed again. */
  async function closedPort(): Promise<string> {
    const probe = createServer();
    await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((closed) => probe.close(() => closed()));
    return `http://127.0.0.1:${port}`;
  }

  /** A shallow checkout whose origin is gone, with a second ledger the change did not touch that has an error. */
  function unreachableOrigin(): { dir: string; event: object } {
    const origin = project();
    const dir = defaultCheckout(origin);
    git(dir, 'remote', 'set-url', 'origin', `file://${join(origin.bare, 'gone')}`);
    return { dir, event: origin.event };
  }

  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    [
      'unreachable',
      closedPort,
      /the GitHub API could not be reached at http:\/\/127\.0\.0\.1:\d+ \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)\. Use actions\/checkout with fetch-depth: 0, so that neither origin nor the API is needed\./,
    ],
    [
      'forbidden',
      () => fakeApi(403, {}),
      /the GitHub API refused the token \(HTTP 403: Resource not accessible by integration\)\. Use actions\/checkout with fetch-depth: 0, so that neither origin nor the API is needed, or give the job `permissions: contents: read` and `pull-requests: read`\./,
    ],
    [
      'rate-limited',
      () => fakeApi(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1893456000' }),
      /the GitHub API refused the request: rate limit exceeded \(HTTP 429\) \(it resets at 2030-01-01T00:00:00\.000Z\)\. Use actions\/checkout with fetch-depth: 0, so that neither origin nor the API is needed, or run the job again later\./,
    ],
  ];

  it.each(cases)(
    'API %s: fails, saying why and what fixes it, and still checks every ledger and writes the summary, outputs and SARIF',
    async (_name, api, said) => {
      const { dir, event } = unreachableOrigin();
      const run = await runAction({
        workspace: dir,
        eventName: 'pull_request',
        event,
        inputs: { 'sarif-file': 'ledgerlint.sarif' },
        env: { GITHUB_API_URL: await api() },
      });
      expect(run.code).toBe(1);
      const error = run.commands.find((c) => c.command === 'error' && !c.properties.file);
      expect(error?.message).toMatch(
        /^ledgerlint: could not tell which files changed: the clone lacks the base or head commit \([0-9a-f]{7}\.\.\.[0-9a-f]{7}\) and git could not fetch them from origin \(fatal: .+\), and /,
      );
      expect(error?.message).toMatch(said);
      expect(run.stdout).not.toMatch(/internal error/);
      expect(run.stdout).toMatch(
        /^::error::ledgerlint could not check everything: could not tell which files changed: /m,
      );
      expect(run.summary).toMatch(
        /^Could not tell which files changed, so every ledger was checked, without comparing with [0-9a-f]{7}: /m,
      );
      expect(run.outputs).toMatchObject({ errors: '0', ledgers: '1' });
      expect(JSON.parse(readFileSync(join(dir, 'ledgerlint.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    },
  );

  it('says a linked commit cannot be verified in a clone that stays shallow: a warning, and a valid Completed ledger passes', async () => {
    const { dir, event } = unreachableOrigin();
    const api = await new Promise<string>((ready) => {
      server = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        res.writeHead(200, { 'content-type': 'application/json' });
        if (path === '/repos/octo/ledgers/pulls/7/files')
          res.end(JSON.stringify([{ filename: LEDGER, status: 'modified' }]));
        else
          res.end(
            JSON.stringify({
              type: 'file',
              encoding: 'base64',
              content: Buffer.from(prefsLedger('In Progress', 'abcdef0')).toString('base64'),
            }),
          );
      });
      server.listen(0, '127.0.0.1', () => ready(`http://127.0.0.1:${(server!.address() as { port: number }).port}`));
    });
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event, env: { GITHUB_API_URL: api } });
    const sha = readFileSync(join(dir, LEDGER), 'utf8').match(
      /- `([0-9a-f]{7})` - feat: notification preferences/,
    )![1]!;
    // The gate's warning and commit-exists' name one fact at one place: said once, in the rule's own words.
    expect(findings(run)).toEqual([
      `warning commit-exists: Commit ${sha} cannot be verified: the clone is shallow; fetch full history (actions/checkout: fetch-depth: 0).`,
    ]);
    expect(run.stdout).toMatch(
      /^::warning::ledgerlint: 1 linked commit cannot be verified: the clone is shallow, and fetching its history from origin failed \(fatal: .+\); fetch full history/m,
    );
    expect(run.summary).toMatch(/\(changes from the GitHub API\)/);
    expect(run.code).toBe(0);
  });
});

describe('the Action and a change that deletes a ledger', () => {
  function deletion() {
    const dir = tempDir();
    initRepo(dir);
    const base = commit(dir, 'docs: ledgers', {
      [LEDGER]: prdLedger(),
      'docs/ledgers/kept.md': prdLedger(),
      'docs/notes.md': '# Notes\n',
    });
    git(dir, 'rm', '-q', LEDGER, 'docs/notes.md');
    const head = commit(dir, 'docs: drop the prefs ledger');
    return { dir, event: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } };
  }

  it('warns about each deleted ledger by default, not about other deleted files', async () => {
    const { dir, event } = deletion();
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event });
    expect(findings(run)).toEqual([
      expect.stringMatching(
        /^warning ledgerlint: The change deletes this prd ledger \(it is in the base branch \([0-9a-f]{7}\)\); its work is no longer tracked\. Set the Action input deleted-ledgers to off to allow it, or to error to refuse it\.$/,
      ),
    ]);
    expect(run.commands.find((c) => c.properties.file)?.properties.file).toBe(LEDGER);
    expect(run.summary).toMatch(
      /Checked the 0 changed markdown files of [0-9a-f]{7}\.\.\.[0-9a-f]{7}, and looked at the 2 deleted markdown files \(changes from git\)\./,
    );
    // Named, not linked: the file is not at the head commit.
    expect(run.summary).toMatch(/^### docs\/ledgers\/prefs\.md · prd · ⚠️ 0E 1W$/m);
    expect(run.summary).toMatch(/^\| 1 \| warning \| – \| The change deletes this prd ledger/m);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1', ledgers: '1' });
    expect(run.code).toBe(0);
  });

  it('fails with deleted-ledgers: error, and says nothing with off', async () => {
    const { dir, event } = deletion();
    const refused = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { 'deleted-ledgers': 'error' },
    });
    expect(findings(refused)).toEqual([
      expect.stringMatching(
        /^error ledgerlint: The change deletes this prd ledger .* The Action refuses that \(deleted-ledgers: error\)\.$/,
      ),
    ]);
    expect(refused.code).toBe(1);
    const allowed = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { 'deleted-ledgers': 'off' },
    });
    expect(findings(allowed)).toEqual([]);
    expect(allowed.outputs).toMatchObject({ warnings: '0', ledgers: '0' });
    expect(allowed.code).toBe(0);
    const bad = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { 'deleted-ledgers': 'never' },
    });
    expect(bad.stdout).toMatch(
      /^::error::ledgerlint: input "deleted-ledgers" must be one of "warn", "error", "off" \(got "never"\)$/m,
    );
  });
});
