/**
 * `ledgerlint hook claude` as Claude Code runs it: a hook payload (tests/fixtures/agent/claude,
 * written from the hooks reference) piped to the built CLI, the answer read from its exit
 * code, stdout and stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, git, initRepo } from '../helpers/git.js';
import { fixture, plant } from '../helpers/lint.js';

const LEDGER = 'docs/prd/04-webhook-retries.md';
const wip = fixture('minimal/prd.md');
const completed = (text: string) => plant(text, '**Status:** In Progress', '**Status:** Completed');

/** A recorded payload, moved into the repository `dir`, with fields of its tool input and response replaced. */
function payload(
  name: string,
  dir: string,
  changes: { tool_input?: object; tool_response?: object; [key: string]: unknown } = {},
): string {
  const recorded = JSON.parse(
    readFileSync(new URL(`../fixtures/agent/claude/${name}.json`, import.meta.url), 'utf8').replaceAll(
      '/work/app',
      dir,
    ),
  ) as Record<string, Record<string, unknown>>;
  const { tool_input, tool_response, ...top } = changes;
  return JSON.stringify({
    ...recorded,
    ...top,
    ...(tool_input ? { tool_input: { ...recorded.tool_input, ...tool_input } } : {}),
    ...(tool_response ? { tool_response: { ...recorded.tool_response, ...tool_response } } : {}),
  });
}

/** A repository holding the ledger, committed; key files belong to an imaginary project. */
function repository(ledger = wip): string {
  const dir = tempDir({ [LEDGER]: ledger, '.ledgerlintrc.json': JSON.stringify({ rules: { 'key-files': 'off' } }) });
  initRepo(dir);
  commit(dir, 'docs: webhook retries ledger');
  return dir;
}

const hook = (input: string, dir: string) => runCli(['hook', 'claude'], { cwd: dir, input });

function denial(stdout: string): string {
  const answer = JSON.parse(stdout) as {
    hookSpecificOutput: { hookEventName: string; permissionDecision: string; permissionDecisionReason: string };
  };
  expect(answer.hookSpecificOutput.hookEventName).toBe('PreToolUse');
  expect(answer.hookSpecificOutput.permissionDecision).toBe('deny');
  return answer.hookSpecificOutput.permissionDecisionReason;
}

/** The ready fixture, its commits replaced by one that exists in `dir`. */
function readyIn(dir: string): string {
  const real = commit(dir, 'feat: notification preferences');
  return fixture('clean/prd-completed.md').replace(
    /## Git Commits\n\n[^]*?\n\n/,
    `## Git Commits\n\n- \`${real}\` - feat: notification preferences [PRD-05 Task 1.1]\n\n`,
  );
}

