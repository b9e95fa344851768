/** Line bookkeeping: the source split as CommonMark splits it, and a line's content without its list prefix. */

export interface Lines {
  /** Line contents without their line endings; index 0 is line 1. */
  readonly text: readonly string[];
  /** Offset of the first character of each line in the source text. */
  readonly starts: readonly number[];
}

/** Splits on CRLF, LF and lone CR, as CommonMark (and so remark) does. */
export function splitLines(source: string): Lines {
  const text: string[] = [];
  const starts: number[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      text.push(source.slice(start, i));
      starts.push(start);
      if (ch === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  text.push(source.slice(start));
  starts.push(start);
  return { text, starts };
}

/** Lines in a file's bytes, as `wc -l` counts them plus one for a last line without a newline. */
export function countLines(content: Uint8Array): number {
  if (content.length === 0) return 0;
  let lines = 0;
  for (let i = content.indexOf(10); i >= 0; i = content.indexOf(10, i + 1)) lines++;
  return content[content.length - 1] === 10 ? lines : lines + 1;
}

/** The 1-based line holding a source offset. */
export function lineAt(lines: Lines, offset: number): number {
  const { starts } = lines;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The line-content of a prose line with its container prefix (quotes, bullet, checkbox) removed. */
export function lineContent(line: string): { content: string; offset: number } {
  const prefix = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\]\*?[ \t]+)?)?/.exec(line)![0];
  const content = line.slice(prefix.length).trimEnd();
  return { content, offset: prefix.length };
}
