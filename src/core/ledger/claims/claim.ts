/** A claim with nothing stated yet but where and about whom: what each reader fills in. */
import type { Claim } from '../../model/work.js';

export function makeClaim(
  base: Pick<Claim, 'subject' | 'origin' | 'line' | 'label' | 'standing' | 'inClaimSection'>,
  parts: Partial<Claim> = {},
): Claim {
  return {
    percent: null,
    fraction: null,
    bar: null,
    state: null,
    position: null,
    count: null,
    done: null,
    approximate: false,
    ...base,
    ...parts,
  };
}
