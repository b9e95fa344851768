/** Header and front-matter fields, looked up by the profile's names and aliases. */
import type { Field, Ledger } from '../model/document.js';
import type { CompiledProfile } from '../profiles/compile.js';
import { nameKey } from '../text/names.js';

/** The header field for a spec name, header lines before front matter. */
export function findField(ledger: Ledger, profile: CompiledProfile, name: string): Field | undefined {
  const spec = profile.fields.get(nameKey(name));
  const keys = new Set(spec ? [spec.name, ...(spec.aliases ?? [])].map(nameKey) : [nameKey(name)]);
  return (
    ledger.fields.find((f) => f.source === 'header' && keys.has(f.key)) ?? ledger.fields.find((f) => keys.has(f.key))
  );
}
