/** The name normalisation every part of the core agrees on, and small string helpers that stay linear. */

/**
 * Folds a heading, label, field or status name to a comparable key:
 * "📊 Progress Summary" and "progress summary:" are the same section, so are
 * "Immediate Next Steps (Start Here)" and "Immediate next steps", and
 * "Review & Feedback" and "Review and feedback".
 */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    // Bounded: a run over thousands of ledgers meets their headings and labels too.
    if (keys.size >= MAX_KEYS) keys.clear();
    key = computeNameKey(name);
    keys.set(name, key);
  }
  return key;
}

/** The same names come back on every ledger (profiles' sections, fields, statuses): each is folded once. */
const keys = new Map<string, string>();
const MAX_KEYS = 20_000;

function computeNameKey(name: string): string {
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

/** Text without the marks and emoji before its first word or number. */
export function leadStripped(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '');
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
