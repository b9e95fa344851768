import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  RULES
} from "./chunk-ILLOKLBX.js";

// src/reporters/github.ts
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand({ level, message, ...where }) {
  const props = [];
  const add = (key, value) => {
    if (value !== void 0) props.push(`${key}=${escapeProperty(String(value))}`);
  };
  add("file", where.file);
  add("line", where.line);
  add("endLine", where.endLine);
  add("col", where.column);
  add("endColumn", where.endColumn);
  add("title", where.title);
  return `::${level}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}
function annotationFor(result, m) {
  const sameLine = m.endLine === void 0 || m.endLine === m.line;
  return {
    level: m.severity === 2 ? "error" : "warning",
    message: m.message,
    file: result.displayPath,
    line: m.line,
    ...m.endLine !== void 0 ? { endLine: m.endLine } : {},
    // GitHub takes columns only for a single-line annotation.
    ...sameLine ? { column: m.column } : {},
    ...sameLine && m.endColumn !== void 0 ? { endColumn: m.endColumn } : {},
    title: m.ruleId ?? "ledgerlint"
  };
}
var github = (results) => results.flatMap((r) => r.messages.map((m) => workflowCommand(annotationFor(r, m)))).join("\n");

// src/reporters/sarif.ts
function uriOf(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
var sarif = (results) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ledgerlint",
            version: "0.1.0",
            informationUri: "https://github.com/ledgerlint/ledgerlint",
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              helpUri: meta.docs,
              defaultConfiguration: { level: meta.defaultSeverity === "error" ? "error" : "warning" }
            }))
          }
        },
        originalUriBaseIds: { SRCROOT: { description: { text: "The directory ledgerlint ran in (the repository root in CI)." } } },
        results: results.flatMap(
          (r) => r.messages.map((m) => {
            const index = m.ruleId === null ? void 0 : ruleIndex.get(m.ruleId);
            const region = { startLine: m.line, startColumn: m.column };
            if (m.endLine !== void 0) region.endLine = m.endLine;
            if (m.endColumn !== void 0) region.endColumn = m.endColumn;
            return {
              ...m.ruleId !== null ? { ruleId: m.ruleId } : {},
              ...index !== void 0 ? { ruleIndex: index } : {},
              level: m.severity === 2 ? "error" : "warning",
              message: { text: m.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.displayPath), uriBaseId: "SRCROOT" }, region } }]
            };
          })
        )
      }
    ]
  };
  return JSON.stringify(log, null, 2);
};

export {
  workflowCommand,
  annotationFor,
  github,
  sarif
};
