/**
 * The --cache file, like ESLint's: a ledger's results are reused while its
 * content, the resolved config, the tool version and the facts it was checked
 * against are the same. Commit facts are kept per repository HEAD, so an
 * unchanged tree is checked again without parsing and without asking git.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import type { CommitFact } from '../core/model/facts.js';
import type { LintMessage } from '../core/engine/lint.js';
import type { LedgerOverview } from '../core/engine/overview.js';
import type { FactNeeds } from './facts.js';

declare const LEDGERLINT_VERSION: string;
/** The tool version, and the layout of this file, which can change between releases too. */
const FORMAT = `${LEDGERLINT_VERSION}/2`;

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
  overview?: LedgerOverview;
}

interface CacheData {
  version: string;
  /** sha1 of the config as read and where it came from. */
  config: string;
  /** HEAD when the commit facts were gathered. */
  head: string | null;
  commits: Record<string, CommitFact>;
  files: Record<string, CachedFile>;
}

export function sha1(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

export class ResultCache {
  private constructor(
    private readonly location: string,
    private data: CacheData,
    private changed: boolean,
  ) {}

  /** Opens the cache file; an unreadable, corrupt or outdated one starts over (it is only a cache). */
  static async open(location: string, configKey: string): Promise<ResultCache> {
    const fresh: CacheData = { version: FORMAT, config: configKey, head: null, commits: {}, files: {} };
    try {
      const data = JSON.parse(await readFile(location, 'utf8')) as CacheData;
      if (data.version === FORMAT && data.config === configKey && typeof data.files === 'object' && data.files) {
        return new ResultCache(location, data, false);
      }
    } catch {
      // no cache yet, or not one we can read
    }
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
    if (this.data.head !== head) {
      this.data.head = head;
      this.data.commits = {};
    }
    for (const [sha, fact] of facts) {
      if (this.data.commits[sha] === undefined) {
        this.data.commits[sha] = fact;
        this.changed = true;
      }
    }
  }

  /** Writes the file when something changed, through a temporary file and a rename. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const temporary = `${this.location}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify(this.data));
      await rename(temporary, this.location);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}
