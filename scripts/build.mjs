// Builds dist/ (the bundled CLI and GitHub Action) and schema/ from src/.
// Deterministic: the same src/ gives byte-identical output, which CI checks.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  banner: { js: "import { createRequire as __ledgerlintRequire } from 'node:module';\nconst require = __ledgerlintRequire(import.meta.url);" },
  define: { LEDGERLINT_VERSION: JSON.stringify(pkg.version) },
  legalComments: 'none',
  // husky copies its hook script from its own package directory: it must stay a real dependency.
  external: ['husky'],
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: { cli: 'src/cli/bin.ts', action: 'src/action/entry.ts', worker: 'src/runner/worker.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

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
