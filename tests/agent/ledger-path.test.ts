/** The hook's first look at a path: sure "no" answers only. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configMentions, mayBeLedger } from '../../src/agent/ledger-path.js';
import { loadConfig } from '../../src/config/load.js';
import { CONFIG_NAMES } from '../../src/config/names.js';
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

  it('reads the config the loader reads, whatever its name', async () => {
    // Valid, and mentions the key the hook looks for.
    const json = '{"ignores":["drafts/paths/**"]}';
    for (const name of CONFIG_NAMES) {
      const text =
        name === 'package.json' ? `{"ledgerlint":${json}}` : /js$/.test(name) ? `export default ${json};` : json;
      const dir = tempDir({ '.git/HEAD': '', 'package.json': '{"type":"module"}', [name]: text });
      expect((await loadConfig(dir)).prepared.source, name).toBe(join(dir, name));
      expect(configMentions(dir, 'paths'), name).toBe(true);
    }
  });

  it('takes the first config name a directory holds, as the loader does, and no other file', () => {
    const both = (first: string, second: string) =>
      tempDir({ '.git/HEAD': '', 'ledgerlint.config.json': first, '.ledgerlintrc.yaml': second });
    expect(configMentions(both('{"paths":1}', 'rules: {}\n'), 'paths')).toBe(true);
    expect(configMentions(both('{"rules":{}}', 'paths: 1\n'), 'paths')).toBe(false);
    const unknown = tempDir({ '.git/HEAD': '', 'ledgerlint.config.toml': 'paths = 1\n' });
    expect(configMentions(unknown, 'paths')).toBe(false);
    const typescript = tempDir({ '.git/HEAD': '', 'ledgerlint.config.ts': 'export default {};\n' });
    expect(configMentions(typescript, 'paths')).toBe(true);
  });
});
