/**
 * The rules of the house (STYLE.md), checked on every `npm test`: which layer may import which,
 * rules as leaves, and no import cycles. A failure names the file, the import and the rule broken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

interface Import {
  /** Importing file, relative to src/. */
  from: string;
  /** What is imported: a file relative to src/ (without extension), `node:*`, or a package name. */
  target: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

/** Comments and string contents go, so a word in prose or a message is not taken for code. */
function codeOnly(text: string): string {
  return text.replace(/\/\*[^]*?\*\/|\/\/[^\n]*|(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (m) =>
    m.startsWith('/') ? '' : m[0]!.repeat(2),
  );
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = m[3] ?? m[4]!;
    const target = spec.startsWith('.') ? relative(SRC, resolve(SRC, dirname(file), spec)).replace(/\.js$/, '') : spec;
    return { from: file, target, typeOnly: m[2] !== undefined };
  });
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);
const layer = (path: string) => path.split('/')[0]!;
const isLocal = (target: string) => files.includes(`${target}.ts`);

function violations(from: (file: string) => boolean, forbidden: (i: Import) => boolean): string[] {
  return imports.filter((i) => from(i.from) && forbidden(i)).map((i) => `src/${i.from} imports ${i.target}`);
}

describe('the rules of the house', () => {
  it('1. the core is pure: no node:*, nothing outside src/core, no process or Buffer', () => {
    const inCore = (f: string) => layer(f) === 'core';
    const outside = violations(
      inCore,
      (i) => i.target.startsWith('node:') || (isLocal(i.target) && layer(i.target) !== 'core'),
    );
    const globals = files
      .filter(inCore)
      .filter((f) => /\b(?:process|Buffer)\b/.test(codeOnly(readFileSync(join(SRC, f), 'utf8'))))
      .map((f) => `src/${f} uses process or Buffer`);
    expect([...outside, ...globals]).toEqual([]);
  });

  it('2. adapters (git/, files/) import core types only, never each other or the runner', () => {
    const adapter = (f: string) => ['git', 'files'].includes(layer(f));
    expect(
      violations(adapter, (i) => isLocal(i.target) && layer(i.target) !== layer(i.from) && layer(i.target) !== 'core'),
    ).toEqual([]);
  });

  it('3. reporters import core only', () => {
    const reporter = (f: string) => layer(f) === 'reporters';
    expect(violations(reporter, (i) => isLocal(i.target) && !['core', 'reporters'].includes(layer(i.target)))).toEqual(
      [],
    );
  });

  it('4. front doors start no git and parse no markdown themselves', () => {
    const frontDoor = (f: string) => ['cli', 'action', 'agent'].includes(layer(f));
    const plumbing = (i: Import) =>
      ['simple-git', 'unified', 'remark-parse'].includes(i.target) || i.target.startsWith('core/parse/');
    expect(violations(frontDoor, plumbing)).toEqual([]);
  });

  it('5. rules are leaves: only the registry imports a rule', () => {
    const ruleModule = (t: string) => /^core\/rules\/(?!index$|rule$)/.test(t);
    expect(
      violations(
        (f) => f !== 'core/rules/index.ts',
        (i) => ruleModule(i.target),
      ),
    ).toEqual([]);
  });

  it('6. no import cycles (imports of values)', () => {
    const edges = new Map<string, string[]>();
    for (const i of imports) {
      if (i.typeOnly || !isLocal(i.target)) continue;
      const from = i.from.replace(/\.ts$/, '');
      edges.set(from, [...(edges.get(from) ?? []), i.target]);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('reads the imports it judges', () => {
    // Guards the reader: were the pattern to stop matching, every rule above would pass on nothing.
    expect(imports.filter((i) => i.from === 'core/rules/index.ts').length).toBeGreaterThan(10);
    expect(imports.some((i) => i.from === 'cli/bin.ts')).toBe(true);
    expect(imports.some((i) => i.typeOnly)).toBe(true);
  });
});
