/**
 * The bundled Action, run as the runner runs it, against temporary repositories
 * with a base and a head commit.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/reporters/summary.js';
import { runAction } from '../helpers/action.js';
import { runnerCommands } from '../helpers/workflow-commands.js';
import { tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { plant } from '../helpers/lint.js';

const valid = prdLedger();
const LEDGER = 'docs/ledgers/retries.md';

/** A repository whose main branch has a valid ledger, and a head commit on a branch that changes it. */
function pullRequest(change: (ledger: string) => string, extra: Record<string, string> = {}) {
  const dir = tempDir();
  initRepo(dir);
  const base = commit(dir, 'docs: ledger', { [LEDGER]: valid, 'README.md': '# project\n' });
  git(dir, 'checkout', '-q', '-b', 'feature');
  const head = commit(dir, 'docs: update ledger', { [LEDGER]: change(valid), ...extra });
  const event = {
    pull_request: { number: 7, base: { sha: base }, head: { sha: head } },
    repository: { name: 'ledgers', owner: { login: 'octo' } },
  };
  return { dir, base, head, event };
}

const errorsIn = (run: { commands: Array<{ command: string; properties: Record<string, string>; message: string }> }) =>
  run.commands.filter((c) => c.command === 'error' && c.properties.file);

describe('the Action on a pull request', () => {
  it('fails a pull request that breaks a ledger, with annotations on its lines, a summary and outputs', async () => {
    const { dir, event, head } = pullRequest((l) =>
      plant(l, '- **Phase 2:** 0% complete (0/2 tasks done)', '- **Phase 2:** 50% complete (1/2 tasks done)'),
    );
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      env: { GITHUB_SERVER_URL: 'https://github.com' },
    });
    expect(run.code).toBe(1);
    const line = valid.split('\n').findIndex((l) => l.startsWith('- **Phase 2:**')) + 1;
    expect(errorsIn(run)).toEqual([
      {
        command: 'error',
        properties: {
          file: LEDGER,
          line: String(line),
          endLine: String(line),
          col: '30',
          endColumn: '33',
          title: 'progress-math',
        },
        message: 'Phase 2 says 1/2 tasks done, but its checkboxes show 0/2 (top-level tasks); expected 0% (0/2).',
      },
    ]);
    expect(run.stdout).toMatch(/^::error::ledgerlint found 1 error and 0 warnings \(fail-on: error\)\.$/m);
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0', ledgers: '1' });
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as Array<{
      filePath: string;
      errorCount: number;
    }>;
    expect(report).toEqual([expect.objectContaining({ filePath: join(dir, LEDGER), errorCount: 1 })]);
    expect(run.summary).toMatch(/^## ledgerlint\n/);
    expect(run.summary).toMatch(
      /Checked the 1 changed markdown file of [0-9a-f]{7}\.\.\.[0-9a-f]{7} \(changes from git\)\./,
    );
    // Linked to the file at the pull request's head commit.
    const blob = `https://github.com/octo/ledgers/blob/${head}/${LEDGER}`;
    expect(run.summary).toContain(`### [docs/ledgers/retries.md](${blob}) · prd · In Progress · ❌ 1E 0W`);
    expect(run.summary).toMatch(
      /\| Phase 1: Retry queue \| 1 \| 2 \| 50% \|\n\| Phase 2: Visibility \| 0 \| 2 \| 0% \|\n\| \*\*Overall\*\* \| 1 \| 4 \| 25% \|/,
    );
    expect(run.summary).toContain(
      `| [${line}](${blob}#L${line}) | error | progress-math | Phase 2 says 1/2 tasks done`,
    );
  });

  it('passes a clean pull request, and checks only the ledgers it changed', async () => {
    const dir = tempDir();
    initRepo(dir);
    const base = commit(dir, 'docs: ledgers', {
      [LEDGER]: valid,
      'docs/ledgers/broken.md': plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 9'),
    });
    git(dir, 'checkout', '-q', '-b', 'feature');
    const head = commit(dir, 'docs: note', { [LEDGER]: `${valid}- One more note.\n` });
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
    });
    expect(run.code).toBe(0);
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', ledgers: '1' });
    expect(run.summary).toMatch(/✅ 1 ledger checked, no problems\./);
  });

  it('compares the base and head of a merge group', async () => {
    const { dir, base, head } = pullRequest((l) => plant(l, '**Agent Sessions:** 2', '**Agent Sessions:** 5'));
    const run = await runAction({
      workspace: dir,
      eventName: 'merge_group',
      event: { merge_group: { base_sha: base, head_sha: head } },
    });
    expect(run.code).toBe(1);
    expect(errorsIn(run).map((c) => c.properties.title)).toEqual(['session-count']);
    expect(run.summary).toMatch(/Checked the 1 changed markdown file of/);
  });

  it('checks every ledger in mode all, and by default on push', async () => {
    const dir = tempDir();
    initRepo(dir);
    const before = commit(dir, 'docs: ledgers', { [LEDGER]: valid });
    const after = commit(dir, 'docs: broken', {
      'docs/ledgers/broken.md': plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 9'),
    });
    const run = await runAction({ workspace: dir, eventName: 'push', event: { before, after } });
    expect(run.code).toBe(1);
    expect(run.outputs.ledgers).toBe('2');
    expect(errorsIn(run).map((c) => c.properties.file)).toEqual(['docs/ledgers/broken.md']);
  });

  it('refuses a ledger marked Completed too early, and a status jump the state machine forbids', async () => {
    const early = pullRequest((l) => plant(l, '**Status:** In Progress', '**Status:** Completed'));
    const run = await runAction({ workspace: early.dir, eventName: 'pull_request', event: early.event });
    expect(run.code).toBe(1);
    // The gate's reasons: nine annotated (GitHub's ten, one kept for the failure), all in the summary.
    const annotated = errorsIn(run).map((c) => `${c.properties.title}: ${c.message}`);
    expect(annotated).toHaveLength(9);
    expect(annotated.slice(0, 4)).toEqual([
      'completion-gate: Status is Completed but Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).',
      'completion-gate: Status is Completed but Subtask 1.2.2 is open: Scheduler job.',
      'completion-gate: Status is Completed but Task 2.1 is open: Show attempts in the dashboard.',
      'completion-gate: Status is Completed but Task 2.2 is open: Alert after the last failed attempt.',
    ]);
    expect(Number(run.outputs.errors)).toBe(12);
    for (const reason of [
      'Overall is at 25% (1/4), not 100%',
      'Git Commits lists no commits',
      'Key Files lists no files',
      'Integration Tests: Status is In Progress, not complete',
      '"All tests pass" in Before Marking Complete is not ticked',
    ]) {
      expect(run.summary).toContain(escapeMarkdown(reason));
    }

    const dir = tempDir();
    initRepo(dir);
    const base = commit(dir, 'docs: ledger', {
      [LEDGER]: plant(valid, '**Status:** In Progress', '**Status:** Not Started'),
    });
    const head = commit(dir, 'docs: done', {
      [LEDGER]: plant(valid, '**Status:** In Progress', '**Status:** Blocked')
        .replace('- [x] Task 1.1', '- [ ] Task 1.1')
        .replace(/- \[ \] Task 2\.2: .*\n/, ''),
    });
    const jump = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: { pull_request: { number: 1, base: { sha: base }, head: { sha: head } } },
    });
    const transitions = jump.commands
      .filter((c) => c.properties.title === 'status-transition')
      .map((c) => `${c.command}: ${c.message}`);
    expect(transitions).toEqual([
      expect.stringMatching(/^warning: Task 1\.1 was ticked in the base branch \([0-9a-f]{7}\) and is not any more\.$/),
      expect.stringMatching(
        /^warning: Task 2\.2 was in the base branch \([0-9a-f]{7}\) and is gone now: Task 2\.2: Alert after the last failed attempt\.$/,
      ),
    ]);
    const forbidden = tempDir();
    initRepo(forbidden);
    const b2 = commit(forbidden, 'docs: ledger', {
      [LEDGER]: plant(valid, '**Status:** In Progress', '**Status:** Not Started'),
    });
    const h2 = commit(forbidden, 'docs: done', {
      [LEDGER]: plant(valid, '**Status:** In Progress', '**Status:** Completed'),
    });
    const run2 = await runAction({
      workspace: forbidden,
      eventName: 'pull_request',
      event: { pull_request: { number: 1, base: { sha: b2 }, head: { sha: h2 } } },
    });
    expect(run2.commands.filter((c) => c.properties.title === 'status-transition').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^Status may not go from Not Started \(in the base branch \([0-9a-f]{7}\)\) to Completed: from Not Started it may move to In Progress or Blocked\.$/,
      ),
    ]);
  });

  it('annotates at most ten errors, those on changed lines first, and says how many more the summary lists', async () => {
    const { dir, event } = pullRequest(
      (l) =>
        `${plant(l, '**Status:** In Progress', '**Status:** Completed').replace(/- \[x\]/g, '- [ ]')}\n<!-- extra -->\n`,
    );
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event });
    const errors = errorsIn(run);
    expect(errors.length).toBe(9);
    expect(run.commands.filter((c) => c.command === 'error' && !c.properties.file)).toHaveLength(1);
    const changed = new Set(
      valid.split('\n').flatMap((l, i) => (l.includes('- [x]') || l.startsWith('**Status:**') ? [String(i + 1)] : [])),
    );
    expect(errors.slice(0, 3).every((e) => changed.has(e.properties.line!))).toBe(true);
    const notice = run.commands.find((c) => c.command === 'notice');
    expect(notice?.message).toMatch(
      /^ledgerlint: \d+ more findings than GitHub annotates; see the job summary, or the JSON report \(the report output\) for all of them\.$/,
    );
    expect(Number(run.outputs.errors)).toBeGreaterThan(9);
  });

  it('escapes ledger text in annotations and in the summary', async () => {
    const { dir, event } = pullRequest((l) =>
      plant(l, '**Status:** In Progress', '**Status:** %0A::warning::pwned <img src=x onerror=alert(1)> | a\u001b[2K'),
    );
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event });
    expect(run.stdout).not.toMatch(/^::warning::pwned/m);
    expect(run.stdout).not.toMatch(/\u001b/);
    const status = errorsIn(run).find((c) => c.properties.title === 'header-fields');
    expect(status?.message).toBe(
      'Status "%0A::warning::pwned <img src=x onerror=alert(1)> | a␛[2K" is not one of Not Started, In Progress, Blocked, Completed (or their synonyms; a profile\'s status.states can add more).',
    );
    expect(run.stdout).toMatch(/::Status "%250A::warning::pwned/);
    expect(run.summary).not.toMatch(/<img/);
    expect(run.summary).toMatch(/&lt;img src=x onerror=alert\\\(1\\\)&gt; \\\| a/);
    expect(runnerCommands(run.stdout).filter((c) => c.name === 'warning')).toEqual([]);
  });

  it('writes SARIF 2.1.0 that validates against the schema', async () => {
    const { dir, event } = pullRequest((l) => plant(l, '**Agent Sessions:** 2', '**Agent Sessions:** 4'));
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { 'sarif-file': 'ledgerlint.sarif' },
    });
    const log = JSON.parse(readFileSync(join(dir, 'ledgerlint.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
        }>;
      }>;
    };
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    // ajv-draft-04 is CommonJS: its class is the default export's default.
    const Ajv = ((AjvDraft04 as unknown as { default?: typeof AjvDraft04 }).default ?? AjvDraft04) as unknown as new (
      options: object,
    ) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    // The schema's language pattern is not valid with the u flag, which ajv uses by default.
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results).toEqual([
      expect.objectContaining({
        ruleId: 'session-count',
        locations: [
          {
            physicalLocation: expect.objectContaining({
              artifactLocation: { uri: LEDGER, uriBaseId: '%SRCROOT%' },
              region: expect.objectContaining({ startLine: 9 }),
            }),
          },
        ],
      }),
    ]);
    expect(run.code).toBe(1);
  });

  it('fails on warnings with fail-on: warning, and names a bad input', async () => {
    const { dir, event } = pullRequest((l) =>
      plant(
        l,
        '**Resolved Blockers:**\n- Queue credentials missing - Resolved on 2026-03-03 by adding them to the vault\n',
        '',
      ),
    );
    expect((await runAction({ workspace: dir, eventName: 'pull_request', event })).code).toBe(0);
    const strict = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { 'fail-on': 'warning' },
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::ledgerlint found 0 errors and 1 warning \(fail-on: warning\)\.$/m);
    const bad = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event,
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /^::error::ledgerlint: input "fail-on" must be one of "error", "warning" \(got "sometimes"\)$/m,
    );
  });
});

