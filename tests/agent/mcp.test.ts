/** `ledgerlint mcp` as an MCP client sees it: the SDK's client spawns the built CLI and calls each tool. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { commit, initRepo } from '../helpers/git.js';
import { fixture, plant } from '../helpers/lint.js';

const LEDGER = 'docs/prd/04-webhook-retries.md';
const wip = fixture('minimal/prd.md');
// Phase 2's summary line is wrong by one box: --fix can correct it.
const miscounted = plant(
  wip,
  '- **Phase 2:** 0% complete (0/2 tasks done)',
  '- **Phase 2:** 50% complete (1/2 tasks done)',
);

let dir = '';
let client: Client;
let stderr = '';

beforeAll(async () => {
  // One repository for the whole server session (tempDir's are removed after each test).
  dir = mkdtempSync(join(tmpdir(), 'ledgerlint-mcp-'));
  mkdirSync(join(dir, 'docs/prd'), { recursive: true });
  writeFileSync(join(dir, LEDGER), miscounted);
  writeFileSync(join(dir, 'README.md'), '# App\n');
  writeFileSync(join(dir, '.ledgerlintrc.json'), JSON.stringify({ rules: { 'key-files': 'off' } }));
  initRepo(dir);
  commit(dir, 'docs: ledger');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp'],
    cwd: dir,
    stderr: 'pipe',
    env: { ...process.env, NO_COLOR: '1' } as Record<string, string>,
  });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'ledgerlint-test', version: '1.0.0' });
  await client.connect(transport);
}, 60_000);

afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

type ToolResult = { isError?: boolean; content: Array<{ type: string; text: string }> };
const call = async (name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as ToolResult;
const data = (result: ToolResult) => {
  expect(result.isError, result.content[0]?.text).toBeFalsy();
  return JSON.parse(result.content[0]!.text) as Record<string, unknown>;
};

describe('ledgerlint mcp', () => {
  it('lists its four tools, each with an input schema, and says how to use them', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['explain', 'fix', 'gate', 'lint']);
    expect(tools.find((t) => t.name === 'gate')!.inputSchema).toEqual(
      expect.objectContaining({ type: 'object', required: ['ledger'] }),
    );
    expect(client.getInstructions()).toMatch(/Before marking a ledger complete, call gate/);
  });

  it('lint: findings of ledgers by path, and of a text as the agent is about to write it', async () => {
    const byPath = data(await call('lint', { paths: ['docs'] })) as {
      ledgers: Array<{
        path: string;
        profile: string;
        errors: number;
        findings: Array<{ line: number; rule: string; message: string; fixable?: boolean }>;
      }>;
    };
    expect(byPath.ledgers.map((l) => [l.path, l.profile])).toEqual([[LEDGER, 'prd']]);
    expect(byPath.ledgers[0]!.findings).toContainEqual(
      expect.objectContaining({ line: 42, rule: 'progress-math', fixable: true }),
    );
    const byText = data(
      await call('lint', { text: plant(wip, '**Agent Sessions:** 2', '**Agent Sessions:** 3'), path: LEDGER }),
    ) as typeof byPath;
    expect(byText.ledgers[0]!.findings).toContainEqual(expect.objectContaining({ line: 9, rule: 'session-count' }));
    // The text was checked, not written.
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toBe(miscounted);
    expect(data(await call('lint', { text: '# Notes\n\nNothing to track.\n', path: 'notes.md' }))).toEqual({
      ledgers: [],
      skipped: [expect.stringMatching(/^notes\.md: not a ledger/)],
    });
  });

  it('gate: ready or not, with every reason and its line', async () => {
    const gate = data(await call('gate', { ledger: LEDGER })) as {
      ledgers: Array<{ path: string; ready: boolean; reasons: Array<{ line: number; message: string }> }>;
    };
    expect(gate.ledgers[0]!.ready).toBe(false);
    expect(gate.ledgers[0]!.reasons).toContainEqual(
      expect.objectContaining({ line: 28, message: 'Task 1.2 is open: Schedule retries with backoff (IN PROGRESS).' }),
    );
    const notLedger = await call('gate', { ledger: 'README.md' });
    expect(notLedger.isError).toBe(true);
    expect(notLedger.content[0]!.text).toMatch(/^README\.md is not a ledger/);
  });

  it('fix: a diff by default, written with apply', async () => {
    const dry = data(await call('fix', { paths: [LEDGER] })) as { wouldFix: string[]; diff: string };
    expect(dry.wouldFix).toEqual([LEDGER]);
    expect(dry.diff).toContain(
      '-- **Phase 2:** 50% complete (1/2 tasks done)\n+- **Phase 2:** 0% complete (0/2 tasks done)',
    );
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toBe(miscounted);
    const applied = data(await call('fix', { paths: [LEDGER], apply: true })) as { fixed: string[] };
    expect(applied.fixed).toEqual([LEDGER]);
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toBe(wip);
  });

  it("explain: a rule's page as the package ships it; an unknown rule names the nearest", async () => {
    const page = await call('explain', { rule: 'completion-gate' });
    expect(page.content[0]!.text).toBe(
      readFileSync(new URL('../../docs/rules/completion-gate.md', import.meta.url), 'utf8'),
    );
    const unknown = await call('explain', { rule: 'progress-maths' });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]!.text).toMatch(/^no rule "progress-maths"; did you mean progress-math\?/);
  });

  it('the ledgers are resources, read by their path in the repository', async () => {
    const { resources } = await client.listResources();
    expect(resources).toEqual([
      expect.objectContaining({ uri: `ledger:///${LEDGER}`, name: LEDGER, mimeType: 'text/markdown' }),
    ]);
    const read = await client.readResource({ uri: `ledger:///${LEDGER}` });
    expect(read.contents[0]).toEqual(
      expect.objectContaining({ uri: `ledger:///${LEDGER}`, text: readFileSync(join(dir, LEDGER), 'utf8') }),
    );
  });

  it('validates inputs, and keeps every path inside the repository', async () => {
    const noArgs = await call('gate', {});
    expect(noArgs.isError).toBe(true);
    expect(noArgs.content[0]!.text).toMatch(/ledger/);
    expect((await call('lint', {})).content[0]!.text).toMatch(/give either paths .* or text/);
    for (const path of ['../outside.md', '/etc/passwd', 'docs/{..,x}/*.md']) {
      const refused = await call('lint', { paths: [path] });
      expect(refused.isError, path).toBe(true);
      expect(refused.content[0]!.text).toMatch(/outside the repository|may lead out of the repository/);
    }
    symlinkSync('/etc/hostname', join(dir, 'docs/link.md'));
    await expect(client.readResource({ uri: 'ledger:///docs/link.md' })).rejects.toThrow(/leads out of the repository/);
    await expect(client.readResource({ uri: 'ledger:///../../etc/hostname' })).rejects.toThrow(
      /outside the repository|not a ledger|no such file/,
    );
  });

  it('writes nothing but protocol messages on stdout (the client would have failed on anything else), and nothing on stderr', () => {
    expect(stderr).toBe('');
  });
});
