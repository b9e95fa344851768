import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plant, template } from '../helpers/lint.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { commit, initRepo } from '../helpers/git.js';
import { prdLedger } from '../helpers/ledgers.js';
import { runnerCommands } from '../helpers/workflow-commands.js';

const prd = prdLedger();
const warningOnly = plant(
  prd,
  '**Resolved Blockers:**\n- Queue credentials missing - Resolved on 2026-03-03 by adding them to the vault\n',
  '',
);

describe('the ledgerlint command', () => {
  it('prints its version and help', () => {
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: ledgerlint \[options\]/);
    expect(help.stdout).toMatch(/--max-warnings/);
  });

  it('is silent and exits 0 on a clean ledger', () => {
    const dir = tempDir({ 'ledger.md': prd });
    expect(runCli(['ledger.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints stylish findings like ESLint and exits 1 on errors', () => {
    const dir = tempDir({ 'docs/prd-ledger.md': template('prd-ledger.md') });
    const run = runCli(['docs'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('docs/prd-ledger.md');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {4}1:12 +error {2}Template placeholder "\[Feature Name\]" is still here; fill it in or remove it\. +placeholders$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {3}57:30 +error {2}Phase 1 says 3\/5 tasks done, but its checkboxes show 1\/4 .* +progress-math$/,
      ),
    );
    expect(run.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors, 0 warnings\)\n/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes ESLint-compatible JSON', () => {
    const dir = tempDir({ 'a.md': template('feature-ledger.md'), 'b.md': prd });
    const run = runCli(['--format', 'json', 'a.md', 'b.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      filePath: `${dir}/a.md`,
      profile: 'feature',
      errorCount: expect.any(Number),
      warningCount: 0,
      fatalErrorCount: 0,
    });
    expect((results[0]!.messages as unknown[])[0]).toEqual({
      ruleId: 'placeholders',
      severity: 2,
      message: 'Template placeholder "[Feature Name]" is still here; fill it in or remove it.',
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 17,
    });
    expect(results[1]).toMatchObject({ filePath: `${dir}/b.md`, messages: [], errorCount: 0, warningCount: 0 });
  });

  it('exits 0 on warnings, 1 when they exceed --max-warnings, and hides them with --quiet', () => {
    const dir = tempDir({ 'ledger.md': warningOnly });
    const run = runCli(['ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/warning {2}Missing subsection "\*\*Resolved Blockers:\*\*"/);
    expect(run.stdout).toMatch(/✖ 1 problem \(0 errors, 1 warning\)/);
    const strict = runCli(['--max-warnings', '0', 'ledger.md'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('ledgerlint found too many warnings (maximum: 0).\n');
    expect(runCli(['--max-warnings', '1', 'ledger.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['--quiet', 'ledger.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('colours only when asked: FORCE_COLOR wins, NO_COLOR turns it off', () => {
    const dir = tempDir({ 'ledger.md': warningOnly });
    expect(runCli(['ledger.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toMatch(
      /\u001b\[33mwarning\u001b\[39m/,
    );
    expect(runCli(['ledger.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['ledger.md'], { cwd: dir, env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('honours inline disable comments', () => {
    const text = template('prd-ledger.md')
      .replace(
        '# Feature: [Feature Name] (PRD [XX])',
        '<!-- ledgerlint-disable-next-line placeholders -->\n# Feature: [Feature Name] (PRD [XX])',
      )
      .replace('## Progress Summary', '<!-- ledgerlint-disable progress-math -->\n## Progress Summary')
      .replace('## Blockers', '<!-- ledgerlint-enable progress-math -->\n## Blockers');
    const dir = tempDir({ 'ledger.md': text });
    const results = JSON.parse(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }).stdout) as Array<{
      messages: Array<{ ruleId: string; line: number }>;
    }>;
    const messages = results[0]!.messages;
    expect(messages.filter((m) => m.line === 2)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'progress-math')).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'placeholders').length).toBeGreaterThan(50);
  });

  it('honours a file-wide disable comment wherever it stands, for the rules it names', () => {
    const text = `${template('prd-ledger.md')}\n<!-- ledgerlint-disable-file placeholders -->\n`;
    const dir = tempDir({ 'ledger.md': text });
    const results = JSON.parse(runCli(['-f', 'json', 'ledger.md'], { cwd: dir }).stdout) as Array<{
      messages: Array<{ ruleId: string; line: number }>;
    }>;
    const rules = new Set(results[0]!.messages.map((m) => m.ruleId));
    expect(rules.has('placeholders')).toBe(false);
    expect(rules.size).toBeGreaterThan(0);
  });

  it('warns about an unknown rule in a disable comment', () => {
    const dir = tempDir({ 'ledger.md': plant(prd, '## Notes', '<!-- ledgerlint-disable no-such-rule -->\n## Notes') });
    const run = runCli(['ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/warning {2}Unknown rule "no-such-rule" in a ledgerlint-disable comment\./);
  });

  it('fills suppressedMessages in the JSON with the comments that silenced each finding', () => {
    const text = plant(
      prd,
      '**Agent Sessions:** 2',
      '<!-- ledgerlint-disable-next-line session-count -- two sessions were not logged -->\n**Agent Sessions:** 4',
    );
    const dir = tempDir({ 'ledger.md': text });
    const run = runCli(['-f', 'json', 'ledger.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout) as Array<{
      messages: unknown[];
      suppressedMessages: Array<{ ruleId: string; line: number; suppressions: unknown }>;
    }>;
    expect(result!.messages).toEqual([]);
    expect(result!.suppressedMessages).toEqual([
      expect.objectContaining({
        ruleId: 'session-count',
        severity: 2,
        suppressions: [{ kind: 'directive', justification: 'two sessions were not logged' }],
      }),
    ]);
  });

  it('reports disable comments that silence nothing with --report-unused-disable-directives (errors) or the config key', () => {
    const text = plant(prd, '## Notes', '<!-- ledgerlint-disable-next-line placeholders -->\n## Notes');
    const dir = tempDir({ 'ledger.md': text });
    expect(runCli(['ledger.md'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    const flagged = runCli(['--report-unused-disable-directives', 'ledger.md'], { cwd: dir });
    expect(flagged.code).toBe(1);
    expect(flagged.stdout).toMatch(
      /error {2}Unused ledgerlint-disable-next-line comment \(no problems were reported from "placeholders"\)\./,
    );
    writeFileSync(join(dir, '.ledgerlintrc.json'), '{ "reportUnusedDisableDirectives": "warn" }');
    const configured = runCli(['ledger.md'], { cwd: dir });
    expect(configured.code).toBe(0);
    expect(configured.stdout).toMatch(/warning {2}Unused ledgerlint-disable-next-line comment/);
    // The flag wins over the config, and the cache does not serve results of the other setting.
    expect(runCli(['--cache', 'ledger.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['--cache', '--report-unused-disable-directives', 'ledger.md'], { cwd: dir }).code).toBe(1);
  });

  it('refuses unknown flags and bad values with exit 2 and a message naming the flag', () => {
    expect(runCli(['--frmat', 'json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: unknown option --frmat; did you mean --format? (see ledgerlint --help).\n',
    });
    expect(runCli(['--zzzzz', 'x.md']).stderr).toBe('ledgerlint: unknown option --zzzzz (see ledgerlint --help).\n');
    expect(runCli(['--format', 'xml', 'x.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --format: unknown format "xml" (available: stylish, json, github, sarif).\n',
    });
    expect(runCli(['--max-warnings', 'many'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --max-warnings expects a whole number of warnings, got "many".\n',
    });
    expect(runCli(['--config'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --config needs a value (see ledgerlint --help).\n',
    });
  });

  it('runs the shipped examples, as npm start does', () => {
    const run = runCli(['examples/']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/examples\/prd\/09-csv-export\.md/);
    expect(run.stdout).toMatch(/examples\/\.ai\/ledgers\/search-indexing\.md/);
    expect(run.stdout).not.toMatch(/07-rate-limiting|oauth-login|_template|README/);
  });

  it('writes GitHub workflow commands with --format github, escaped', () => {
    const dir = tempDir({ 'ledger.md': plant(prd, '**Status:** In Progress', '**Status:** 100%, done:\tyes') });
    const run = runCli(['--format', 'github', 'ledger.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '::error file=ledger.md,line=5,col=13,title=header-fields::Status "100%25, done:\tyes" is not one of Not Started, In Progress, Blocked, Completed (or their synonyms; a profile\'s status.states can add more).\n',
    );
  });

  it('writes SARIF with --format sarif', () => {
    const dir = tempDir({ 'ledger.md': plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3') });
    const log = JSON.parse(runCli(['--format', 'sarif', 'ledger.md'], { cwd: dir }).stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: unknown[] } };
        results: Array<{ ruleId: string; level: string }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('ledgerlint');
    expect(log.runs[0]!.results).toEqual([expect.objectContaining({ ruleId: 'session-count', level: 'error' })]);
  });
});

/**
 * GitHub's runner executes workflow commands it finds in a step's stdout and stderr, and a terminal
 * acts on escape sequences: file names, ledger text and commit subjects must reach neither as such.
 */
describe('output that a ledger, a file name or a commit cannot take over', () => {
  const forged = (run: { stdout: string; stderr: string }) => [
    ...runnerCommands(run.stdout),
    ...runnerCommands(run.stderr),
  ];

  it('in --format github, a problem naming a file with a CR and ##[ in its name forges no command on stderr', () => {
    const dir = tempDir();
    initRepo(dir);
    symlinkSync('nowhere', join(dir, 'x\r::error title=Forged::pwned ##[add-mask]y.md'));
    commit(dir, 'a dangling ledger');
    const run = runCli(['--format', 'github'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pwned.*y\.md: no such file or directory/);
    expect(forged(run)).toEqual([]);
  });

  it('in every format, under GitHub Actions or not, a commit subject, a file name and ledger text forge no command', () => {
    const dir = tempDir();
    initRepo(dir);
    const sha = commit(dir, 'feat: x\r::error title=Forged::from a commit subject');
    writeFileSync(
      join(dir, '##[error title=Forged]from a file name.md'),
      prdLedger({ commits: [`- \`${sha.slice(0, 7)}\` - feat: listed`] }),
    );
    writeFileSync(join(dir, 's.md'), prdLedger({ status: 'Bogus ##[add-mask]masks-the-log' }));
    writeFileSync(
      join(dir, 'n.md'),
      plant(
        prd,
        '## Notes',
        '## Notes\n\n::error title=Forged::a ledger line\n  ::warning::indented\r::notice::after a CR',
      ),
    );
    commit(dir, 'docs: ledgers');
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }]) {
      const stylish = runCli(['.'], { cwd: dir, env });
      expect(stylish.stdout).toMatch(/from a commit subject/);
      expect(stylish.stdout).toMatch(/Status "Bogus #.*masks-the-log"/);
      expect(forged(stylish)).toEqual([]);
      const gate = runCli(['gate', '.'], { cwd: dir, env });
      expect(gate.stdout).toMatch(/not ready/);
      expect(forged(gate)).toEqual([]);
      for (const format of ['json', 'sarif']) {
        const data = runCli(['--format', format, '.'], { cwd: dir, env });
        expect(JSON.stringify(JSON.parse(data.stdout))).toMatch(/##\[add-mask\]masks-the-log/);
        expect(forged(data)).toEqual([]);
      }
      const github = runCli(['--format', 'github', '.'], { cwd: dir, env });
      expect(
        runnerCommands(github.stdout).every(
          (c) => c.syntax === 'v2' && /^::(error|warning) file=[^:]*,line=\d+,.*title=[a-z-]+::/.test(c.line),
        ),
      ).toBe(true);
      expect(runnerCommands(github.stderr)).toEqual([]);
    }
  });

  it('--fix-dry-run prints a diff whose context lines forge no command', () => {
    const dir = tempDir({
      'L.md': plant(
        plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3'),
        '**Started:** 2026-03-02',
        '**Started:** 2026-03-02\n::error title=Forged::from --fix-dry-run\n##[add-mask]x',
      ),
    });
    const run = runCli(['--format', 'github', '--fix-dry-run', 'L.md'], { cwd: dir });
    expect(run.stderr).toMatch(/^\+\*\*Agent Sessions:\*\* 2$/m);
    expect(run.stderr).toMatch(/^ .*::error title=Forged::from --fix-dry-run$/m);
    expect(runnerCommands(run.stderr)).toEqual([]);
    expect(
      runnerCommands(run.stdout).every(
        (c) => c.syntax === 'v2' && /^::(error|warning) file=/.test(c.line) && !/Forged/.test(c.line),
      ),
    ).toBe(true);
  });

  it('--fix-dry-run with a format for machines keeps stdout for the report and sends the diff to stderr', () => {
    const dir = tempDir({ 'L.md': plant(prd, '**Agent Sessions:** 2', '**Agent Sessions:** 3') });
    const run = runCli(['-f', 'json', '--fix-dry-run', 'L.md'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    expect(run.stderr).toMatch(/^\+\*\*Agent Sessions:\*\* 2$/m);
    const people = runCli(['--fix-dry-run', 'L.md'], { cwd: dir });
    expect(people.stdout).toMatch(/^\+\*\*Agent Sessions:\*\* 2$/m);
  });

  it('shows the escape sequences in ledger text instead of sending them to the terminal, and keeps its own colours', () => {
    const dir = tempDir({
      'L.md': plant(prd, '**Status:** In Progress', '**Status:** X\u001b]52;c;cHduZWQ=\u0007\u001b[2K\u001b[1A'),
    });
    const plain = runCli(['L.md'], { cwd: dir });
    expect(plain.stdout).toMatch(/Status "X␛\]52;c;cHduZWQ=␇␛\[2K␛\[1A"/);
    expect(plain.stdout).not.toMatch(/\u001b/);
    const coloured = runCli(['L.md'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[31merror\u001b\[39m/);
    expect(coloured.stdout).not.toMatch(/\u001b[^[]|\u001b\[[0-9;]*[^0-9;m]|\u001b\[(?!(?:1|2|4|22|24|31|32|33|39)m)/);
    expect(runCli(['gate', 'L.md'], { cwd: dir }).stdout).not.toMatch(/\u001b/);
    expect(runCli(['--format', 'github', 'L.md'], { cwd: dir }).stdout).not.toMatch(/\u001b/);
  });
});
