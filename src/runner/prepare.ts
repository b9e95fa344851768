/**
 * The prepare step: each listed file read (many at once) and recognised by a quick
 * scan before any parse, as a ledger with its profile and what it needs of git, a
 * fatal finding, or a file skipped and why.
 */
import type { PreparedConfig } from '../core/config/resolve.js';
import type { CompiledProfile } from '../core/profiles/compile.js';
import { scanLedgerNames } from '../core/ledger/history.js';
import { scanRefs } from '../core/ledger/refs.js';
import { summarise, type FileResult } from '../core/model/results.js';
import { describeFsError } from '../files/discover.js';
import type { TextRead } from '../files/read-text.js';
import { evidenceNeeds } from './evidence-facts.js';
import { sha1, type ResultCache } from './cache.js';
import { noNotices, type Notices, type Source } from './list.js';
import { factNeeds, type FactNeeds } from './needs.js';

/** A ledger ready to be linted once the facts are in. */
export interface Candidate {
  source: Source;
  /** Its text as UTF-8 (a run over thousands of ledgers holds these, not strings), or null once let go. */
  bytes: Uint8Array | null;
  /** sha1 of the bytes, when known: the cache key, and what a worker that reads the file again checks. */
  sha1?: string;
  profile: CompiledProfile;
  /** What it asks of git and the file system, read from a quick scan before any parsing. */
  needs: FactNeeds;
}
/** A file that is not checked, and why (said with --verbose; an empty file named on the command line is said anyway). */
export type Skipped = { skipped: 'empty'; reason: string } | { skipped: 'not-a-ledger'; reason: string };

export type Recognised = { problem: string } | { result: FileResult } | { candidate: Candidate } | Skipped;

const notALedger = (reason: string): Skipped => ({
  skipped: 'not-a-ledger',
  reason: `not a ledger (${reason}); skipped.`,
});

/** What a read file is: a fatal finding, a skip, or a ledger with its profile and references. */
function prepare(
  source: Source,
  read: TextRead,
  prepared: PreparedConfig,
  notes: string[],
  known?: { profile: string; needs: FactNeeds },
): Recognised {
  const detect = (text: string) => {
    const picked = prepared.pickProfile(source.configPath, text);
    if (picked.profile)
      notes.push(
        `${source.display}: ${picked.profile.name} ledger (${picked.profile.tier}), because ${picked.reason}.`,
      );
    return picked;
  };
  const fatal = (profile: string | null, message: string, line = 1, column = 1): Recognised => ({
    result: summarise({
      filePath: source.file,
      displayPath: source.display,
      profile,
      messages: [{ ruleId: null, severity: 2, message, line, column, fatal: true }],
    }),
  });

  if (read.kind === 'unusable') return fatal(null, read.message, read.line, read.column);
  if (read.kind === 'too-large') {
    const { profile, reason } = detect(read.prefix);
    if (!profile) return notALedger(reason);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const size = read.stopped ? 'The text is larger than' : `The file is ${mb(read.size)}, over`;
    return fatal(
      profile.name,
      `${size} the ${mb(prepared.maxFileSize)} limit for a ledger (maxFileSize); it was not checked.`,
    );
  }
  if (read.text.trim() === '') return { skipped: 'empty', reason: 'the file is empty; nothing to check.' };
  // A cached ledger with the same text needs no scan: its profile and needs are known.
  const cachedProfile = known && prepared.profileNamed(known.profile);
  if (known && cachedProfile)
    return { candidate: { source, bytes: read.bytes, profile: cachedProfile, needs: known.needs } };
  const { outline, profile, reason } = detect(read.text);
  if (!profile) return notALedger(reason);
  // A copy: shas and paths are substrings, and V8 keeps a whole text alive behind any substring of it.
  return {
    candidate: {
      source,
      bytes: read.bytes,
      profile,
      needs: structuredClone(
        factNeeds(
          scanRefs(read.text, outline, profile),
          profile,
          evidenceNeeds(read.text, outline, profile),
          scanLedgerNames(read.text, outline),
        ),
      ),
    },
  };
}

/**
 * Reads the sources, many at once (a 10,000-ledger tree is mostly waiting on the
 * disk), and hands each read to `use` as it arrives, so only what `use` keeps of
 * a file stays in memory. Results come back in the order of the sources.
 */
