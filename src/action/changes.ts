/**
 * Which files a pull request (or merge group, or push) changed or deleted, and on
 * which lines: from the clone, after fetching from origin what a shallow checkout
 * lacks; else from the REST API; else a failure that says why both failed and what
 * fixes it. Also how to read the earlier version of a file, for transitions.
 */
import type { getOctokit } from '@actions/github';
import type { GitClient } from '../git/client.js';
import { changedLines, compareCommits, type Comparison } from '../git/compare.js';
import { fetchForComparison } from '../git/fetch.js';
import { readBlobs } from '../git/staged.js';
import { apiFailure } from './api-failure.js';

export interface ChangedFile {
  path: string;
  /** The path before a rename or copy, else the same path. */
  previousPath: string;
  added: boolean;
}

export interface Changes {
  /** Where they came from, for the summary: "git", "git (fetched from origin)", "the GitHub API". */
  source: string;
  files: ChangedFile[];
  /** Paths the change deleted. */
  deleted: string[];
  /** Lines of the new version that the change added or modified, by path. */
  lines: Map<string, Set<number>>;
  /** Texts of the earlier versions by (new, or deleted) path; null for files the change added. */
  previous(paths: readonly string[]): Promise<Map<string, string | null>>;
}

type Octokit = ReturnType<typeof getOctokit>;

export interface ChangeQuery {
  client: GitClient;
  base: string;
  head: string;
  pullNumber: number | null;
  /** The REST API, when there is a token to ask it with; connected only when needed. */
  api: { url: string; connect(): { octokit: Octokit; repo: { owner: string; repo: string } } } | null;
}

/** The changes, or why they are not known (with what fixes it), said as one sentence. */
export async function findChanges({
  client,
  base,
  head,
  pullNumber,
  api,
}: ChangeQuery): Promise<Changes | { failure: string }> {
  const here = await compareCommits(client, base, head);
  if (here) return localChanges(client, here, 'git');
  const fetched = await fetchForComparison(client, base, head);
  const fetchedHere = 'fetched' in fetched ? await compareCommits(client, base, head) : null;
  if (fetchedHere) return localChanges(client, fetchedHere, 'git (fetched from origin)');
  const gitSays =
    'failed' in fetched
      ? `git could not fetch them from origin (${fetched.failed})`
      : 'git fetched from origin but still cannot compare them';
  const lacks = `the clone lacks the base or head commit (${base.slice(0, 7)}...${head.slice(0, 7)}) and ${gitSays}`;
  if (!api)
    return {
      failure: `${lacks}, and the GitHub API was not asked: the input "token" is empty. Use actions/checkout with fetch-depth: 0, or give the Action a token.`,
    };
  try {
    const { octokit, repo } = api.connect();
    return await apiChanges(octokit, repo, base, head, pullNumber);
  } catch (error) {
    const { cause, fix } = apiFailure(error, api.url);
    return { failure: `${lacks}, and the GitHub API ${cause}. ${fix}` };
  }
}

function localChanges(client: GitClient, comparison: Comparison, source: string): Changes {
  const files = comparison.changed.map(({ path, from }): ChangedFile => ({
    path,
    previousPath: from ?? path,
    added: from === null,
  }));
  // By object id from the diff, not `base:path`: a path with a newline could not be asked for.
  const idOf = new Map<string, string | null>([
    ...comparison.changed.map((f) => [f.path, f.fromBlob] as const),
    ...comparison.deleted.map((f) => [f.path, f.blob] as const),
  ]);
  return {
    source,
    files,
    deleted: comparison.deleted.map((f) => f.path),
    lines: comparison.lines,
    previous: async (paths) => {
      const blobs = await readBlobs(
        client,
        paths.flatMap((p) => idOf.get(p) ?? []),
      );
      return new Map(paths.map((p) => [p, blobs.get(idOf.get(p) ?? '')?.toString('utf8') ?? null]));
    },
  };
}

interface ApiFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

/**
 * From the REST API: a pull request's files (paginated: up to 3000), or for other
 * events a comparison of the two commits (one response: up to 300 files).
 */
async function apiChanges(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  base: string,
  head: string,
  pullNumber: number | null,
): Promise<Changes> {
  const listed: ApiFile[] =
    pullNumber !== null
      ? await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 })
      : ((await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}` })).data.files ??
        []);
  const files: ChangedFile[] = [];
  const deleted: string[] = [];
  const lines = new Map<string, Set<number>>();
  for (const file of listed) {
    if (file.status === 'removed') deleted.push(file.filename);
    if (!['added', 'modified', 'renamed', 'copied', 'changed'].includes(file.status)) continue;
    files.push({
      path: file.filename,
      previousPath: file.previous_filename ?? file.filename,
      added: file.status === 'added',
    });
    if (file.patch)
      lines.set(file.filename, changedLines(`+++ b/${file.filename}\n${file.patch}`).get(file.filename) ?? new Set());
  }
  const before = new Map<string, string | null>([
    ...files.map((f) => [f.path, f.added ? null : f.previousPath] as const),
    ...deleted.map((p) => [p, p] as const),
  ]);
  return {
    source: 'the GitHub API',
    files,
    deleted,
    lines,
    previous: async (paths) => {
      const texts = await Promise.all(
        paths.map(async (path): Promise<[string, string | null]> => {
          const previousPath = before.get(path);
          if (!previousPath) return [path, null];
          try {
            // Each segment encoded, slashes kept: an encoded slash is not found with some tokens.
            const route = `GET /repos/{owner}/{repo}/contents/${previousPath.split('/').map(encodeURIComponent).join('/')}`;
            const { data } = (await octokit.request(route, { ...repo, ref: base })) as { data: { content?: unknown } };
            return [
              path,
              typeof data.content === 'string' ? Buffer.from(data.content, 'base64').toString('utf8') : null,
            ];
          } catch {
            return [path, null];
          }
        }),
      );
      return new Map(texts);
    },
  };
}
