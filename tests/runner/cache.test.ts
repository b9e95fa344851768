/** The --cache file is input like any other: checked when read, never written through something planted beside it. */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/runner/cache.js';
import { tempDir } from '../helpers/cli.js';

const entry = {
  hash: 'h',
  profile: 'prd',
  needs: { shas: [], paths: [], ticked: { paths: [], ids: [] }, updated: false },
  facts: 'f',
  messages: [{ ruleId: 'session-count', severity: 2 as const, message: 'm', line: 9, column: 21 }],
};

async function saved(dir: string): Promise<string> {
  const location = join(dir, '.ledgerlintcache');
  const cache = await ResultCache.open(location, 'config', []);
  cache.remember('/x/L.md', entry);
  cache.rememberCommits('head', new Map([['1234567', { status: 'missing' }]]));
  await cache.save();
  return location;
}

describe('ResultCache', () => {
  it('reads back what it wrote', async () => {
    const location = await saved(tempDir());
    const warnings: string[] = [];
    const cache = await ResultCache.open(location, 'config', warnings);
    expect(cache.file('/x/L.md', 'h')).toEqual(entry);
    expect([...cache.commits('head')]).toEqual([['1234567', { status: 'missing' }]]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['commits that are not a record', (data: any) => ({ ...data, commits: null }), 'commits'],
    [
      'a message that is not text',
      (data: any) => ({
        ...data,
        files: { '/x/L.md': { ...entry, messages: [{ ...entry.messages[0], message: 42, line: 'x' }] } },
      }),
      'files./x/L.md.messages.0.message',
    ],
    [
      'a commit fact of no known kind',
      (data: any) => ({ ...data, commits: { '1234567': { status: 'lost' } } }),
      'commits.1234567.status',
    ],
  ])('starts over from a file of this version with %s, and says so', async (_name, damage, where) => {
    const location = await saved(tempDir());
    writeFileSync(location, JSON.stringify(damage(JSON.parse(readFileSync(location, 'utf8')))));
    const warnings: string[] = [];
    const cache = await ResultCache.open(location, 'config', warnings);
    expect(cache.file('/x/L.md', 'h')).toBeUndefined();
    expect(cache.commits('head').size).toBe(0);
    expect(warnings).toEqual([expect.stringContaining(`is damaged (${where}: `)]);
  });

  it('starts over silently from another version or config', async () => {
    const location = await saved(tempDir());
    const warnings: string[] = [];
    expect((await ResultCache.open(location, 'other config', warnings)).file('/x/L.md', 'h')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('never writes through a file planted where the temporary file used to be', async () => {
    const dir = tempDir({ victim: 'precious\n' });
    for (const name of [`.ledgerlintcache.${process.pid}.tmp`, `..ledgerlintcache.${process.pid}.tmp`])
      symlinkSync(join(dir, 'victim'), join(dir, name));
    const location = await saved(dir);
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('precious\n');
    expect(JSON.parse(readFileSync(location, 'utf8'))).toMatchObject({ config: 'config' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') && !name.includes(String(process.pid)))).toEqual([]);
  });
});
