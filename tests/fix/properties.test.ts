/**
 * Properties of --fix on generated ledgers of both formats (random phases, tasks
 * and ticks; LF or CRLF): afterwards no derived number is wrong, a second fix
 * changes nothing, and every line the fix does not own is byte-identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fix, fixture } from '../helpers/lint.js';

interface Task {
  done: boolean;
  check: boolean;
  subtasks: boolean[];
}

interface PrdShape {
  phases: Task[][];
  /** Per phase: its summary line's stated numbers, or null to leave the line out. */
  stated: Array<{ done: number; total: number; pct: number } | null>;
  overall: { done: number; total: number; pct: number };
  sessions: number;
  logged: number;
  crlf: boolean;
}

const task = fc.record({ done: fc.boolean(), check: fc.boolean(), subtasks: fc.array(fc.boolean(), { maxLength: 3 }) });
const numbers = fc.record({ done: fc.nat(12), total: fc.integer({ min: 1, max: 12 }), pct: fc.nat(100) });
const prdShape: fc.Arbitrary<PrdShape> = fc
  .array(fc.array(task, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
  .chain((phases) =>
    fc.record({
      phases: fc.constant(phases),
      stated: fc.array(fc.option(numbers, { freq: 4 }), { minLength: phases.length, maxLength: phases.length }),
      overall: numbers,
      sessions: fc.nat(9),
      logged: fc.integer({ min: 1, max: 5 }),
      crlf: fc.boolean(),
    }),
  );

function prdLedger(shape: PrdShape): string {
  const base = fixture('minimal/prd.md');
  const tasks = shape.phases
    .map((phase, p) => {
      const lines = phase.flatMap((t, i) => [
        `- [${t.done ? 'x' : ' '}] Task ${p + 1}.${i + 1}: work item ${p + 1}.${i + 1}${t.check ? ' ✓' : ''}`,
        ...t.subtasks.map((s, k) => `  - [${s ? 'x' : ' '}] Subtask ${p + 1}.${i + 1}.${k + 1} part`),
      ]);
      return `### Phase ${p + 1}: Part ${p + 1}\n\n${lines.join('\n')}`;
    })
    .join('\n\n');
  const summary = [
    ...shape.stated.flatMap((s, p) =>
      s ? [`- **Phase ${p + 1}:** ${s.pct}% complete (${s.done}/${s.total} tasks done)`] : [],
    ),
    `- **Overall:** ${shape.overall.pct}% complete (${shape.overall.done}/${shape.overall.total} tasks done)`,
  ].join('\n');
  const log = Array.from(
    { length: shape.logged },
    (_, i) => `**Session ${i + 1} (2026-03-0${i + 1} 09:00 - 10:00):**\n- Completed: things`,
  ).join('\n\n');
  const text = base
    .replace(/## Tasks\n\n[^]*?\n\n---/, `## Tasks\n\n${tasks}\n\n---`)
    .replace(/## Progress Summary\n\n[^]*?\n\n---/, `## Progress Summary\n\n${summary}\n\n---`)
    .replace(/## Session Log\n\n[^]*?\n\n---/, `## Session Log\n\n${log}\n\n---`)
    .replace('**Agent Sessions:** 2', `**Agent Sessions:** ${shape.sessions}`);
  return shape.crlf ? text.replace(/\n/g, '\r\n') : text;
}

const lines = (text: string) => text.split(/(?<=\n|\r(?!\n))/);

/** Without the lines a fix may own: summary lines and the Agent Sessions line. */
function withoutDerived(text: string): string {
  return lines(text)
    .filter((l) => !/^- \*\*(?:Phase \d+|Overall):\*\*/.test(l) && !l.startsWith('**Agent Sessions:**'))
    .join('');
}

/** The open tasks a fix took a ✓ from look like any open task: compare tasks apart from their marks. */
const withoutMarks = (text: string) => text.replace(/ ✓(?=\r?\n|\r|$)/g, '');

describe('--fix properties', () => {
  it('on PRD ledgers: no wrong numbers left, idempotent, and every other line byte-identical', () => {
    fc.assert(
      fc.property(prdShape, (shape) => {
        const text = prdLedger(shape);
        const { output, left } = fix(text);
        expect(left.filter((m) => m.ruleId === 'progress-math' || m.ruleId === 'session-count')).toEqual([]);
        expect(left.filter((m) => m.ruleId === 'task-consistency' && m.message.includes('carries'))).toEqual([]);
        expect(fix(output).output).toBe(output);
        expect(withoutDerived(withoutMarks(output))).toBe(withoutDerived(withoutMarks(text)));
        // Lines outside the summary, the session counter and the ✓ marks are untouched.
        const summaryStart = lines(text).findIndex((l) => l.startsWith('## Progress Summary'));
        expect(
          lines(output)
            .slice(0, summaryStart)
            .map(withoutMarks)
            .filter((l) => !l.startsWith('**Agent Sessions:**')),
        ).toEqual(
          lines(text)
            .slice(0, summaryStart)
            .map(withoutMarks)
            .filter((l) => !l.startsWith('**Agent Sessions:**')),
        );
        if (shape.crlf) expect(output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 120 },
    );
  });

  it('on feature ledgers: ✓ marks agree with the boxes afterwards, idempotent, nothing else touched', () => {
    const base = fixture('minimal/feature.md');
    const boxes = [...base.matchAll(/^- \[[ x]\] .*$/gm)].length;
    fc.assert(
      fc.property(
        fc.array(fc.record({ done: fc.boolean(), check: fc.boolean() }), { minLength: boxes, maxLength: boxes }),
        fc.boolean(),
        (states, crlf) => {
          let index = 0;
          let text = base.replace(/^- \[[ x]\] (.*)$/gm, (_line, rest: string) => {
            const s = states[index++]!;
            return `- [${s.done ? 'x' : ' '}] ${rest}${s.check ? ' ✓' : ''}`;
          });
          if (crlf) text = text.replace(/\n/g, '\r\n');
          const { output, left } = fix(text);
          expect(left.filter((m) => m.ruleId === 'task-consistency' && m.message.includes('carries'))).toEqual([]);
          expect(fix(output).output).toBe(output);
          // Exactly the ✓ of open boxes goes; every other byte stays.
          const expected = lines(text)
            .map((l) => (/^- \[ \] .* ✓\r?\n?$/.test(l) ? l.replace(' ✓', '') : l))
            .join('');
          expect(output).toBe(expected);
          expect(index).toBe(boxes);
        },
      ),
      { numRuns: 80 },
    );
  });
});
