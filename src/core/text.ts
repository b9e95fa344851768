/** Line bookkeeping and the name normalisation every part of the core agrees on. */

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

/**
 * Folds a heading, label, field or status name to a comparable key:
 * "📊 Progress Summary" and "progress summary:" are the same section, so are
 * "Immediate Next Steps (Start Here)" and "Immediate next steps", and
 * "Review & Feedback" and "Review and feedback".
 */
export function nameKey(name: string): string {
  let out = '';
  let depth = 0;
  for (const ch of name.normalize('NFKC')) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  const words = out
    .replace(/&/g, ' and ')
    .replace(/[_-]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s.]/gu, ' ')
    .replace(/\s+/g, ' ');
  return trimEndOf(words, '. ').trimStart().toLowerCase();
}

/**
 * Removes trailing characters of a set. A regex like /[…]+$/ retries from every
 * position and turns quadratic on long runs; this stays linear.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Removes inline markdown decoration that authors put around values: `code`, **bold**, _em_, ~~del~~. */
export function stripInlineMarks(value: string): string {
  const plain = value.replace(/[`*~]+/g, '').trim();
  let start = 0;
  let end = plain.length;
  while (start < end && plain[start] === '_') start++;
  while (end > start && plain[end - 1] === '_') end--;
  return plain.slice(start, end).trim();
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "a, b and c" for messages. */
export function listing(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

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
