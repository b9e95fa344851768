/**
 * A JavaScript regular expression (one that already compiles) read into the little
 * the backtracking check needs: its character steps, and how they are sequenced,
 * chosen between and repeated. Assertions and back-references read nothing here;
 * the insides of lookarounds are kept apart, as patterns of their own. A step keeps
 * its source (`[a-z]`, `\d`, `é`): what it reads is worked out only if it is needed.
 */

export type RegexNode =
  | { kind: 'chars'; atom: string }
  | { kind: 'empty' }
  | { kind: 'sequence'; items: RegexNode[] }
  | { kind: 'choice'; options: RegexNode[] }
  /** max is Infinity for `*`, `+` and `{n,}`; start and end are offsets of the repeated text and its quantifier in the source. */
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; start: number; end: number };

export interface ParsedRegex {
  root: RegexNode;
  lookarounds: RegexNode[];
}

export class RegexTooDeep extends Error {}

/** Groups nested deeper than this are not followed (the check refuses the pattern instead of overflowing the stack). */
const MAX_DEPTH = 200;
const EMPTY: RegexNode = { kind: 'empty' };

export function parseRegex(source: string, flags: string): ParsedRegex {
  return new Reader(source, flags.includes('u') || flags.includes('v')).read();
}

class Reader {
  private pos = 0;
  private depth = 0;
  private readonly lookarounds: RegexNode[] = [];

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  read(): ParsedRegex {
    const root = this.disjunction();
    return { root, lookarounds: this.lookarounds };
  }

  private disjunction(): RegexNode {
    if (++this.depth > MAX_DEPTH) throw new RegexTooDeep();
    const options = [this.alternative()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      options.push(this.alternative());
    }
    this.depth--;
    return options.length === 1 ? options[0]! : { kind: 'choice', options };
  }

  private alternative(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')')
      items.push(this.term());
    return items.length === 1 ? items[0]! : { kind: 'sequence', items };
  }

  private term(): RegexNode {
    const start = this.pos;
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    return { kind: 'repeat', body: atom, min: quantifier.min, max: quantifier.max, start, end: this.pos };
  }

  private atom(): RegexNode {
    const { source } = this;
    const start = this.pos;
    const ch = source[start]!;
    if (ch === '^' || ch === '$') {
      this.pos++;
      return EMPTY;
    }
    if (ch === '(') return this.group();
    if (ch === '[') {
      // No class nests without the v flag: the first `]` not escaped closes it (`[]` is the empty class).
      let at = start + 1;
      if (source[at] === '^') at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      this.pos = at + 1;
    } else if (ch === '\\') {
      const next = source[start + 1]!;
      if (next === 'b' || next === 'B') {
        this.pos += 2;
        return EMPTY;
      }
      if ((next >= '1' && next <= '9') || (next === 'k' && source[start + 2] === '<')) {
        this.skipBackReference();
        return EMPTY;
      }
      this.pos = start + escapeLength(source, start, this.unicode);
    } else {
      this.pos += source.codePointAt(start)! > 0xffff ? 2 : 1;
    }
    return { kind: 'chars', atom: source.slice(start, this.pos) };
  }

  private group(): RegexNode {
    const { source } = this;
    let lookaround = false;
    if (source.startsWith('(?=', this.pos) || source.startsWith('(?!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (source.startsWith('(?<=', this.pos) || source.startsWith('(?<!', this.pos)) {
      this.pos += 4;
      lookaround = true;
    } else if (source.startsWith('(?<', this.pos)) {
      this.pos = source.indexOf('>', this.pos) + 1; // a named group
    } else if (source.startsWith('(?', this.pos)) {
      this.pos = source.indexOf(':', this.pos) + 1; // (?:…), or modifiers such as (?i:…)
    } else {
      this.pos++;
    }
    const body = this.disjunction();
    this.pos++; // the closing parenthesis
    if (!lookaround) return body;
    this.lookarounds.push(body);
    return EMPTY;
  }

  private quantifier(): { min: number; max: number } | null {
    const { source } = this;
    const ch = source[this.pos];
    let bounds: { min: number; max: number } | null = null;
    if (ch === '*') bounds = { min: 0, max: Infinity };
    else if (ch === '+') bounds = { min: 1, max: Infinity };
    else if (ch === '?') bounds = { min: 0, max: 1 };
    if (bounds) this.pos++;
    else if (ch === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.pos, this.pos + 40));
      if (!braces) return null; // a literal brace, as the web's legacy syntax allows without the u flag
      const min = Number(braces[1]);
      bounds = { min, max: braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]) };
      this.pos += braces[0].length;
    } else return null;
    if (source[this.pos] === '?') this.pos++; // lazy: the same paths, tried in another order
    return bounds;
  }

  private skipBackReference(): void {
    this.pos++;
    if (this.source[this.pos] === 'k') this.pos = this.source.indexOf('>', this.pos) + 1;
    else while (/\d/.test(this.source[this.pos] ?? '')) this.pos++;
  }
}

/** Length of the escape at a backslash: `\d`, `\x41`, `\u{1F600}`, `\p{L}`, `\cJ`, `\é`. */
export function escapeLength(source: string, at: number, unicode: boolean): number {
  const next = source[at + 1]!;
  const rest = source.slice(at + 2, at + 12);
  if ((next === 'p' || next === 'P') && unicode && rest.startsWith('{')) return source.indexOf('}', at) - at + 1;
  if (next === 'u') return 2 + (/^(?:[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\})/.exec(rest)?.[0].length ?? 0);
  if (next === 'x') return 2 + (/^[0-9A-Fa-f]{2}/.test(rest) ? 2 : 0);
  if (next === 'c') return /^[A-Za-z]/.test(rest) ? 3 : 2;
  return 1 + (source.codePointAt(at + 1)! > 0xffff ? 2 : 1);
}
