/**
 * The prepare step's scan of a ledger, before any parse: what it will ask of git
 * and the file system, so the facts step can ask for every ledger at once.
 */
import type { PathQuery } from '../core/model/facts.js';
import { repositoryPath } from '../core/ledger/key-file-refs.js';
import { hasPlaceholder } from '../core/ledger/placeholders.js';
import type { LedgerRefs } from '../core/ledger/refs.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import type { EvidenceNeeds } from './evidence-facts.js';
import type { HistoryNeeds } from './history-facts.js';

/** What a ledger asks of git and the file system: its linked commits and key files (placeholders left out), and of history. */
export interface FactNeeds extends EvidenceNeeds {
  shas: string[];
  /** Repository paths; with `link`, a link's destination, read from the ledger's directory once that is known. */
  paths: Array<PathQuery & { link?: true }>;
  /** What it brings to the history around HEAD (see history-facts.ts); absent when its profile lists no commits. */
  history?: Omit<HistoryNeeds, 'path'>;
}

/** `evidence`: what it asks of file history; `names`: every PRD number and Branch the ledger may have (scanLedgerNames). */
export function factNeeds(
  refs: LedgerRefs,
  profile: CompiledProfile,
  evidence: EvidenceNeeds,
  names: { prds: string[]; branches: string[] } = { prds: [], branches: [] },
): FactNeeds {
  const listed = refs.commits.filter((r) => r.sha !== null && !hasPlaceholder(r.raw, profile));
  const shas = listed.map((r) => r.sha!);
  const paths = new Map<string, FactNeeds['paths'][number]>();
  for (const ref of refs.keyFiles) {
    if (hasPlaceholder(ref.raw, profile)) continue;
    const lines = ref.lines !== null;
    if (ref.kind === 'link') {
      const key = `link:${ref.path}`;
      paths.set(key, { path: ref.path, lines: (paths.get(key)?.lines ?? false) || lines, link: true });
      continue;
    }
    const where = repositoryPath(ref, null)!;
    if (!where.outside) addQuery(paths, { path: where.path, lines });
  }
  // Whether a file a ticked task names exists, and is a file.
  for (const path of evidence.ticked.paths) addQuery(paths, { path, lines: false });
  if (!profile.spec.commits) return { shas, paths: [...paths.values()], ...evidence };
  return {
    shas,
    paths: [...paths.values()],
    ...evidence,
    history: { listed: listed.map((r) => ({ sha: r.sha!, message: r.message })), ...names },
  };
}

/** One query per path: its line count is needed if any asker needs it. */
export function addQuery(queries: Map<string, PathQuery>, { path, lines }: PathQuery): void {
  queries.set(path, { path, lines: (queries.get(path)?.lines ?? false) || lines });
}
