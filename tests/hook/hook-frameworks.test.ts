/**
 * The shipped .pre-commit-hooks.yaml through the real frameworks, as a user adopts it: a repository whose
 * .pre-commit-config.yaml names a clone of this repository's committed HEAD (a local path and a rev), the
 * framework's git hook installed, then real commits. Each framework found on PATH is tested; a missing one is
 * reported and its test skipped. The hook runs the committed dist/, as a user's install would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { plant } from '../helpers/lint.js';
import { GIT_ENV } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const valid = prdLedger();
const invalid = plant(valid, '**Agent Sessions:** 2', '**Agent Sessions:** 5');

/** The framework's version line, or undefined when it is not on PATH. */
function versionOf(command: string): string | undefined {
  const run = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

const frameworks = [
  {
    command: 'pre-commit',
    homeVariable: 'PRE_COMMIT_HOME',
    install: 'apt-get install pre-commit, or pip install pre-commit',
  },
  { command: 'prek', homeVariable: 'PREK_HOME', install: 'npm install -g @j178/prek' },
].map((framework) => ({ ...framework, version: versionOf(framework.command) }));

const scratch = mkdtempSync(join(tmpdir(), 'ledgerlint-frameworks-'));
let hook: { repo: string; rev: string } | undefined;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * This repository's committed HEAD, less its devDependencies: pre-commit up to 4.6.0, 4.6.1+ and prek all install
 * them into the hook's environment (300-odd packages, half a minute), and none of them plays a part in the hook,
 * which runs the committed, bundled dist/. Returns the clone and its rev.
 */
function hookRepository(env: NodeJS.ProcessEnv): { repo: string; rev: string } {
  const repo = join(scratch, 'ledgerlint');
  const run = (...args: string[]): string => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
  run('fetch', '-q', ROOT, 'HEAD');
  run('reset', '-q', '--hard', 'FETCH_HEAD');
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete pkg.devDependencies;
  delete pkg.overrides;
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  run('commit', '-q', '--no-verify', '-am', 'test: without devDependencies');
  return { repo, rev: run('rev-parse', 'HEAD') };
}

/** A user's repository whose .pre-commit-config.yaml uses ledgerlint from the hook repository. */
function adopter(name: string, env: NodeJS.ProcessEnv, hook: { repo: string; rev: string }): string {
  const dir = join(scratch, name);
  const run = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  writeFileSync(
    join(dir, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hook.repo}\n    rev: ${hook.rev}\n    hooks:\n      - id: ledgerlint\n`,
  );
  run('add', '.pre-commit-config.yaml');
  run('commit', '-q', '--no-verify', '-m', 'chore: start');
  return dir;
}

function tryCommit(dir: string, env: NodeJS.ProcessEnv): { landed: boolean; output: string } {
  const head = (): string => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, env, encoding: 'utf8' }).trim();
  const before = head();
  const run = spawnSync('git', ['commit', '-q', '-m', 'docs: update ledger'], { cwd: dir, env, encoding: 'utf8' });
  return { landed: head() !== before, output: `${run.stdout}${run.stderr}` };
}

for (const { command, install, version } of frameworks) {
  if (!version)
    console.warn(`${command} is not on PATH (${install}): its test of the shipped .pre-commit-hooks.yaml is skipped.`);
}

describe.each(frameworks)('$command', ({ command, homeVariable, install, version }) => {
  it.skipIf(!version)(
    `${version ?? `${command} is not on PATH (${install}): skipped`}: installs the hook, refuses a bad staged ledger, lets a good one land`,
    () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...GIT_ENV,
        HUSKY: undefined,
        // Its own cache, so the hook environment is really built from this repository.
        [homeVariable]: join(scratch, `${command}-home`),
        npm_config_prefer_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
      };
      if (!existsSync(join(scratch, 'ledgerlint'))) hook = hookRepository(env);
      const dir = adopter(command, env, hook!);
      execFileSync(command, ['install'], { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });

      writeFileSync(join(dir, 'ledger.md'), invalid);
      execFileSync('git', ['add', 'ledger.md'], { cwd: dir, env });
      const refused = tryCommit(dir, env);
      expect(refused.output).toMatch(
        /ledger\.md\n +9:21 +error +Agent Sessions says 5 but the Session Log has 2 entries/,
      );
      expect(refused.landed).toBe(false);

      writeFileSync(join(dir, 'ledger.md'), valid);
      execFileSync('git', ['add', 'ledger.md'], { cwd: dir, env });
      const landed = tryCommit(dir, env);
      expect(landed.output).not.toMatch(/error/);
      expect(landed.landed).toBe(true);
    },
    180_000,
  );
});
