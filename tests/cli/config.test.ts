import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prdProfile } from '../../src/core/profiles/builtin/prd.js';
import { plant, template } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { prdLedger } from '../helpers/ledgers.js';

const prdTemplate = template('prd-ledger.md');
const prd = prdLedger();
type Result = {
  filePath: string;
  profile: string;
  messages: Array<{ ruleId: string; severity: number; message: string }>;
};
const json = (run: { stdout: string }) => JSON.parse(run.stdout) as Result[];
const ruleIds = (run: { stdout: string }) =>
  [...new Set(json(run).flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();

describe('config discovery', () => {
  const placeholdersOff: Record<string, string> = {
    'ledgerlint.config.json': '{ "rules": { "placeholders": "off" } }',
    'ledgerlint.config.yaml': 'rules:\n  placeholders: off\n',
    'ledgerlint.config.mjs': 'export default { rules: { placeholders: "off" } };\n',
    'ledgerlint.config.js': 'module.exports = { rules: { placeholders: "off" } };\n',
    '.ledgerlintrc': 'rules:\n  placeholders: "off"\n',
    '.ledgerlintrc.json': '{ "rules": { "placeholders": 0 } }',
    '.ledgerlintrc.yaml': 'rules: { placeholders: off }\n',
    'package.json': '{ "name": "x", "ledgerlint": { "rules": { "placeholders": "off" } } }',
  };
  it.each(Object.keys(placeholdersOff))('reads %s', (name) => {
    const dir = tempDir({ [name]: placeholdersOff[name]!, 'ledger.md': prdTemplate });
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(ruleIds(run)).toEqual(['progress-math']);
  });

  it('finds the config in a parent directory up to the repository root, never above it', () => {
    const dir = tempDir({
      '.ledgerlintrc.json': '{ "rules": { "placeholders": "off" } }',
      '.git/HEAD': 'ref: refs/heads/main\n',
      'repo/docs/ledger.md': prdTemplate,
    });
    expect(ruleIds(runCli(['-f', 'json', 'ledger.md'], { cwd: `${dir}/repo/docs` }))).toEqual(['progress-math']);
    const fenced = tempDir({
      '.ledgerlintrc.json': '{ "rules": { "placeholders": "off" } }',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/ledger.md': prdTemplate,
    });
    expect(ruleIds(runCli(['-f', 'json', 'ledger.md'], { cwd: `${fenced}/repo` }))).toEqual([
      'placeholders',
      'progress-math',
    ]);
  });

  it("outside a repository, looks in the working directory only: a config in a parent such as /tmp is anyone's", () => {
    const dir = tempDir({
      'ledgerlint.config.mjs': 'export default { rules: { placeholders: "off" } };\n',
      'project/ledger.md': prdTemplate,
    });
    expect(ruleIds(runCli(['-f', 'json', 'ledger.md'], { cwd: `${dir}/project` }))).toEqual([
      'placeholders',
      'progress-math',
    ]);
    expect(ruleIds(runCli(['-f', 'json', 'project/ledger.md'], { cwd: dir }))).toEqual(['progress-math']);
  });

  it('skips a package.json without a ledgerlint key', () => {
    const dir = tempDir({
      '.ledgerlintrc.json': '{ "rules": { "placeholders": "off" } }',
      '.git/HEAD': 'ref: refs/heads/main\n',
      'sub/package.json': '{ "name": "sub" }',
      'sub/ledger.md': prdTemplate,
    });
    expect(ruleIds(runCli(['-f', 'json', 'ledger.md'], { cwd: `${dir}/sub` }))).toEqual(['progress-math']);
  });

  it('uses --config instead of searching', () => {
    const dir = tempDir({
      '.ledgerlintrc.json': '{ "rules": { "placeholders": "off" } }',
      'strict.yaml': 'rules:\n  progress-math: off\n',
      'ledger.md': prdTemplate,
    });
    expect(ruleIds(runCli(['-f', 'json', '-c', 'strict.yaml', 'ledger.md'], { cwd: dir }))).toEqual(['placeholders']);
    expect(runCli(['-c', 'missing.json', 'ledger.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: missing.json: config file not found.\n',
    });
  });
});

describe('config errors exit 2 with a message naming the file and key', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    [
      'invalid JSON',
      '.ledgerlintrc.json',
      '{ "rules": { "placeholders": "off", } }',
      /\.ledgerlintrc\.json:1:37: invalid JSON: /,
    ],
    [
      'invalid YAML',
      '.ledgerlintrc.yaml',
      'rules:\n  placeholders: [off\n',
      /\.ledgerlintrc\.yaml:\d+:\d+: invalid YAML: /,
    ],
    [
      'an unknown key',
      '.ledgerlintrc.json',
      '{ "rulez": {} }',
      /\.ledgerlintrc\.json: unknown key "rulez"; did you mean "rules"\? \(allowed: \$schema, include, ignores, maxFileSize, profiles, rules, overrides, reportUnusedDisableDirectives\)$/,
    ],
    [
      'a bad severity',
      '.ledgerlintrc.json',
      '{ "rules": { "placeholders": "loud" } }',
      /\.ledgerlintrc\.json: "rules\.placeholders" must be one of "off", "warn", "error" \(got "loud"\)$/,
    ],
    [
      'a mistyped rule',
      '.ledgerlintrc.json',
      '{ "rules": { "placeholder": "warn" } }',
      /"rules\.placeholder" is not a rule of ledgerlint; did you mean "placeholders"\? \(known rules: /,
    ],
    [
      'an unknown rule',
      '.ledgerlintrc.json',
      '{ "rules": { "no-typos": "error" } }',
      /\.ledgerlintrc\.json: "rules\.no-typos" is not a rule of ledgerlint \(known rules: required-sections, header-fields, /,
    ],
    [
      'a bad rule option',
      '.ledgerlintrc.json',
      '{ "rules": { "progress-math": ["error", { "count": "some" }] } }',
      /\.ledgerlintrc\.json: "rules\.progress-math\[1\]\.count" must be one of "top-level", "all", "leaves" \(got "some"\)$/,
    ],
    [
      'an unknown rule option',
      '.ledgerlintrc.json',
      '{ "rules": { "progress-math": ["error", { "policy": "all" }] } }',
      /"rules\.progress-math\[1\]" has an unknown key "policy" \(allowed: count\)$/,
    ],
    [
      'an option for a rule without options',
      '.ledgerlintrc.json',
      '{ "rules": { "completion-gate": ["error", { "strict": true }] } }',
      /"rules\.completion-gate\[1\]" has an unknown key "strict" \(this rule takes no options\)$/,
    ],
    [
      'a wrong type',
      '.ledgerlintrc.json',
      '{ "include": "ledgers/*.md" }',
      /\.ledgerlintrc\.json: "include" must be a list \(got "ledgers\/\*\.md"\)$/,
    ],
    [
      'an override forcing an unknown profile',
      '.ledgerlintrc.json',
      '{ "overrides": [{ "files": ["*.md"], "profile": "adr" }] }',
      /overrides\[0\]: unknown profile "adr" \(known: prd, feature, plan, speckit-tasks, .*, generic\)$/,
    ],
    [
      'an incomplete custom profile',
      '.ledgerlintrc.json',
      '{ "profiles": { "adr": { "fields": [] } } }',
      /"profiles\.adr\.detect" is required \(or give "extends" to start from an existing profile\)$/,
    ],
    [
      'a bad regular expression',
      '.ledgerlintrc.json',
      '{ "profiles": { "prd": { "extends": "prd", "placeholders": [{ "pattern": "([" }] } } }',
      /"profiles\.prd\.placeholders\[0\]\.pattern": not a valid regular expression \(Invalid regular expression: /,
    ],
    [
      'a regular expression that can take exponential time',
      '.ledgerlintrc.yaml',
      "profiles:\n  prd:\n    extends: prd\n    placeholders:\n      - { pattern: '^([A-Za-z]+\\s?)+:$', label: x }\n",
      /\.ledgerlintrc\.yaml: "profiles\.prd\.placeholders\[0\]\.pattern": the regular expression can take exponential time on a long line: "\(\[A-Za-z\]\+\\s\?\)\+" repeats a part that can match the same text in more than one way/,
    ],
    [
      'a YAML alias bomb',
      '.ledgerlintrc.yaml',
      [
        'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
        ...'abcdefgh'
          .split('')
          .map((p, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${p}`).join(', ')}]`),
      ].join('\n'),
      /\.ledgerlintrc\.yaml: invalid YAML: its aliases expand to too much data \(an alias bomb\); a config never needs that$/,
    ],
    [
      'rules.__proto__',
      '.ledgerlintrc.json',
      '{ "rules": { "__proto__": "off" } }',
      /\.ledgerlintrc\.json: rules\.__proto__: "__proto__" cannot be a key \(every JavaScript object has it\)$/,
    ],
    [
      'profiles.constructor',
      '.ledgerlintrc.yaml',
      'profiles:\n  constructor:\n    extends: prd\n',
      /\.ledgerlintrc\.yaml: profiles\.constructor: "constructor" cannot be a key \(every JavaScript object has it\)$/,
    ],
    [
      'a prototype key deep inside',
      '.ledgerlintrc.json',
      '{ "overrides": [{ "files": ["*.md"], "rules": { "prototype": "off" } }] }',
      /\.ledgerlintrc\.json: overrides\[0\]\.rules\.prototype: "prototype" cannot be a key \(every JavaScript object has it\)$/,
    ],
    [
      'a JS config that throws',
      'ledgerlint.config.mjs',
      'throw new Error("boom");\n',
      /ledgerlint\.config\.mjs: could not load the config module: boom$/,
    ],
  ];
  it.each(cases)('%s', (_name, file, content, message) => {
    const dir = tempDir({ [file]: content, 'ledger.md': prd });
    const run = runCli(['ledger.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(new RegExp(`^ledgerlint: ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rules per glob, per profile, and forced profiles', () => {
  it('applies overrides by file glob and by profile, later entries winning', () => {
    const config = {
      rules: { placeholders: 'warn' },
      overrides: [
        { files: ['legacy/**'], rules: { placeholders: 'off', 'progress-math': 'off' } },
        { ifProfile: ['feature'], rules: { placeholders: 'error' } },
      ],
    };
    const dir = tempDir({
      '.ledgerlintrc.json': JSON.stringify(config),
      'legacy/old.md': prdTemplate,
      'new.md': prdTemplate,
      'feature.md': template('feature-ledger.md'),
    });
    const results = json(runCli(['-f', 'json', '.'], { cwd: dir }));
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
    expect(byFile['legacy/old.md']).toEqual([]);
    expect(new Set(byFile['new.md']!.filter((m) => m.ruleId === 'placeholders').map((m) => m.severity))).toEqual(
      new Set([1]),
    );
    expect(new Set(byFile['feature.md']!.filter((m) => m.ruleId === 'placeholders').map((m) => m.severity))).toEqual(
      new Set([2]),
    );
  });

  it("keeps a rule's options when an override only changes its severity", () => {
    const config = {
      rules: { 'progress-math': ['error', { count: 'all' }] },
      overrides: [{ files: ['*.md'], rules: { 'progress-math': 'warn' } }],
    };
    const dir = tempDir({ '.ledgerlintrc.json': JSON.stringify(config), 'ledger.md': prd });
    const out = JSON.parse(runCli(['--print-config', 'ledger.md'], { cwd: dir }).stdout) as {
      rules: Record<string, unknown>;
    };
    expect(out.rules['progress-math']).toEqual(['warn', { count: 'all' }]);
  });

  it('loads ledgerlint.config.cjs, and refuses a TypeScript config instead of passing it over', () => {
    const cjs = tempDir({
      'ledgerlint.config.cjs': "module.exports = { rules: { 'session-count': 'off' } };\n",
      'ledger.md': plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 4'),
    });
    expect(runCli(['ledger.md'], { cwd: cjs }).code).toBe(0);
    for (const name of ['ledgerlint.config.ts', 'ledgerlint.config.mts']) {
      const dir = tempDir({ [name]: 'export default { rules: {} } satisfies object;\n', 'ledger.md': prd });
      const run = runCli(['ledger.md'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(
          `${name.replace('.', '\\.')}: not loaded: ledgerlint does not run TypeScript configs; write it as ledgerlint\\.config\\.mjs`,
        ),
      );
    }
  });

  it('prints the config of exactly one file, and refuses more than one', () => {
    const dir = tempDir({ 'a.md': prd, 'b.md': prd });
    expect(runCli(['--print-config', 'a.md', 'b.md'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'ledgerlint: --print-config takes exactly one file; check the others with their own --print-config (got also b.md).\n',
    });
  });

  it('puts the cache inside a --cache-location that ends in a slash, making the directory', () => {
    const dir = tempDir({ 'ledger.md': prd, taken: '' });
    expect(runCli(['--cache', '--cache-location', 'cache/dir/', 'ledger.md'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'cache', 'dir', '.ledgerlintcache'), 'utf8')).toMatch(/^\{/);
    const blocked = runCli(['--cache', '--cache-location', 'taken/', 'ledger.md'], { cwd: dir });
    expect(blocked).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --cache-location: cannot make the directory taken/: a file of that name is in the way.\n',
    });
  });

  it('forces a profile for files that would not be detected', () => {
    const bare = '# Notes on retries\n\n**Status:** In Progress\n';
    const dir = tempDir({
      '.ledgerlintrc.json': JSON.stringify({ overrides: [{ files: ['ledgers/**'], profile: 'prd' }] }),
      'ledgers/retries.md': bare,
      'other/retries.md': bare,
    });
    const results = json(runCli(['-f', 'json', '.'], { cwd: dir }));
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.profile])).toEqual([['ledgers/retries.md', 'prd']]);
    expect(results[0]!.messages.some((m) => m.message.startsWith('Missing section "## Context"'))).toBe(true);
  });

  it("checks a team's own format defined in config", () => {
    const config = {
      profiles: {
        adr: {
          detect: { title: '^ADR-\\d+', signals: [], minSignals: 1 },
          fields: [
            { name: 'Status', type: 'status' },
            { name: 'Date', type: 'date', formats: ['YYYY-MM-DD'] },
          ],
          status: { states: [{ name: 'Proposed' }, { name: 'Accepted', done: true }, { name: 'Superseded' }] },
          sections: [
            { name: 'Decision' },
            { name: 'Consequences', presence: 'recommended' },
            { name: 'Checklist', children: [{ name: 'Sign-off', level: 3 }] },
          ],
          completion: { checklists: ['Checklist > Sign-off'] },
          placeholders: ['TODO'],
        },
      },
    };
    const adr =
      '# ADR-7: Postgres queue\n\n**Status:** Accepted\n**Date:** 2026-02-31\n\n## Decision\n\nUse Postgres. TODO\n\n## Checklist\n\n### Sign-off\n\n- [x] Architecture\n- [ ] Security\n';
    const dir = tempDir({ '.ledgerlintrc.json': JSON.stringify(config), 'adr-7.md': adr });
    const run = runCli(['adr-7.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /4:11 +error +Date "2026-02-31" is not a real date \(February 2026 has 28 days\)\. +header-fields/,
    );
    expect(run.stdout).toMatch(/8:15 +error +Template placeholder "TODO" is still here/);
    expect(run.stdout).toMatch(
      /warning +Missing section "## Consequences" \(the template puts it after "Decision"\)\. +required-sections/,
    );
    expect(run.stdout).toMatch(
      /15:3 +error +Status is Accepted but "Security" in Sign-off is not ticked\. +completion-gate/,
    );
    expect(run.stdout).not.toMatch(/progress-math|session-count/);
  });

  it("checks a family of the team's own, described where docs/families.md shows, claims and all", () => {
    const docs = readFileSync(new URL('../../docs/families.md', import.meta.url), 'utf8');
    const config = /```yaml\n# \.ledgerlintrc\.yaml\n([^]*?)```/.exec(docs)![1]!;
    const sprint = [
      '---',
      'burned: 50',
      '---',
      '# Sprint 14',
      '',
      '**Status:** In Progress',
      '**Sprint Start:** 2026-03-10',
      '**Last Standup:** 2026-03-02',
      '',
      '## Sprint Goal',
      '',
      'Ship the exports.',
      '',
      '## Stories',
      '',
      '### Story 1: CSV export',
      '- [x] Query',
      '- [x] Download button',
      '',
      '### Story 2: PDF export',
      '- [x] Layout',
      '- [ ] Fonts',
      '- [ ] Footer',
      '',
      '## Burndown',
      '',
      '| Story | Tasks Done | Status |',
      '|---|---|---|',
      '| Story 1 | 2/2 | Done |',
      '| Story 2 | 2/3 | In progress |',
      '',
      'Overall: 3/5 tasks (60%)',
      '',
    ].join('\n');
    const dir = tempDir({ '.ledgerlintrc.yaml': config, 'docs/sprints/sprint-14.md': sprint });
    const [result] = json(runCli(['-f', 'json', 'docs/sprints'], { cwd: dir }));
    expect(result!.profile).toBe('sprint-notes');
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual(
      expect.arrayContaining([
        [
          'progress-math',
          2,
          'Story 2 (table row) says 2/3 tasks done, but its checkboxes show 1/3 (top-level tasks); expected 33% (1/3).',
        ],
        ['conflicting-claims', 2, expect.stringMatching(/^The front matter's burned says 50%, but .*60%/)],
        ['date-order', 2, expect.stringMatching(/^Last Standup 2026-03-02 is before Sprint Start 2026-03-10/)],
      ]),
    );
  });

  it('extends a built-in profile to add status synonyms', () => {
    const base = structuredClone(prdProfile.status) as { states: Array<{ name: string; aliases?: string[] }> };
    base.states.find((s) => s.name === 'In Progress')!.aliases = ['Cooking'];
    const dir = tempDir({
      '.ledgerlintrc.json': JSON.stringify({ profiles: { prd: { extends: 'prd', status: base } } }),
      'ledger.md': plant(prd, '**Status:** In Progress', '**Status:** Cooking'),
    });
    expect(runCli(['ledger.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints the config that applies to a file', () => {
    const dir = tempDir({ '.ledgerlintrc.yaml': 'rules:\n  session-count: warn\n', 'ledger.md': prd });
    const run = runCli(['--print-config', 'ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      file: 'ledger.md',
      configFile: `${dir}/.ledgerlintrc.yaml`,
      ignored: false,
      profile: 'prd',
      reason: expect.stringMatching(/^detected: its title matches/),
    });
    expect((out.rules as Record<string, unknown>)['session-count']).toEqual(['warn', {}]);
    expect((out.rules as Record<string, unknown>)['progress-math']).toEqual(['error', {}]);
  });
});
