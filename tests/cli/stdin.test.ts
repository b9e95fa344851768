/** --stdin and --stdin-filename: a ledger's text from an editor or an agent, checked as if it were at that path. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readStream } from '../../src/files/read-text.js';
import { plant } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

const prd = prdLedger();
const miscounted = plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3');
type Result = { filePath: string; messages: Array<{ ruleId: string | null; message: string }>; output?: string };
const json = (run: { stdout: string }) => JSON.parse(run.stdout) as Result[];
const ruleIds = (result: Result | undefined) => (result?.messages ?? []).map((m) => m.ruleId);

describe('--stdin', () => {
  it('checks the text as the file --stdin-filename names: reported under that name, with its overrides and its directory for links', () => {
    const linked = prdLedger({ keyFiles: ['- [retries](../src/retry.ts)'] });
    const dir = tempDir({
      'src/retry.ts': 'export {};\n',
      '.ledgerlintrc.json': JSON.stringify({ overrides: [{ files: ['notes/**'], rules: { 'session-count': 'off' } }] }),
    });
    initRepo(dir);
    commit(dir, 'feat: retries');
    const asDocs = runCli(['--stdin', '--stdin-filename', 'docs/retries.md'], {
      cwd: dir,
      input: plant(linked, '**Agent Sessions:** 2', '**Agent Sessions:** 3'),
    });
    expect(asDocs.code).toBe(1);
    expect(asDocs.stdout).toMatch(
      /^\ndocs\/retries\.md\n {2}9:21 {2}error {2}Agent Sessions says 3 but the Session Log has 2 entries/,
    );
    expect(asDocs.stdout).not.toMatch(/key-files/);
    // From another directory the link leads nowhere; under notes/ the override turns session-count off.
    const asNotes = json(
      runCli(['-f', 'json', '--stdin', '--stdin-filename', 'notes/deep/retries.md'], {
        cwd: dir,
        input: miscounted.replace('- None yet', '- [retries](../src/retry.ts)'),
      }),
    );
    expect(asNotes[0]!.filePath).toBe(`${dir}/notes/deep/retries.md`);
    expect(ruleIds(asNotes[0])).toEqual(['key-files']);
  });

  it('takes the history in git of the file it stands for', () => {
    const dir = tempDir({ 'docs/retries.md': prd });
    initRepo(dir);
    commit(dir, 'docs: ledger');
    writeFileSync(join(dir, 'docs/retries.md'), `${prd}- A note.\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--date', '2026-03-09T10:00:00+01:00', '-m', 'docs: a note');
    const text = readFileSync(join(dir, 'docs/retries.md'), 'utf8');
    const stale = /Last Updated 2026-03-04 17:10 is older than the last commit that changed this file/;
    expect(runCli(['--stdin', '--stdin-filename', 'docs/retries.md'], { cwd: dir, input: text }).stdout).toMatch(stale);
    expect(runCli(['--stdin', '--stdin-filename', 'docs/other.md'], { cwd: dir, input: text }).stdout).not.toMatch(
      stale,
    );
  });

  it('picks the profile by that path', () => {
    const tasks = '# Tasks\n\n- [x] 1. Set up the project\n- [ ] 2. Write the parser\n';
    const dir = tempDir();
    const verbose = runCli(['--verbose', '-f', 'json', '--stdin', '--stdin-filename', '.kiro/specs/parser/tasks.md'], {
      cwd: dir,
      input: tasks,
    });
    expect(verbose.stderr).toMatch(/ledgerlint: \.kiro\/specs\/parser\/tasks\.md: kiro-tasks ledger/);
  });

  it('without a filename, reports the text as <text>, as ESLint does', () => {
    const dir = tempDir();
    const run = runCli(['-f', 'json', '--stdin'], { cwd: dir, input: miscounted });
    expect(run.code).toBe(1);
    expect(json(run)[0]).toMatchObject({ filePath: '<text>' });
    expect(ruleIds(json(run)[0])).toContain('session-count');
  });

  it('checks an empty or closed standard input as empty text: nothing to check, exit 0', () => {
    const dir = tempDir();
    expect(runCli(['--stdin'], { cwd: dir, input: '' })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'ledgerlint: <text>: the file is empty; nothing to check.\n',
    });
    expect(runCli(['-f', 'json', '--stdin'], { cwd: dir })).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('refuses --fix, as ESLint does; --fix-dry-run gives the fixed text in the JSON output', () => {
    const dir = tempDir();
    expect(runCli(['--stdin', '--fix'], { cwd: dir, input: miscounted })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ledgerlint: --fix cannot write back text read from standard input; use --fix-dry-run (with -f json, the fixed text is in "output").\n',
    });
    const dry = runCli(['-f', 'json', '--fix-dry-run', '--stdin', '--stdin-filename', 'ledger.md'], {
      cwd: dir,
      input: miscounted,
    });
    expect(json(dry)[0]!.output).toBe(prd);
    expect(ruleIds(json(dry)[0])).toEqual([]);
  });

  it('warns and exits 0 when the filename is ignored', () => {
    const dir = tempDir({ '.ledgerlintrc.json': JSON.stringify({ ignores: ['archive/**'] }) });
    expect(runCli(['--stdin', '--stdin-filename', 'archive/old.md'], { cwd: dir, input: miscounted })).toEqual({
      code: 0,
      stdout: '',
      stderr:
        "ledgerlint: archive/old.md: file ignored because of a matching ignore pattern (the config's ignores, or a default ignore); not checked.\n",
    });
  });

  it('holds the text to the size limit of files', () => {
    const dir = tempDir({ '.ledgerlintrc.json': JSON.stringify({ maxFileSize: 4096 }) });
    // Less than a pipe holds: ledgerlint stops reading past the limit, which would break a longer write.
    const run = runCli(['--stdin', '--stdin-filename', 'big.md'], {
      cwd: dir,
      input: `${prd}\n${'- [ ] more work\n'.repeat(1000)}`,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /1:1 {2}error {2}The text is larger than the 0\.0 MB limit for a ledger \(maxFileSize\); it was not checked\./,
    );
  });

  it('stops reading an endless input once it is over the limit, and closes it', async () => {
    let closed = false;
    async function* endless() {
      try {
        for (;;) yield '- [ ] task\n';
      } finally {
        closed = true;
      }
    }
    const read = await readStream(endless(), 1000);
    expect(read).toMatchObject({ kind: 'too-large', stopped: true });
    expect(read.kind === 'too-large' && read.size).toBeLessThan(1100);
    expect(closed).toBe(true);
    expect(await readStream((async function* () {})(), 1000)).toMatchObject({ kind: 'text', text: '' });
  });

  it('refuses paths, --staged and a filename without --stdin', () => {
    const dir = tempDir();
    expect(runCli(['--stdin', 'a.md'], { cwd: dir }).stderr).toBe(
      'ledgerlint: --stdin checks the text on standard input and takes no paths (got a.md); say which file it stands for with --stdin-filename.\n',
    );
    expect(runCli(['--stdin', '--staged'], { cwd: dir }).stderr).toBe(
      'ledgerlint: --staged does not go with --stdin.\n',
    );
    expect(runCli(['--stdin-filename', 'a.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --stdin-filename goes with --stdin: ledgerlint --stdin --stdin-filename PATH < TEXT.\n',
    });
  });
});

describe('standard input as a terminal', () => {
  const streams = () => {
    const out: string[] = [];
    return { out, stream: { write: (text: string) => void out.push(text) } };
  };

  it('is refused with --stdin rather than waited on, and never touched without it', async () => {
    const dir = tempDir({ 'ledger.md': prd });
    const stderr = streams();
    const terminal = () => Object.assign((async function* () {})(), { isTTY: true });
    const code = await main(['--stdin'], {
      cwd: dir,
      env: {},
      stdout: streams().stream,
      stderr: stderr.stream,
      stdin: terminal,
    });
    expect(code).toBe(2);
    expect(stderr.out.join('')).toBe(
      'ledgerlint: --stdin: standard input is a terminal; pipe the ledger in (ledgerlint --stdin --stdin-filename PATH < PATH).\n',
    );
    const untouchable = () => {
      throw new Error('standard input was read without --stdin');
    };
    expect(
      await main(['ledger.md'], {
        cwd: dir,
        env: {},
        stdout: streams().stream,
        stderr: streams().stream,
        stdin: untouchable,
      }),
    ).toBe(0);
  });
});
