/**
 * The shapes of the --cache file, which is read as untrusted input: anything that is not
 * what ledgerlint writes is started over. Two lines of JSON: the first is read on every
 * run (the version, the config it was made with, the record of the last run), the second
 * only when a ledger has to be looked up in it (see cache.ts).
 */
import * as z from 'zod/mini';

const count = () => z.number().check(z.int(), z.nonnegative());
const tally = z.object({ done: count(), total: count() });
export const MessageSchema = z.object({
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
const SuppressedSchema = z.extend(MessageSchema, {
  suppressions: z.array(z.object({ kind: z.literal('directive'), justification: z.string() })),
});
const OverviewSchema = z.object({
  status: z.nullable(z.string()),
  phases: z.array(z.extend(tally, { id: z.string(), title: z.string() })),
  overall: z.nullable(tally),
});
export const CachedFileSchema = z.object({
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
  suppressed: z.optional(z.array(SuppressedSchema)),
  overview: z.optional(OverviewSchema),
});
export const CommitFactSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), sha: z.string(), subject: z.string(), reachable: z.boolean() }),
  z.object({ status: z.literal('missing') }),
  z.object({ status: z.literal('ambiguous'), candidates: z.array(z.string()) }),
  z.object({ status: z.literal('unverifiable') }),
]);
/** The second line of the file: what every ledger was found to be, and what git said at one HEAD. */
export const CacheDataSchema = z.object({
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

/** A ledger's findings as the last run reported them. */
const RecordedResultSchema = z.object({
  source: count(),
  profile: z.nullable(z.string()),
  messages: z.array(MessageSchema),
  suppressed: z.optional(z.array(SuppressedSchema)),
  overview: z.optional(OverviewSchema),
});

/** See run-record.ts. */
export const RunRecordSchema = z.object({
  key: z.string(),
  files: z.string(),
  paths: z.object({
    base: z.string(),
    queries: z.array(z.object({ path: z.string(), lines: z.boolean() })),
    facts: z.string(),
  }),
  commits: z.record(z.string(), CommitFactSchema),
  history: z.nullable(z.string()),
  run: z.object({ results: z.array(RecordedResultSchema), warnings: z.array(z.string()) }),
});

/** The first line of the file. */
export const CacheHeaderSchema = z.object({
  version: z.string(),
  config: z.string(),
  record: z.nullable(RunRecordSchema),
});
