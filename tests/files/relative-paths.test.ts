import { relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainlyBelow, toPosixRelative } from '../../src/files/discover.js';

const segment = fc.constantFrom('a', 'b', 'docs', '.ai', '..', '.', '', 'x y', 'ledgers.md');
const absolute = fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`);

describe('paths relative to a base', () => {
  it('says what path.relative says, quickly for a plain path below the base', () => {
    expect(plainlyBelow('/repo', '/repo/docs/a.md')).toBe('docs/a.md');
    expect(plainlyBelow('/repo', '/repository/a.md')).toBeNull();
    expect(plainlyBelow('/repo', '/repo/../etc/passwd')).toBeNull();
    expect(plainlyBelow('/repo/', '/repo/a.md')).toBeNull();
    fc.assert(
      fc.property(absolute, absolute, (base, path) => {
        expect(toPosixRelative(base, path)).toBe(relative(base, path));
        const below = plainlyBelow(base, path);
        if (below !== null) expect(below).toBe(relative(base, path));
      }),
      { numRuns: 2000 },
    );
  });
});
