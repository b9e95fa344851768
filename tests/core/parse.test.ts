import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/parse/parse-ledger.js';
import { lint, parse, template } from '../helpers/lint.js';

const boxes = (text: string) =>
  parse(text)
    .items.filter((i) => i.checkbox)
    .map((i) => ({
      line: i.line,
      state: i.checkbox!.state,
      marker: i.checkbox!.marker,
      parent: i.parent?.line ?? null,
      text: i.text,
    }));

describe('checklists as real ledgers write them', () => {
  it('reads [x] and [X] as done and [ ] as open', () => {
    expect(boxes('- [x] a\n- [X] b\n- [ ] c\n').map((b) => b.state)).toEqual(['done', 'done', 'open']);
  });

  it('accepts top-level items indented one to three spaces', () => {
    expect(boxes(' - [x] one\n  - [ ] two\n   - [x] three\n').map((b) => [b.state, b.parent])).toEqual([
      ['done', null],
      ['open', null],
      ['done', null],
    ]);
  });

  it('nests at 2, 3 or 4 spaces and under numbered items', () => {
    const items = boxes(
      [
        '- [ ] Task 1.1',
        '  - [x] Subtask 1.1.1',
        '- [ ] Task 1.2',
        '   - [x] Subtask 1.2.1',
        '- [ ] Task 1.3',
        '    - [x] Subtask 1.3.1',
        '',
        '1. [ ] Task 1.4',
        '   - [x] Subtask 1.4.1',
        '',
      ].join('\n'),
    );
    expect(items.map((i) => [i.line, i.parent])).toEqual([
      [1, null],
      [2, 1],
      [3, null],
      [4, 3],
      [5, null],
      [6, 5],
      [8, null],
      [9, 8],
    ]);
  });

  it('keeps a subtask under its task across a blank line', () => {
    expect(boxes('- [ ] Task 1.1: parent\n\n  - [x] Subtask 1.1.1\n').map((b) => b.parent)).toEqual([null, 1]);
  });

  it('reads [~], [-] and [/] as partial, [ ]* (and the escaped [ ]\\*) as optional, and [P] as no box at all', () => {
    const items = parse(
      '- [P] tasks run in parallel\n- [~] started\n- [-] under way\n- [/] half\n- [ ]* optional\n- [x]\\* optional, done\n',
    ).items;
    expect(
      items.map((i) =>
        i.checkbox ? [i.checkbox.state, i.checkbox.optional, i.checkbox.marker, i.text] : [null, i.text],
      ),
    ).toEqual([
      [null, '[P] tasks run in parallel'],
      ['partial', false, '[~]', 'started'],
      ['partial', false, '[-]', 'under way'],
      ['partial', false, '[/]', 'half'],
      ['open', true, '[ ]*', 'optional'],
      ['done', true, '[x]\\*', 'optional, done'],
    ]);
  });

  it('reads task ids from "Task N.M" and "Subtask N.M.K"', () => {
    expect(
      parse('- [ ] Task 2.3: do it\n  - [ ] Subtask 2.3.1 part\n- [ ] **Task 4.10** bold\n').items.map((i) => i.id),
    ).toEqual(['2.3', '2.3.1', '4.10']);
  });

  it('ignores checkboxes and # lines inside fenced code', () => {
    const ledger = parse('## Tasks\n\n```md\n- [ ] Task 9.9: example\n# Not a heading\n```\n\n- [x] Task 1.1: real\n');
    expect(ledger.items.map((i) => i.text)).toEqual(['Task 1.1: real']);
    expect(ledger.allSections.map((s) => s.title)).toEqual(['Tasks']);
  });
});

describe('headers, front matter and headings', () => {
  it('does not take YAML front matter for a heading, and reads its fields', () => {
    const ledger = parse('---\ntitle: Rate limits\nstatus: In Progress\n---\n\n# Rate limits\n');
    expect(ledger.title?.text).toBe('Rate limits');
    expect(ledger.allSections).toEqual([]);
    expect(ledger.fields.map((f) => [f.key, f.value, f.line, f.source])).toEqual([
      ['title', 'Rate limits', 2, 'front-matter'],
      ['status', 'In Progress', 3, 'front-matter'],
    ]);
  });

  it('reads front matter with lone CR line endings', () => {
    const fields = (text: string) => parse(text).fields.map((f) => [f.key, f.value, f.line, f.column, f.valueColumn]);
    const text = '---\ntitle: Rate limits\nstatus: In Progress\n---\n\n# Rate limits\n';
    expect(fields(text.replace(/\n/g, '\r'))).toEqual(fields(text));
  });

  it('escapes the setext trap: a text line followed by --- inside front matter', () => {
    const ledger = parse('---\nsummary text\n---\n# Title\n\n## Context\n\nBody.\n');
    expect(ledger.allSections.map((s) => `${s.depth}:${s.title}`)).toEqual(['2:Context']);
    expect(ledger.title?.text).toBe('Title');
  });

  it('matches headings with emoji and status words', () => {
    const text =
      '# Feature: X (PRD 01)\n\n## 📊 Progress Summary\n\n- **Phase 1:** 100% complete (1/1 tasks done)\n\n## Tasks\n\n### Phase 1: Core - ✅ COMPLETE\n\n- [x] Task 1.1: done\n';
    const ledger = parse(text);
    expect(ledger.allSections.map((s) => s.key)).toEqual(['progress summary', 'tasks', 'phase 1 core complete']);
    const progress = lint(text, { profile: 'prd' }).filter((m) => m.ruleId === 'progress-math');
    expect(progress).toEqual([]);
  });

  it('reads **Status:**, **Status**:, - **Status:** and values before a two-space line break', () => {
    const fields = parse(
      '# T\n\n**Status:** In Progress  \n**Branch**: feat/x\n- **Created:** 2026-01-02\n**Updated** : 2026-01-03\n',
    ).fields;
    expect(fields.map((f) => [f.name, f.value, f.line, f.valueColumn])).toEqual([
      ['Status', 'In Progress', 3, 13],
      ['Branch', 'feat/x', 4, 13],
      ['Created', '2026-01-02', 5, 16],
      ['Updated', '2026-01-03', 6, 15],
    ]);
  });

  it('reads non-Latin text', () => {
    const ledger = parse('# Функция: Поиск\n\n## Задачи\n\n- [x] Задача 1.1: индекс 日本語 ✓\n');
    expect(ledger.title?.text).toBe('Функция: Поиск');
    expect(ledger.items[0]!.text).toBe('Задача 1.1: индекс 日本語 ✓');
  });
});

