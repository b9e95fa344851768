/** What the triggering event says: which commits to compare, and which mode fits it by default. */
import type { context } from '@actions/github';
import { isObjectId } from '../core/text/sha.js';

type Context = typeof context;

export interface EventInfo {
  name: string;
  defaultMode: 'changed' | 'all';
  /** The commit the change starts from and the one it ends at, when the event has them. */
  base: string | null;
  head: string | null;
  pullNumber: number | null;
}

const sha = (value: unknown) => (typeof value === 'string' && isObjectId(value) && !/^0+$/.test(value) ? value : null);

export function readEvent(context: Pick<Context, 'eventName' | 'payload'>): EventInfo {
  const { eventName: name, payload } = context;
  const pr = payload.pull_request as
    { base?: { sha?: unknown }; head?: { sha?: unknown }; number?: unknown } | undefined;
  switch (name) {
    case 'pull_request':
    case 'pull_request_target':
      // Not GITHUB_SHA: for pull requests that is the merge commit the runner made.
      return {
        name,
        defaultMode: 'changed',
        base: sha(pr?.base?.sha),
        head: sha(pr?.head?.sha),
        pullNumber: typeof pr?.number === 'number' ? pr.number : null,
      };
    case 'merge_group': {
      const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
      return { name, defaultMode: 'changed', base: sha(group?.base_sha), head: sha(group?.head_sha), pullNumber: null };
    }
    case 'push':
      return { name, defaultMode: 'all', base: sha(payload.before), head: sha(payload.after), pullNumber: null };
    default:
      return { name, defaultMode: 'all', base: null, head: null, pullNumber: null };
  }
}
