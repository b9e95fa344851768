import { prdLedger } from '../helpers/ledgers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const listing = (...lines: string[]) => prdLedger({ commits: lines });
const hex = (digits: number) => '0123456789abcdef'.repeat(5).slice(0, digits);

ruleTester('commit-sha', {
  valid: [
    {
      name: 'short, full SHA-1 and full SHA-256 names',
      text: listing('- `4be19c2` - feat: a', `- \`${hex(40)}\` - feat: b`, `- ${hex(64)} - feat: c`),
    },
    { name: 'upper-case digits are a SHA', text: listing('- `4BE19C2` - feat: a') },
    {
      name: "the template's example SHA that is no SHA is left to placeholders",
      text: listing('- `ghi9012` - feat: add [feature component] [PRD-XX Task 1.1]'),
    },
    {
      name: 'a word in code beside a commit is not one',
      text: listing('- fix: use the `utf8mb4` charset (`4be19c2`)'),
    },
    {
      name: 'a hash-like word outside the commit list is not read',
      text: prdLedger().replace('- Six attempts matches', '- `xyz1234` Six attempts matches'),
    },
  ],
  invalid: [
    {
      name: 'a letter beyond f',
      text: listing('- `4be19c2` - feat: a', '- `4364f9g` - feat: b'),
      errors: [{ line: '4364f9g', message: '"4364f9g" is not a commit SHA: it is not hexadecimal.' }],
    },
    {
      name: 'too few digits to look up',
      text: listing('- `a1b2c` - fix: cap attempts'),
      errors: [
        {
          line: 'a1b2c',
          message: '"a1b2c" is not a commit SHA: it has only 5 digits; a SHA needs at least 7 to be looked up.',
        },
      ],
    },
    {
      name: 'between a SHA-1 and a SHA-256 name, and longer than either',
      text: listing(`- \`${hex(41)}\` - feat: a`, `- \`${hex(65)}\` - feat: b`),
      errors: [
        {
          line: 'feat: a',
          message: `"${hex(41)}" is not a commit SHA: it has 41 digits; a SHA has 7 to 40, or all 64 of a SHA-256 name.`,
        },
        {
          line: 'feat: b',
          message: `"${hex(65)}" is not a commit SHA: it has 65 digits; a SHA has 7 to 40, or all 64 of a SHA-256 name.`,
        },
      ],
    },
    {
      name: 'in a table of commits',
      text: listing('| Commit | Message |', '| --- | --- |', '| `4be19cz` | feat: a |'),
      errors: [{ line: '4be19cz', message: '"4be19cz" is not a commit SHA: it is not hexadecimal.' }],
    },
  ],
});
