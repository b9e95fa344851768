import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/core/engine/lint.js';
import { github } from '../../src/reporters/github.js';
import { summarise, type FileResult } from '../../src/core/model/results.js';
import { runnerCommands } from '../helpers/workflow-commands.js';

const finding = (line: number, severity: 1 | 2, message = `Finding on line ${line}.`): LintMessage => ({
  ruleId: 'progress-math',
  severity,
  message,
  line,
  column: 2,
});
const file = (path: string, messages: LintMessage[]): FileResult =>
  summarise({ filePath: `/repo/${path}`, displayPath: path, profile: 'prd', messages });
const report = (results: FileResult[], root?: string) =>
  github(results, { color: false, cwd: '/repo', ...(root !== undefined ? { root } : {}) });

describe('--format github', () => {
  it('writes one annotation per finding while there are at most 10 of each kind', () => {
    const out = report([file('a.md', [finding(1, 2), finding(2, 1)])]);
    expect(out.split('\n')).toEqual([
      '::error file=a.md,line=1,col=2,title=progress-math::Finding on line 1.',
      '::warning file=a.md,line=2,col=2,title=progress-math::Finding on line 2.',
    ]);
  });

  it('annotates the first 10 errors and 10 warnings, then says how many more and lists them as plain lines', () => {
    const a = file(
      'a.md',
      Array.from({ length: 8 }, (_, i) => finding(i + 1, 2)),
    );
    const b = file('docs/b.md', [
      ...Array.from({ length: 6 }, (_, i) => finding(i + 1, 2)),
      ...Array.from({ length: 12 }, (_, i) => finding(i + 10, 1)),
    ]);
    const out = report([a, b]);
    const commands = runnerCommands(out);
    expect(commands.filter((c) => c.name === 'error')).toHaveLength(10);
    expect(commands.filter((c) => c.name === 'warning')).toHaveLength(10);
    expect(commands).toHaveLength(20);
    const lines = out.split('\n');
    expect(lines[20]).toBe(
      'ledgerlint: 4 more errors and 2 more warnings are not annotated (GitHub shows 10 error and 10 warning annotations per step); here they are:',
    );
    expect(lines.slice(21)).toEqual([
      'docs/b.md:3:2: Finding on line 3. [Error/progress-math]',
      'docs/b.md:4:2: Finding on line 4. [Error/progress-math]',
      'docs/b.md:5:2: Finding on line 5. [Error/progress-math]',
      'docs/b.md:6:2: Finding on line 6. [Error/progress-math]',
      'docs/b.md:20:2: Finding on line 20. [Warning/progress-math]',
      'docs/b.md:21:2: Finding on line 21. [Warning/progress-math]',
    ]);
  });

  it('says only the kind that overflowed', () => {
    const out = report([
      file(
        'a.md',
        Array.from({ length: 11 }, (_, i) => finding(i + 1, 1)),
      ),
    ]);
    expect(out).toContain(
      '\nledgerlint: 1 more warning is not annotated (GitHub shows 10 error and 10 warning annotations per step); here it is:\na.md:11:2: Finding on line 11. [Warning/progress-math]',
    );
  });

  it('keeps the plain lines from running as workflow commands', () => {
    const out = report([
      file(
        'a.md',
        Array.from({ length: 11 }, (_, i) =>
          finding(i + 1, 2, i === 10 ? 'Status "##[error]x\n::error::y" is odd.' : 'x'),
        ),
      ),
    ]);
    expect(runnerCommands(out)).toHaveLength(10);
    expect(out.split('\n').at(-1)).toMatch(
      /^a\.md:11:2: Status "##\u200b\[error\]x ::error::y" is odd\. \[Error\/progress-math\]$/,
    );
  });

  it('names files from the repository root it is given, not the working directory', () => {
    const results = [
      summarise({
        filePath: '/repo/docs/ledgers/a.md',
        displayPath: 'a.md',
        profile: 'prd',
        messages: [finding(3, 2)],
      }),
    ];
    expect(report(results, '/repo')).toBe(
      '::error file=docs/ledgers/a.md,line=3,col=2,title=progress-math::Finding on line 3.',
    );
    // No root (not in a repository): relative to the working directory, as displayed.
    expect(report(results)).toBe('::error file=a.md,line=3,col=2,title=progress-math::Finding on line 3.');
  });
});
