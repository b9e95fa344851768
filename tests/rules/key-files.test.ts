import type { Facts, PathFact } from '../../src/core/model/facts.js';
import { fixture, plant } from '../helpers/lint.js';
import { ruleTester } from '../helpers/rule-tester.js';

const prd = fixture('minimal/prd.md');
const keyFiles = (...lines: string[]) => plant(prd, '- `src/webhooks/retry.ts` - Retry scheduling', lines.join('\n'));
const prdField = (value: string) => plant(prd, '**PRD:** `prd/04_webhook_retries.md`', `**PRD:** ${value}`);

/** The ledger lies in docs/ledgers; these files exist (lines counted), the others do not. */
function facts(paths: Record<string, PathFact>, ledgerDirectory: string | null = 'docs/ledgers'): Facts {
  const byPath = new Map<string, PathFact>([
    ['src/webhooks/retry.ts', { exists: true, kind: 'file', lines: 12 }],
    ['prd/04_webhook_retries.md', { exists: true, kind: 'file', lines: null }],
    ['src/webhooks', { exists: true, kind: 'directory' }],
    ...Object.entries(paths),
  ]);
  return { paths: { source: 'working tree', byPath, ...(ledgerDirectory === null ? {} : { ledgerDirectory }) } };
}
const missing: PathFact = { exists: false };

ruleTester('key-files', {
  valid: [
    { name: 'the PRD fixture, its files there', text: prd, facts: facts({}) },
    {
      name: 'links from the ledger directory, with GitHub line anchors',
      text: keyFiles(
        '- [retry.ts](../../src/webhooks/retry.ts#L2-L12) - Retry',
        '- [webhooks](../../src/webhooks/) - The module',
      ),
      facts: facts({}),
    },
    {
      name: 'a link from the top of the repository',
      text: keyFiles('- [retry.ts](/src/webhooks/retry.ts)'),
      facts: facts({}),
    },
    {
      name: 'bare paths',
      text: keyFiles('- src/webhooks/retry.ts:12 - Retry', '- **src/webhooks/retry.ts** - Retry'),
      facts: facts({}),
    },
    { name: 'the PRD field as a link', text: prdField('[PRD 04](../../prd/04_webhook_retries.md)'), facts: facts({}) },
    { name: 'the PRD field without a path', text: prdField('PRD-04 (product tracker)'), facts: facts({}) },
    {
      name: 'links are not followed from a ledger outside the tree',
      text: keyFiles('- [gone](../../src/webhooks/gone.ts)'),
      facts: facts({ 'src/webhooks/gone.ts': missing }, null),
    },
    {
      name: 'URLs and anchors are not paths',
      text: keyFiles('- `src/webhooks/retry.ts` - see [the RFC](https://example.com/rfc.md) and [below](#notes)'),
      facts: facts({}),
    },
    { name: 'without path facts nothing is said', text: keyFiles('- [gone](../../src/webhooks/gone.ts)') },
  ],
  invalid: [
    {
      name: 'a link to a file that does not exist',
      text: keyFiles('- [queue.ts](../../src/webhooks/queue.ts) - Delivery queue'),
      facts: facts({ 'src/webhooks/queue.ts': missing }),
      errors: [
        {
          line: 'queue.ts',
          message:
            'Key file src/webhooks/queue.ts (linked as ../../src/webhooks/queue.ts) does not exist in the working tree.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a line anchor past the end of the file',
      text: keyFiles('- [scheduler](../../src/webhooks/retry.ts#L20) - Scheduler job'),
      facts: facts({}),
      errors: [
        {
          line: '[scheduler]',
          message: '../../src/webhooks/retry.ts#L20 points past the end of src/webhooks/retry.ts, which has 12 lines.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a link that climbs out of the repository',
      text: keyFiles('- [passwd](../../../../etc/passwd)'),
      facts: facts({}),
      errors: [
        {
          line: 'passwd',
          message: 'Key file ../../../../etc/passwd is outside the repository; key files are repository paths.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a link that starts with / is read from the top of the repository',
      text: keyFiles('- [cloud.js](/Users/ana/app/src/cloud.js)'),
      facts: facts({ 'Users/ana/app/src/cloud.js': missing }),
      errors: [
        {
          line: 'cloud.js',
          message:
            'Key file Users/ana/app/src/cloud.js (linked as /Users/ana/app/src/cloud.js) does not exist in the working tree.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a link into .git',
      text: keyFiles('- [config](../../.git/config)'),
      facts: facts({ '.git/config': { exists: null, refused: 'git-directory' } }),
      errors: [
        {
          line: 'config',
          message:
            "Key file .git/config (linked as ../../.git/config) is in the .git directory (git's own files, not the repository's); it was not looked at.",
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a bare path that does not exist',
      text: keyFiles('- src/webhooks/queue.ts - Delivery queue'),
      facts: facts({ 'src/webhooks/queue.ts': missing }),
      errors: [
        {
          line: 'queue.ts',
          message: 'Key file src/webhooks/queue.ts does not exist in the working tree.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the PRD field names a file that does not exist',
      text: prd,
      facts: facts({ 'prd/04_webhook_retries.md': missing }),
      errors: [
        {
          line: '**PRD:**',
          message: 'PRD file prd/04_webhook_retries.md does not exist in the working tree.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the PRD field links to a file that does not exist',
      text: prdField('[PRD 04](../prd/04.md)'),
      facts: facts({ 'docs/prd/04.md': missing }),
      errors: [
        {
          line: '**PRD:**',
          message: 'PRD file docs/prd/04.md (linked as ../prd/04.md) does not exist in the working tree.',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the PRD field outside the repository',
      text: prdField('`../../prd/04.md`'),
      facts: facts({}),
      errors: [
        {
          line: '**PRD:**',
          message: 'PRD file ../../prd/04.md is outside the repository; only repository paths are looked up.',
          severity: 'warning',
        },
      ],
    },
  ],
});
