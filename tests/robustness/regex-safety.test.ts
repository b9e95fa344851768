/**
 * Every regular expression ledgerlint owns (the literals in src/ and the patterns of the
 * built-in profiles) runs in linear time: it is pumped with long runs of each character
 * class patterns care about, behind prefixes that let it get partway into a match. A pattern
 * that backtracks catastrophically takes seconds on these; a safe one, well under a millisecond.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { checkBacktracking } from '../../src/core/regex/backtracking.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

interface Pattern {
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

// A regex literal: a slash where an expression starts, then escapes, classes and other characters up to the closing slash.
const LITERAL = /(?<=[=(,:[!&|?{;]\s*|return\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuyv]*)/g;

function literalsInSource(): Pattern[] {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(LITERAL)].flatMap((m) => {
      try {
        // Sticky/global only change where matching starts; test() from 0 is what a pump needs.
        const regex = new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
        return [{ where: `${relative(SRC, file)}:${text.slice(0, m.index).split('\n').length}`, regex }];
      } catch {
        return []; // a division that looked like a literal
      }
    });
  });
}

function profilePatterns(): Pattern[] {
  return prepareConfig({}, null).profiles.flatMap((p) => {
    const named: Array<[string, RegExp | null]> = [
      ['title', p.titlePattern],
      ['phase', p.phasePattern],
      ['session entry', p.sessionEntry],
      ['groups', p.groupPattern],
      ['log entry', p.logEntry],
      ...p.placeholders.map((ph): [string, RegExp] => [`placeholder ${ph.label}`, new RegExp(ph.regex.source, 'u')]),
      ['detect.title', p.spec.detect?.title ? new RegExp(p.spec.detect.title, 'iu') : null],
    ];
    return named.flatMap(([what, regex]) => (regex ? [{ where: `profile ${p.name} ${what}`, regex }] : []));
  });
}

const PUMPS = [
  ' ',
  '\t',
  '-',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '|',
  '`',
  '~',
  'a',
  'Z',
  '1',
  '0',
  'a1',
  '1/',
  '1.',
  '. ',
  ':',
  '**',
  '- ',
  '[ ',
  '( ',
  '` ',
  '| ',
  '#',
  '%',
  '/',
  '\\',
  '<',
  '<!--',
  '.',
  ',',
  '"',
  '=',
  '>',
  '✅',
  'x ',
  ' x',
  'Task 1',
  '(PRD',
  'PRD-',
];
const PREFIXES = [
  '',
  ' ',
  '- ',
  '- [ ] ',
  '- [x] Task 1.1: ',
  '# ',
  '## ',
  'Feature: x ',
  'Feature: x (PRD',
  '**Status:** ',
  'status:',
  'coverage:',
  'Coverage: 5%',
  '**Phase 1:** ',
  '- **Phase 1:** 50% ',
  '| ',
  '`',
  '**Session 1 (',
  'Task ',
  'PRD ',
  '[',
  '**',
  'src/',
  '<!--',
];
const SUFFIXES = ['', '!', '\n'];
const LENGTH = 20_000;
// Linear work on 20,000 characters is well under a millisecond; quadratic is 400 million steps, a second or so.
const LIMIT_MS = 40;

/** The first input over the limit, or else the slowest. */
function slowestInput(regex: RegExp): { ms: number; input: string } {
  let slowest = { ms: 0, input: '' };
  for (const prefix of PREFIXES) {
    for (const pump of PUMPS) {
      for (const suffix of SUFFIXES) {
        const input = prefix + pump.repeat(Math.ceil(LENGTH / pump.length)) + suffix;
        const started = performance.now();
        regex.test(input);
        const ms = performance.now() - started;
        if (ms > LIMIT_MS) return { ms, input };
        if (ms > slowest.ms) slowest = { ms, input };
      }
    }
  }
  return slowest;
}

function fastestOf(runs: number, regex: RegExp, input: string): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    regex.test(input);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

