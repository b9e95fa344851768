import { fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const prd = fixture('minimal/prd.md');
const blockers = (...lines: string[]) =>
  plant(prd, '**Current Blockers:**\n- None', `**Current Blockers:**\n${lines.join('\n')}`);
const MOVE = 'move it to Resolved Blockers.';

ruleTester('resolved-blocker', {
  valid: [
    { name: 'the PRD fixture (None)', text: prd },
    {
      name: 'an open blocker with its details',
      text: blockers(
        '1. Queue quota not raised yet - Blocking Task 2.1',
        '   - **Severity:** Important',
        '   - **Status:** Waiting',
        '   - **Resolution:** platform team raises it on Friday',
      ),
    },
    {
      name: 'a blocker that waits for something to be resolved',
      text: blockers('- Alerts wait until the pager incident is resolved'),
    },
    { name: 'None on the label line', text: plant(prd, '**Current Blockers:**\n- None', '**Current Blockers:** None') },
    {
      name: 'resolved blockers where they belong',
      text: plant(
        prd,
        '- Queue credentials missing - Resolved on 2026-03-03 by adding them to the vault',
        '- ✅ ~~Queue credentials missing~~ (resolved 2026-03-03)',
      ),
    },
  ],
  invalid: [
    {
      name: 'struck through',
      text: blockers('- ~~Migration lock held by the nightly job~~'),
      errors: [
        {
          line: 'Migration lock',
          message: `"Migration lock held by the nightly job" is still listed under Current Blockers, but it is struck through; ${MOVE}`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a check mark',
      text: blockers('- ✅ Queue quota raised by the platform team'),
      errors: [
        {
          line: 'Queue quota raised',
          message: `"✅ Queue quota raised by the platform team" is still listed under Current Blockers, but it is marked ✅; ${MOVE}`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a resolution date in its text',
      text: blockers('1. Queue quota not raised (resolved 2026-03-05)'),
      errors: [
        {
          line: 'Queue quota not raised',
          message: `"Queue quota not raised (resolved 2026-03-05)" is still listed under Current Blockers, but it says "(resolved 2026-03-05)"; ${MOVE}`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'RESOLVED in capitals',
      text: blockers('- Vendor sandbox down - RESOLVED'),
      errors: [
        {
          line: 'Vendor sandbox',
          message: `"Vendor sandbox down - RESOLVED" is still listed under Current Blockers, but it says "RESOLVED"; ${MOVE}`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a Status sub-item',
      text: blockers(
        '1. Queue quota not raised yet - Blocking Task 2.1',
        '   - **Severity:** Important',
        '   - **Status:** Resolved',
        '   - **Resolution:** raised to 500 jobs/min',
      ),
      errors: [
        {
          line: 'Queue quota not raised yet',
          message:
            /^"Queue quota not raised yet - Blocking Task 2\.1" is still listed under Current Blockers, but it has "Status: Resolved" at line \d+; move it to Resolved Blockers\.$/,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a ticked box',
      text: blockers('- [x] Staging database restored'),
      errors: [
        {
          line: 'Staging database',
          message: `"Staging database restored" is still listed under Current Blockers, but it is ticked ([x]); ${MOVE}`,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'without a Resolved Blockers list',
      text: plant(
        blockers('- ~~Staging database down~~'),
        '**Resolved Blockers:**\n- Queue credentials missing - Resolved on 2026-03-03 by adding them to the vault\n',
        '',
      ),
      errors: [
        {
          line: 'Staging database',
          message:
            '"Staging database down" is still listed under Current Blockers, but it is struck through; move it out of Current Blockers.',
          severity: 'warning',
        },
      ],
    },
  ],
});
