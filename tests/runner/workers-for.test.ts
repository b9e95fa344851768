// When worker processes start. Measured on 2 cores (bench/RESULTS.md): at 100–200 ledgers
// two workers made the run slower than the main process alone; from a few hundred on they pay off.
import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { WORKER_THRESHOLD, workersFor } from '../../src/runner/pool.js';

const SCRIPT = new URL('file:///worker.js');

describe('workersFor', () => {
  it('keeps runs of up to 200 ledgers in the main process', () => {
    for (const jobs of [1, 48, 100, 200]) expect(workersFor(jobs, SCRIPT)).toBe(1);
  });

  it('starts one worker per core (at most) from the threshold on', () => {
    const expected = availableParallelism() < 2 ? 1 : Math.min(availableParallelism(), 2);
    expect(workersFor(WORKER_THRESHOLD, SCRIPT)).toBe(expected);
    expect(workersFor(WORKER_THRESHOLD - 1, SCRIPT)).toBe(1);
    expect(workersFor(100_000, SCRIPT)).toBe(availableParallelism() < 2 ? 1 : availableParallelism());
  });

  it('never without a worker script', () => {
    expect(workersFor(100_000, undefined)).toBe(1);
  });
});