describe('PreToolUse', () => {
  it('denies a Write that flips Status to Completed over open tasks, naming each with its line', () => {
    const dir = repository();
    const run = hook(payload('pre-tool-use-write', dir, { tool_input: { content: completed(wip) } }), dir);
    expect(run.code).toBe(0);
    const reason = denial(run.stdout);
    expect(reason).toContain(`ledgerlint: this edit claims more than ${LEDGER} bears out`);
    expect(reason).toMatch(
      / {2}28:3 +Status is Completed but Task 1\.2 is open: Schedule retries with backoff \(IN PROGRESS\)\./,
    );
    expect(reason).toMatch(/ {2}34:3 +Status is Completed but Task 2\.1 is open: Show attempts in the dashboard\./);
    expect(reason).toMatch(
      / {2}95:3 +Status is Completed but "All tests pass" in Before Marking Complete is not ticked\./,
    );
    // Denied, so the file is as it was.
    expect(readFileSync(join(dir, LEDGER), 'utf8')).toBe(wip);
  });

  it('denies the same flip made with Edit, and a MultiEdit that ticks a task over an open subtask', () => {
    const dir = repository();
    expect(denial(hook(payload('pre-tool-use-edit', dir), dir).stdout)).toMatch(
      /Status is Completed but Task 1\.2 is open/,
    );
    const reason = denial(hook(payload('pre-tool-use-multiedit', dir), dir).stdout);
    expect(reason).toMatch(/ {2}28:3 +Task 1\.2 is ticked but Subtask 1\.2\.2 is still open\. \(task-consistency\)/);
    // The session count the same MultiEdit made wrong is no claim of completion: PostToolUse says it.
    expect(reason).not.toMatch(/Agent Sessions/);
  });

  it('passes the same Write on a ledger that is ready, with no answer (an "allow" would skip the permission prompt)', () => {
    const dir = repository();
    const ready = readyIn(dir);
    writeFileSync(join(dir, LEDGER), plant(ready, '**Status:** Completed', '**Status:** In Progress'));
    expect(hook(payload('pre-tool-use-write', dir, { tool_input: { content: ready } }), dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('passes an Edit that only changes prose, though the ledger has open work', () => {
    const dir = repository(completed(wip));
    const prose = {
      old_string: 'Retries run in the existing job runner.',
      new_string: 'Retries run in the job runner we already have.',
    };
    expect(hook(payload('pre-tool-use-edit', dir, { tool_input: prose }), dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('passes a file that is no ledger: code at once, a markdown file once it is read', () => {
    const dir = repository();
    expect(
      hook(
        payload('pre-tool-use-write', dir, {
          tool_input: { file_path: join(dir, 'src/retry.ts'), content: 'export const attempts = 6;\n' },
        }),
        dir,
      ),
    ).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(
      hook(
        payload('pre-tool-use-write', dir, {
          tool_input: { file_path: join(dir, 'README.md'), content: '# App\n\nStatus: Completed\n' },
        }),
        dir,
      ),
    ).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('passes an edit the tool itself will refuse (old_string not found)', () => {
    const dir = repository();
    expect(hook(payload('pre-tool-use-edit', dir, { tool_input: { old_string: '**Status:** Blocked' } }), dir)).toEqual(
      { code: 0, stdout: '', stderr: '' },
    );
  });

  it('allows a malformed payload, saying why on stderr (exit 1: a hook error Claude Code shows and goes past)', () => {
    const dir = repository();
    for (const [input, said] of [
      ['{"hook_event_name": "PreToolUse", "tool_name": "Wri', /the payload on stdin is not JSON/],
      [payload('pre-tool-use-write', dir, { tool_input: { content: 42 } }), /tool_input of Write: content: /],
      [payload('pre-tool-use-write', dir, { tool_name: 7 }), /tool_name: /],
    ] as const) {
      const run = hook(input, dir);
      expect(run.code, input).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(said);
      expect(run.stderr).toMatch(/the agent goes on unchecked\.\n$/);
    }
  });

  it('never blocks for a failure of its own: a broken config allows, and says so', () => {
    const dir = repository();
    writeFileSync(join(dir, '.ledgerlintrc.json'), '{ "rules": ');
    const run = hook(payload('pre-tool-use-write', dir, { tool_input: { content: completed(wip) } }), dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/\.ledgerlintrc\.json(:\d+:\d+)?: invalid JSON/);
  });
});

describe('PostToolUse', () => {
  it('reports the errors the edit brought, not those the ledger had', () => {
    const dir = repository(completed(wip));
    const after = plant(completed(wip), '**Agent Sessions:** 2', '**Agent Sessions:** 3');
    writeFileSync(join(dir, LEDGER), after);
    const run = hook(payload('post-tool-use-edit', dir, { tool_response: { originalFile: completed(wip) } }), dir);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { decision: string; reason: string };
    expect(answer.decision).toBe('block');
    expect(answer.reason).toContain(`ledgerlint: this edit left 1 new error in ${LEDGER}:`);
    expect(answer.reason).toMatch(/9:21 +Agent Sessions says 3 but the Session Log has 2 entries/);
    expect(answer.reason).toContain(`ledgerlint --fix ${LEDGER}`);
    // The completion-gate errors were there before the edit.
    expect(answer.reason).not.toMatch(/Task 1\.2 is open/);
  });

  it('says nothing after an edit that brought no error', () => {
    const dir = repository();
    expect(hook(payload('post-tool-use-edit', dir, { tool_response: { originalFile: wip } }), dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });
});

describe('Stop and TaskCompleted', () => {
  it('blocks stopping while a ledger changed in the work tree says it is done and is not ready', () => {
    const dir = repository();
    writeFileSync(join(dir, LEDGER), completed(wip));
    const run = hook(payload('stop', dir), dir);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { decision: string; reason: string };
    expect(answer.decision).toBe('block');
    expect(answer.reason).toMatch(/a ledger changed in the work tree says it is done, but it is not ready/);
    expect(answer.reason).toMatch(
      /docs\/prd\/04-webhook-retries\.md \(\d+ reasons\):\n {2}28:3 +Status is Completed but Task 1\.2 is open/,
    );
  });

  it('also for a new ledger git does not track yet, and not for a done ledger left as committed', () => {
    const dir = repository(completed(wip));
    expect(hook(payload('stop', dir), dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFileSync(join(dir, 'docs/prd/05-new.md'), completed(wip));
    expect(JSON.parse(hook(payload('stop', dir), dir).stdout)).toEqual(
      expect.objectContaining({ decision: 'block', reason: expect.stringContaining('docs/prd/05-new.md') }),
    );
  });

  it('lets Claude stop when a Stop hook already kept it going (stop_hook_active), so it cannot loop', () => {
    const dir = repository();
    writeFileSync(join(dir, LEDGER), completed(wip));
    expect(hook(payload('stop', dir, { stop_hook_active: true }), dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('passes ledgers in progress, and ready ones', () => {
    const dir = repository();
    writeFileSync(join(dir, LEDGER), plant(wip, '- [ ] Task 2.1', '- [x] Task 2.1'));
    expect(hook(payload('stop', dir), dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    writeFileSync(join(dir, LEDGER), readyIn(dir));
    git(dir, 'status');
    expect(hook(payload('stop', dir), dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses to complete a task with exit code 2 and the reasons on stderr', () => {
    const dir = repository();
    writeFileSync(join(dir, LEDGER), completed(wip));
    const run = hook(payload('task-completed', dir), dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/28:3 +Status is Completed but Task 1\.2 is open/);
  });
});
