/**
 * Which files a pull request (or merge group, or push) changed, and on which lines:
 * from the local clone when both commits are in it (fetch-depth: 0), else from the
 * REST API. Also how to read the earlier version of a file, for transitions.
 */
import type { getOctokit } from '@actions/github';
import type { GitClient } from '../git/client.js';
import { CHANGED_FILES, parseChanges, readBlobs } from '../git/staged.js';

export interface ChangedFile {
  path: string;
  /** The path before a rename or copy, else the same path. */
  previousPath: string;
  added: boolean;
  /** From the clone: the object id of the version the change started from (at the merge base, as the diff), when a regular file. */
  previousBlob?: string | null;
}

export interface Changes {
  source: 'git' | 'the GitHub API';
  files: ChangedFile[];
  /** Lines of the new version that the change added or modified, by path. */
  lines: Map<string, Set<number>>;
  /** Texts of the earlier versions by (new) path; null for files the change added. */
  previous(paths: readonly string[]): Promise<Map<string, string | null>>;
}

type Octokit = ReturnType<typeof getOctokit>;

/** From the clone; null when either commit is missing (a shallow checkout). */
export async function localChanges(client: GitClient, base: string, head: string): Promise<Changes | null> {
  const present = (await client.text(['cat-file', '--batch-check=%(objecttype)'], `${base}\n${head}\n`)).split('\n');
  if (present[0] !== 'commit' || present[1] !== 'commit') return null;
  // Three-dot: what the head branch changed since it left the base, as GitHub shows it.
  const range = `${base}...${head}`;
  const [names, patch] = await Promise.all([
    client.text([...CHANGED_FILES, '--end-of-options', range, '--']),
    client.text(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', range, '--']),
  ]);
  const files = parseChanges(names).map(({ path, from, fromBlob }): ChangedFile => ({ path, previousPath: from ?? path, added: from === null, previousBlob: fromBlob }));
  return {
    source: 'git',
    files,
    lines: changedLines(patch),
    previous: async (paths) => {
      const byPath = new Map(files.map((f) => [f.path, f]));
      // By object id from the diff, not `base:path`: a path with a newline could not be asked for.
      const idOf = (p: string) => byPath.get(p)?.previousBlob ?? null;
      const blobs = await readBlobs(client, paths.map(idOf).filter((id): id is string => id !== null));
      return new Map(
        paths.map((p) => {
          const blob = idOf(p) ? blobs.get(idOf(p)!) : null;
          return [p, blob ? blob.toString('utf8') : null];
        }),
      );
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
export async function apiChanges(octokit: Octokit, repo: { owner: string; repo: string }, base: string, head: string, pullNumber: number | null): Promise<Changes> {
  const listed: ApiFile[] =
    pullNumber !== null
      ? await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 })
      : ((await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}` })).data.files ?? []);
  const files: ChangedFile[] = [];
  const lines = new Map<string, Set<number>>();
  for (const file of listed) {
    if (!['added', 'modified', 'renamed', 'copied', 'changed'].includes(file.status)) continue;
    files.push({ path: file.filename, previousPath: file.previous_filename ?? file.filename, added: file.status === 'added' });
    if (file.patch) lines.set(file.filename, changedLines(`+++ b/${file.filename}\n${file.patch}`).get(file.filename) ?? new Set());
  }
  return {
    source: 'the GitHub API',
    files,
    lines,
    previous: async (paths) => {
      const byPath = new Map(files.map((f) => [f.path, f]));
      const texts = await Promise.all(
        paths.map(async (path): Promise<[string, string | null]> => {
          const file = byPath.get(path);
          if (!file || file.added) return [path, null];
          try {
            // Each segment encoded, slashes kept: an encoded slash is not found with some tokens.
            const route = `GET /repos/{owner}/{repo}/contents/${file.previousPath.split('/').map(encodeURIComponent).join('/')}`;
            const { data } = (await octokit.request(route, { ...repo, ref: base })) as { data: { content?: unknown } };
            return [path, typeof data.content === 'string' ? Buffer.from(data.content, 'base64').toString('utf8') : null];
          } catch {
            return [path, null];
          }
        }),
      );
      return new Map(texts);
    },
  };
}

/** Added and modified line numbers of the new side, from a unified diff with -U0. */
export function changedLines(patch: string): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  let next = 0;
  for (const line of patch.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4).replace(/^b\//, '');
      current = path === '/dev/null' ? null : (lines.get(path) ?? new Set());
      if (current) lines.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (!current || line.startsWith('---')) continue;
    if (line.startsWith('+')) current.add(next++);
    else if (line.startsWith(' ')) next++;
  }
  return lines;
}
