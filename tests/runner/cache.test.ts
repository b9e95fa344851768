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

const record = {
  key: 'k',
  files: 'f',
  paths: { base: '/x', queries: [{ path: 'src/a.ts', lines: false }], facts: 'p' },
  commits: { '1234567': { status: 'missing' as const } },
  history: null,
  run: { results: [{ source: 0, profile: 'prd', messages: entry.messages }], warnings: [] },
};

/** The file's two lines: the header (version, config, run record), then the data. */
const linesOf = (location: string): [any, any] =>
  readFileSync(location, 'utf8')
    .split('\n')
    .map((line) => JSON.parse(line)) as [any, any];

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
    const [header, data] = linesOf(location);
    writeFileSync(location, `${JSON.stringify(header)}\n${JSON.stringify(damage(data))}`);
    const warnings: string[] = [];
    const cache = await ResultCache.open(location, 'config', warnings);
    expect(cache.file('/x/L.md', 'h')).toBeUndefined();
    expect(cache.commits('head').size).toBe(0);
    expect(warnings).toEqual([expect.stringContaining(`is damaged (${where}: `)]);
  });

  it('starts over from a run record that is not what it writes, and says so', async () => {
    const location = await saved(tempDir());
    const [header, data] = linesOf(location);
    writeFileSync(location, `${JSON.stringify({ ...header, record: { key: 7 } })}\n${JSON.stringify(data)}`);
    const warnings: string[] = [];
    const cache = await ResultCache.open(location, 'config', warnings);
    expect(cache.record).toBeNull();
    expect(cache.file('/x/L.md', 'h')).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('is damaged (record.key: ')]);
  });

  it('keeps the data line as it was when only the run record changed, without reading it', async () => {
    const location = await saved(tempDir());
    const before = readFileSync(location, 'utf8').split('\n')[1];
    const cache = await ResultCache.open(location, 'config', []);
    cache.keepRecord(record);
    await cache.save();
    expect(linesOf(location)[0].record).toEqual(record);
    expect(readFileSync(location, 'utf8').split('\n')[1]).toBe(before);
  });

  it('never joins its record to the data of a file another run wrote in the meantime', async () => {
    const location = await saved(tempDir());
    const cache = await ResultCache.open(location, 'config', []);
    const other = await ResultCache.open(location, 'config', []);
    other.remember('/x/Other.md', { ...entry, hash: 'o' });
    await other.save();
    cache.keepRecord(record);
    await cache.save();
    const reread = await ResultCache.open(location, 'config', []);
    expect(reread.record).toEqual(record);
    expect(reread.file('/x/Other.md', 'o')).toBeUndefined();
    expect(reread.file('/x/L.md', 'h')).toBeUndefined();
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
    expect(linesOf(location)[0]).toMatchObject({ config: 'config' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp') && !name.includes(String(process.pid)))).toEqual([]);
  });
});
