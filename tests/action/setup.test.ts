import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { workflowText } from '../../src/setup/workflow.js';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { initRepo } from '../helpers/git.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('action.yml', () => {
  it('declares the inputs and outputs the Action reads and writes, on node24', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
      branding: object;
    };
    expect(Object.keys(action.inputs)).toEqual([
      'paths',
      'config',
      'mode',
      'fail-on',
      'token',
      'sarif-file',
      'summary',
      'deleted-ledgers',
    ]);
    expect(action.inputs['deleted-ledgers']!.default).toBe('warn');
    expect(action.inputs.token!.default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'ledgers', 'report']);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(existsSync(join(ROOT, action.runs.main))).toBe(true);
    expect(action.branding).toBeDefined();
  });
});

describe('ledgerlint init --ci', () => {
  it('writes the workflow the README shows, once', () => {
    const dir = tempDir({ 'node_modules/.bin/ledgerlint': `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n` });
    chmodSync(join(dir, 'node_modules/.bin/ledgerlint'), 0o755);
    initRepo(dir);
    const first = runCli(['init', '--ci'], { cwd: dir, env: { HUSKY: undefined } });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /✔ wrote \.github\/workflows\/ledgerlint\.yml: the ledgerlint Action on pull requests and merge queues/,
    );
    const written = readFileSync(join(dir, '.github', 'workflows', 'ledgerlint.yml'), 'utf8');
    expect(written).toBe(workflowText(pkg.version));
    const workflow = parse(written) as {
      on: object;
      permissions: object;
      jobs: { ledgers: { steps: Array<{ uses?: string; with?: Record<string, unknown> }> } };
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'merge_group']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(workflow.jobs.ledgers.steps).toEqual([
      { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
      { uses: `ledgerlint/ledgerlint@v${pkg.version.split('.')[0]}` },
    ]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(written);

    const second = runCli(['init', '--ci'], { cwd: dir, env: { HUSKY: undefined } });
    expect(second.stdout).toMatch(/\.github\/workflows\/ledgerlint\.yml already exists; left as it is/);
  });

  it('is refused without init', () => {
    expect(runCli(['--ci'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --ci goes with init: ledgerlint init --ci.\n',
    });
  });
});
