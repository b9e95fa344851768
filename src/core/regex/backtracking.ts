/**
 * Whether a regular expression can take exponential time in a backtracking engine
 * (JavaScript's): when a match fails, the engine tries every way the pattern can read
 * the text, and a loop whose body can read the same text in two ways doubles them with
 * each repetition, as `([A-Za-z]+\s?)+:` does on a long line of words with no colon.
 *
 * Decided on the pattern's position automaton (each character step a state), counting
 * how many ways the engine can go from one step to the next. The time is exponential
 * exactly when some state can return to itself along two different paths reading the
 * same text: in the automaton paired with itself, a pair of equal states lies on a
 * cycle with a pair of different states, or with a step the engine can take two ways
 * (Weideman, van der Merwe, Berglund and Watson, "Analyzing matching time behavior of
 * backtracking regular expression matchers by using ambiguity of NFA", 2016).
 *
 * Counted repetitions (`{2,5}`) are taken as loops, which can only make the check
 * stricter. Patterns that are merely polynomial (`\d+\d+x`, quadratic) are accepted.
 */
import { intersects, type CharSet } from './char-sets.js';
import { readsOf } from './atoms.js';
import { parseRegex, RegexTooDeep, type RegexNode } from './syntax.js';

/**
 * Steps paired and linked before the check gives up and calls the pattern too complex:
 * a config is loaded on every run, and no real pattern comes near (a built-in profile
 * pattern takes a few dozen); this many take some tens of milliseconds.
 */
const MAX_WORK = 250_000;

class TooComplex extends Error {}

export type BacktrackingVerdict =
  | { safe: true }
  /** culprit: the smallest repeated part of the source that is ambiguous on its own (or the whole pattern). */
  | { safe: false; reason: 'exponential'; culprit: string }
  | { safe: false; reason: 'too-complex' };

export function checkBacktracking(source: string, flags = 'u'): BacktrackingVerdict {
  let parsed;
  try {
    parsed = parseRegex(source, flags);
  } catch (error) {
    if (error instanceof RegexTooDeep) return { safe: false, reason: 'too-complex' };
    throw error;
  }
  // A cycle lies inside the outermost loop around it, and a loop of fixed text has one way round.
  const suspects = [parsed.root, ...parsed.lookarounds]
    .flatMap((root) => loopsIn(root, true))
    .filter((loop) => !isFixedText(loop.body));
  const spent = { work: 0 };
  try {
    for (const suspect of suspects) {
      if (!isExponential(suspect, flags, spent)) continue;
      // The smallest loop that is exponential by itself: the part to rewrite.
      const loops = loopsIn(suspect, false).sort((a, b) => a.end - a.start - (b.end - b.start));
      const culprit = loops.find((loop) => isExponential(loop, flags, spent)) ?? suspect;
      return { safe: false, reason: 'exponential', culprit: source.slice(culprit.start, culprit.end) };
    }
  } catch (error) {
    if (error instanceof TooComplex) return { safe: false, reason: 'too-complex' };
    throw error;
  }
  return { safe: true };
}

type Loop = Extract<RegexNode, { kind: 'repeat' }>;

/** The loops (repeats of more than one) in a tree: all of them, or only the outermost. */
function loopsIn(root: RegexNode, outermostOnly: boolean): Loop[] {
  const loops: Loop[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'repeat') {
      if (node.max > 1) loops.push(node);
      if (node.max <= 1 || !outermostOnly) stack.push(node.body);
    } else if (node.kind === 'sequence') stack.push(...node.items);
    else if (node.kind === 'choice') stack.push(...node.options);
  }
  return loops;
}

function isFixedText(node: RegexNode): boolean {
  if (node.kind === 'chars' || node.kind === 'empty') return true;
  return node.kind === 'sequence' && node.items.every(isFixedText);
}

/** Ways to take a step, capped at 2: one or several is all that matters. */
type Ways = Map<number, number>;

interface Fragment {
  /** Ways to read nothing. */
  empty: number;
  first: Ways;
  last: Ways;
}

const cap = (n: number) => Math.min(n, 2);

/** The position automaton: what each step reads, and the ways to go from one step to another. */
class Automaton {
  readonly atoms: string[] = ['']; // step 0 is the start
  readonly next: Ways[] = [new Map()];

  /** Work is counted across every automaton one check builds. */
  constructor(private readonly spent: { work: number }) {}

  spend(amount: number): void {
    this.spent.work += amount;
    if (this.spent.work > MAX_WORK) throw new TooComplex();
  }

  step(atom: string): number {
    this.atoms.push(atom);
    this.next.push(new Map());
    return this.atoms.length - 1;
  }

  link(from: Ways, to: Ways, times = 1): void {
    this.spend(from.size * to.size);
    for (const [a, waysA] of from) {
      const out = this.next[a]!;
      for (const [b, waysB] of to) out.set(b, cap((out.get(b) ?? 0) + waysA * waysB * times));
    }
  }
}

function scaled(ways: Ways, by: number): Ways {
  const out: Ways = new Map();
  if (by > 0) for (const [k, v] of ways) out.set(k, cap(v * by));
  return out;
}

