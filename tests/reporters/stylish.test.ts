import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/core/engine/lint.js';
import { stylish } from '../../src/reporters/stylish.js';
import { summarise, type FileResult } from '../../src/core/model/results.js';

const at = (
  line: number,
  column: number,
  message: string,
  ruleId: string | null = 'progress-math',
  severity: 1 | 2 = 2,
): LintMessage => ({ ruleId, severity, message, line, column });
const file = (path: string, messages: LintMessage[]): FileResult =>
  summarise({ filePath: `/w/${path}`, displayPath: path, profile: 'prd', messages });
const report = (results: FileResult[], color = false) => stylish(results, { color, cwd: '/w' });
const rows = (text: string) => text.split('\n').filter((l) => /^ {2}\s*\d+:\d+/.test(l.replace(/\u001b\[\d+m/g, '')));
const visible = (text: string) => [...text.replace(/\u001b\[\d+m/g, '')].length;

describe('stylish', () => {
  it('aligns line:col (line numbers to the right, at the colon), severity, message and rule, per file', () => {
    const out = report([
      file('a.md', [
        at(7, 3, 'Short.', 'placeholders'),
        at(120, 30, 'A somewhat longer message.', 'key-files', 1),
        at(57, 12, 'Mid length one.', null),
      ]),
      file('b.md', [at(2, 1, 'Tiny.')]),
    ]);
    expect(out).toBe(
      [
        '',
        'a.md',
        '    7:3   error    Short.                      placeholders',
        '  120:30  warning  A somewhat longer message.  key-files',
        '   57:12  error    Mid length one.',
        '',
        'b.md',
        '  2:1  error  Tiny.  progress-math',
        '',
        '✖ 4 problems (3 errors, 1 warning)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('lets a long message run on instead of padding every row to it', () => {
    const long = `Phase 2 says ${'very '.repeat(40)}much.`;
    const out = report([
      file('a.md', [
        at(1, 1, 'Short.'),
        at(2, 1, long, 'commit-exists'),
        at(3, 1, 'A bit longer than short.', 'placeholders'),
      ]),
    ]);
    const [first, second, third] = rows(out);
    expect(first).toBe('  1:1  error  Short.                    progress-math');
    expect(second).toBe(`  2:1  error  ${long}  commit-exists`);
    expect(third).toBe('  3:1  error  A bit longer than short.  placeholders');
  });

  it('keeps padded rows within 100 columns', () => {
    const messages = [60, 69, 80, 200].map((n, i) => at(i + 1, 1, 'x'.repeat(n), 'completion-gate'));
    const lines = rows(report([file('a.md', messages)]));
    // `  1:1  error  ` and `  completion-gate` leave 69 columns: the 69-character message sets the width, longer ones run on.
    expect(lines.map(visible)).toEqual([100, 100, 111, 231]);
    expect(lines[0]).toMatch(/^ {2}1:1 {2}error {2}x{60} {11}completion-gate$/);
  });

  it('measures widths without colour codes', () => {
    const plain = rows(report([file('a.md', [at(1, 1, 'Short.'), at(10, 12, 'Longer message.', 'key-files', 1)])]));
    const coloured = rows(
      report([file('a.md', [at(1, 1, 'Short.'), at(10, 12, 'Longer message.', 'key-files', 1)])], true),
    );
    expect(coloured.map(visible)).toEqual(plain.map(visible));
    expect(coloured[0]).toContain('\u001b[31merror\u001b[39m');
  });

  it('says nothing when there is nothing to say', () => {
    expect(report([file('a.md', [])])).toBe('');
  });
});
