/**
 * The facts a docs example declares (`<!-- example: {"facts": {...}} -->`), in JSON: the
 * shapes of src/core/model/facts.ts with objects where those have maps, and short forms
 * for what examples say most:
 *   commits   {"8497191": "feat: subject"}                 found, reachable, with that subject
 *             {"5820f43": {"subject": "…", "reachable": false}}, {"4be19c2": {"status": "missing"}}
 *   history   {"sameSubject": [{"sha": "4133158", "subject": "…"}], "onBranch": [...]}  (branch feature/retries)
 *   paths     {"src/a.ts": 40, "src/b.ts": "file", "src/": "directory", "src/c.ts": "missing"}
 *   evidence  {"src/pdf.ts": {"commits": [{"sha": "…", "tasks": ["1.2"]}], "last": "9f3e2d1"}}
 *   previous  {"label": "HEAD", "fragment": "**Status:** Not Started"}  (planted into the same base)
 *   lastChange {"sha": "9f3e2d1", "day": "2026-03-09", "before": {"fragment": "…"}}
 * A SHA shorter than 40 digits stands for itself padded with zeros, as the full name git would give.
 */
import type { CommitFact, Facts, FileHistory, HistoryCommit, PathFact } from '../../src/core/model/facts.js';

type Json = Record<string, unknown>;
/** Text given as a whole, or as a fragment planted into the example's base. */
export type TextSource = string | null | { fragment: string };

export const fullSha = (sha: string) => sha.toLowerCase().padEnd(40, '0');

function commitFact(sha: string, given: unknown): CommitFact {
  if (typeof given === 'string') return { status: 'found', sha: fullSha(sha), subject: given, reachable: true };
  const fact = given as Json;
  if (fact.status && fact.status !== 'found') return fact as CommitFact;
  return {
    status: 'found',
    sha: fullSha(String(fact.sha ?? sha)),
    subject: String(fact.subject ?? ''),
    reachable: fact.reachable !== false,
  };
}

function historyCommit(given: Json): HistoryCommit {
  return {
    ledgerTasks: [],
    changes: { files: 2, only: null },
    subject: '',
    ...given,
    sha: fullSha(String(given.sha)),
  } as HistoryCommit;
}

function pathFact(given: unknown): PathFact {
  if (typeof given === 'number') return { exists: true, kind: 'file', lines: given };
  if (given === 'file') return { exists: true, kind: 'file', lines: null };
  if (given === 'directory') return { exists: true, kind: 'directory' };
  if (given === 'missing') return { exists: false };
  return given as PathFact;
}

function fileHistory(given: Json): FileHistory {
  const commits = ((given.commits as Json[] | undefined) ?? []).map((c) => ({
    tasks: [],
    prds: [],
    ...c,
    sha: fullSha(String(c.sha)),
  }));
  return { staged: false, ...given, commits, last: given.last ? fullSha(String(given.last)) : null } as FileHistory;
}

const entries = (object: unknown) => Object.entries((object ?? {}) as Json);

/** Facts from an example's JSON; `text` turns a previous or earlier version into the ledger's text. */
export function factsOf(json: Json, text: (source: TextSource) => string | null): Facts {
  const facts: Facts = {};
  if (json.commits)
    facts.commits = {
      bySha: new Map(entries(json.commits).map(([sha, fact]) => [sha.toLowerCase(), commitFact(sha, fact)])),
      shallowNotice: null,
    };
  if (json.history) {
    const history = json.history as Json;
    facts.history = {
      path: 'docs/ledger.md',
      branch: 'feature/retries',
      scope: 'branch',
      ...history,
      sameSubject: ((history.sameSubject as Json[] | undefined) ?? []).map(historyCommit),
      onBranch: ((history.onBranch as Json[] | undefined) ?? []).map(historyCommit),
    } as Facts['history'];
  }
  if (json.paths) {
    const { ledgerDirectory, ...byPath } = json.paths as Json;
    facts.paths = {
      source: 'working tree',
      byPath: new Map(entries(byPath).map(([path, fact]) => [path, pathFact(fact)])),
      ...(ledgerDirectory === undefined ? {} : { ledgerDirectory: String(ledgerDirectory) }),
    };
  }
  if (json.evidence)
    facts.evidence = {
      byPath: new Map(entries(json.evidence).map(([path, history]) => [path, fileHistory(history as Json)])),
    };
  if (json.previous) {
    const { label, ...source } = json.previous as Json & { label: string };
    facts.previous = { label, text: text(('fragment' in source ? source : (source.text ?? null)) as TextSource) };
  }
  if (json.lastChange) {
    const { sha, day, before } = json.lastChange as Json;
    facts.lastChange = {
      sha: sha ? fullSha(String(sha)) : null,
      day: String(day),
      ...(before === undefined ? {} : { before: text(before as TextSource) }),
    };
  }
  return facts;
}
