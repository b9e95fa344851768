/**
 * Claims in YAML front matter: a percentage (`percent: 40`, `progress: 40%`), and counts
 * in pairs named by what they count (`completed_plans: 3` with `total_plans: 5`, nested
 * or not). Front matter is never rewritten, so these claims carry no fix positions of use.
 */
import type { Field } from '../../model/document.js';
import type { Claim, StatedFraction, StatedPercent } from '../../model/work.js';
import type { CompiledProfile } from '../../profiles/compile.js';
import { makeClaim } from './claim.js';
import { unitWord } from './quantities.js';

const NUMBER = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/;
const COUNT = /^\d{1,6}$/;
const DONE_KEY = /^(?:completed|done|finished|complete)\s+(\p{L}+)$/u;
const TOTAL_KEY = /^(?:total)\s+(\p{L}+)$/u;

export function frontMatterClaims(profile: CompiledProfile, fields: readonly Field[]): Claim[] {
  const own = fields.filter((f) => f.source === 'front-matter');
  const out: Claim[] = [];
  for (const field of own) {
    if (!profile.frontMatter.percent.includes(field.key)) continue;
    const m = NUMBER.exec(field.value);
    if (!m || Number(m[1]) > 100) continue;
    const start = field.valueColumn - 1;
    const percent: StatedPercent = {
      line: field.line,
      value: Number(`${m[1]}${m[2] ? `.${m[2]}` : ''}`),
      decimals: m[2]?.length ?? 0,
      start,
      end: start + field.value.length,
      numberEnd: start + m[1]!.length,
    };
    out.push(claimOf(field, `The front matter's ${field.path ?? field.name}`, { percent }));
  }
  // Pairs: completed_X / total_X with the same X, or the profile's done / total keys.
  const totals = new Map<string, Field>();
  for (const field of own) {
    const unit = TOTAL_KEY.exec(field.key)?.[1] ?? (profile.frontMatter.total.includes(field.key) ? '' : null);
    if (unit !== null && COUNT.test(field.value)) totals.set(unit, field);
  }
  for (const field of own) {
    const unit = DONE_KEY.exec(field.key)?.[1] ?? (profile.frontMatter.done.includes(field.key) ? '' : null);
    const total = unit === null ? undefined : totals.get(unit);
    if (!total || !COUNT.test(field.value)) continue;
    const start = field.valueColumn - 1;
    const fraction: StatedFraction = {
      line: field.line,
      done: Number(field.value),
      total: Number(total.value),
      unit: unit ? unitWord(unit) : null,
      start,
      end: start + field.value.length,
      doneEnd: start + field.value.length,
      totalStart: start + field.value.length,
    };
    out.push(
      claimOf(field, `The front matter's ${field.path ?? field.name} of ${total.path ?? total.name}`, { fraction }),
    );
  }
  return out;
}

function claimOf(field: Field, label: string, parts: Partial<Claim>): Claim {
  return makeClaim(
    {
      subject: { scope: 'document' },
      origin: 'front-matter',
      line: field.line,
      label,
      standing: 'current',
      inClaimSection: true,
    },
    parts,
  );
}
