import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/core/text/names.ts
function nameKey(name) {
  let key = keys.get(name);
  if (key === void 0) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = computeNameKey(name);
    keys.set(name, key);
  }
  return key;
}
var keys = /* @__PURE__ */ new Map();
var MAX_KEYS = 2e4;
function computeNameKey(name) {
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
function leadStripped(text) {
  return text.replace(/^[^\p{L}\p{N}]+/u, "");
}
function escapeRegExp(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  nameKey,
  trimEndOf,
  stripInlineMarks,
  leadStripped,
  escapeRegExp
};
