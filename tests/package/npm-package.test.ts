/**
 * The npm package as those who install it get it: what `npm pack` prints and packs, what runs on their side,
 * and whether `npm ci` installs the project's tools on this Node without an engine warning.
 * npm runs in a copy of the package (never here: a lifecycle script could set up hooks in this clone).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const NPM_ENV = {
  ...process.env,
  HUSKY: undefined,
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

let copy = '';
beforeAll(() => {
  // As pre-commit (3.x to 4.6.0) packs it: a git clone with the project's dependencies installed.
  copy = mkdtempSync(join(tmpdir(), 'ledgerlint-package-'));
  for (const entry of [...pkg.files, 'package.json', 'package-lock.json', 'LICENSE'])
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  execFileSync('git', ['init', '-q'], { cwd: copy });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function npm(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', args, { cwd: copy, encoding: 'utf8', env: NPM_ENV });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The files a module loads by relative path: static and dynamic imports, and `new URL('./x.js', import.meta.url)` (the worker). */
function relativeLoads(text: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)["'](\.\.?\/[^"']+)["']/g;
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/** Every file reachable from the package's bin through relative loads, as package paths. */
function loadedFromBin(): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of relativeLoads(readFileSync(join(copy, path), 'utf8')))
      visit(posix.normalize(posix.join(posix.dirname(path), spec)));
  };
  for (const bin of Object.values(pkg.bin)) visit(posix.normalize(bin));
  return seen;
}

describe('the npm package', () => {
  it('npm pack prints only the tarball name on stdout (pre-commit 3 takes all of it as the file name)', () => {
    const packed = npm('pack', '--dry-run');
    expect(packed.code).toBe(0);
    expect(packed.stdout.trim()).toBe(`ledgerlint-${pkg.version}.tgz`);
  });

  it('runs none of the project own set-up for those who install or pack it', () => {
    // npm runs these for a package it installs (install scripts) or packs (prepare, prepack, postpack).
    const consumerEvents = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack'];
    expect(Object.keys(pkg.scripts).filter((name) => consumerEvents.includes(name))).toEqual([]);
  });

  it('holds the CLI, its worker and what they load, and nothing only the GitHub Action uses', () => {
    const packed = npm('pack', '--dry-run', '--json', '--ignore-scripts');
    expect(packed.code).toBe(0);
    const files = (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map(
      (file) => file.path,
    );
    const scripts = files.filter((path) => path.startsWith('dist/')).sort();
    expect(scripts).not.toContain('dist/action.js');
    expect(scripts).toContain('dist/worker.js');
    expect(scripts).toEqual([...loadedFromBin()].sort());
    expect(files).toContain('schema/ledgerlint.schema.json');
    expect(files).toContain('README.md');
  });

  it('npm ci on this Node installs every locked package without an engine warning', () => {
    const locked = mkdtempSync(join(tmpdir(), 'ledgerlint-engines-'));
    try {
      for (const name of ['package.json', 'package-lock.json']) cpSync(join(ROOT, name), join(locked, name));
      // --engine-strict turns npm's EBADENGINE warning into a failure that names the package.
      const run = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--engine-strict', '--offline'], {
        cwd: locked,
        encoding: 'utf8',
        env: NPM_ENV,
      });
      expect(run.stderr).not.toMatch(/EBADENGINE|notsup/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });
});