describe('line endings, BOM and size', () => {
  const prd = template('prd-ledger.md');
  const summary = (text: string) =>
    lint(text, { profile: 'prd' }).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);

  it('gives the same findings at the same lines for CRLF as for LF', () => {
    expect(summary(prd.replace(/\n/g, '\r\n'))).toEqual(summary(prd));
  });

  it('reads lone CR (old Mac) line endings as line breaks: same profile detected, same findings at the same lines', () => {
    const detected = (text: string) => lint(text).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    expect(detected(prd)).toEqual(summary(prd));
    expect(detected(prd.replace(/\n/g, '\r'))).toEqual(summary(prd));
  });

  it('refuses a comment flood at its line with lone CR line endings too', () => {
    const text = `# Feature: x\n\n${'<!-- x\n'.repeat(300)}`;
    const lineOf = (source: string) => {
      const result = parseLedger(source);
      return result.ok ? null : result.failure.line;
    };
    expect(lineOf(text)).toBe(203);
    expect(lineOf(text.replace(/\n/g, '\r'))).toBe(203);
  });

  it('gives the same findings at the same lines with a UTF-8 BOM', () => {
    expect(summary(`\uFEFF${prd}`)).toEqual(summary(prd));
  });

  it('parses a 100 KB ledger', () => {
    const tasks = Array.from({ length: 4000 }, (_, i) => `- [x] Task 1.${i + 1}: step ${i + 1}`).join('\n');
    const text = `# Feature: Big (PRD 99)\n\n## Tasks\n\n### Phase 1: All\n\n${tasks}\n\n## Progress Summary\n\n- **Phase 1:** 100% complete (4000/4000 tasks done)\n`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(parse(text).items.filter((i) => i.checkbox)).toHaveLength(4000);
    expect(lint(text, { profile: 'prd' }).filter((m) => m.ruleId === 'progress-math')).toEqual([]);
  });

  it('refuses lists nested thousands deep with a message instead of overflowing the stack', () => {
    const deep = `${'- '.repeat(3000)}x\n`;
    const indented = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- [ ] level ${i}`).join('\n');
    const quoted = `${'>'.repeat(3000)} x\n`;
    for (const text of [deep, indented, quoted]) {
      const result = parseLedger(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.failure.message).toMatch(/nest deeper than 100 levels/);
    }
  });

  it('still parses ordinary nesting a dozen levels deep', () => {
    const text = Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`).join('\n');
    expect(parse(text).items).toHaveLength(12);
  });
});

describe('sections', () => {
  it('builds the heading tree with bold-label pseudo-sections', () => {
    const ledger = parse(
      '# T\n\n## Blockers\n\n**Current Blockers:**\n- None\n\n**Resolved Blockers:** none yet\n\n## Notes\n\n---\n',
    );
    const [blockers, notes] = ledger.sections;
    expect(blockers!.children.map((c) => [c.kind, c.title, c.line, c.endLine, c.inlineText])).toEqual([
      ['label', 'Current Blockers', 5, 7, ''],
      ['label', 'Resolved Blockers', 8, 9, 'none yet'],
    ]);
    expect(notes!.hasBody).toBe(false);
  });

  it('ends a label at a thematic break', () => {
    const ledger = parse('## Next\n\n**Before Marking Complete:**\n- [ ] a\n\n---\n\n- [ ] b\n');
    const label = ledger.sections[0]!.children[0]!;
    expect(label.endLine).toBe(5);
    expect(ledger.items.map((i) => i.section?.title)).toEqual(['Before Marking Complete', 'Next']);
  });

  it('reads inline disable comments, not ones inside code', () => {
    const ledger = parse(
      '<!-- ledgerlint-disable placeholders -->\n\n```\n<!-- ledgerlint-disable -->\n```\n\n- x <!-- ledgerlint-disable-line header-fields -- reason -->\n',
    );
    expect(ledger.directives).toEqual([
      { kind: 'disable', rules: ['placeholders'], justification: '', line: 1, column: 1 },
      { kind: 'disable-line', rules: ['header-fields'], justification: 'reason', line: 7, column: 5 },
    ]);
  });

  it('reads a field without the comments that end its line, so a disable-line comment can stand on a header field', () => {
    const fields = parse(
      '# T\n\n**Agent Sessions:** 4 <!-- ledgerlint-disable-line session-count -- two were not logged --> <!-- x -->\n\n**Status:** a --> b -->\n',
    ).fields;
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['Agent Sessions', '4'],
      ['Status', 'a --> b -->'],
    ]);
  });

  it('reads a file-wide disable comment, not as a block disable', () => {
    expect(parse('# T\n\n<!-- ledgerlint-disable-file placeholders -- generated -->\n').directives).toEqual([
      { kind: 'disable-file', rules: ['placeholders'], justification: 'generated', line: 3, column: 1 },
    ]);
  });
});
