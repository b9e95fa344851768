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
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as z from 'zod/mini';
import type { CommitFact } from '../core/model/facts.js';
import type { LintMessage } from '../core/engine/lint.js';
import type { SuppressedMessage } from '../core/engine/directives.js';
import type { LedgerOverview } from '../core/engine/overview.js';
import type { FactNeeds } from './needs.js';
import type { KnownEvidence } from './evidence-facts.js';

declare const LEDGERLINT_VERSION: string;
/** The tool version, and the layout of this file, which can change between releases too. */
const FORMAT = `${LEDGERLINT_VERSION}/6`;

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

interface CacheData {
  version: string;
  /** sha1 of the config as read and where it came from. */
  config: string;
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

const count = () => z.number().check(z.int(), z.nonnegative());
const tally = z.object({ done: count(), total: count() });
const MessageSchema = z.object({
  ruleId: z.nullable(z.string()),
  severity: z.union([z.literal(1), z.literal(2)]),
  message: z.string(),
  line: count(),
  column: count(),
  endLine: z.optional(count()),
  endColumn: z.optional(count()),
  fix: z.optional(z.object({ start: count(), end: count(), text: z.string() })),
  fatal: z.optional(z.literal(true)),
});
const CachedFileSchema = z.object({
  hash: z.string(),
  stamp: z.optional(z.string()),
  profile: z.string(),
  needs: z.object({
    shas: z.array(z.string()),
    paths: z.array(z.object({ path: z.string(), lines: z.boolean(), link: z.optional(z.literal(true)) })),
    history: z.optional(
      z.object({
        listed: z.array(z.object({ sha: z.string(), message: z.string() })),
        prds: z.array(z.string()),
        branches: z.array(z.string()),
      }),
    ),
    ticked: z.object({ paths: z.array(z.string()), ids: z.array(z.string()) }),
    updated: z.boolean(),
  }),
  facts: z.string(),
  messages: z.array(MessageSchema),
  suppressed: z.optional(
    z.array(
      z.extend(MessageSchema, {
        suppressions: z.array(z.object({ kind: z.literal('directive'), justification: z.string() })),
      }),
    ),
  ),
  overview: z.optional(
    z.object({
      status: z.nullable(z.string()),
      phases: z.array(z.extend(tally, { id: z.string(), title: z.string() })),
      overall: z.nullable(tally),
    }),
  ),
});
const CommitFactSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), sha: z.string(), subject: z.string(), reachable: z.boolean() }),
  z.object({ status: z.literal('missing') }),
  z.object({ status: z.literal('ambiguous'), candidates: z.array(z.string()) }),
  z.object({ status: z.literal('unverifiable') }),
]);
const CacheSchema = z.object({
  version: z.string(),
  config: z.string(),
  head: z.nullable(z.string()),
  commits: z.record(z.string(), CommitFactSchema),
  evidence: z.object({
    touching: z.record(
      z.string(),
      z.array(z.object({ sha: z.string(), tasks: z.array(z.string()), prds: z.array(z.string()) })),
    ),
    offHead: z.array(z.string()),
    changes: z.record(
      z.string(),
      z.nullable(z.object({ sha: z.string(), day: z.string(), before: z.optional(z.nullable(z.string())) })),
    ),
  }),
  files: z.record(z.string(), CachedFileSchema),
});

const NO_EVIDENCE = (): CacheData['evidence'] => ({ touching: {}, offHead: [], changes: {} });

export function sha1(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

export class ResultCache {
  private constructor(
    private readonly location: string,
    private data: CacheData,
    private changed: boolean,
  ) {}

  /**
   * Opens the cache file. A missing, unreadable or outdated one starts over (it is only
   * a cache); so does one of this version that is not what ledgerlint writes, with a warning.
   */
  static async open(location: string, configKey: string, warnings: string[]): Promise<ResultCache> {
    const fresh: CacheData = {
      version: FORMAT,
      config: configKey,
      head: null,
      commits: {},
      evidence: NO_EVIDENCE(),
      files: {},
    };
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(location, 'utf8'));
    } catch {
      return new ResultCache(location, fresh, true);
    }
    const { version, config } = (raw ?? {}) as Partial<CacheData>;
    if (version !== FORMAT || config !== configKey) return new ResultCache(location, fresh, true);
    const parsed = CacheSchema.safeParse(raw);
    if (parsed.success) return new ResultCache(location, parsed.data, false);
    const issue = parsed.error.issues[0]!;
    warnings.push(
      `the cache ${location} is damaged (${issue.path.join('.') || 'the file'}: ${issue.message}); starting over.`,
    );
    return new ResultCache(location, fresh, true);
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
    for (const [sha, fact] of facts) {
      // A commit pruned or fetched since is known anew.
      if (JSON.stringify(this.data.commits[sha]) !== JSON.stringify(fact)) {
        this.data.commits[sha] = fact;
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
   * beside the cache is never written through.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const temporary = join(dirname(this.location), `.${basename(this.location)}.${randomBytes(8).toString('hex')}.tmp`);
    const handle = await open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o666,
    );
    try {
      await handle.writeFile(JSON.stringify(this.data));
      await handle.close();
      await rename(temporary, this.location);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}
