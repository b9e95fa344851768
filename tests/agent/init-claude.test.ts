/** `ledgerlint init --agent claude`: hooks merged into .claude/settings.json, instructions in CLAUDE.md, idempotent. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { initRepo } from '../helpers/git.js';
import { fixture } from '../helpers/lint.js';

const USER_SETTINGS = {
  permissions: { allow: ['Bash(npm test:*)'] },
  hooks: {
    PreToolUse: [
      { matcher: 'Bash', hooks: [{ type: 'command', command: '"$CLAUDE_PROJECT_DIR"/.claude/hooks/check-bash.sh' }] },
    ],
    PostToolUse: [
      {
        matcher: 'Write|Edit',
        hooks: [{ type: 'command', command: 'npx prettier --write "$(jq -r .tool_input.file_path)"' }],
      },
    ],
  },
};
const COMMAND = '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/ledgerlint hook claude';

/** A repository of a project that installed ledgerlint (its bin linked as npm links it). */
function repository(files: Record<string, string> = {}, { installed = true } = {}): string {
  const dir = tempDir(files);
  initRepo(dir);
  if (installed) {
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    symlinkSync(CLI, join(dir, 'node_modules/.bin/ledgerlint'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  }
  return dir;
}

// The pre-commit hook init sets up beside these goes in .git/hooks: no husky to install, whatever CI's HUSKY says.
const init = (dir: string, ...more: string[]) =>
  runCli(['init', '--agent', 'claude', '--hooks', 'git', ...more], { cwd: dir });
const settingsOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, '.claude/settings.json'), 'utf8')) as {
    permissions?: unknown;
    hooks: Record<string, Array<{ matcher?: string; hooks: Array<{ type: string; command: string }> }>>;
  };
const ours = (groups: Array<{ hooks: Array<{ command: string }> }> = []) =>
  groups.filter((g) => g.hooks.some((h) => h.command.includes('ledgerlint hook claude')));

