/**
 * The hook runs on every Write and Edit an agent makes: which bundled modules it loads,
 * seen through a module-loading hook of node's, not by timing. A file that cannot be a
 * ledger, or an edit that claims nothing, must end before zod, the config or the
 * markdown parser is loaded; a markdown file that may claim completion loads the config
 * but not the parser, unless it is a ledger.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/cli.js';

const TRACE = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { writeSync } from 'node:fs';
export async function load(url, context, next) { if (url.startsWith('file:')) writeSync(2, 'LOADED ' + url + '\\\\n'); return next(url, context); }
\`));
`;

/** The bundled files the hook loaded for this payload, and what they bundle. */
function loaded(payload: object): { files: string[]; bundles: (what: string) => boolean } {
  const dir = tempDir({ 'trace.mjs': TRACE, '.git/HEAD': 'ref: refs/heads/main\n' });
  const run = spawnSync(process.execPath, ['--import', join(dir, 'trace.mjs'), CLI, 'hook', 'claude'], {
    cwd: dir,
    input: JSON.stringify({ cwd: dir, ...payload }),
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const files = [...run.stderr.matchAll(/^LOADED (file:.*)$/gm)].map((m) => fileURLToPath(m[1]!));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  // esbuild heads each bundled module with a comment naming its path.
  return {
    files,
    bundles: (what) =>
      new RegExp(`^// (?:[^\\n]*/)?node_modules/${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm').test(text),
  };
}

const write = (file_path: string, content: string) => ({
  hook_event_name: 'PreToolUse',
  tool_name: 'Write',
  tool_input: { file_path, content },
});

describe('what the hook loads', () => {
  it('for code, and for other tools, nothing but its own small entry', () => {
    for (const payload of [
      write('src/app.ts', 'export const done = true;\n'),
      { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } },
    ]) {
      const { files, bundles } = loaded(payload);
      expect(files.some((f) => /hook-command-/.test(f))).toBe(true);
      for (const heavy of ['zod/', 'yaml/', 'micromark', 'mdast-util-from-markdown', '@modelcontextprotocol'])
        expect(bundles(heavy), heavy).toBe(false);
      expect(files.reduce((size, f) => size + readFileSync(f).length, 0)).toBeLessThan(64 * 1024);
    }
  });

  it('for a markdown file whose edit claims nothing, nothing more', () => {
    const { bundles } = loaded(write('docs/notes.md', '# Notes\n\n- [ ] Ask about retries\n'));
    expect(bundles('zod/')).toBe(false);
  });

  it('for a markdown file that may claim completion, the config but not the parser, since it is no ledger', () => {
    const { bundles } = loaded(write('README.md', '# App\n\nDeployed.\n'));
    expect(bundles('zod/')).toBe(true);
    expect(bundles('micromark')).toBe(false);
  });

  it('(the trace sees the parser when it is loaded: a ledger that claims completion)', () => {
    const ledger = readFileSync(new URL('../fixtures/minimal/prd.md', import.meta.url), 'utf8').replace(
      '**Status:** In Progress',
      '**Status:** Completed',
    );
    expect(loaded(write('docs/prd/04.md', ledger)).bundles('micromark')).toBe(true);
  });
});
