/** Inline markdown read from raw lines: code spans and HTML comments. */

/** A one-line code span; group 1 is its content. Global: use with matchAll. */
export const CODE_SPAN = /`([^`\n]+)`/g;

/**
 * The `<!-- … -->` comments on a line, as [start, end) pairs, given whether the line
 * starts inside one left open by an earlier line; and whether one is still open at its
 * end. Linear, unlike a lazy regex.
 */
export function htmlComments(
  text: string,
  insideAtStart = false,
): { spans: Array<[number, number]>; insideAtEnd: boolean } {
  const spans: Array<[number, number]> = [];
  let open = insideAtStart ? 0 : text.indexOf('<!--');
  let skip = insideAtStart ? 0 : 4;
  while (open >= 0) {
    const close = text.indexOf('-->', open + skip);
    if (close < 0) {
      spans.push([open, text.length]);
      return { spans, insideAtEnd: true };
    }
    spans.push([open, close + 3]);
    open = text.indexOf('<!--', close + 3);
    skip = 4;
  }
  return { spans, insideAtEnd: false };
}

/** Removes `<!-- … -->` comments (an unclosed one runs to the end). */
export function withoutHtmlComments(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of htmlComments(text).spans) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** The line with its comments turned into spaces, so columns stay where they were. */
export function blankHtmlComments(text: string, insideAtStart = false): { text: string; insideAtEnd: boolean } {
  if (!insideAtStart && !text.includes('<!--')) return { text, insideAtEnd: false };
  const { spans, insideAtEnd } = htmlComments(text, insideAtStart);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return { text: out + text.slice(at), insideAtEnd };
}
