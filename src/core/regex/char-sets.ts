/**
 * Sets of code points as sorted, disjoint, inclusive ranges: what one step of a
 * regular expression may read. Only what the backtracking check needs: build,
 * complement, fold case, and ask whether two sets share a character.
 */

export type CharSet = ReadonlyArray<readonly [number, number]>;

const MAX_CODE_POINT = 0x10ffff;

export const ANY: CharSet = [[0, MAX_CODE_POINT]];
export const DIGITS: CharSet = [[0x30, 0x39]];
export const WORD: CharSet = normalised([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
export const SPACE: CharSet = normalised([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
export const LINE_TERMINATORS: CharSet = normalised([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]);

export function single(code: number): CharSet {
  return [[code, code]];
}

/** Sorted and merged, so that sets compare and intersect range by range. */
export function normalised(ranges: ReadonlyArray<readonly [number, number]>): CharSet {
  const sorted = ranges.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function union(...sets: CharSet[]): CharSet {
  return normalised(sets.flat());
}

export function complement(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aLo, aHi] = a[i]!;
    const [bLo, bHi] = b[j]!;
    if (aHi < bLo) i++;
    else if (bHi < aLo) j++;
    else return true;
  }
  return false;
}

/**
 * Ranges longer than this are left as they are under the i flag: a class range that long
 * (`[À-ÿ]`, `\p{L}`, `[^\]]`) holds both cases of its letters already.
 */
const FOLD_LIMIT = 16;

/** The set with the other case of its letters added, as the i flag matches them. */
export function caseFolded(set: CharSet): CharSet {
  const extra: Array<[number, number]> = [];
  for (const [lo, hi] of set) {
    // ASCII letters by range arithmetic; other letters one by one, in short ranges.
    const upperLo = Math.max(lo, 0x41);
    const upperHi = Math.min(hi, 0x5a);
    if (upperLo <= upperHi) extra.push([upperLo + 32, upperHi + 32]);
    const lowerLo = Math.max(lo, 0x61);
    const lowerHi = Math.min(hi, 0x7a);
    if (lowerLo <= lowerHi) extra.push([lowerLo - 32, lowerHi - 32]);
    if (hi - lo > FOLD_LIMIT) continue;
    for (let code = Math.max(lo, 0x80); code <= hi; code++) {
      const char = String.fromCodePoint(code);
      for (const other of [char.toLowerCase(), char.toUpperCase()]) {
        const folded = other.codePointAt(0)!;
        if (String.fromCodePoint(folded) === other && folded !== code) extra.push([folded, folded]);
      }
    }
  }
  return extra.length === 0 ? set : union(set, extra);
}

let bmp: string | null = null;
const SURROGATES = 0x800;
const propertySets = new Map<string, CharSet>();

/**
 * A `\p{…}` class, as the engine reads it (case folding included), found in one pass
 * over every character of the Basic Multilingual Plane; the astral planes are taken
 * whole, which can only make the check stricter. Computed once per property and flags.
 */
export function unicodeProperty(name: string, ignoreCase: boolean): CharSet {
  const key = `${name}/${ignoreCase}`;
  const cached = propertySets.get(key);
  if (cached) return cached;
  let runs: RegExp;
  try {
    runs = new RegExp(`\\p{${name}}+`, ignoreCase ? 'giu' : 'gu');
  } catch {
    return ANY; // not a property this engine knows: the pattern would not have compiled
  }
  if (bmp === null) {
    const chunks: string[] = [];
    for (let from = 0; from <= 0xffff; from += 0x800) {
      if (from >= 0xd800 && from <= 0xdfff) continue;
      chunks.push(String.fromCharCode(...Array.from({ length: 0x800 }, (_, i) => from + i)));
    }
    bmp = chunks.join('');
  }
  const ranges: Array<[number, number]> = [];
  const codeAt = (index: number) => (index < 0xd800 ? index : index + SURROGATES);
  for (const match of bmp.matchAll(runs)) {
    const first = match.index;
    const last = first + match[0].length - 1;
    if (first < 0xd800 && last >= 0xd800) ranges.push([first, 0xd7ff], [0xe000, codeAt(last)]);
    else ranges.push([codeAt(first), codeAt(last)]);
  }
  ranges.push([0x10000, MAX_CODE_POINT]);
  const set = normalised(ranges);
  propertySets.set(key, set);
  return set;
}
