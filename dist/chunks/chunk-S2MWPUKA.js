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
  return out.replace(/&/g, " and ").replace(/[_-]+/g, " ").replace(/[^\p{L}\p{N}\s.]/gu, " ").replace(/\s+/g, " ").trim().replace(/\.+$/u, "").trimEnd().toLowerCase();
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

// src/core/profiles/compile.ts
var cache = /* @__PURE__ */ new WeakMap();
function compileProfile(spec) {
  const cached = cache.get(spec);
  if (cached) return cached;
  const states = /* @__PURE__ */ new Map();
  for (const state of spec.status.states) {
    const compiled2 = { name: state.name, done: state.done === true };
    for (const name of [state.name, ...state.aliases ?? []]) states.set(statusKey(name), compiled2);
  }
  const fields = /* @__PURE__ */ new Map();
  for (const field of spec.fields) for (const name of [field.name, ...field.aliases ?? []]) if (!fields.has(nameKey(name))) fields.set(nameKey(name), field);
  const compiled = {
    spec,
    name: spec.name,
    titlePattern: spec.title ? new RegExp(spec.title.pattern, "iu") : null,
    phasePattern: spec.tasks ? new RegExp(spec.tasks.phase, "iu") : null,
    sessionEntry: spec.sessions ? new RegExp(spec.sessions.entry, "iu") : null,
    placeholders: spec.placeholders.map(
      (p) => typeof p === "string" ? { regex: new RegExp(escapeRegExp(p), "gu"), label: p, anchored: false } : { regex: new RegExp(p.pattern, "gu"), label: p.label ?? p.pattern, anchored: p.pattern.startsWith("^") }
    ),
    states,
    fields
  };
  cache.set(spec, compiled);
  return compiled;
}
function statusKey(value) {
  const cut = value.split(/\s[-–—|]\s|[(:]/u)[0] ?? value;
  return nameKey(cut);
}
function lookupStatus(profile, value) {
  return profile.states.get(statusKey(value));
}
function sectionKeys(spec) {
  return [spec.name, ...spec.aliases ?? []].map(nameKey);
}

// src/core/queries.ts
function findField(ledger, profile, name) {
  const spec = profile.fields.get(nameKey(name));
  const keys = new Set(spec ? [spec.name, ...spec.aliases ?? []].map(nameKey) : [nameKey(name)]);
  return ledger.fields.find((f) => f.source === "header" && keys.has(f.key)) ?? ledger.fields.find((f) => keys.has(f.key));
}
function ledgerStatus(ledger, profile) {
  const field = findField(ledger, profile, profile.spec.status.field);
  return { field, state: field ? lookupStatus(profile, field.value) : void 0 };
}
function isDone(ledger, profile) {
  return ledgerStatus(ledger, profile).state?.done === true;
}
function specFor(profile, name) {
  const key = nameKey(name);
  const stack = [...profile.spec.sections];
  while (stack.length > 0) {
    const spec = stack.pop();
    if (sectionKeys(spec).includes(key)) return spec;
    stack.push(...spec.children ?? []);
  }
  return void 0;
}
function sectionMatches(spec, section) {
  if ((spec.kind ?? "heading") === "heading" && section.kind !== "heading") return false;
  return sectionKeys(spec).includes(section.key);
}
function findSection(ledger, profile, path) {
  let scope = ledger.sections;
  let found;
  for (const name of path.split(">").map((n) => n.trim())) {
    const spec = specFor(profile, name) ?? { name };
    found = firstInOrder(scope, (s) => sectionMatches(spec, s));
    if (!found) return void 0;
    scope = found.children;
  }
  return found;
}
function firstInOrder(scope, test) {
  let level = scope;
  while (level.length > 0) {
    const found = level.find(test);
    if (found) return found;
    level = level.flatMap((s) => s.children);
  }
  return void 0;
}
function itemsIn(ledger, section) {
  return ledger.items.filter((i) => i.line > section.line && i.line <= section.endLine);
}
function checkboxesIn(ledger, section) {
  return itemsIn(ledger, section).filter((i) => i.checkbox !== null);
}
function parentTask(item) {
  for (let p = item.parent; p; p = p.parent) if (p.checkbox) return p;
  return null;
}
function subtasks(item) {
  const out = [];
  const stack = [...item.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop();
    if (child.checkbox) out.push(child);
    else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
  return out;
}
function describeItem(item) {
  if (item.id) return /^sub/i.test(item.text) ? `Subtask ${item.id}` : `Task ${item.id}`;
  const text = item.text.length > 60 ? `${item.text.slice(0, 57)}\u2026` : item.text;
  return `"${text}"`;
}
function itemTextAfterId(item) {
  return item.text.replace(/^[^\p{L}\p{N}]*(?:(?:sub)?task[ \t]+)?\d+(?:\.\d+)+[ \t]*[:.)–—-]?[ \t]*/iu, "").trim();
}
function phasesOf(ledger, profile) {
  const tasks = profile.spec.tasks;
  if (!tasks || !profile.phasePattern) return { tasksSection: void 0, phases: [] };
  const tasksSection = findSection(ledger, profile, tasks.section);
  if (!tasksSection) return { tasksSection, phases: [] };
  const phases = [];
  for (const section of tasksSection.children) {
    if (section.kind !== "heading") continue;
    const match = profile.phasePattern.exec(section.title.replace(/^[^\p{L}\p{N}]+/u, ""));
    if (!match) continue;
    phases.push({ id: match.groups?.id ?? match[1] ?? String(phases.length + 1), section, tasks: checkboxesIn(ledger, section) });
  }
  return { tasksSection, phases };
}
function isExempt(item) {
  return item.struck || /\(\s*N\/A\s*\)|(?:^|\s)N\/A\s*:/i.test(item.text);
}
function countedTasks(tasks, policy) {
  const inScope = new Set(tasks);
  const chosen = policy === "all" ? tasks : policy === "leaves" ? tasks.filter((t) => subtasks(t).length === 0) : tasks.filter((t) => {
    const parent = parentTask(t);
    return parent === null || !inScope.has(parent);
  });
  return chosen.filter((t) => !isExempt(t));
}
function lineContent(line) {
  const prefix = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\]\*?[ \t]+)?)?/.exec(line)[0];
  const content = line.slice(prefix.length).trimEnd();
  return { content, offset: prefix.length };
}

