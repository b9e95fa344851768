/** The ledger instructions init writes into CLAUDE.md, and the skill that ships the same guidance. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BEGIN_MARKER, END_MARKER, INSTRUCTIONS, withInstructions } from '../../src/setup/agent-instructions.js';

const SKILL = readFileSync(new URL('../../agent/skills/ledgerlint/SKILL.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };

describe('the skill', () => {
  it('has the front matter Claude Code reads: a name matching its directory, and a description of what and when', () => {
    const front = /^---\n([^]*?)\n---\n/.exec(SKILL);
    const meta = parseYaml(front![1]!) as { name: string; description: string };
    expect(meta.name).toBe('ledgerlint');
    expect(meta.name).toMatch(/^[a-z0-9-]{1,64}$/);
    expect(meta.description.length).toBeLessThanOrEqual(1024);
    expect(meta.description).toMatch(/Use when/);
  });

  it('gives every rule of the instructions, word for word, and ships in the package', () => {
    const rules = INSTRUCTIONS.split('\n').filter((line) => line.startsWith('- '));
    expect(rules.length).toBeGreaterThan(4);
    for (const rule of rules) expect(SKILL, rule).toContain(rule);
    expect(pkg.files).toContain('agent/');
  });
});

describe('withInstructions', () => {
  const block = `${BEGIN_MARKER}\n${INSTRUCTIONS}${END_MARKER}\n`;

  it('appends the block after what is there, and makes a file that is not', () => {
    expect(withInstructions(null)).toBe(block);
    expect(withInstructions('# Project')).toBe(`# Project\n\n${block}`);
  });

  it('leaves the block as it is, and puts the current one in place of an older one, keeping what follows', () => {
    expect(withInstructions(`# P\n\n${block}`)).toBeNull();
    expect(withInstructions(`# P\n\n${BEGIN_MARKER}\nold advice\n${END_MARKER}\n## Build\n`)).toBe(
      `# P\n\n${block}## Build\n`,
    );
  });
});
