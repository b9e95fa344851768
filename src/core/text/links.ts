/** Inline markdown links read from one raw line: `[text](destination "title")`, `![alt](destination)`. */

export interface InlineLink {
  /** 0-based offsets in the line: the whole link, and its text between the brackets. */
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
  /** The destination as written, without `<…>`. */
  destination: string;
  destinationStart: number;
}

// Text: characters other than brackets, or one level of [nested] brackets; the destination has no spaces
// or parentheses (or is written in <…>), then an optional "title". Every part is bounded, so this stays linear.
const LINK =
  /!?\[((?:[^[\]\n]|\[[^[\]\n]{0,200}\]){0,300})\]\([ \t]*(<[^<>\n]{0,2000}>|[^\s()<>]{0,2000})(?:[ \t]+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?[ \t]*\)/g;

export function inlineLinks(line: string): InlineLink[] {
  const links: InlineLink[] = [];
  for (const match of line.matchAll(LINK)) {
    const textStart = match.index + match[0].indexOf('[') + 1;
    const textEnd = textStart + match[1]!.length;
    const written = match[2]!;
    const angled = written.startsWith('<');
    const destinationStart = line.indexOf(written, textEnd) + (angled ? 1 : 0);
    links.push({
      start: match.index,
      end: match.index + match[0].length,
      textStart,
      textEnd,
      destination: angled ? written.slice(1, -1) : written,
      destinationStart,
    });
  }
  return links;
}

/** A destination that is not a file of this repository: a URL (`https:`, `mailto:`, `//host`), or only an anchor (`#usage`). */
export function isExternalDestination(destination: string): boolean {
  return (
    destination === '' ||
    destination.startsWith('#') ||
    destination.startsWith('//') ||
    /^[a-z][a-z0-9+.-]*:/i.test(destination)
  );
}
