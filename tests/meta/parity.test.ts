/**
 * Every rule comes whole: a module in src/core/rules/ that the registry lists, a page in
 * docs/rules/ with the fixed headings and a metadata table that agrees with the rule's meta,
 * a row in the README's rules table that agrees too, and its own test through the rule tester
 * (ESLint's checkRuleFiles, commitlint's index test). Each problem is named with the file to fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index.js';
import type { Rule } from '../../src/core/rules/rule.js';
import {
  metadataOf,
  PAGE_HEADINGS,
  readIfThere,
  readmeRules,
  readPage,
  ROOT,
  RULE_SOURCES,
  RULE_TESTS,
  ruleIdsWithDocs,
  ruleIdsWithSource,
  rulePage,
} from '../helpers/rule-docs.js';

const registered = RULES.map((rule) => rule.meta.id);
const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));
const severityWord = { error: 'error', warn: 'warning' } as const;

/** What is wrong with a rule's page, as sentences naming the page. */
function pageProblems(rule: Rule<unknown>, path: string, text: string | null): string[] {
  const { id, defaultSeverity, fixable } = rule.meta;
  if (text === null) return [`${path} is missing: every rule has a page (see the other pages for its headings)`];
  const page = readPage(text);
  const problems: string[] = [];
  if (page.lines[0] !== `# ${id}`) problems.push(`${path} must open with "# ${id}", not "${page.lines[0]}"`);
  const at = (wanted: string) => page.headings.findIndex((h) => `${'#'.repeat(h.depth)} ${h.text}` === wanted);
  let last = -1;
  for (const wanted of PAGE_HEADINGS) {
    const index = at(wanted);
    if (index < 0) problems.push(`${path} lacks the heading "${wanted}"`);
    else if (index < last)
      problems.push(`${path} has "${wanted}" out of order: the headings go ${PAGE_HEADINGS.join(', ')}`);
    else last = index;
  }
  for (const wanted of ['### Incorrect', '### Correct']) {
    const index = at(wanted);
    const parent = page.headings.slice(0, Math.max(index, 0)).findLast((h) => h.depth <= 2);
    if (index >= 0 && parent?.text !== 'Examples')
      problems.push(`${path} has "${wanted}" under "${parent?.text}", not under "## Examples"`);
  }
  const meta = metadataOf(page);
  const severity = meta.get('Default severity');
  if (severity === undefined)
    problems.push(`${path} has no "| Default severity | \`${defaultSeverity}\` |" row in its metadata table`);
  else if (!severity.startsWith(`\`${defaultSeverity}\``))
    problems.push(`${path} says the default severity is ${severity}, but the rule's meta says \`${defaultSeverity}\``);
  const fix = meta.get('Fixable');
  if (fix === undefined)
    problems.push(`${path} has no "| Fixable | ${fixable ? 'yes' : 'no'} |" row in its metadata table`);
  else if (!fix.startsWith(fixable ? 'yes' : 'no'))
    problems.push(`${path} says Fixable is "${fix}", but the rule's meta says fixable: ${fixable}`);
  return problems;
}

describe('every rule is registered, documented, listed in the README and tested', () => {
  it('each module in src/core/rules/ is in the registry (src/core/rules/index.ts), and the registry holds nothing else', async () => {
    const problems: string[] = [];
    const sources = ruleIdsWithSource();
    for (const id of sources) {
      const module = (await import(new URL(`${id}.ts`, RULE_SOURCES).pathname)) as { default?: Rule<unknown> };
      const rule = module.default;
      if (!rule?.meta)
        problems.push(
          `src/core/rules/${id}.ts has no rule as its default export (defineRule({ meta, options, check }))`,
        );
      else if (rule.meta.id !== id)
        problems.push(
          `src/core/rules/${id}.ts defines the rule "${rule.meta.id}"; a rule's file is named after its id`,
        );
      else if (!RULES.includes(rule))
        problems.push(`src/core/rules/${id}.ts is not registered: add it to RULES in src/core/rules/index.ts`);
    }
    for (const id of registered)
      if (!sources.includes(id)) problems.push(`the registry lists "${id}", but there is no src/core/rules/${id}.ts`);
    for (const id of new Set(registered))
      if (registered.indexOf(id) !== registered.lastIndexOf(id)) problems.push(`the registry lists "${id}" twice`);
    expect(problems).toEqual([]);
  });

  it.each(registered)(
    '%s has its page in docs/rules/, with the fixed headings and its severity and fixability',
    (id) => {
      const { path, text } = rulePage(id);
      expect(pageProblems(byId.get(id)!, path, text)).toEqual([]);
    },
  );

  it('docs/rules/ holds a page only for a rule that exists', () => {
    const strays = ruleIdsWithDocs()
      .filter((id) => !byId.has(id))
      .map((id) => `docs/rules/${id}.md documents no registered rule`);
    expect(strays).toEqual([]);
  });

  it('the README lists each rule once, with its severity and 🔧 when it is fixable, and no other', () => {
    const rows = readmeRules(readFileSync(new URL('README.md', ROOT), 'utf8'));
    const problems: string[] = [];
    for (const rule of RULES) {
      const { id, defaultSeverity, fixable } = rule.meta;
      const mine = rows.filter((row) => row.id === id);
      if (mine.length === 0)
        problems.push(
          `README.md has no row for ${id} in its Rules table: | [\`${id}\`](docs/rules/${id}.md)${fixable ? ' 🔧' : ''} | … | ${severityWord[defaultSeverity]} |`,
        );
      if (mine.length > 1)
        problems.push(
          `README.md lists ${id} ${mine.length} times in its Rules table (lines ${mine.map((r) => r.line).join(', ')})`,
        );
      for (const row of mine) {
        const where = `README.md line ${row.line} (${id})`;
        if (row.page !== id) problems.push(`${where} links docs/rules/${row.page}.md, not docs/rules/${id}.md`);
        if (!row.severity.startsWith(severityWord[defaultSeverity]))
          problems.push(
            `${where} gives the default as "${row.severity}", but the rule's meta says ${defaultSeverity} (written "${severityWord[defaultSeverity]}")`,
          );
        if (row.fixable !== fixable)
          problems.push(
            `${where} ${fixable ? 'lacks the 🔧 of a fixable rule' : 'has 🔧, but the rule is not fixable'}`,
          );
      }
    }
    for (const row of rows)
      if (!byId.has(row.id))
        problems.push(`README.md line ${row.line} lists "${row.id}", which is not a registered rule`);
    expect(problems).toEqual([]);
  });

  it.each(registered)('%s has its own test in tests/rules/, through the rule tester', (id) => {
    const path = `tests/rules/${id}.test.ts`;
    const text = readIfThere(new URL(`${id}.test.ts`, RULE_TESTS));
    const problem =
      text === null
        ? `${path} is missing: write the rule's valid and invalid cases with ruleTester('${id}', { valid, invalid }) from tests/helpers/rule-tester.ts`
        : text.includes(`ruleTester('${id}'`)
          ? null
          : `${path} does not call ruleTester('${id}', { valid, invalid }) (tests/helpers/rule-tester.ts)`;
    expect([problem].filter((p) => p !== null)).toEqual([]);
  });
});