function added(a: Ways, b: Ways): Ways {
  const out = new Map(a);
  addInto(out, b);
  return out;
}

function addInto(into: Ways, more: Ways): void {
  for (const [k, v] of more) into.set(k, cap((into.get(k) ?? 0) + v));
}

function build(node: RegexNode, automaton: Automaton): Fragment {
  switch (node.kind) {
    case 'chars': {
      const id = automaton.step(node.atom);
      return { empty: 0, first: new Map([[id, 1]]), last: new Map([[id, 1]]) };
    }
    case 'empty':
      return { empty: 1, first: new Map(), last: new Map() };
    case 'choice': {
      const either: Fragment = { empty: 0, first: new Map(), last: new Map() };
      for (const option of node.options) {
        const part = build(option, automaton);
        either.empty = cap(either.empty + part.empty);
        addInto(either.first, part.first);
        addInto(either.last, part.last);
      }
      return either;
    }
    case 'sequence': {
      let sofar: Fragment = { empty: 1, first: new Map(), last: new Map() };
      for (const item of node.items) {
        const part = build(item, automaton);
        automaton.spend(sofar.first.size + sofar.last.size);
        automaton.link(sofar.last, part.first);
        sofar = {
          empty: cap(sofar.empty * part.empty),
          first: added(sofar.first, scaled(part.first, sofar.empty)),
          last: added(part.last, scaled(sofar.last, part.empty)),
        };
      }
      return sofar;
    }
    case 'repeat': {
      if (node.max === 0) return { empty: 1, first: new Map(), last: new Map() };
      const body = build(node.body, automaton);
      if (node.max === 1) return { ...body, empty: cap(body.empty + (node.min === 0 ? 1 : 0)) };
      // With two or more iterations required, one that reads nothing is another way round the loop (`(a?){25}`).
      automaton.link(body.last, body.first, body.empty > 0 && node.min >= 2 ? 2 : 1);
      // The language forbids an iteration that reads nothing beyond the required ones, so a loop reads nothing one way at most.
      return { empty: node.min === 0 ? 1 : body.empty, first: body.first, last: body.last };
    }
  }
}

/** Exponential when a pair of equal steps shares a cycle with a pair of different steps, or with a step taken two ways. */
function isExponential(root: RegexNode, flags: string, spent: { work: number }): boolean {
  const automaton = new Automaton(spent);
  const whole = build(root, automaton);
  automaton.link(new Map([[0, 1]]), whole.first);
  const size = automaton.atoms.length;
  automaton.spend(size * size); // the tables below
  const { atoms, next } = automaton;
  const sets: CharSet[] = [];
  const setOf = (step: number) => (sets[step] ??= readsOf(atoms[step]!, flags));
  const successors = (pair: number): number[] => {
    const p = Math.floor(pair / size);
    const q = pair % size;
    automaton.spend(next[p]!.size * next[q]!.size);
    const out: number[] = [];
    for (const p2 of next[p]!.keys())
      for (const q2 of next[q]!.keys()) if (p2 === q2 || intersects(setOf(p2), setOf(q2))) out.push(p2 * size + q2);
    return out;
  };
  const component = stronglyConnected(0, successors, size * size);
  const diagonal = new Set<number>();
  const different = new Set<number>();
  for (let pair = 0; pair < size * size; pair++) {
    const id = component[pair]!;
    if (id === -1) continue;
    const p = Math.floor(pair / size);
    if (p !== pair % size) {
      different.add(id);
      continue;
    }
    diagonal.add(id);
    for (const [c, ways] of next[p]!) if (ways > 1 && component[c * size + c] === id) different.add(id);
  }
  for (const id of diagonal) if (different.has(id)) return true;
  return false;
}

/**
 * Tarjan's strongly connected components of the nodes reachable from start, without
 * recursion. Returns each node's component id, or -1 for a node that is unreachable or
 * on no cycle.
 */
function stronglyConnected(start: number, successors: (node: number) => number[], count: number): Int32Array {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  const work: Array<{ node: number; edges: number[]; at: number }> = [];
  let counter = 0;
  let components = 0;
  const open = (node: number) => {
    index[node] = low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
    work.push({ node, edges: successors(node), at: 0 });
  };
  open(start);
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    if (frame.at < frame.edges.length) {
      const to = frame.edges[frame.at++]!;
      if (index[to] === -1) open(to);
      else if (onStack[to]) low[frame.node] = Math.min(low[frame.node]!, index[to]!);
      continue;
    }
    work.pop();
    const parent = work[work.length - 1];
    if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
    if (low[frame.node] !== index[frame.node]) continue;
    const members: number[] = [];
    let member: number;
    do {
      member = stack.pop()!;
      onStack[member] = 0;
      members.push(member);
    } while (member !== frame.node);
    // A single node is a component with a cycle only if it leads to itself.
    if (members.length === 1 && !frame.edges.includes(frame.node)) continue;
    for (const m of members) component[m] = components;
    components++;
  }
  return component;
}
