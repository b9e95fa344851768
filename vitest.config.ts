import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { LEDGERLINT_VERSION: JSON.stringify(pkg.version) },
  test: {
    include: ['tests/**/*.test.ts'],
    // Both cores (vitest leaves one free by default): most files wait on spawned processes and git.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