describe('the Action and what a pull request links to', () => {
  it('reads no ledger through a symlink out of the workspace or into .git, and names each', async () => {
    const outside = tempDir({
      'secret.md': plant(valid, '**Status:** In Progress', '**Status:** SECRET-VALUE-FROM-OUTSIDE'),
    });
    const dir = tempDir();
    initRepo(dir);
    const base = commit(dir, 'docs: ledger', { [LEDGER]: valid });
    git(dir, 'checkout', '-q', '-b', 'feature');
    symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
    symlinkSync('.git/config', join(dir, 'git.md'));
    symlinkSync(LEDGER, join(dir, 'alias.md'));
    const head = commit(dir, 'docs: links');
    for (const [eventName, event] of [
      ['pull_request', { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }],
      ['push', { before: base, after: head }],
    ] as const) {
      const run = await runAction({ workspace: dir, eventName, event });
      expect(run.stdout).not.toMatch(/SECRET|repositoryformatversion/);
      expect(run.summary).not.toMatch(/SECRET|repositoryformatversion/);
      const problems = run.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message);
      expect(problems).toEqual(
        expect.arrayContaining([
          'ledgerlint: leak.md: resolves to a file outside the workspace; not read.',
          'ledgerlint: git.md: resolves to a file inside .git; not read.',
        ]),
      );
      expect(run.code).toBe(1);
      expect(run.outputs.ledgers).toBe(eventName === 'push' ? '2' : '1');
    }
    // A directory the workflow names, made a symlink by the pull request.
    symlinkSync(outside, join(dir, 'docs/more'));
    const after = commit(dir, 'docs: a linked directory');
    const named = await runAction({
      workspace: dir,
      eventName: 'push',
      event: { before: head, after },
      inputs: { paths: 'docs/more' },
    });
    expect(named.stdout).not.toMatch(/SECRET/);
    expect(named.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toContain(
      'ledgerlint: docs/more/secret.md: resolves to a file outside the workspace; not read.',
    );
  });
});

