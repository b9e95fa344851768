import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  neutraliseWorkflowCommands
} from "./chunk-EEQZFDFO.js";
import {
  RULES
} from "./chunk-D5AKJOSN.js";
import {
  trimEndOf
} from "./chunk-T3SKNPOK.js";
import {
  plural
} from "./chunk-FVPJHKEF.js";

// src/reporters/reporter.ts
function pathFromRoot(result, root) {
  if (root === void 0) return result.displayPath;
  const file = result.filePath.replaceAll("\\", "/");
  const top = trimEndOf(root.replaceAll("\\", "/"), "/");
  return file.startsWith(`${top}/`) ? file.slice(top.length + 1) : result.displayPath;
}

// src/reporters/github.ts
var ANNOTATIONS_PER_STEP = 10;
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
function annotationFor(result, m, file = result.displayPath) {
  const sameLine = m.endLine === void 0 || m.endLine === m.line;
  return {
    level: m.severity === 2 ? "error" : "warning",
    message: m.message,
    file,
    line: m.line,
    ...m.endLine !== void 0 ? { endLine: m.endLine } : {},
    // GitHub takes columns only for a single-line annotation.
    ...sameLine ? { column: m.column } : {},
    ...sameLine && m.endColumn !== void 0 ? { endColumn: m.endColumn } : {},
    title: m.ruleId ?? "ledgerlint"
  };
}
var github = (results, { root }) => {
  const shown = { error: 0, warning: 0 };
  const commands = [];
  const plain = [];
  for (const result of results) {
    const file = pathFromRoot(result, root);
    for (const m of result.messages) {
      const annotation = annotationFor(result, m, file);
      const level = annotation.level;
      if (shown[level]++ < ANNOTATIONS_PER_STEP) commands.push(workflowCommand(annotation));
      else plain.push(plainLine(file, m));
    }
  }
  if (plain.length === 0) return commands.join("\n");
  return [...commands, notAnnotated(shown.error, shown.warning, plain.length), ...plain].join("\n");
};
function notAnnotated(errors, warnings, left) {
  const more = (count, kind) => count > ANNOTATIONS_PER_STEP ? [plural(count - ANNOTATIONS_PER_STEP, `more ${kind}`)] : [];
  const one = left === 1;
  const limit = `GitHub shows ${ANNOTATIONS_PER_STEP} error and ${ANNOTATIONS_PER_STEP} warning annotations per step`;
  return `ledgerlint: ${[...more(errors, "error"), ...more(warnings, "warning")].join(" and ")} ${one ? "is" : "are"} not annotated (${limit}); here ${one ? "it is" : "they are"}:`;
}
function plainLine(file, m) {
  const text = `${file}:${m.line}:${m.column}: ${m.message} [${m.severity === 2 ? "Error" : "Warning"}${m.ruleId ? `/${m.ruleId}` : ""}]`;
  return neutraliseWorkflowCommands(text.replace(/\r\n|\r|\n/g, " "));
}

// src/reporters/sarif.ts
function uriOf(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
var SRCROOT = "%SRCROOT%";
var sarif = (results, { root }) => {
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
        originalUriBaseIds: {
          [SRCROOT]: {
            description: {
              text: root !== void 0 ? "The top of the git repository." : "The directory ledgerlint ran in (not in a git repository)."
            }
          }
        },
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
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uriOf(pathFromRoot(r, root)), uriBaseId: SRCROOT },
                    region
                  }
                }
              ]
            };
          })
        )
      }
    ]
  };
  return JSON.stringify(log, null, 2);
};

export {
  ANNOTATIONS_PER_STEP,
  workflowCommand,
  annotationFor,
  github,
  sarif
};
