/**
 * A ledger that goes away between the scan and its lint job (deleted, made unreadable)
 * is a problem of that file, in the main process and in worker processes alike: the
 * other ledgers are still linted and reported.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareConfig } from '../../src/core/config/resolve.js';
import { runLintJob, type LintJob } from '../../src/runner/lint-job.js';
import { LintPool } from '../../src/runner/pool.js';
import { sha1 } from '../../src/runner/cache.js';
import { tempDir } from '../helpers/cli.js';
import { prdLedger } from '../helpers/ledgers.js';

const WORKER = new URL('../../dist/worker.js', import.meta.url);
const config = { prepared: prepareConfig({}, null), baseDir: '/', raw: {} };
const ledger = prdLedger();

function jobFor(file: string): LintJob {
  return {
    ledger: { file, sha1: sha1(Buffer.from(ledger)) },
    profile: 'prd',
    configPath: 'ledger.md',
    facts: {},
    purpose: 'lint',
    fix: null,
  };
}

describe('a ledger gone before its lint job reads it again', () => {
  it('is reported with the reason, not thrown', () => {
    const gone = join(tempDir(), 'gone.md');
    expect(runLintJob(jobFor(gone), config.prepared)).toEqual({
      messages: [],
      unreadable: 'no such file or directory.',
    });
  });

  it('in a worker process, leaves the other jobs of its batch and of the run to be linted', async () => {
    expect(existsSync(WORKER)).toBe(true); // built by npm test before the tests run
    const dir = tempDir();
    const files = Array.from({ length: 40 }, (_, i) => join(dir, `ledger-${i}.md`));
    files.forEach((file, i) => i !== 17 && writeFileSync(file, ledger));
    const pool = new LintPool(2, config, WORKER);
    try {
      const results = await pool.run(files.length, (i) => jobFor(files[i]!));
      expect(pool.stopped).toBe(0);
      expect(results[17]).toEqual({ messages: [], unreadable: 'no such file or directory.' });
      const others = results.filter((_, i) => i !== 17);
      expect(others).toHaveLength(39);
      for (const result of others)
        expect(result).toEqual(
          expect.objectContaining({ messages: runLintJob(jobFor(files[0]!), config.prepared).messages }),
        );
    } finally {
      pool.close();
    }
  });
});
