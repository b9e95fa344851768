import { describe, expect, it } from 'vitest';
import { fieldPathRefsIn, keyFileRefsIn, repositoryPath } from '../../src/core/ledger/key-file-refs.js';

/** What a Key Files line names: `kind path [lines] @column`. */
function read(line: string): string[] {
  return keyFileRefsIn([line], [1]).map(
    (r) => `${r.kind} ${r.path}${r.lines ? ` ${r.lines.start}-${r.lines.end}` : ''} @${r.column}`,
  );
}

describe('paths in Key Files', () => {
  it.each([
    ['- `src/retry.ts:12-30` - Backoff calculator', ['code src/retry.ts 12-30 @4']],
    ['- [retry.ts](../../src/retry.ts) - Backoff calculator', ['link ../../src/retry.ts @14']],
    ['- [retry.ts](./retry.ts#L12-L30)', ['link retry.ts 12-30 @14']],
    ['- [spec](<docs/the spec.md> "Spec")', ['link docs/the spec.md @11']],
    ['- [spec](docs/the%20spec.md?plain=1#usage)', ['link docs/the spec.md @10']],
    ['- ![diagram](/docs/arch.png)', ['link /docs/arch.png @14']],
    ['- src/retry.ts - Backoff calculator', ['bare src/retry.ts @3']],
    ['1. **src/retry.ts**: 225 lines, the calculator', ['bare src/retry.ts @6']],
    ['- src/retry.ts:42 - `next()` picks the delay', ['bare src/retry.ts 42-42 @3']],
    ['- src/skills/*.js - five skills', ['bare src/skills/*.js @3']],
    ['- mqtt/README.md, GETTING_STARTED.md', ['bare mqtt/README.md @3']],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it.each([
    [
      'URLs, mail and anchors',
      '- [design](https://example.com/design.md), [mail](mailto:a@example.com), [below](#notes), [site](//cdn.example.com/x.js)',
    ],
    ['a link whose destination reads as a glob', '- [route](app/users/[id]/page.tsx)'],
    ['a link inside a code span', '- `[retry](src/retry.ts)` is how to write it'],
    ['bare words with a slash that name no file', '- N/A'],
    ['bare words with a slash that name no file', '- I/O and and/or, 1/2 of it'],
    ['a bare word without a slash', '- Node.js - the runtime'],
    ['a bare word in the middle of a line', '- The queue lives in src/queue.ts'],
    ['prose that is not a list item', 'src/queue.ts holds the queue'],
  ])('%s are not paths: %s', (_what, line) => {
    expect(read(line)).toEqual([]);
  });

  it('takes the link destination, not a code span in its text', () => {
    expect(read('- [`retry.ts`](../../src/retry.ts) - `RetryPolicy.next`')).toEqual(['link ../../src/retry.ts @16']);
  });

  it('after a bare path or a link, code spans need a slash to be paths', () => {
    expect(read('- src/retry.ts - uses `RetryPolicy.next` and `src/backoff.ts`')).toEqual([
      'bare src/retry.ts @3',
      'code src/backoff.ts @47',
    ]);
    expect(read('- [retry](src/retry.ts) - `RetryPolicy.next`')).toEqual(['link src/retry.ts @11']);
  });
});

describe('paths in header fields', () => {
  const keys = new Map([['prd', 'PRD']]);
  const read = (line: string) => fieldPathRefsIn([line], [1], keys).map((r) => `${r.field} ${r.kind} ${r.path}`);

  it.each([
    ['**PRD:** `prd/07_API_Rate_Limiting.md`', ['PRD code prd/07_API_Rate_Limiting.md']],
    ['**PRD:** prd/07_rate_limiting.md (sections 2-3)', ['PRD bare prd/07_rate_limiting.md']],
    ['**PRD:** PRD.md', ['PRD bare PRD.md']],
    ['**PRD**: [PRD 07](../../prd/07.md)', ['PRD link ../../prd/07.md']],
    ['**PRD:** PRD-07', []],
    ['**PRD:** https://notion.so/acme/PRD-07', []],
    ['**Status:** `docs/status.md`', []],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('where a path leads in the repository', () => {
  it.each([
    [{ kind: 'code', path: 'src/a.ts' }, 'docs/ledgers', 'src/a.ts'],
    [{ kind: 'bare', path: '../a.ts' }, 'docs/ledgers', 'outside'],
    [{ kind: 'link', path: '../../src/a.ts' }, 'docs/ledgers', 'src/a.ts'],
    [{ kind: 'link', path: 'notes/' }, 'docs', 'docs/notes/'],
    [{ kind: 'link', path: '../../../a.ts' }, 'docs/ledgers', 'outside'],
    [{ kind: 'link', path: '/src/a.ts' }, 'docs/ledgers', 'src/a.ts'],
    [{ kind: 'link', path: 'a.ts' }, '', 'a.ts'],
    [{ kind: 'link', path: 'a.ts' }, null, 'unknown'],
  ] as const)('%o from %s', (ref, directory, expected) => {
    const where = repositoryPath(ref, directory);
    expect(where === null ? 'unknown' : where.outside ? 'outside' : where.path).toBe(expected);
  });
});
