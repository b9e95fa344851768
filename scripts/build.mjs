// Builds dist/ (the bundled CLI and GitHub Action) and schema/ from src/.
// Deterministic: the same src/ gives byte-identical output, which CI checks.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const outdir = process.argv[2] ?? join(root, 'dist');

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies are CommonJS and call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __ledgerlintRequire } from 'node:module';\nconst require = __ledgerlintRequire(import.meta.url);",
  },
  define: { LEDGERLINT_VERSION: JSON.stringify(pkg.version) },
  legalComments: 'none',
  // husky copies its hook script from its own package directory: it must stay a real dependency.
  external: ['husky'],
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  ...shared,
  entryPoints: { cli: 'src/cli/bin.ts', action: 'src/action/entry.ts', worker: 'src/runner/worker.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
await writeFile(join(outdir, '.npmignore'), npmIgnore(metafile, outdir));

// The config JSON Schema is generated from the zod schema the CLI validates with.
const scratch = await mkdtemp(join(tmpdir(), 'ledgerlint-build-'));
try {
  const generator = join(scratch, 'schema.mjs');
  await build({ ...shared, entryPoints: ['scripts/schema.ts'], outfile: generator });
  const { configJsonSchema } = await import(pathToFileURL(generator).href);
  const schemaDir = process.argv[3] ?? join(root, 'schema');
  await writeFile(join(schemaDir, 'ledgerlint.schema.json'), configJsonSchema());
} finally {
  await rm(scratch, { recursive: true, force: true });
}

/**
 * The Action runs from the repository (action.yml), not from the npm package: npm leaves out what only the Action
 * loads. npm reads an .npmignore inside a directory that package.json's files includes.
 */
function npmIgnore(metafile, dir) {
  const outputs = Object.fromEntries(
    Object.entries(metafile.outputs).map(([path, output]) => [relative(dir, join(root, path)), output]),
  );
  const loaded = (entry, seen = new Set()) => {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const load of outputs[entry].imports) if (!load.external) loaded(relative(dir, join(root, load.path)), seen);
    return seen;
  };
  // The CLI starts its worker by URL, not by import: both are the package's entries.
  const shipped = new Set([...loaded('cli.js'), ...loaded('worker.js')]);
  const actionOnly = Object.keys(outputs)
    .filter((path) => !shipped.has(path))
    .sort();
  return `# Written by scripts/build.mjs: what only the GitHub Action loads stays out of the npm package.\n${actionOnly.map((path) => `/${path}\n`).join('')}`;
}
