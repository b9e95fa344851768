/** The profiles in force: config-defined ones first, then the built-ins they do not replace. */
import { aiLedgerProfile } from './builtin/ai-ledger.js';
import { backlogTaskProfile } from './builtin/backlog.js';
import { bmadStoryProfile } from './builtin/bmad.js';
import { featureProfile } from './builtin/feature.js';
import { genericProfile } from './builtin/generic.js';
import { gsdRoadmapProfile, gsdStateProfile, gsdSummaryProfile } from './builtin/gsd.js';
import { kiroProfile } from './builtin/kiro.js';
import { planProfile } from './builtin/plan.js';
import { prdProfile } from './builtin/prd.js';
import { progressLogProfile } from './builtin/progress-log.js';
import { speckitProfile } from './builtin/speckit.js';
import { compileProfile, type CompiledProfile } from './compile.js';
import { ProfileSpec, type Profile, type ProfileOverride } from './schema.js';
import { describeIssue, issueToTell } from '../zod.js';

/** Templates first, then the families, then the generic fallback: detection prefers them in this order on a tie. */
export const BUILTIN_PROFILES: readonly Profile[] = [
  prdProfile,
  featureProfile,
  planProfile,
  speckitProfile,
  kiroProfile,
  gsdRoadmapProfile,
  gsdStateProfile,
  gsdSummaryProfile,
  bmadStoryProfile,
  backlogTaskProfile,
  progressLogProfile,
  aiLedgerProfile,
  genericProfile,
].map((p) => ProfileSpec.parse(p));

export class ProfileError extends Error {}

/**
 * Resolves `profiles` from config. A profile that `extends` another starts from
 * it and replaces the top-level keys it gives; one named like a built-in replaces it.
 */
export function resolveProfiles(configured: Readonly<Record<string, ProfileOverride>> = {}): CompiledProfile[] {
  const known = new Map<string, Profile>(BUILTIN_PROFILES.map((p) => [p.name, p]));
  const resolved = new Map<string, Profile>();
  const resolving = new Set<string>();

  const resolve = (name: string, from: string): Profile => {
    const done = resolved.get(name);
    if (done) return done;
    const override = Object.hasOwn(configured, name) ? configured[name] : undefined;
    if (!override) {
      const builtin = known.get(name);
      if (!builtin)
        throw new ProfileError(
          `${from}: unknown profile "${name}" (known: ${[...new Set([...Object.keys(configured), ...known.keys()])].join(', ')})`,
        );
      return builtin;
    }
    if (resolving.has(name)) throw new ProfileError(`profiles.${name}.extends: profiles extend each other in a cycle`);
    resolving.add(name);
    const { extends: base, ...own } = override;
    let merged: unknown = { ...own, name };
    if (base !== undefined) {
      const parent = base === name ? known.get(name) : resolve(base, `profiles.${name}.extends`);
      if (!parent) throw new ProfileError(`profiles.${name}.extends: unknown profile "${base}"`);
      merged = { ...parent, ...own, name };
    }
    const checked = ProfileSpec.safeParse(merged, { reportInput: true });
    if (!checked.success) {
      const issue = issueToTell(checked.error.issues);
      const hint =
        base === undefined && issue.code === 'invalid_type' && issue.input === undefined
          ? ' (or give "extends" to start from an existing profile)'
          : '';
      throw new ProfileError(`${describeIssue(issue, { at: ['profiles', name], schema: ProfileSpec })}${hint}`);
    }
    resolving.delete(name);
    resolved.set(name, checked.data);
    return checked.data;
  };

  const ordered: Profile[] = [];
  for (const name of Object.keys(configured)) ordered.push(resolve(name, 'profiles'));
  for (const builtin of BUILTIN_PROFILES) if (!(builtin.name in configured)) ordered.push(builtin);
  return ordered.map(compileProfile);
}
