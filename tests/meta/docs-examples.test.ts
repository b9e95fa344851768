/**
 * Every example in docs/rules/ yields what its page says (remark-lint's "examples are tests",
 * ESLint's check-rule-examples): an Incorrect example reports exactly the messages listed
 * after it, a Correct one nothing, from the page's rule. The convention is in docs/rules/README.md.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index.js';
import { examplesOf, runExample, type Report } from '../helpers/docs-examples.js';
import { rulePage } from '../helpers/rule-docs.js';

for (const rule of RULES) {
  const { id } = rule.meta;
  const { path, text } = rulePage(id);
  // A page that is missing is the parity test's to report.
  if (text === null) continue;
  const examples = examplesOf(path, text, rule);

  describe(`${path} examples`, () => {
    it('has an Incorrect and a Correct example', () => {
      expect(
        examples
          .map((e) => e.kind)
          .filter((kind, i, all) => all.indexOf(kind) === i)
          .sort(),
      ).toEqual(['Correct', 'Incorrect']);
    });

    it.each(examples.map((e) => [`${e.kind} at ${e.where}`, e] as const))('%s', (_name, example) => {
      expect([example.problem].filter((problem) => problem !== undefined)).toEqual([]);
      // In the order of the page's list, which need not be the ledger's (an example may show two places).
      const sorted = (reports: Report[]) => [...reports].sort((a, b) => a.message.localeCompare(b.message));
      const { reports, unseen } = runExample(id, example);
      expect(sorted(reports), `${example.where}: what ${id} reports on this ${example.kind} example`).toEqual(
        sorted(example.reports),
      );
      // What an Incorrect example reports is in what it shows, not in the ledger around it.
      expect(unseen, `${example.where}: reports at lines the example does not show`).toEqual([]);
    });
  });
}
