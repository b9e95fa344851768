/**
 * The --cache file, like ESLint's: a ledger's results are reused while its
 * content, the resolved config, the tool version and the facts it was checked
 * against are the same. Commit facts are kept per repository HEAD, so an
 * unchanged tree is checked again without parsing, asking git only whether the
 * commits it lists are still there. The file is read as untrusted input: one
 * that is not what ledgerlint writes is started over.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { firstLine, rest, type FileAt } from './cache-file.js';
import { CacheDataSchema, CacheHeaderSchema } from './cache-schema.js';
import type { CommitFact } from '../core/model/facts.js';
import type { LintMessage } from '../core/engine/lint.js';
import type { SuppressedMessage } from '../core/engine/directives.js';
import type { LedgerOverview } from '../core/engine/overview.js';
import type { FactNeeds } from './needs.js';
import type { KnownEvidence } from './evidence-facts.js';
import type { RunRecord } from './run-record.js';

declare const LEDGERLINT_VERSION: string;
/** The tool version, and the layout of this file, which can change between releases too. */
const FORMAT = `${LEDGERLINT_VERSION}/7`;

export interface CachedFile {
  /** sha1 of the file's text. */
  hash: string;
  /** The file's stamp when it was read (see stampOf), if it was settled then. */
  stamp?: string;
  profile: string;
  needs: FactNeeds;
  /** sha1 of the facts the results were computed from. */
  facts: string;
  messages: LintMessage[];
  suppressed?: SuppressedMessage[];
  overview?: LedgerOverview;
}

/** The first line of the file, read on every run. */
interface CacheHeader {
  version: string;
  /** sha1 of the config as read and where it came from. */
  config: string;
  /** The last run that can be replayed, if any (see run-record.ts). */
  record: RunRecord | null;
}

/** The second line, read only when a ledger has to be looked up. */
interface CacheData {
  /** HEAD when the commit facts were gathered. */
  head: string | null;
  commits: Record<string, CommitFact>;
  /** What files' history said at that HEAD (see KnownEvidence), Maps as records. */
  evidence: {
    touching: Record<string, Array<{ sha: string; tasks: string[]; prds: string[] }>>;
    offHead: string[];
    changes: Record<string, { sha: string; day: string; before?: string | null } | null>;
  };
  files: Record<string, CachedFile>;
}

const NO_EVIDENCE = (): CacheData['evidence'] => ({ touching: {}, offHead: [], changes: {} });

