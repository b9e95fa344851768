/** What the ledger is told about a listed commit that a rebase may have rewritten, and the edit that follows it. */
import type { Facts } from '../model/facts.js';
import type { Ledger } from '../model/document.js';
import type { Fix } from '../model/findings.js';
import type { CommitRef } from './commit-refs.js';
import { rewrittenAs } from './history.js';

/**
 * For a listed commit that is missing or off the branch: `; rebased: now `9f8e7d6` …`
 * with the fix that writes the new SHA in place of the old (as many digits as were
 * written, at least 7), when exactly one commit on HEAD has its subject and the ledger
 * does not list that one already; when several have it, says so, without a fix.
 * An empty hint when no commit on HEAD has its subject (or nothing is known).
 */
export function rebasedHint(
  ledger: Ledger,
  ref: CommitRef,
  refs: readonly CommitRef[],
  facts: Facts,
): { hint: string; fix?: Fix } {
  const candidates = rewrittenAs(ref, facts) ?? [];
  const digits = Math.max(7, ref.raw.length);
  const short = (sha: string) => sha.slice(0, digits);
  if (candidates.length === 0) return { hint: '' };
  if (candidates.length > 1) {
    const shown = candidates.slice(0, 3).map((c) => `\`${short(c.sha)}\``);
    const more = candidates.length > 3 ? ` and ${candidates.length - 3} more` : '';
    return {
      hint: `; it may have been rebased, but ${candidates.length} commits on this branch have its subject (${shown.join(', ')}${more})`,
    };
  }
  const now = candidates[0]!;
  const hint = `; rebased: now \`${short(now.sha)}\` (same subject, on this branch)`;
  const listed = refs.find((r) => r !== ref && r.sha !== null && now.sha.startsWith(r.sha));
  if (listed) return { hint: `${hint}, which is listed at line ${listed.line}` };
  // Two listed commits with one subject: the first takes the new SHA, the other would list it twice.
  const before = refs
    .slice(0, refs.indexOf(ref))
    .find((r) => rewrittenAs(r, facts)?.length === 1 && rewrittenAs(r, facts)![0]!.sha === now.sha);
  if (before) return { hint: `${hint}, as is the commit at line ${before.line}` };
  const start = ledger.lines.starts[ref.line - 1]! + ref.column - 1;
  return { hint, fix: { start, end: start + ref.raw.length, text: short(now.sha) } };
}
