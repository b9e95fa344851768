import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/core/text.ts
function splitLines(source) {
  const text = [];
  const starts = [];
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
function nameKey(name) {
  let out = "";
  let depth = 0;
  for (const ch of name.normalize("NFKC")) {
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  const words = out.replace(/&/g, " and ").replace(/[_-]+/g, " ").replace(/[^\p{L}\p{N}\s.]/gu, " ").replace(/\s+/g, " ");
  return trimEndOf(words, ". ").trimStart().toLowerCase();
}
function trimEndOf(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
function stripInlineMarks(value) {
  const plain = value.replace(/[`*~]+/g, "").trim();
  let start = 0;
  let end = plain.length;
  while (start < end && plain[start] === "_") start++;
  while (end > start && plain[end - 1] === "_") end--;
  return plain.slice(start, end).trim();
}
function escapeRegExp(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function listing(items, conjunction = "and") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
var CODE_SPAN = /`([^`\n]+)`/g;
function withoutHtmlComments(text) {
  let out = "";
  let at = 0;
  for (let open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", at)) {
    out += text.slice(at, open);
    const close = text.indexOf("-->", open + 4);
    at = close < 0 ? text.length : close + 3;
  }
  return out + text.slice(at);
}

export {
  splitLines,
  nameKey,
  trimEndOf,
  stripInlineMarks,
  escapeRegExp,
  listing,
  plural,
  CODE_SPAN,
  withoutHtmlComments
};