export function sha1(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

export class ResultCache {
  /** Where the second line is, until it is read and parsed on first use: a run replayed from the record never needs it. */
  private later: FileAt | null;
  private parsed: CacheData | null;
  private changed: boolean;

  private constructor(
    private readonly location: string,
    private readonly header: CacheHeader,
    data: FileAt | CacheData,
    private readonly warnings: string[],
  ) {
    this.later = 'offset' in data ? data : null;
    this.parsed = 'offset' in data ? null : data;
    this.changed = this.parsed !== null;
  }

  /**
   * Opens the cache file. A missing, unreadable or outdated one starts over (it is only
   * a cache); so does one of this version that is not what ledgerlint writes, with a warning.
   */
  static async open(location: string, configKey: string, warnings: string[]): Promise<ResultCache> {
    const fresh = (): ResultCache =>
      new ResultCache(location, { version: FORMAT, config: configKey, record: null }, freshData(), warnings);
    let first: { line: Buffer; rest: FileAt };
    let raw: unknown;
    try {
      first = firstLine(location);
      raw = JSON.parse(first.line.toString('utf8'));
    } catch {
      return fresh();
    }
    const { version, config } = (raw ?? {}) as Partial<CacheHeader>;
    if (version !== FORMAT || config !== configKey) return fresh();
    const parsed = CacheHeaderSchema.safeParse(raw);
    if (!parsed.success) {
      warnings.push(damaged(location, parsed.error.issues[0]!));
      return fresh();
    }
    return new ResultCache(location, parsed.data, first.rest, warnings);
  }

  /** The last run that can be replayed, if any. */
  get record(): RunRecord | null {
    return this.header.record;
  }

  /** Keeps the record of this run, to replay while nothing it depends on changes. */
  keepRecord(record: RunRecord | null): void {
    if (record === null && this.header.record === null) return;
    this.header.record = record;
    this.changed = true;
  }

  private get data(): CacheData {
    if (this.parsed === null) this.parsed = this.readData();
    return this.parsed;
  }

  private readData(): CacheData {
    let raw: unknown;
    try {
      raw = JSON.parse(rest(this.location, this.later!).toString('utf8'));
    } catch {
      raw = undefined;
    }
    this.later = null;
    const parsed = CacheDataSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.warnings.push(damaged(this.location, parsed.error.issues[0]!));
    this.changed = true;
    return freshData();
  }

  file(path: string, hash: string): CachedFile | undefined {
    const entry = this.data.files[path];
    return entry?.hash === hash ? entry : undefined;
  }

  /** The entry for a file whose stamp shows it unchanged since it was read. */
  unchanged(path: string, stamp: string | null): CachedFile | undefined {
    const entry = this.data.files[path];
    return stamp !== null && entry?.stamp === stamp ? entry : undefined;
  }

  remember(path: string, entry: CachedFile): void {
    this.data.files[path] = entry;
    this.changed = true;
  }

  /** Commit facts known for this HEAD. */
  commits(head: string | null): Map<string, CommitFact> {
    if (head === null || this.data.head !== head) return new Map();
    return new Map(Object.entries(this.data.commits));
  }

  rememberCommits(head: string | null, facts: ReadonlyMap<string, CommitFact>): void {
    if (head === null) return;
    this.moveTo(head);
    const known = this.data.commits;
    for (const [sha, fact] of facts) {
      // A commit pruned or fetched since is known anew (a fact taken from here is the same object).
      if (known[sha] !== fact && JSON.stringify(known[sha]) !== JSON.stringify(fact)) {
        known[sha] = fact;
        this.changed = true;
      }
    }
  }

  /** What history said at this HEAD. */
  evidence(head: string | null): KnownEvidence | undefined {
    if (head === null || this.data.head !== head) return undefined;
    const { touching, offHead, changes } = this.data.evidence;
    return { touching: new Map(Object.entries(touching)), offHead, changes: new Map(Object.entries(changes)) };
  }

  rememberEvidence(head: string | null, known: KnownEvidence | null): void {
    if (head === null || known === null) return;
    this.moveTo(head);
    const next: CacheData['evidence'] = {
      touching: Object.fromEntries(known.touching),
      offHead: known.offHead,
      changes: Object.fromEntries(known.changes),
    };
    if (JSON.stringify(next) === JSON.stringify(this.data.evidence)) return;
    this.data.evidence = next;
    this.changed = true;
  }

  private unparsed(): Buffer | string {
    try {
      return rest(this.location, this.later!);
    } catch {
      return JSON.stringify(freshData());
    }
  }

  /** Facts of another HEAD are of no use at this one. */
  private moveTo(head: string): void {
    if (this.data.head === head) return;
    this.data.head = head;
    this.data.commits = {};
    this.data.evidence = NO_EVIDENCE();
    this.changed = true;
  }

  /**
   * Writes the file when something changed, through a rename of a temporary file
   * created exclusively under a name nobody can guess: a file or symlink planted
   * beside the cache is never written through. A second line never read is written back as it was.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    // Written back as it is (read, unparsed) unless something in it changed.
    const data = this.parsed ? JSON.stringify(this.parsed) : this.unparsed();
    const temporary = join(dirname(this.location), `.${basename(this.location)}.${randomBytes(8).toString('hex')}.tmp`);
    const handle = await open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o666,
    );
    try {
      await handle.writeFile(`${JSON.stringify(this.header)}\n`);
      await handle.writeFile(data);
      await handle.close();
      await rename(temporary, this.location);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}

function freshData(): CacheData {
  return { head: null, commits: {}, evidence: NO_EVIDENCE(), files: {} };
}

function damaged(location: string, issue: { path: PropertyKey[]; message: string }): string {
  return `the cache ${location} is damaged (${issue.path.join('.') || 'the file'}: ${issue.message}); starting over.`;
}
