import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/reporters/sarif.js';
import { summarise } from '../../src/core/model/results.js';

interface Log {
  runs: Array<{
    originalUriBaseIds: Record<string, { description: { text: string } }>;
    results: Array<{
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }>;
    }>;
  }>;
}

// Run from docs/: displayed relative to it, but the file is docs/ledgers/a b.md in the repository.
const results = [
  summarise({
    filePath: '/repo/docs/ledgers/a b.md',
    displayPath: 'ledgers/a b.md',
    profile: 'prd',
    messages: [{ ruleId: 'placeholders', severity: 2, message: 'x', line: 1, column: 1 }],
  }),
];
const locationOf = (log: Log) => log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;

describe('--format sarif', () => {
  it('writes URIs from the repository top, under %SRCROOT%, wherever it ran', () => {
    const log = JSON.parse(sarif(results, { color: false, cwd: '/repo/docs', root: '/repo' })) as Log;
    expect(locationOf(log)).toEqual({ uri: 'docs/ledgers/a%20b.md', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { description: { text: 'The top of the git repository.' } },
    });
  });

  it('outside a repository, writes them from the working directory', () => {
    const log = JSON.parse(sarif(results, { color: false, cwd: '/repo/docs' })) as Log;
    expect(locationOf(log)).toEqual({ uri: 'ledgers/a%20b.md', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.description.text).toMatch(/not in a git repository/);
  });

  it('is valid SARIF 2.1.0', () => {
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    // ajv-draft-04 is CommonJS: its class is the default export's default.
    const Ajv = ((AjvDraft04 as unknown as { default?: typeof AjvDraft04 }).default ?? AjvDraft04) as unknown as new (
      options: object,
    ) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    // The schema's language pattern is not valid with the u flag, which ajv uses by default.
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(
      validate(JSON.parse(sarif(results, { color: false, cwd: '/repo/docs', root: '/repo' }))),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });
});