describe('ledgerlint init --agent claude', () => {
  it("merges its hooks into existing settings, keeps the user's own, and changes nothing the second time", () => {
    const dir = repository({ '.claude/settings.json': `${JSON.stringify(USER_SETTINGS, null, 4)}\n` });
    const first = init(dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      `✔ .claude/settings.json: PreToolUse, PostToolUse, Stop, SubagentStop, TaskCompleted run \`${COMMAND}\``,
    );
    expect(first.stdout).toMatch(/✔ CLAUDE\.md: wrote the ledger instructions/);
    expect(first.stdout).toMatch(
      /To undo:\n(?: {2}.*\n)* {2}remove the hooks running "ledgerlint hook claude" from \.claude\/settings\.json/,
    );
    // The pre-commit hook is set up too, as plain init sets it up.
    expect(first.stdout).toMatch(/ledgerlint --staged/);

    const settings = settingsOf(dir);
    expect(settings.permissions).toEqual(USER_SETTINGS.permissions);
    expect(settings.hooks.PreToolUse![0]).toEqual(USER_SETTINGS.hooks.PreToolUse[0]);
    expect(settings.hooks.PostToolUse![0]).toEqual(USER_SETTINGS.hooks.PostToolUse[0]);
    expect(ours(settings.hooks.PreToolUse)).toEqual([
      { matcher: 'Write|Edit|MultiEdit', hooks: [{ type: 'command', command: COMMAND }] },
    ]);
    for (const event of ['PostToolUse', 'Stop', 'SubagentStop', 'TaskCompleted'])
      expect(ours(settings.hooks[event]), event).toHaveLength(1);
    expect(ours(settings.hooks.Stop)[0]).not.toHaveProperty('matcher');
    // The file keeps its own indentation.
    expect(readFileSync(join(dir, '.claude/settings.json'), 'utf8')).toMatch(/^\{\n {4}"permissions"/);

    const before = {
      settings: readFileSync(join(dir, '.claude/settings.json'), 'utf8'),
      claude: readFileSync(join(dir, 'CLAUDE.md'), 'utf8'),
    };
    const second = init(dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/✔ \.claude\/settings\.json already runs ledgerlint's hooks; nothing to change/);
    expect(second.stdout).toMatch(/✔ CLAUDE\.md already has the ledger instructions/);
    expect(readFileSync(join(dir, '.claude/settings.json'), 'utf8')).toBe(before.settings);
    expect(readFileSync(join(dir, 'CLAUDE.md'), 'utf8')).toBe(before.claude);
  });

  it('brings the command of its hooks up to date (an npx call written before), and leaves the others', () => {
    const old = {
      hooks: {
        ...USER_SETTINGS.hooks,
        Stop: [
          {
            hooks: [
              { type: 'command', command: 'npx --no-install ledgerlint hook claude' },
              { type: 'command', command: './notify.sh' },
            ],
          },
        ],
      },
    };
    const dir = repository({ '.claude/settings.json': JSON.stringify(old) });
    const run = init(dir);
    expect(run.stdout).toContain(
      `✔ .claude/settings.json: PreToolUse, PostToolUse, SubagentStop, TaskCompleted run \`${COMMAND}\``,
    );
    expect(run.stdout).toContain(`✔ .claude/settings.json: ledgerlint's hooks on Stop now run \`${COMMAND}\``);
    expect(settingsOf(dir).hooks.Stop).toEqual([
      {
        hooks: [
          { type: 'command', command: COMMAND },
          { type: 'command', command: './notify.sh' },
        ],
      },
    ]);
  });

  it('writes a command that runs the hook as Claude Code runs it: through a shell, from the project directory it names', () => {
    const dir = repository({ 'docs/prd/04.md': fixture('minimal/prd.md') });
    expect(init(dir).code).toBe(0);
    const command = ours(settingsOf(dir).hooks.PreToolUse)[0]!.hooks[0]!.command;
    const flip = {
      cwd: dir,
      hook_event_name: 'PreToolUse',
      tool_name: 'Edit',
      tool_input: {
        file_path: join(dir, 'docs/prd/04.md'),
        old_string: '**Status:** In Progress',
        new_string: '**Status:** Completed',
      },
    };
    const run = spawnSync('sh', ['-c', command], {
      cwd: join(dir, 'docs'),
      input: JSON.stringify(flip),
      encoding: 'utf8',
      env: { ...process.env, CLAUDE_PROJECT_DIR: dir },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      hookSpecificOutput: expect.objectContaining({ permissionDecision: 'deny' }),
    });
  });

  it('appends the instructions to CLAUDE.md and AGENTS.md between markers, once, and once for a CLAUDE.md that links to AGENTS.md', () => {
    const dir = repository({ 'CLAUDE.md': '# Project\n\nUse pnpm.\n', 'AGENTS.md': '# Agents\n' });
    expect(init(dir).code).toBe(0);
    const claude = readFileSync(join(dir, 'CLAUDE.md'), 'utf8');
    expect(
      claude.startsWith('# Project\n\nUse pnpm.\n\n<!-- ledgerlint:begin -->\n## Ledgers (checked by ledgerlint)\n'),
    ).toBe(true);
    expect(claude.endsWith('<!-- ledgerlint:end -->\n')).toBe(true);
    expect(claude).toContain('Never commit with `--no-verify`');
    expect(readFileSync(join(dir, 'AGENTS.md'), 'utf8')).toContain('<!-- ledgerlint:begin -->');

    const linked = repository({ 'AGENTS.md': '# Agents\n' });
    symlinkSync('AGENTS.md', join(linked, 'CLAUDE.md'));
    expect(init(linked).code).toBe(0);
    expect(readFileSync(join(linked, 'AGENTS.md'), 'utf8').split('<!-- ledgerlint:begin -->')).toHaveLength(2);
  });

  it('refuses settings that are not valid JSON, with exit code 2 and where, and leaves them as they are', () => {
    const broken = '{\n  "hooks": {\n    "PreToolUse": [],\n  }\n}\n';
    const dir = repository({ '.claude/settings.json': broken });
    const run = init(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^ledgerlint: init: \.claude\/settings\.json:4:\d+ is not valid JSON \(.*\); it was left as it is: fix it and run ledgerlint init --agent claude again\.\n$/,
    );
    expect(readFileSync(join(dir, '.claude/settings.json'), 'utf8')).toBe(broken);
    writeFileSync(join(dir, '.claude/settings.json'), '{"hooks": {"Stop": {"command": "x"}}}');
    expect(init(dir).stderr).toBe(
      'ledgerlint: init: .claude/settings.json: "hooks.Stop" is not a list; it was left as it is.\n',
    );
  });

  it('refuses, writing nothing, when the hooks would find no ledgerlint to run', () => {
    const dir = repository({}, { installed: false });
    const run = runCli(['init', '--agent', 'claude', '--hooks', 'git'], { cwd: dir, env: { PATH: '/usr/bin:/bin' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "ledgerlint: init: Claude Code's hooks would find no ledgerlint to run: it is neither installed in this project nor on PATH; npm install --save-dev ledgerlint, then run ledgerlint init --agent claude again.\n",
    );
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout).toBe('.git\n');
  });

  it('takes only the agents it knows, and only with init', () => {
    expect(runCli(['init', '--agent', 'cursor']).stderr).toBe(
      'ledgerlint: --agent: unknown agent "cursor" (available: claude).\n',
    );
    expect(runCli(['--agent', 'claude']).stderr).toBe(
      'ledgerlint: --agent goes with init: ledgerlint init --agent claude.\n',
    );
  });
});