describe('the Action and code in the checkout', () => {
  it('refuses to run a JavaScript config on pull_request_target, and says why; loads one on pull_request', async () => {
    const config =
      "import { writeFileSync } from 'node:fs';\nwriteFileSync('ran.txt', String(process.env.INPUT_TOKEN));\nexport default { rules: { 'session-count': 'off' } };\n";
    const { dir, event } = pullRequest((l) => plant(l, '**Agent Sessions:** 2', '**Agent Sessions:** 4'), {
      'ledgerlint.config.mjs': config,
    });
    const target = await runAction({
      workspace: dir,
      eventName: 'pull_request_target',
      event,
      inputs: { token: 'ghs_secret' },
    });
    expect(existsSync(join(dir, 'ran.txt'))).toBe(false);
    expect(target.code).toBe(1);
    expect(target.stdout).toMatch(
      /^::error::ledgerlint: .*ledgerlint\.config\.mjs: not loaded: a JavaScript config runs code, and on pull_request_target the job holds a write token and the repository's secrets while the checkout may be a pull request's\. Use a JSON or YAML config/m,
    );
    const pr = await runAction({ workspace: dir, eventName: 'pull_request', event });
    expect(readFileSync(join(dir, 'ran.txt'), 'utf8')).toBe('test-token');
    expect(pr.code).toBe(0);
  });

  it.each(['workflow_run', 'issue_comment'])(
    'refuses a JavaScript config on %s too, where a pull request checked out runs with the secrets',
    async (eventName) => {
      const config = "import { writeFileSync } from 'node:fs';\nwriteFileSync('ran.txt', '');\nexport default {};\n";
      const dir = tempDir({ 'ledgerlint.config.mjs': config, [LEDGER]: valid });
      const run = await runAction({ workspace: dir, eventName, event: {}, inputs: { paths: LEDGER } });
      expect(existsSync(join(dir, 'ran.txt'))).toBe(false);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        new RegExp(
          `^::error::ledgerlint: .*ledgerlint\\.config\\.mjs: not loaded: a JavaScript config runs code, and on ${eventName} the job holds a write token`,
          'm',
        ),
      );
    },
  );

  it('looks for its config in the workspace, not in the directories above it', async () => {
    // A runner whose work directory lies inside some other project.
    const outer = tempDir({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'ledgerlint.config.mjs':
        "import { writeFileSync } from 'node:fs';\nwriteFileSync('ran.txt', '');\nexport default { rules: { 'session-count': 'off' } };\n",
      [`workspace/${LEDGER}`]: plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 4'),
    });
    const run = await runAction({
      workspace: join(outer, 'workspace'),
      eventName: 'workflow_dispatch',
      event: {},
      inputs: { paths: LEDGER },
    });
    expect(existsSync(join(outer, 'workspace', 'ran.txt'))).toBe(false);
    expect(errorsIn(run).map((c) => c.properties.title)).toEqual(['session-count']);
  });
});

