/** Inline markdown read from raw lines: code spans and HTML comments. */

/** A one-line code span; group 1 is its content. Global: use with matchAll. */
export const CODE_SPAN = /`([^`\n]+)`/g;

/** Removes `<!-- … -->` comments (an unclosed one runs to the end). Linear, unlike a lazy regex. */
export function withoutHtmlComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    at = close < 0 ? text.length : close + 3;
  }
  return out + text.slice(at);
}