describe('regular expressions', () => {
  const patterns = [...literalsInSource(), ...profilePatterns()];

  it('finds the patterns it is meant to check', () => {
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.map((p) => p.where)).toContain('profile prd title');
  });

  it('run in linear time on pumped input', () => {
    const slow = patterns.flatMap(({ where, regex }) => {
      const found = slowestInput(regex);
      // The fastest of five more runs on that input: a garbage collection pause or a busy machine
      // slows one run, backtracking slows every run.
      const result = found.ms > LIMIT_MS ? { ...found, ms: fastestOf(5, regex, found.input) } : found;
      if (result.ms <= LIMIT_MS) return [];
      const pumped = result.input.slice(0, 40).replace(/\n/g, '\\n');
      return [
        `${where} ${regex} took ${result.ms.toFixed(0)} ms on ${JSON.stringify(pumped)}… (${result.input.length} chars)`,
      ];
    });
    expect(slow).toEqual([]);
  }, 120_000);
});

describe('the static check that config patterns must pass', () => {
  // The shapes that take exponential time: a loop whose body can read the same text in two ways.
  const exponential: Array<[string, string]> = [
    ['^([A-Za-z]+\\s?)+:$', '([A-Za-z]+\\s?)+'],
    ['(a+)+b', '(a+)+'],
    ['(a*)*b', '(a*)*'],
    ['(a|a)*b', '(a|a)*'],
    ['(a|aa)+b', '(a|aa)+'],
    ['(a|a?)+b', '(a|a?)+'],
    ['(?:a|[ab])+c', '(?:a|[ab])+'],
    ['(\\w|\\d)+!', '(\\w|\\d)+'],
    ['^(\\w+\\s?)*$', '(\\w+\\s?)*'],
    ['(\\d+\\.?)+$', '(\\d+\\.?)+'],
    ['(\\s*,\\s*)+x', '(\\s*,\\s*)+'],
    ['(x+x+)+y', '(x+x+)+'],
    ['(?:\\d+|\\d+\\.\\d+)+z', '(?:\\d+|\\d+\\.\\d+)+'],
    ['^(?:(?:x?)?y)+$', '(?:(?:x?)?y)+'],
    ['(.*a){12}', '(.*a){12}'],
    ['^(a?){25}a{25}$', '(a?){25}'],
    ['(?=(a+)+b)', '(a+)+'],
    ['(?<word>[a-z]+)*@', '(?<word>[a-z]+)*'],
    ['^(?:TODO|todo)+$', '(?:TODO|todo)+'],
  ];
  it.each(exponential)('refuses %s, naming %s', (source, culprit) => {
    expect(checkBacktracking(source, 'iu')).toEqual({ safe: false, reason: 'exponential', culprit });
  });

  it.each([
    '^(\\d+(?:\\.\\d+)+)',
    '(?:\\d+\\.)+\\d+',
    '\\[TODO[^\\]]*\\]',
    '^Phase (\\d+): .*$',
    '(a|b)*c',
    '(a|ab)*c',
    '[a-z]+(?:\\s[a-z]+)*:',
    '\\p{L}+(?:\\s\\p{L}+)*',
    '(?:a|)*b',
    'x*y*z*',
    '\\d+\\d+x',
  ])('accepts %s', (source) => {
    expect(checkBacktracking(source, 'iu')).toEqual({ safe: true });
  });

  it('gives up on a loop too large to pair, refusing it rather than taking its time', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`).join('|');
    expect(checkBacktracking(`(?:${words})+`, 'iu')).toEqual({ safe: false, reason: 'too-complex' });
    expect(checkBacktracking(`(?:${'a?'.repeat(2000)})*b`, 'iu')).toEqual({ safe: false, reason: 'too-complex' });
  });

  it('accepts every pattern ledgerlint ships', () => {
    const refused = [...literalsInSource(), ...profilePatterns()].flatMap(({ where, regex }) => {
      const verdict = checkBacktracking(regex.source, regex.flags);
      return verdict.safe ? [] : [`${where} ${regex}: ${JSON.stringify(verdict)}`];
    });
    expect(refused).toEqual([]);
  });
});
