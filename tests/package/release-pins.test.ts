/**
 * What the README and `init --ci` tell users to pin is what the release steps create for package.json's version:
 * the Action's major tag, the release tag for pre-commit, this repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  actionRef,
  PRE_COMMIT_HOOK_ID,
  preCommitRepoEntry,
  preCommitRev,
  REPOSITORY_URL,
} from '../../src/setup/release-pins.js';
import { workflowText } from '../../src/setup/workflow.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  repository: { url: string };
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('release pins', () => {
  it('the Action is pinned to its major tag, pre-commit to the release tag', () => {
    expect(actionRef('0.1.0')).toBe('ledgerlint/ledgerlint@v0');
    expect(actionRef('2.10.3')).toBe('ledgerlint/ledgerlint@v2');
    expect(preCommitRev('2.10.3')).toBe('v2.10.3');
    expect(() => actionRef('next')).toThrow(/not a release version: next/);
  });

  it('every Action ref in the README and in init --ci is the major tag of package.json version', () => {
    const refs = [...readme.matchAll(/uses: (ledgerlint\/ledgerlint@\S+)/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs)).toEqual(new Set([actionRef(pkg.version)]));
    expect(workflowText(pkg.version)).toContain(`uses: ${actionRef(pkg.version)}\n`);
  });

  it('the README .pre-commit-config.yaml names this repository at the release tag of package.json version', () => {
    expect(readme).toContain(preCommitRepoEntry(pkg.version));
    expect([...readme.matchAll(/^ +rev: (\S+)$/gm)].map((match) => match[1])).toEqual([preCommitRev(pkg.version)]);
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    expect(hooks.map((hook) => hook.id)).toContain(PRE_COMMIT_HOOK_ID);
  });
});
