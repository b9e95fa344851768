import { fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The PRD fixture says **Agent Sessions:** 2 (line 9) and logs Sessions 1 and 2 as bold labels.
const prd = fixture('minimal/prd.md');
const sessions = (n: string) => plant(prd, '**Agent Sessions:** 2', `**Agent Sessions:** ${n}`);

ruleTester('session-count', {
  valid: [
    { name: 'a count that matches the Session Log', text: prd },
    {
      name: '### Session headings count',
      text: prd.replace(/\*\*Session (\d) \(([^)]*)\):\*\*/g, '### Session $1 ($2)'),
    },
    {
      name: 'a field written **Sessions:** is not the Session Log',
      text: plant(prd, '**Agent Sessions:** 2', '**Sessions:** 2'),
    },
    { name: 'a value that is no number is left to header-fields', text: sessions('several') },
  ],
  invalid: [
    {
      name: 'Agent Sessions disagrees with the Session Log, and --fix sets it',
      text: sessions('3'),
      errors: [
        {
          line: 9,
          column: 21,
          message: /^Agent Sessions says 3 but the Session Log has 2 entries \(from line \d+ to line \d+\)\.$/,
        },
      ],
      output: prd,
    },
    {
      name: 'logged list items count too',
      text: plant(
        prd,
        /\*\*Session 1[^]*?(?=\n---\n\n## Git Commits)/,
        '- Session 1 (2026-03-02): Task 1.1\n- Session 2 (2026-03-04): Subtask 1.2.1\n- Session 3 (2026-03-04): review\n',
      ),
      errors: [
        { line: 9, message: 'Agent Sessions says 2 but the Session Log has 3 entries (from line 102 to line 104).' },
      ],
    },
  ],
});
