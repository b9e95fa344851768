/**
 * History facts for every ledger at once (tick-evidence, last-updated): which commits
 * touched the files ticked tasks name, and the last commit that changed each ledger.
 * At most four git processes, whatever the number of ledgers, tasks and paths (see
 * git/file-history.ts). Not read in a shallow clone: its history stops short, and its oldest
 * commit would look like the one that made every file.
 */
import { placeIn } from './repo-place.js';
import type { CommitFact, Facts, FileHistory, TouchingCommit } from '../core/model/facts.js';
import type { Outline } from '../core/profiles/detect.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { mayStateUpdated } from '../core/ledger/date-checks.js';
import { sameWork, scanTickedFiles, taskMentions } from '../core/ledger/task-files.js';
import { splitLines } from '../core/text/lines.js';
import { commitsTouching, gitPath, lastChanges, stagedTouches, textsOf, type LastChange } from '../git/file-history.js';
import type { Repo } from '../git/repo.js';

/** What a ledger asks of history, from a quick scan before parsing. */
export interface EvidenceNeeds {
  /** Files named on ticked task lines, and the ids of those tasks. */
  ticked: { paths: string[]; ids: string[] };
  /** It may state when it was last updated. */
  updated: boolean;
}

export function evidenceNeeds(text: string, outline: Outline, profile: CompiledProfile): EvidenceNeeds {
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).text;
  return { ticked: scanTickedFiles(lines, outline.nonProse, profile), updated: mayStateUpdated(text, profile) };
}

export interface EvidenceAsker {
  /** Its file, absolute. */
  file: string;
  needs: EvidenceNeeds & { shas: string[] };
}

export type EvidenceFacts = Pick<Facts, 'evidence' | 'lastChange'>;

/**
 * What history said at one HEAD, by path from the top (the cache keeps it: it cannot change while
 * HEAD does not). `touching` holds for the listed commits off HEAD that were looked from too.
 */
export interface KnownEvidence {
  touching: Map<string, TouchingCommit[]>;
  offHead: string[];
  /** null: no commit changed the file. `before` is an object id here. */
  changes: Map<string, LastChange | null>;
}

export interface GatheredEvidence {
  factsFor(asker: EvidenceAsker): EvidenceFacts;
  /** All it knows now, for the cache. */
  known: KnownEvidence;
}

/**
 * `commits`: the run's commit facts by SHA as written, to tell listed commits and where to look
 * beyond HEAD. `known`: what an earlier run learned at this HEAD; git is asked only for the rest.
 */
export async function gatherEvidence(
  repo: Repo,
  askers: readonly EvidenceAsker[],
  commits: ReadonlyMap<string, CommitFact>,
  staged: boolean,
  known?: KnownEvidence,
): Promise<GatheredEvidence> {
  const tickedPaths = new Set(askers.flatMap((a) => a.needs.ticked.paths.flatMap((p) => gitPath(p) ?? [])));
  const ledgerPaths = new Map(
    askers
      .filter((a) => a.needs.updated)
      .flatMap((a) => {
        const path = placeIn(repo.root, a.file);
        return path ? [[a.file, path] as const] : [];
      }),
  );
  const offHead = [
    ...new Set([...commits.values()].flatMap((f) => (f.status === 'found' && !f.reachable ? [f.sha] : []))),
  ].sort();
  const sameOffHead = known !== undefined && known.offHead.join() === offHead.join();
  const touching = new Map(sameOffHead ? known.touching : []);
  const changes = new Map(known?.changes ?? []);
  const [asked, found, inCommit] = await Promise.all([
    commitsTouching(
      repo,
      [...tickedPaths].filter((p) => !touching.has(p)),
      offHead,
    ),
    // With --staged the last change is the commit being made: nothing to ask.
    staged
      ? new Map<string, LastChange>()
      : lastChanges(
          repo,
          [...new Set(ledgerPaths.values())].filter((p) => !changes.has(p)),
        ),
    staged && tickedPaths.size > 0 ? stagedTouches(repo) : new Set<string>(),
  ]);
  for (const [path, all] of asked)
    touching.set(
      path,
      all.map(({ sha, message }) => ({ sha, ...taskMentions(message) })),
    );
  if (!staged)
    for (const path of ledgerPaths.values()) if (!changes.has(path)) changes.set(path, found.get(path) ?? null);
  // The ledgers before their last change, read once more each run rather than kept in the cache.
  const wanted = new Set([...ledgerPaths.values()].flatMap((p) => changes.get(p)?.before ?? []));
  const before = await textsOf(repo, wanted);
  const today = pendingCommitDay(process.env.GIT_AUTHOR_DATE, new Date());

  const factsFor = (asker: EvidenceAsker): EvidenceFacts => {
    const facts: EvidenceFacts = {};
    const { ticked, updated, shas } = asker.needs;
    if (ticked.paths.length > 0) {
      const listed = new Set(
        shas.map((sha) => commits.get(sha)).flatMap((fact) => (fact?.status === 'found' ? [fact.sha] : [])),
      );
      const byPath = new Map<string, FileHistory>();
      for (const path of ticked.paths) {
        const name = gitPath(path);
        if (name === null) continue;
        const all = touching.get(name) ?? [];
        // Only the commits that can count for this ledger travel with its facts.
        const relevant = all.filter(
          (c) => listed.has(c.sha) || c.tasks.some((t) => ticked.ids.some((id) => sameWork(t, id))),
        );
        byPath.set(path, { commits: relevant, last: all[0]?.sha ?? null, staged: inCommit.has(name) });
      }
      facts.evidence = { byPath };
    }
    if (updated && staged) facts.lastChange = { sha: null, day: today };
    const change = ledgerPaths.has(asker.file) ? changes.get(ledgerPaths.get(asker.file)!) : undefined;
    if (updated && change) {
      const { before: id, ...rest } = change;
      const text = typeof id === 'string' ? before.get(id) : id;
      facts.lastChange = text === undefined ? rest : { ...rest, before: text };
    }
    return facts;
  };
  return { factsFor, known: { touching, offHead, changes } };
}

/**
 * The day the commit being made will carry (--staged). `git commit` tells its hooks the
 * author date it will write, as GIT_AUTHOR_DATE=`@<seconds> <zone>` (`--date` included);
 * a date set by hand in ISO form is taken as written. Otherwise: today, here.
 */
export function pendingCommitDay(authorDate: string | undefined, now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const internal = /^@(\d{1,12}) ([+-])(\d{2})(\d{2})$/.exec(authorDate ?? '');
  if (internal) {
    const offset = (internal[2] === '-' ? -1 : 1) * (Number(internal[3]) * 60 + Number(internal[4]));
    const there = new Date((Number(internal[1]) + offset * 60) * 1000);
    return `${there.getUTCFullYear()}-${two(there.getUTCMonth() + 1)}-${two(there.getUTCDate())}`;
  }
  const iso = /^\d{4}-\d{2}-\d{2}(?=$|[T ])/.exec(authorDate ?? '');
  if (iso) return iso[0];
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