// src/core/progress.ts
var PHASE_LABEL = /\b(?:phase|stage)[ \t]+(\d+[a-z]?)\b/i;
var OVERALL_LABEL = /\b(?:overall|total)\b/i;
var PERCENT = /(?<![\d.])(\d{1,3})(?:\.(\d{1,2}))?[ \t]*%/;
var FRACTION = /(?<![\d./])(\d{1,6})(?:[ \t]*\/[ \t]*|[ \t]+of[ \t]+)(\d{1,6})(?![\d/])/i;
function readSummary(ledger, profile) {
  const spec = profile.spec.progress;
  const section = spec ? findSection(ledger, profile, spec.section) : void 0;
  const lines = [];
  if (!section) return { section, lines };
  for (let line = section.line + 1; line <= section.endLine; line++) {
    if (!ledger.prose[line - 1]) continue;
    const parsed = parseSummaryLine(ledger.lines.text[line - 1], line);
    if (parsed) lines.push(parsed);
  }
  return { section, lines };
}
function parseSummaryLine(text, line) {
  const phaseMatch = PHASE_LABEL.exec(text);
  const overallMatch = OVERALL_LABEL.exec(text);
  const phase = phaseMatch && (!overallMatch || phaseMatch.index < overallMatch.index) ? phaseMatch : null;
  const label = phase ?? overallMatch;
  if (!label) return null;
  const from = label.index + label[0].length;
  const rest = text.slice(from);
  const p = PERCENT.exec(rest);
  const f = FRACTION.exec(rest);
  if (!p && !f) return null;
  const percent = p ? { value: Number(`${p[1]}${p[2] ? `.${p[2]}` : ""}`), decimals: p[2]?.length ?? 0, start: from + p.index, end: from + p.index + p[0].length, numberEnd: from + p.index + p[1].length + (p[2] ? p[2].length + 1 : 0) } : null;
  const fraction = f ? { done: Number(f[1]), total: Number(f[2]), start: from + f.index, end: from + f.index + f[0].length, doneEnd: from + f.index + f[1].length, totalStart: from + f.index + f[0].length - f[2].length } : null;
  return {
    line,
    phase: phase ? phase[1].toLowerCase() : null,
    idSpan: phase ? { start: phase.index + phase[0].length - phase[1].length, end: phase.index + phase[0].length } : null,
    label: phase ? `Phase ${phase[1]}` : "Overall",
    percent,
    fraction,
    presentsDone: percent?.value === 100 || /[✅✔☑]/u.test(text)
  };
}
function tally(tasks, policy) {
  const counted = countedTasks(tasks, policy);
  return { done: counted.filter((t) => t.checkbox?.state === "done").length, total: counted.length };
}
function percentMatches(percent, { done, total }) {
  if (total === 0) return percent.value === 0;
  const exact = done / total * 100;
  const scale = 10 ** percent.decimals;
  const rounded = Math.round(exact * scale) / scale;
  const truncated = Math.floor(exact * scale + 1e-9) / scale;
  return Math.abs(percent.value - rounded) < 1e-9 || Math.abs(percent.value - truncated) < 1e-9;
}
function formatPercent({ done, total }, decimals = 0) {
  const value = total === 0 ? 0 : done / total * 100;
  return `${decimals === 0 ? Math.round(value) : value.toFixed(decimals)}%`;
}
function roundedPercent({ done, total }) {
  return total === 0 ? 0 : Math.round(done / total * 100);
}
function summaryLineEdits(text, summary, target) {
  const edits = [];
  const { percent, fraction } = summary;
  if (fraction) {
    edits.push({ start: fraction.start, end: fraction.doneEnd, text: String(target.done) });
    edits.push({ start: fraction.totalStart, end: fraction.end, text: String(target.total) });
  }
  if (percent) {
    const value = target.total === 0 ? 0 : target.done / target.total * 100;
    edits.push({ start: percent.start, end: percent.numberEnd, text: percent.decimals > 0 ? value.toFixed(percent.decimals) : String(Math.round(value)) });
  }
  const changed = edits.filter((e) => text.slice(e.start, e.end) !== e.text);
  return changed.length > 0 ? edits.sort((a, b) => a.start - b.start) : null;
}
function phaseProgress(ledger, profile, policy) {
  const { tasksSection, phases } = phasesOf(ledger, profile);
  const result = phases.map((phase) => ({ phase, actual: tally(phase.tasks, policy) }));
  const unphased = tasksSection && phases.length === 0 ? tally(checkboxesIn(ledger, tasksSection), policy) : null;
  return { phases: result, unphased };
}

export {
  splitLines,
  nameKey,
  trimEndOf,
  stripInlineMarks,
  listing,
  plural,
  withoutHtmlComments,
  compileProfile,
  lookupStatus,
  sectionKeys,
  findField,
  ledgerStatus,
  isDone,
  specFor,
  sectionMatches,
  findSection,
  itemsIn,
  checkboxesIn,
  parentTask,
  subtasks,
  describeItem,
  itemTextAfterId,
  isExempt,
  lineContent,
  readSummary,
  parseSummaryLine,
  percentMatches,
  formatPercent,
  roundedPercent,
  summaryLineEdits,
  phaseProgress
};
