/**
 * Rules stay linear on pathological lines: 30,000 characters of what patterns care about,
 * placed once where each rule reads (title, fields, tasks, summary, blockers, key files,
 * testing, sessions, commits, headings). The rules are timed apart from the parse: micromark
 * is linear too but slow on such input (about a second per 100,000 brackets, which is why the
 * lines are no longer: a quadratic rule already takes seconds at this length), and its time is
 * not what this guards; nor is the markup budget, which refuses such files unparsed
 * and is lifted here so the rules meet the lines. tests/robustness/regex-safety.test.ts pumps each pattern alone.
 */
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { gateBlockers } from '../../src/core/ledger/completion.js';
import { lintLedger, lintText } from '../../src/core/engine/lint.js';
import { parseLedger } from '../../src/core/parse/parse-ledger.js';
import { scanOutline } from '../../src/core/profiles/detect.js';
import { scanRefs } from '../../src/core/ledger/refs.js';
import { fixture } from '../helpers/lint.js';

const prepared = prepareConfig({}, null);
const N = 30_000;
const runs: Record<string, string> = {
  brackets: '['.repeat(N),
  pipes: '|'.repeat(N),
  spaces: `${' '.repeat(N)}x`,
  backticks: '`'.repeat(N),
  'brackets and spaces': '[ '.repeat(N / 2),
  'pipes and spaces': '| '.repeat(N / 2),
  'backticks and spaces': '` '.repeat(N / 2),
  stars: '*'.repeat(N),
  underscores: '_'.repeat(N),
  'hex digits': 'a1'.repeat(N / 2),
  digits: '1'.repeat(N),
  'digits and slashes': '1/'.repeat(N / 2),
  'percent signs': '9 %'.repeat(N / 3),
  parentheses: '('.repeat(N),
  'bold labels': '**a:'.repeat(N / 4),
  checkmarks: '✓ '.repeat(N / 2),
};

function ledgerWith(line: string): string {
  return fixture('minimal/prd.md')
    .replace('# Feature: Webhook Retries (PRD 04)', `# Feature: ${line} (PRD 04)`)
    .replace('**Status:** In Progress', `**Status:** ${line}`)
    .replace('- [ ] Task 2.1: Show attempts in the dashboard', `- [ ] Task 2.1: ${line}`)
    .replace('- **Phase 2:** 0% complete (0/2 tasks done)', `- **Phase 2:** 0% ${line} (0/2 tasks done)`)
    .replace('**Current Blockers:**\n- None', `**Current Blockers:** ${line}`)
    .replace('- `src/webhooks/retry.ts` - Retry scheduling', `- \`src/webhooks/retry.ts\` - ${line}`)
    .replace('- Coverage: 82% (target: 80%)', `- Coverage: ${line}`)
    .replace('- Completed: Task 1.1', `- Completed: Task 1.1\n\n**Session ${line}:**`)
    .replace('- `4be19c2` - feat: add delivery_attempts table [PRD-04 Task 1.1]', `| ${line} |`)
    .replace('## Notes', `## ${line}\n\n## Notes`);
}

describe('adversarial lines', () => {
  it.each(Object.entries(runs))(
    '%s',
    (_name, line) => {
      const text = ledgerWith(line);
      expect(text.split(line).length - 1).toBe(10);
      const parsed = parseLedger(text, { markupBudget: Infinity });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const started = performance.now();
      for (const profile of prepared.profiles) {
        const messages = lintLedger(parsed.ledger, profile, prepared.rulesFor('ledger.md', profile.name));
        expect(messages.every((m) => !/Rule crashed/.test(m.message))).toBe(true);
        gateBlockers(parsed.ledger, profile, {});
        scanRefs(text, scanOutline(text), profile);
      }
      expect(performance.now() - started).toBeLessThan(2_000);
    },
    120_000,
  );

  it('refuses, quickly and at its line, a file with more markup than a parse can afford', () => {
    // The title spends 57,144 units; the Status field on line 5 tips it over.
    const text = ledgerWith('[a](b) '.repeat(100_000 / 7));
    const started = performance.now();
    const { messages } = lintText({
      text,
      profile: prepared.profiles[0]!,
      rules: prepared.rulesFor('ledger.md', 'prd'),
    });
    expect(messages).toEqual([
      expect.objectContaining({
        fatal: true,
        line: 5,
        message: expect.stringMatching(
          /^The file holds more markup than any ledger .* over 60,000 units by this line\)/,
        ),
      }),
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses, quickly, a flood of unclosed comments (which micromark rescans to the end each time)', () => {
    const text = ledgerWith('<!--'.repeat(100_000 / 4));
    const started = performance.now();
    const { messages } = lintText({
      text,
      profile: prepared.profiles[0]!,
      rules: prepared.rulesFor('ledger.md', 'prd'),
    });
    expect(messages).toEqual([
      expect.objectContaining({
        fatal: true,
        message: expect.stringMatching(/^More than 200 HTML comments are opened/),
      }),
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
