/** What one character step of a pattern reads (`.`, `[^\]]`, `\s`, `\p{L}`, `é`), as a set, case folded under the i flag. */
import {
  ANY,
  caseFolded,
  complement,
  DIGITS,
  LINE_TERMINATORS,
  single,
  SPACE,
  union,
  unicodeProperty,
  WORD,
  type CharSet,
} from './char-sets.js';
import { escapeLength } from './syntax.js';

const memo = new Map<string, CharSet>();

export function readsOf(atom: string, flags: string): CharSet {
  const key = `${flags}/${atom}`;
  let set = memo.get(key);
  if (!set) memo.set(key, (set = new AtomReader(atom, flags).read()));
  return set;
}

class AtomReader {
  private pos = 0;
  private readonly ignoreCase: boolean;
  private readonly dotAll: boolean;
  private readonly unicode: boolean;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.ignoreCase = flags.includes('i');
    this.dotAll = flags.includes('s');
    this.unicode = flags.includes('u') || flags.includes('v');
  }

  read(): CharSet {
    const ch = this.source[0];
    if (ch === '.') return this.dotAll ? ANY : complement(LINE_TERMINATORS);
    if (ch === '[') return this.charClass();
    return this.member(ch === '\\' ? this.escape() : this.source.codePointAt(0)!);
  }

  private charClass(): CharSet {
    const { source } = this;
    this.pos = 1;
    const negated = source[this.pos] === '^';
    if (negated) this.pos++;
    const parts: CharSet[] = [];
    while (this.pos < source.length && source[this.pos] !== ']') {
      const from = this.classAtom();
      if (
        typeof from === 'number' &&
        source[this.pos] === '-' &&
        this.pos + 1 < source.length &&
        source[this.pos + 1] !== ']'
      ) {
        const save = this.pos;
        this.pos++;
        const to = this.classAtom();
        if (typeof to === 'number') {
          parts.push(this.folded([[from, to]]));
          continue;
        }
        this.pos = save; // `[a-\d]`: the dash is itself a member
      }
      parts.push(this.member(from));
    }
    const members = union(...parts);
    return negated ? complement(members) : members;
  }

  /** A character (unfolded, as it may end a range) or a class escape (folded) at pos, advancing past it. */
  private classAtom(): number | CharSet {
    const { source } = this;
    if (source[this.pos] === '\\') {
      if (source[this.pos + 1] === 'b') {
        this.pos += 2;
        return 8;
      }
      return this.escape();
    }
    const code = source.codePointAt(this.pos)!;
    this.pos += code > 0xffff ? 2 : 1;
    return code;
  }

  /** The escape at pos (a backslash), advancing past it: one character, or a class. */
  private escape(): number | CharSet {
    const { source } = this;
    const at = this.pos;
    const length = escapeLength(source, at, this.unicode);
    this.pos += length;
    const next = source[at + 1]!;
    const body = source.slice(at + 2, at + length);
    if ((next === 'p' || next === 'P') && body.startsWith('{')) {
      // Folded by the engine itself.
      const set = unicodeProperty(body.slice(1, -1), this.ignoreCase);
      return next === 'P' ? complement(set) : set;
    }
    switch (next) {
      case 'd':
        return DIGITS;
      case 'D':
        return complement(DIGITS);
      case 'w':
        return this.folded(WORD);
      case 'W':
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case 'v':
        return 0x0b;
      case 'f':
        return 0x0c;
      case '0':
        return 0;
      default:
        break;
    }
    if (next === 'c' && body !== '') return body.charCodeAt(0) % 32;
    if ((next === 'x' || next === 'u') && body !== '') return parseInt(body.replace(/[{}]/g, ''), 16);
    if (next >= '1' && next <= '9') return next.charCodeAt(0) - 0x30; // legacy octal, in a class
    return source.codePointAt(at + 1)!;
  }

  private member(read: number | CharSet): CharSet {
    return typeof read === 'number' ? this.folded(single(read)) : read;
  }

  private folded(set: CharSet): CharSet {
    return this.ignoreCase ? caseFolded(set) : set;
  }
}
