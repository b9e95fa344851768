/** The hook's first look at a path: sure "no" answers only. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configMentions, mayBeLedger } from '../../src/agent/ledger-path.js';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { tempDir } from '../helpers/cli.js';

describe('mayBeLedger', () => {
  it('takes every file the built-in profiles may call a ledger', () => {
    const globs = prepareConfig({}, null).otherLedgerGlobs;
    expect(globs.length).toBeGreaterThan(0);
    for (const glob of globs)
      expect(mayBeLedger(`/repo/sub/${glob.replace(/^\*\*\//, '').replace(/\*/g, 'x')}`, '/nowhere'), glob).toBe(true);
    expect(mayBeLedger('/repo/docs/PRD.MD', '/nowhere')).toBe(true);
  });

  it('turns away code and data without a config that could name them', () => {
    const dir = tempDir({ '.git/HEAD': 'ref: refs/heads/main\n', 'package.json': '{"name":"app"}' });
    expect(mayBeLedger(join(dir, 'src/app.ts'), dir)).toBe(false);
    expect(mayBeLedger(join(dir, 'requirements.txt'), join(dir))).toBe(false);
  });

  it('takes any file when a config in reach may name it: one mentioning paths, or a JavaScript one', () => {
    const yaml = tempDir({
      '.git/HEAD': '',
      '.ledgerlintrc.yaml': 'profiles:\n  - name: org\n    detect:\n      paths: ["**/*.org"]\n',
      'sub/x': '',
    });
    expect(mayBeLedger(join(yaml, 'TODO.org'), join(yaml, 'sub'))).toBe(true);
    const plain = tempDir({ '.git/HEAD': '', '.ledgerlintrc.json': '{"rules":{"key-files":"off"}}' });
    expect(mayBeLedger(join(plain, 'TODO.org'), plain)).toBe(false);
    const js = tempDir({ '.git/HEAD': '', 'ledgerlint.config.mjs': 'export default {};' });
    expect(mayBeLedger(join(js, 'TODO.org'), js)).toBe(true);
    const pkg = tempDir({
      '.git/HEAD': '',
      'package.json': '{"ledgerlint":{"profiles":[{"detect":{"paths":["*.org"]}}]}}',
    });
    expect(mayBeLedger(join(pkg, 'TODO.org'), pkg)).toBe(true);
  });

  it('finds the config in reach by the words it holds, and none above the repository', () => {
    const dir = tempDir({ '.git/HEAD': '', '.ledgerlintrc.yaml': 'profiles:\n  - name: adr\n', 'docs/a/b': '' });
    expect(configMentions(join(dir, 'docs/a'), 'profiles')).toBe(true);
    expect(configMentions(join(dir, 'docs/a'), 'paths')).toBe(false);
    const inner = tempDir({ 'repo/.git/HEAD': '', '.ledgerlintrc.yaml': 'profiles: []\n' });
    expect(configMentions(join(inner, 'repo'), 'profiles')).toBe(false);
  });
});
