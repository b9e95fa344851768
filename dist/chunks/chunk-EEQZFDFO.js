import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/reporters/colors.ts
function colorWanted(env, isTTY, flag) {
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY === true;
}
var STYLES = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24]
};
var OUR_COLOUR_CODE = new RegExp(`^\\u001b\\[(?:${[...new Set(Object.values(STYLES).flat())].join("|")})m$`);
var wrap = ([open, close]) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
function paint(enabled) {
  if (!enabled) {
    const same = (text) => text;
    return { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };
  }
  return {
    red: wrap(STYLES.red),
    yellow: wrap(STYLES.yellow),
    green: wrap(STYLES.green),
    dim: wrap(STYLES.dim),
    bold: wrap(STYLES.bold),
    underline: wrap(STYLES.underline)
  };
}

// src/reporters/safe-output.ts
function safeOutput(text, kind, { colour = false } = {}) {
  switch (kind) {
    case "text":
      return neutraliseWorkflowCommands(showControlCharacters(text, colour));
    case "commands":
      return showControlCharacters(text, false);
    case "data":
      return protectJson(text);
  }
}
var CONTROL = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function showControlCharacters(text, keepColour = false) {
  return text.replace(CONTROL, (match) => {
    if (match === "\r\n") return match;
    if (match.length > 1)
      return keepColour && OUR_COLOUR_CODE.test(match) ? match : symbolFor(match[0]) + match.slice(1);
    return symbolFor(match);
  });
}
function symbolFor(control) {
  const code = control.charCodeAt(0);
  if (code < 32) return String.fromCharCode(9216 + code);
  return code === 127 ? "\u2421" : "\uFFFD";
}
var ZERO_WIDTH_SPACE = "\u200B";
var LINE_BREAK = /(\r\n|\r|\n)/;
var COMMAND_AT_LINE_START = /^([\s\u001c-\u001f\u0085]*)::/;
function neutraliseWorkflowCommands(text) {
  if (!text.includes("::") && !text.includes("##[")) return text;
  return text.split(LINE_BREAK).map(
    (part, index) => index % 2 === 1 ? part : part.replace(COMMAND_AT_LINE_START, `$1${ZERO_WIDTH_SPACE}::`).replaceAll("##[", `##${ZERO_WIDTH_SPACE}[`)
  ).join("");
}
function protectJson(json) {
  return json.replace(
    /##\[|[\u007f-\u009f]/g,
    (match) => match === "##[" ? "\\u0023#[" : `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export {
  colorWanted,
  paint,
  safeOutput,
  showControlCharacters,
  neutraliseWorkflowCommands
};