async function readAll<T>(
  sources: readonly Source[],
  use: (source: Source, read: TextRead | { error: string }) => T,
  /** What is known of a source without reading it, if anything. */
  known: (source: Source) => T | undefined = () => undefined,
  concurrency = 64,
): Promise<T[]> {
  const out = new Array<T>(sources.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, sources.length) }, async () => {
      while (next < sources.length) {
        const index = next++;
        const source = sources[index]!;
        const already = known(source);
        if (already !== undefined) {
          out[index] = already;
          continue;
        }
        let read: TextRead | { error: string };
        try {
          read = await source.read();
        } catch (error) {
          read = { error: `${source.display}: ${describeFsError(error)}` };
        }
        out[index] = use(source, read);
      }
    }),
  );
  return out;
}

export interface PreparedFiles extends Notices {
  /** The ledgers to lint once the facts are in. */
  candidates: Candidate[];
  /** Files with a result before any linting: a fatal finding (unreadable as text, too large). */
  results: FileResult[];
  /** On disk: each candidate's stamp when it was read, for the cache. */
  stamps: Map<Candidate, string>;
  /** Every source and its stamp when it was read, in order; null when one has none (not on disk, unsettled, unreadable). */
  settled: Array<[file: string, stamp: string]> | null;
}

export interface PrepareOptions {
  prepared: PreparedConfig;
  cache: ResultCache | null;
  /** Worker processes will lint these and read each file again: keep its hash, not its text. */
  rereadInWorkers: boolean;
}

type Outcome = { outcome: Recognised; stamp: string | null; notes: string[] };

/** The prepare step: every source read (or known from the cache) and recognised. */
export async function prepareSources(sources: readonly Source[], options: PrepareOptions): Promise<PreparedFiles> {
  const { prepared, cache } = options;
  const outcomes = await readAll(
    sources,
    (source, read): Outcome => {
      if ('error' in read) return { outcome: { problem: read.error }, stamp: null, notes: [] };
      const hash = cache && read.kind === 'text' ? sha1(read.bytes) : null;
      const notes: string[] = [];
      const outcome = prepare(source, read, prepared, notes, hash ? cache!.file(source.file, hash) : undefined);
      const stamp = read.kind === 'text' ? (read.stamp ?? null) : null;
      if (!('candidate' in outcome)) return { outcome, stamp, notes };
      return { outcome: { candidate: kept(outcome.candidate, hash, options.rereadInWorkers) }, stamp, notes };
    },
    // A file the cache saw, unchanged since by its stamp, is not read at all; it is read when it has to be linted again.
    (source): Outcome | undefined => {
      const stamp = cache && source.stamp ? source.stamp() : null;
      const entry = stamp ? cache!.unchanged(source.file, stamp) : undefined;
      const profile = entry && prepared.profileNamed(entry.profile);
      if (!entry || !profile) return undefined;
      return {
        outcome: { candidate: { source, bytes: null, sha1: entry.hash, profile, needs: entry.needs } },
        stamp,
        notes: [],
      };
    },
  );
  return collect(sources, outcomes);
}

/** With a cache, a candidate's sha1 is its content hash; a worker that reads it again needs the hash, not the text. */
function kept(candidate: Candidate, hash: string | null, rereadInWorkers: boolean): Candidate {
  const hashed = hash ? { ...candidate, sha1: hash } : candidate;
  return rereadInWorkers ? { ...hashed, sha1: hashed.sha1 ?? sha1(candidate.bytes!), bytes: null } : hashed;
}

function collect(sources: readonly Source[], outcomes: readonly Outcome[]): PreparedFiles {
  const files: PreparedFiles = { ...noNotices(), candidates: [], results: [], stamps: new Map(), settled: [] };
  outcomes.forEach(({ outcome, stamp, notes }, index) => {
    const source = sources[index]!;
    if (!stamp) files.settled = null;
    else files.settled?.push([source.file, stamp]);
    files.notes.push(...notes);
    if ('problem' in outcome) files.problems.push(outcome.problem);
    else if ('result' in outcome) files.results.push(outcome.result);
    else if ('candidate' in outcome) {
      files.candidates.push(outcome.candidate);
      if (stamp) files.stamps.set(outcome.candidate, stamp);
    } else
      (outcome.skipped === 'empty' && source.named ? files.warnings : files.notes).push(
        `${source.display}: ${outcome.reason}`,
      );
  });
  return files;
}
