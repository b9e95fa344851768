import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paint } from '../../src/reporters/colors.js';
import {
  neutraliseWorkflowCommands,
  protectJson,
  safeOutput,
  showControlCharacters,
} from '../../src/reporters/safe-output.js';
import { runnerCommands } from '../helpers/workflow-commands.js';

// Lines built to forge commands: what the runner skips at a line start, a command, more text, a line break.
const space = fc.constantFrom('', ' ', '\t', '\u00a0', '\u0085', '\u001f', '\u3000', '\ufeff', '\u200b');
const command = fc.constantFrom(
  '::error::',
  '::add-mask::',
  '::warning title=x::',
  '##[error]',
  '##[add-mask]',
  '::',
  'x',
);
const rest = fc.constantFrom('', 'x', ' ##[add-mask]y', ' ::error::y', '\u001b]52;c;aGk=\u0007', '%0A');
const lineBreak = fc.constantFrom('\n', '\r', '\r\n', '');
const forgeable = fc
  .array(fc.tuple(fc.array(space, { maxLength: 3 }), command, rest, lineBreak), { maxLength: 8 })
  .map((lines) => lines.map(([spaces, ...parts]) => [...spaces, ...parts].join('')).join(''));

describe('the runner-parsing test helper', () => {
  it('finds the commands the runner would run', () => {
    expect(runnerCommands('ok\n  ::error title=x::forged')).toMatchObject([{ syntax: 'v2', name: 'error' }]);
    expect(runnerCommands('a\r::ADD-MASK::y')).toMatchObject([{ syntax: 'v2', name: 'ADD-MASK' }]);
    expect(runnerCommands('status ##[add-mask]secret')).toMatchObject([{ syntax: 'legacy', name: 'add-mask' }]);
    expect(runnerCommands('\u00a0::warning::x')).toHaveLength(1);
    expect(runnerCommands('x ::error::y\n::nonsense::z\n##[nonsense]')).toEqual([]);
  });
});

describe('safe text for people', () => {
  it('leaves ordinary output as it is', () => {
    const text = '\ndocs/a.md\n  5:13  error  Status "In Progress: 50%" is odd.  header-fields\r\n\tindented\n';
    expect(safeOutput(text, 'text')).toBe(text);
  });

  it('breaks a workflow command at a line start or a legacy one anywhere, invisibly', () => {
    expect(neutraliseWorkflowCommands('::error title=F::x.md')).toBe('\u200b::error title=F::x.md');
    expect(neutraliseWorkflowCommands(' a\r  ::warning::y\n')).toBe(' a\r  \u200b::warning::y\n');
    expect(neutraliseWorkflowCommands('Status "##[add-mask]s"')).toBe('Status "##\u200b[add-mask]s"');
    expect(neutraliseWorkflowCommands('a ::error::b')).toBe('a ::error::b');
  });

  it('leaves the runner no command to run, whatever the text', () => {
    fc.assert(
      fc.property(forgeable, (text) => {
        expect(runnerCommands(safeOutput(text, 'text'))).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(runnerCommands(safeOutput(text, 'text'))).toEqual([]);
      }),
    );
  });

  it('shows control characters instead of sending them to the terminal', () => {
    expect(showControlCharacters('X\u001b]52;c;cHduZWQ=\u0007\u001b[2K\u001b[1A')).toBe(
      'X\u241b]52;c;cHduZWQ=\u2407\u241b[2K\u241b[1A',
    );
    expect(showControlCharacters('over\rwrite\r\nline\u007f\u009b2J')).toBe('over\u240dwrite\r\nline\u2421\ufffd2J');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(safeOutput(text, 'text').replaceAll('\r\n', '\n')).not.toMatch(
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/,
        );
      }),
    );
  });

  it('keeps our own colours on a coloured stream, and only those', () => {
    const p = paint(true);
    const ours = `${p.red('error')} ${p.dim('5:1')} ${p.underline('a.md')} ${p.bold(p.yellow('!'))} ${p.green('✔')}`;
    expect(showControlCharacters(ours, true)).toBe(ours);
    expect(showControlCharacters(ours, false)).not.toMatch(/\u001b/);
    expect(showControlCharacters('\u001b[8mhidden\u001b[0m \u001b[31;1m', true)).toBe(
      '\u241b[8mhidden\u241b[0m \u241b[31;1m',
    );
  });
});

describe('safe JSON', () => {
  it('is the same data, with no command for the runner and no control character for the terminal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.oneof(forgeable, fc.string({ unit: 'binary' }))), (value, strings) => {
        for (const indent of [undefined, 2]) {
          const json = protectJson(JSON.stringify({ value, strings }, null, indent));
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, strings })));
          expect(runnerCommands(json)).toEqual([]);
          expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        }
      }),
    );
    expect(protectJson(JSON.stringify(['##[add-mask]x\u009b']))).toBe('["\\u0023#[add-mask]x\\u009b"]');
  });
});

describe('workflow commands of the github format', () => {
  it('pass as they are, with control characters shown', () => {
    const commands = '::error file=a.md,line=1::Status "100%25\u001b[2K"\n::warning file=b.md::y\n';
    expect(safeOutput(commands, 'commands')).toBe(
      '::error file=a.md,line=1::Status "100%25\u241b[2K"\n::warning file=b.md::y\n',
    );
  });
});
