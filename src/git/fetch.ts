/**
 * Fetching from `origin` what a checkout lacks, with the credentials the checkout
 * left there: actions/checkout's default clone holds one commit, so the commits a
 * pull request is compared with, and those its ledgers link to, are not in it.
 * Deepened in one step, the whole history as the last resort; a fixed number of
 * processes whatever the number of ledgers and commits. Only full object ids of
 * git's own shape are asked for, on stdin.
 *
 * No `--filter=blob:none`: that would make the clone a partial one, where every
 * object looked up and not there (a linked SHA that does not exist, an earlier
 * version of a file) is one more fetch from origin, for every later step of the job
 * too. Without it the cost is at most what `fetch-depth: 0` fetches.
 */
import { isObjectId } from '../core/text/sha.js';
import { GitFailed, type GitClient } from './client.js';

/** Commits the first step adds behind each end of a shallow clone: more than most pull requests hold. */
export const DEEPEN_STEP = 100;

// --unshallow refuses a complete clone; an unlimited depth completes a shallow one and leaves the other as it is.
const WHOLE = '--depth=2147483647';
const FETCH = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no'];
/** Origin's branches, where they would be in a full clone: commits a ledger links to may be on any of them. */
const BRANCHES = '+refs/heads/*:refs/remotes/origin/*';

/** Done (`fetched`: whether anything had to be fetched), or git's words for why not. */
export type FetchOutcome = { fetched: boolean } | { failed: string };

/**
 * Makes `base...head` comparable in this clone: both commits and a merge base of them.
 * Tried in order: what the clone has; the clone deepened by DEEPEN_STEP (or, when it is
 * complete, the two commits fetched); the whole history of both.
 */
export async function fetchForComparison(client: GitClient, base: string, head: string): Promise<FetchOutcome> {
  if (!isObjectId(base) || !isObjectId(head)) return { failed: 'not a full commit id' };
  if (await haveMergeBase(client, base, head)) return { fetched: false };
  const { shallow, tip } = await cloneState(client);
  // The commit checked out (a pull request's merge commit) is deepened with the two: its parents are their history.
  const wants = [...new Set([...(tip ? [tip] : []), base, head])];
  const steps = shallow ? [`--deepen=${DEEPEN_STEP}`, WHOLE] : [null];
  for (const depth of steps) {
    const error = await fetch(client, depth, wants);
    if (error !== null) return { failed: error };
    if (await haveMergeBase(client, base, head)) return { fetched: true };
  }
  return { failed: 'origin has no common history of the two commits' };
}

/**
 * Fetches what a full clone would have: the whole history of HEAD (when the clone is
 * shallow) and origin's branches, so that a linked commit not found after this is
 * not in the repository, or only on a tag.
 */
export async function fetchHistory(client: GitClient): Promise<FetchOutcome> {
  const { shallow, tip } = await cloneState(client);
  const error = await fetch(client, shallow ? WHOLE : null, [...(tip ? [tip] : []), BRANCHES]);
  return error === null ? { fetched: true } : { failed: error };
}

async function fetch(client: GitClient, depth: string | null, wants: readonly string[]): Promise<string | null> {
  try {
    // No prompt for a password on a terminal: a job has nobody to answer it.
    await client.text([...FETCH, ...(depth ? [depth] : []), '--stdin', 'origin'], wants.map((w) => `${w}\n`).join(''), {
      GIT_TERMINAL_PROMPT: '0',
    });
    return null;
  } catch (error) {
    if (error instanceof GitFailed) return error.detail;
    throw error;
  }
}

async function haveMergeBase(client: GitClient, base: string, head: string): Promise<boolean> {
  try {
    // Exits 1 without a word when there is none; says "Not a valid commit name" when a commit is missing.
    return isObjectId((await client.text(['merge-base', base, head])).trim());
  } catch (error) {
    if (error instanceof GitFailed) return false;
    throw error;
  }
}

async function cloneState(client: GitClient): Promise<{ shallow: boolean; tip: string | null }> {
  const [shallow = '', tip = ''] = (
    await client.text(['rev-parse', '--is-shallow-repository', '--revs-only', 'HEAD'])
  ).split('\n');
  return { shallow: shallow === 'true', tip: isObjectId(tip) ? tip : null };
}
