/**
 * What the repository knows about the commits ledgers link to, for all ledgers
 * at once: a fixed handful of git processes whatever the number of SHAs.
 * Every SHA of the core's one shape is asked about, in a SHA-1 or a SHA-256
 * repository alike (a full SHA of the other format is simply missing).
 * Only validated hex reaches git, and only on stdin, never as an argument.
 */
import type { CommitFact } from '../core/model/facts.js';
import { isSha } from '../core/text/sha.js';
import type { Repo } from './repo.js';

/**
 * `known`: facts from an earlier run at this HEAD (the cache). A commit found reachable
 * from HEAD then is still there, with the same subject, while HEAD does not move (git
 * prunes only what nothing reaches), so it is taken as known without asking git. The
 * rest are asked again: a missing one may have been fetched since, an unreachable one
 * pruned. (A short SHA known this way stays found if a fetch later brings an object
 * sharing its prefix: a warning missed, never an error made up.) `answered`: facts git gave
 * earlier in this run, taken as they are.
 */
export async function resolveCommits(
  repo: Repo,
  requested: Iterable<string>,
  known: ReadonlyMap<string, CommitFact> = new Map(),
  answered: ReadonlyMap<string, CommitFact> = new Map(),
): Promise<Map<string, CommitFact>> {
  const shas = [...new Set(requested)].filter((sha) => isSha(sha) && sha === sha.toLowerCase());
  const facts = new Map<string, CommitFact>();
  const asked = shas.filter((sha) => {
    const before = known.get(sha);
    const given = answered.get(sha) ?? (before?.status === 'found' && before.reachable ? before : undefined);
    if (given) facts.set(sha, given);
    return !given;
  });
  if (asked.length === 0) return facts;

  // 1. Which names a commit, which is missing or ambiguous; and is there a HEAD at all?
  // (Peeling with ^{commit} here would hide ambiguity: git then answers "missing".)
  const names = [...asked, 'HEAD'];
  const checked = (
    await repo.client.text(
      ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
      names.map((n) => `${n}\n`).join(''),
    )
  ).split('\n');
  const full = new Map<string, string>();
  const ambiguous: string[] = [];
  let head: string | null = null;
  names.forEach((name, index) => {
    const [first = '', second = ''] = (checked[index] ?? '').split(' ');
    const before = known.get(name);
    if (name === 'HEAD') head = second === 'commit' ? first : null;
    // A ref named like the digits (a tag `deadbee`) wins over them in git's lookup: that is not the commit written.
    else if (second === 'commit' && first.startsWith(name) && before?.status === 'found' && before.sha === first)
      facts.set(name, before);
    else if (second === 'commit' && first.startsWith(name)) full.set(name, first);
    else if (second === 'ambiguous' || (second !== 'missing' && !first.startsWith(name))) ambiguous.push(name);
    else facts.set(name, { status: repo.shallow ? 'unverifiable' : 'missing' });
  });

  if (ambiguous.length > 0) {
    // A prefix shared with a tree or blob still names one commit.
    const candidates = await commitsWithPrefixes(repo, ambiguous);
    for (const prefix of ambiguous) {
      const commits = candidates.get(prefix) ?? [];
      if (commits.length === 1) full.set(prefix, commits[0]!);
      else if (commits.length === 0) facts.set(prefix, { status: repo.shallow ? 'unverifiable' : 'missing' });
      else facts.set(prefix, { status: 'ambiguous', candidates: commits });
    }
  }
  if (full.size === 0) return facts;

  // 2. Their subjects; 3. which are not reachable from HEAD (reachable from them but
  // not from HEAD). The two run side by side. What a rebase made of the unreachable
  // ones is read from the history around HEAD (history.ts), for missing ones too.
  const found = [...new Set(full.values())];
  const [log, outside] = await Promise.all([
    repo.client.text(
      ['log', '--no-walk=unsorted', '--stdin', '--no-show-signature', '--format=%H%x00%s'],
      found.map((s) => `${s}\n`).join(''),
    ),
    head
      ? repo.client.text(['rev-list', '--stdin'], [...found.map((s) => `${s}\n`), '^HEAD\n'].join(''))
      : Promise.resolve(null),
  ]);
  const subjects = new Map<string, string>();
  for (const line of log.split('\n')) {
    const [sha, subject] = line.split('\0');
    if (sha && subject !== undefined) subjects.set(sha, subject);
  }
  const unreachable = new Set<string>(found);
  if (outside !== null) {
    const outsideSet = new Set(outside.split('\n'));
    for (const sha of found) if (!outsideSet.has(sha)) unreachable.delete(sha);
  }

  for (const [name, sha] of full) {
    // In a shallow clone the walk from HEAD stops at its boundary: a commit it did not reach may lie below it.
    if (repo.shallow && unreachable.has(sha)) facts.set(name, { status: 'unverifiable' });
    else facts.set(name, { status: 'found', sha, subject: subjects.get(sha) ?? '', reachable: !unreachable.has(sha) });
  }
  return facts;
}

/** Commits listed under each ambiguous prefix, from one walk over the object database. */
async function commitsWithPrefixes(repo: Repo, prefixes: readonly string[]): Promise<Map<string, string[]>> {
  const out = await repo.client.text(['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objecttype)']);
  const byPrefix = new Map<string, string[]>();
  for (const line of out.split('\n')) {
    const [sha = '', type] = line.split(' ');
    if (type !== 'commit') continue;
    for (const prefix of prefixes)
      if (sha.startsWith(prefix)) byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), sha]);
  }
  return byPrefix;
}