describe('the Action without the full history', () => {
  let server: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = null;
  });

  /** A fake GitHub REST API on 127.0.0.1. */
  async function fakeApi(
    handler: (path: string, query: URLSearchParams) => { status?: number; body: unknown; link?: string },
  ): Promise<{ url: string; requests: string[] }> {
    const requests: string[] = [];
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      const reply = handler(url.pathname, url.searchParams);
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        ...(reply.link ? { link: reply.link } : {}),
      });
      res.end(JSON.stringify(reply.body));
    });
    await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
    const address = server.address();
    return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, requests };
  }

  it('asks the API which files a pull request changed, following pagination, and says it cannot verify commits', async () => {
    const origin = tempDir();
    initRepo(origin);
    const old = commit(origin, 'feat: old work', { 'src/a.ts': 'a\n' });
    const base = commit(origin, 'docs: ledger', { [LEDGER]: valid });
    git(origin, 'checkout', '-q', '-b', 'feature');
    const changed = prdLedger({ commits: [`- \`${old.slice(0, 7)}\` - feat: old work`] }).replace(
      '**Agent Sessions:** 2',
      '**Agent Sessions:** 3',
    );
    const head = commit(origin, 'docs: update ledger', { [LEDGER]: changed });
    const clones = tempDir();
    git(clones, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, 'shallow');
    const shallow = join(clones, 'shallow');
    // An origin that cannot be fetched from: only the API can tell.
    git(shallow, 'remote', 'set-url', 'origin', `file://${join(origin, 'gone')}`);

    const pages = [
      Array.from({ length: 100 }, (_, i) => ({ filename: `src/file-${i}.ts`, status: 'added' })),
      Array.from({ length: 100 }, (_, i) => ({ filename: `src/more-${i}.ts`, status: 'modified' })),
      [
        { filename: LEDGER, status: 'modified', patch: '@@ -9 +9 @@\n-**Agent Sessions:** 2\n+**Agent Sessions:** 3' },
        { filename: 'docs/old.md', status: 'removed' },
      ],
    ];
    const api = await fakeApi((path, query) => {
      if (path === '/repos/octo/ledgers/pulls/7/files') {
        const page = Number(query.get('page') ?? '1');
        const next =
          page < pages.length
            ? `<${apiUrl()}/repos/octo/ledgers/pulls/7/files?per_page=100&page=${page + 1}>; rel="next"`
            : undefined;
        return { body: pages[page - 1], ...(next ? { link: next } : {}) };
      }
      if (path === `/repos/octo/ledgers/contents/${LEDGER}`)
        return { body: { type: 'file', encoding: 'base64', content: Buffer.from(valid).toString('base64') } };
      return { status: 404, body: { message: 'Not Found' } };
    });
    const apiUrl = () => api.url;
    const run = await runAction({
      workspace: shallow,
      eventName: 'pull_request',
      event: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
      env: { GITHUB_API_URL: api.url },
    });
    expect(api.requests.filter((r) => r.includes('/pulls/7/files'))).toHaveLength(3);
    expect(api.requests).toContain(`GET /repos/octo/ledgers/contents/${LEDGER}?ref=${base}`);
    expect(run.summary).toMatch(/\(changes from the GitHub API\)/);
    expect(run.outputs.ledgers).toBe('1');
    expect(errorsIn(run).map((c) => c.properties.title)).toEqual(['session-count']);
    const shallowNotice = run.commands.find((c) => c.properties.title === 'commit-exists');
    expect(shallowNotice).toMatchObject({
      command: 'warning',
      message: `Commit ${old.slice(0, 7)} cannot be verified: the clone is shallow; fetch full history (actions/checkout: fetch-depth: 0).`,
    });
    expect(run.code).toBe(1);
  });

  it('explains a missing token when it needs the API', async () => {
    const { dir, event } = pullRequest((l) => l);
    const missing = { pull_request: { ...event.pull_request, base: { sha: 'f'.repeat(40) } } };
    writeFileSync(join(dir, 'x'), '');
    const run = await runAction({ workspace: dir, eventName: 'pull_request', event: missing, inputs: { token: '' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::ledgerlint: could not tell which files changed: the clone lacks the base or head commit \([0-9a-f]{7}\.\.\.[0-9a-f]{7}\) and git could not fetch them from origin \(fatal: .*\), and the GitHub API was not asked: the input "token" is empty\. Use actions\/checkout with fetch-depth: 0, or give the Action a token\.$/m,
    );
    expect(run.outputs.ledgers).toBe('1');
  });
});
