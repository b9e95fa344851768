import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  escapeRegExp,
  leadStripped,
  nameKey,
  stripInlineMarks,
  trimEndOf
} from "./chunk-T3SKNPOK.js";
import {
  closest,
  listing,
  plural,
  quoted
} from "./chunk-FVPJHKEF.js";
import {
  CHECKLIST_SECTIONS,
  CLAIM_SECTIONS,
  COMMIT_LISTS,
  COUNTING,
  DATE_FIELDS,
  FRONT_MATTER_KEYS,
  GROUP_PATTERN,
  HISTORY_SECTIONS,
  IGNORED_SECTIONS,
  LOG_ENTRY_HEADING,
  STATUS_EMOJI,
  STATUS_WORDS,
  TABLE_COLUMNS
} from "./chunk-SPJORHUT.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-UUJ5SKQA.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal3 = normalizeSimpleBranch(branch);
        if (literal3 && literal3.length === 1) {
          safeChars.push(literal3);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal3 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal3;
          open2.output = safeOutput || utils.escapeRegex(literal3);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/core/profiles/compile.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var cache = /* @__PURE__ */ new WeakMap();
var seen = /* @__PURE__ */ new Map();
function interned(value) {
  const key = JSON.stringify(value);
  if (!seen.has(key)) seen.set(key, value);
  return seen.get(key);
}
var fold = (names) => [...new Set(names.map(nameKey).filter(Boolean))];
var plus = (base, extra) => fold([...base, ...extra ?? []]);
function compileProfile(spec) {
  const cached2 = cache.get(spec);
  if (cached2) return cached2;
  const states2 = /* @__PURE__ */ new Map();
  const vocabulary = spec.status.states ?? STATUS_WORDS;
  for (const state of vocabulary) {
    const category = state.category ?? (state.done ? "done" : usualCategory([state.name, ...state.aliases ?? []]));
    const compiled2 = { name: state.name, category, done: category === "done" };
    for (const name of [state.name, ...state.aliases ?? []])
      if (!states2.has(statusKey(name))) states2.set(statusKey(name), compiled2);
  }
  const fields = /* @__PURE__ */ new Map();
  for (const field of spec.fields)
    for (const name of [field.name, ...field.aliases ?? []])
      if (!fields.has(nameKey(name))) fields.set(nameKey(name), field);
  const paths = spec.detect.paths;
  const claims = spec.claims ?? {};
  const compiled = {
    spec,
    name: spec.name,
    tier: spec.tier,
    titlePattern: spec.title ? new RegExp(spec.title.pattern, "iu") : null,
    phasePattern: spec.tasks ? new RegExp(spec.tasks.phase, "iu") : null,
    sessionEntry: spec.sessions ? new RegExp(spec.sessions.entry, "iu") : null,
    placeholders: spec.placeholders.map(
      (p) => typeof p === "string" ? { regex: new RegExp(escapeRegExp(p), "gu"), label: p, anchored: false } : { regex: new RegExp(p.pattern, "gu"), label: p.label ?? p.pattern, anchored: p.pattern.startsWith("^") }
    ),
    states: states2,
    stateNames: vocabulary.map((s) => s.name),
    fields,
    matchesPath: paths && paths.length > 0 ? (0, import_picomatch.default)(paths.map(anyDepth), { dot: true, nocase: true }) : null,
    groupPattern: new RegExp(spec.groups?.pattern ?? GROUP_PATTERN, "iu"),
    logEntry: new RegExp(LOG_ENTRY_HEADING, "iu"),
    work: {
      tasks: spec.work?.tasks ? fold(spec.work.tasks) : null,
      checklists: plus(CHECKLIST_SECTIONS, spec.work?.checklists),
      ignore: plus(IGNORED_SECTIONS, spec.work?.ignore)
    },
    claimSections: plus(CLAIM_SECTIONS, claims.sections),
    history: plus(HISTORY_SECTIONS, spec.history),
    counting: claims.counting ?? COUNTING,
    boxes: claims.boxes ?? "may-count",
    dates: {
      starts: plus(DATE_FIELDS.starts, spec.dates?.starts),
      updates: plus(DATE_FIELDS.updates, spec.dates?.updates)
    },
    columns: {
      group: plus(TABLE_COLUMNS.group, claims.columns?.group),
      fraction: plus(TABLE_COLUMNS.fraction, claims.columns?.fraction),
      percent: plus(TABLE_COLUMNS.percent, claims.columns?.percent),
      status: plus(TABLE_COLUMNS.status, claims.columns?.status)
    },
    frontMatter: {
      percent: plus(FRONT_MATTER_KEYS.percent, claims.frontMatter?.percent),
      done: plus(FRONT_MATTER_KEYS.done, claims.frontMatter?.done),
      total: plus(FRONT_MATTER_KEYS.total, claims.frontMatter?.total)
    },
    commitLists: interned({
      titles: plus(COMMIT_LISTS.titles, [...spec.commits?.sections ?? [], ...commitSectionNames(spec)]),
      notLists: fold(COMMIT_LISTS.notLists),
      columns: plus(COMMIT_LISTS.columns, spec.commits?.columns),
      messages: fold(COMMIT_LISTS.messages),
      checksums: fold(COMMIT_LISTS.checksums),
      files: fold(COMMIT_LISTS.files),
      examples: fold(COMMIT_LISTS.examples)
    })
  };
  cache.set(spec, compiled);
  return compiled;
}
function commitSectionNames(spec) {
  const path = spec.commits?.section;
  if (!path) return [];
  const name = path.split(">").pop().trim();
  const stack = [...spec.sections];
  while (stack.length > 0) {
    const section = stack.pop();
    if (nameKey(section.name) === nameKey(name)) return [section.name, ...section.aliases ?? []];
    stack.push(...section.children ?? []);
  }
  return [name];
}
function anyDepth(glob) {
  if (glob.startsWith("/")) return glob.slice(1);
  return glob.startsWith("**/") ? glob : `{,**/}${glob}`;
}
function usualCategory(names) {
  for (const name of names) {
    const key = statusKey(name);
    const usual = STATUS_WORDS.find((s) => [s.name, ...s.aliases ?? []].some((n) => statusKey(n) === key));
    if (usual?.category) return usual.category;
  }
  return "active";
}
function nameIn(key, names) {
  if (key === "") return false;
  return names.some(
    (name) => key === name || key.startsWith(name) && key[name.length] === " " || key.endsWith(name) && key[key.length - name.length - 1] === " "
  );
}
function statusKey(value) {
  const cut = value.split(/\s[-–—|]\s|[(:]/u)[0] ?? value;
  return nameKey(cut);
}
function lookupStatus(profile, value) {
  return profile.states.get(statusKey(value));
}
var keysOfSpec = /* @__PURE__ */ new WeakMap();
function sectionKeys(spec) {
  let keys = keysOfSpec.get(spec);
  if (!keys) keysOfSpec.set(spec, keys = [spec.name, ...spec.aliases ?? []].map(nameKey));
  return keys;
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/util.js
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (input === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap2 = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap2 && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen3 = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen3) {
      if (aborted(payload, seen3))
        break;
      seen3 = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen3 = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen3) {
        if (aborted(payload, seen3))
          break;
        seen3 = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo3 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized2 = _normalized.value;
    const syms = normalized2.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo3, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized2.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo3 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized2.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function discriminatorMap(def) {
  const map = /* @__PURE__ */ new Map();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
    for (const value of values) {
      if (map.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map.set(value, null);
      } else {
        map.set(value, option);
      }
    }
  }
  return map;
}
var $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
  def.inclusive = false;
  $ZodUnion.init(inst, def);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if (pv[zod.def.discriminator]?.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      propValues[zod.def.discriminator]?.delete(void 0);
    return propValues;
  });
  def.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def));
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input,
        inst
      });
      return payload;
    }
    const value = input?.[def.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input,
      path: [def.discriminator],
      inst
    });
    return payload;
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen3 = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen3) {
          if (aborted(payload, seen3))
            break;
          seen3 = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodPreprocess = /* @__PURE__ */ $constructor("$ZodPreprocess", (inst, def) => {
  $ZodPipe.init(inst, def);
});
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class2, params) {
  return new Class2({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class2, fn, _params) {
  const norm = normalizeParams(_params);
  norm.abort ?? (norm.abort = true);
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...norm
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  const ch = new $ZodCheck({ check: "describe" });
  ch._zod.onattach = [
    (inst) => {
      const existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ];
  ch._zod.check = () => {
  };
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen3 = ctx.seen.get(schema);
  if (seen3) {
    seen3.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen3.cycle = _params.path;
    }
    return seen3.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen3 = entry[1];
    const { ref, defId } = makeURI(entry);
    seen3.def = { ...seen3.schema };
    if (defId)
      seen3.defId = defId;
    const schema2 = seen3.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen3 = entry[1];
      if (seen3.cycle) {
        throw new Error(`Cycle detected: #/${seen3.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen3 = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen3.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen3.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen3) => JSON.stringify(seen3) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen3) => JSON.stringify(seen3) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union3 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union3[k]));
    if (Object.keys(union3).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union3);
    const branches = union3[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen3 = ctx.seen.get(zodSchema);
    if (seen3.ref === null)
      return;
    const schema2 = seen3.def ?? seen3.schema;
    const _cached = { ...schema2 };
    const ref = seen3.ref;
    seen3.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen3.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen3 of ctx.seen.values()) {
        for (const json of [seen3.schema, seen3.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen3 = entry[1];
      if (seen3.def && seen3.defId) {
        if (seen3.def.id === seen3.defId)
          delete seen3.def.id;
        assignProp(defs, seen3.defId, seen3.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var bigintProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json, _params) => {
  if (ctx.target === "openapi-3.0") {
    json.type = "string";
    json.nullable = true;
    json.enum = [null];
  } else {
    json.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var nanProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema, _ctx, json, _params) => {
  const _json = json;
  const pattern = schema._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema, _ctx, json, _params) => {
  const _json = json;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json.prefixItems = prefixItems;
    if (isClosed) {
      json.items = false;
    } else if (rest) {
      json.items = rest;
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  } else {
    json.items = prefixItems;
    if (isClosed) {
      json.additionalItems = false;
    } else if (rest) {
      json.additionalItems = rest;
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen3 = ctx.seen.get(record2);
    const names = (seen3?.def ?? seen3?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen3.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
  json.readOnly = true;
};
var promiseProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = def.innerType;
};
var lazyProcessor = (schema, ctx, _json, params) => {
  const innerType = schema._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen3 = ctx.seen.get(schema);
  seen3.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    const registry2 = input;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema] = entry;
      extractDefs(ctx2, schema);
      assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input, ctx);
  extractDefs(ctx, input);
  return finalize(ctx, input);
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function extend2(schema, shape) {
  return extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function partial2(schema, mask) {
  const def = schema._zod.def;
  if (def.type !== "tuple")
    return partial(ZodMiniOptional, schema, mask);
  if (def.checks?.length)
    throw new Error(".partial() cannot be used on tuple schemas containing refinements");
  return clone(schema, {
    ...def,
    items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item }))
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
  $ZodDiscriminatedUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var describe2 = describe;

// src/core/regex/char-sets.ts
var MAX_CODE_POINT = 1114111;
var ANY = [[0, MAX_CODE_POINT]];
var DIGITS = [[48, 57]];
var WORD = normalised([
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
]);
var SPACE = normalised([
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
]);
var LINE_TERMINATORS = normalised([
  [10, 10],
  [13, 13],
  [8232, 8233]
]);
function single(code) {
  return [[code, code]];
}
function normalised(ranges) {
  const sorted = ranges.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function union2(...sets) {
  return normalised(sets.flat());
}
function complement(set) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}
function intersects(a, b) {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aLo, aHi] = a[i];
    const [bLo, bHi] = b[j];
    if (aHi < bLo) i++;
    else if (bHi < aLo) j++;
    else return true;
  }
  return false;
}
var FOLD_LIMIT = 16;
function caseFolded(set) {
  const extra = [];
  for (const [lo, hi] of set) {
    const upperLo = Math.max(lo, 65);
    const upperHi = Math.min(hi, 90);
    if (upperLo <= upperHi) extra.push([upperLo + 32, upperHi + 32]);
    const lowerLo = Math.max(lo, 97);
    const lowerHi = Math.min(hi, 122);
    if (lowerLo <= lowerHi) extra.push([lowerLo - 32, lowerHi - 32]);
    if (hi - lo > FOLD_LIMIT) continue;
    for (let code = Math.max(lo, 128); code <= hi; code++) {
      const char = String.fromCodePoint(code);
      for (const other of [char.toLowerCase(), char.toUpperCase()]) {
        const folded = other.codePointAt(0);
        if (String.fromCodePoint(folded) === other && folded !== code) extra.push([folded, folded]);
      }
    }
  }
  return extra.length === 0 ? set : union2(set, extra);
}
var bmp = null;
var SURROGATES = 2048;
var propertySets = /* @__PURE__ */ new Map();
function unicodeProperty(name, ignoreCase) {
  const key = `${name}/${ignoreCase}`;
  const cached2 = propertySets.get(key);
  if (cached2) return cached2;
  let runs;
  try {
    runs = new RegExp(`\\p{${name}}+`, ignoreCase ? "giu" : "gu");
  } catch {
    return ANY;
  }
  if (bmp === null) {
    const chunks = [];
    for (let from = 0; from <= 65535; from += 2048) {
      if (from >= 55296 && from <= 57343) continue;
      chunks.push(String.fromCharCode(...Array.from({ length: 2048 }, (_, i) => from + i)));
    }
    bmp = chunks.join("");
  }
  const ranges = [];
  const codeAt = (index) => index < 55296 ? index : index + SURROGATES;
  for (const match of bmp.matchAll(runs)) {
    const first = match.index;
    const last = first + match[0].length - 1;
    if (first < 55296 && last >= 55296) ranges.push([first, 55295], [57344, codeAt(last)]);
    else ranges.push([codeAt(first), codeAt(last)]);
  }
  ranges.push([65536, MAX_CODE_POINT]);
  const set = normalised(ranges);
  propertySets.set(key, set);
  return set;
}

// src/core/regex/syntax.ts
var RegexTooDeep = class extends Error {
};
var MAX_DEPTH = 200;
var EMPTY = { kind: "empty" };
function parseRegex(source, flags) {
  return new Reader(source, flags.includes("u") || flags.includes("v")).read();
}
var Reader = class {
  constructor(source, unicode) {
    this.source = source;
    this.unicode = unicode;
  }
  source;
  unicode;
  pos = 0;
  depth = 0;
  lookarounds = [];
  read() {
    const root = this.disjunction();
    return { root, lookarounds: this.lookarounds };
  }
  disjunction() {
    if (++this.depth > MAX_DEPTH) throw new RegexTooDeep();
    const options = [this.alternative()];
    while (this.source[this.pos] === "|") {
      this.pos++;
      options.push(this.alternative());
    }
    this.depth--;
    return options.length === 1 ? options[0] : { kind: "choice", options };
  }
  alternative() {
    const items = [];
    while (this.pos < this.source.length && this.source[this.pos] !== "|" && this.source[this.pos] !== ")")
      items.push(this.term());
    return items.length === 1 ? items[0] : { kind: "sequence", items };
  }
  term() {
    const start = this.pos;
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    return { kind: "repeat", body: atom, min: quantifier.min, max: quantifier.max, start, end: this.pos };
  }
  atom() {
    const { source } = this;
    const start = this.pos;
    const ch = source[start];
    if (ch === "^" || ch === "$") {
      this.pos++;
      return EMPTY;
    }
    if (ch === "(") return this.group();
    if (ch === "[") {
      let at2 = start + 1;
      if (source[at2] === "^") at2++;
      while (at2 < source.length && source[at2] !== "]") at2 += source[at2] === "\\" ? 2 : 1;
      this.pos = at2 + 1;
    } else if (ch === "\\") {
      const next = source[start + 1];
      if (next === "b" || next === "B") {
        this.pos += 2;
        return EMPTY;
      }
      if (next >= "1" && next <= "9" || next === "k" && source[start + 2] === "<") {
        this.skipBackReference();
        return EMPTY;
      }
      this.pos = start + escapeLength(source, start, this.unicode);
    } else {
      this.pos += source.codePointAt(start) > 65535 ? 2 : 1;
    }
    return { kind: "chars", atom: source.slice(start, this.pos) };
  }
  group() {
    const { source } = this;
    let lookaround = false;
    if (source.startsWith("(?=", this.pos) || source.startsWith("(?!", this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (source.startsWith("(?<=", this.pos) || source.startsWith("(?<!", this.pos)) {
      this.pos += 4;
      lookaround = true;
    } else if (source.startsWith("(?<", this.pos)) {
      this.pos = source.indexOf(">", this.pos) + 1;
    } else if (source.startsWith("(?", this.pos)) {
      this.pos = source.indexOf(":", this.pos) + 1;
    } else {
      this.pos++;
    }
    const body = this.disjunction();
    this.pos++;
    if (!lookaround) return body;
    this.lookarounds.push(body);
    return EMPTY;
  }
  quantifier() {
    const { source } = this;
    const ch = source[this.pos];
    let bounds = null;
    if (ch === "*") bounds = { min: 0, max: Infinity };
    else if (ch === "+") bounds = { min: 1, max: Infinity };
    else if (ch === "?") bounds = { min: 0, max: 1 };
    if (bounds) this.pos++;
    else if (ch === "{") {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.pos, this.pos + 40));
      if (!braces) return null;
      const min = Number(braces[1]);
      bounds = { min, max: braces[2] === void 0 ? min : braces[3] === "" ? Infinity : Number(braces[3]) };
      this.pos += braces[0].length;
    } else return null;
    if (source[this.pos] === "?") this.pos++;
    return bounds;
  }
  skipBackReference() {
    this.pos++;
    if (this.source[this.pos] === "k") this.pos = this.source.indexOf(">", this.pos) + 1;
    else while (/\d/.test(this.source[this.pos] ?? "")) this.pos++;
  }
};
function escapeLength(source, at2, unicode) {
  const next = source[at2 + 1];
  const rest = source.slice(at2 + 2, at2 + 12);
  if ((next === "p" || next === "P") && unicode && rest.startsWith("{")) return source.indexOf("}", at2) - at2 + 1;
  if (next === "u") return 2 + (/^(?:[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\})/.exec(rest)?.[0].length ?? 0);
  if (next === "x") return 2 + (/^[0-9A-Fa-f]{2}/.test(rest) ? 2 : 0);
  if (next === "c") return /^[A-Za-z]/.test(rest) ? 3 : 2;
  return 1 + (source.codePointAt(at2 + 1) > 65535 ? 2 : 1);
}

// src/core/regex/atoms.ts
var memo2 = /* @__PURE__ */ new Map();
function readsOf(atom, flags) {
  const key = `${flags}/${atom}`;
  let set = memo2.get(key);
  if (!set) memo2.set(key, set = new AtomReader(atom, flags).read());
  return set;
}
var AtomReader = class {
  constructor(source, flags) {
    this.source = source;
    this.ignoreCase = flags.includes("i");
    this.dotAll = flags.includes("s");
    this.unicode = flags.includes("u") || flags.includes("v");
  }
  source;
  pos = 0;
  ignoreCase;
  dotAll;
  unicode;
  read() {
    const ch = this.source[0];
    if (ch === ".") return this.dotAll ? ANY : complement(LINE_TERMINATORS);
    if (ch === "[") return this.charClass();
    return this.member(ch === "\\" ? this.escape() : this.source.codePointAt(0));
  }
  charClass() {
    const { source } = this;
    this.pos = 1;
    const negated = source[this.pos] === "^";
    if (negated) this.pos++;
    const parts = [];
    while (this.pos < source.length && source[this.pos] !== "]") {
      const from = this.classAtom();
      if (typeof from === "number" && source[this.pos] === "-" && this.pos + 1 < source.length && source[this.pos + 1] !== "]") {
        const save = this.pos;
        this.pos++;
        const to = this.classAtom();
        if (typeof to === "number") {
          parts.push(this.folded([[from, to]]));
          continue;
        }
        this.pos = save;
      }
      parts.push(this.member(from));
    }
    const members2 = union2(...parts);
    return negated ? complement(members2) : members2;
  }
  /** A character (unfolded, as it may end a range) or a class escape (folded) at pos, advancing past it. */
  classAtom() {
    const { source } = this;
    if (source[this.pos] === "\\") {
      if (source[this.pos + 1] === "b") {
        this.pos += 2;
        return 8;
      }
      return this.escape();
    }
    const code = source.codePointAt(this.pos);
    this.pos += code > 65535 ? 2 : 1;
    return code;
  }
  /** The escape at pos (a backslash), advancing past it: one character, or a class. */
  escape() {
    const { source } = this;
    const at2 = this.pos;
    const length = escapeLength(source, at2, this.unicode);
    this.pos += length;
    const next = source[at2 + 1];
    const body = source.slice(at2 + 2, at2 + length);
    if ((next === "p" || next === "P") && body.startsWith("{")) {
      const set = unicodeProperty(body.slice(1, -1), this.ignoreCase);
      return next === "P" ? complement(set) : set;
    }
    switch (next) {
      case "d":
        return DIGITS;
      case "D":
        return complement(DIGITS);
      case "w":
        return this.folded(WORD);
      case "W":
        return complement(WORD);
      case "s":
        return SPACE;
      case "S":
        return complement(SPACE);
      case "n":
        return 10;
      case "r":
        return 13;
      case "t":
        return 9;
      case "v":
        return 11;
      case "f":
        return 12;
      case "0":
        return 0;
      default:
        break;
    }
    if (next === "c" && body !== "") return body.charCodeAt(0) % 32;
    if ((next === "x" || next === "u") && body !== "") return parseInt(body.replace(/[{}]/g, ""), 16);
    if (next >= "1" && next <= "9") return next.charCodeAt(0) - 48;
    return source.codePointAt(at2 + 1);
  }
  member(read) {
    return typeof read === "number" ? this.folded(single(read)) : read;
  }
  folded(set) {
    return this.ignoreCase ? caseFolded(set) : set;
  }
};

// src/core/regex/backtracking.ts
var MAX_WORK = 25e4;
var TooComplex = class extends Error {
};
function checkBacktracking(source, flags = "u") {
  let parsed;
  try {
    parsed = parseRegex(source, flags);
  } catch (error2) {
    if (error2 instanceof RegexTooDeep) return { safe: false, reason: "too-complex" };
    throw error2;
  }
  const suspects = [parsed.root, ...parsed.lookarounds].flatMap((root) => loopsIn(root, true)).filter((loop) => !isFixedText(loop.body));
  const spent = { work: 0 };
  try {
    for (const suspect of suspects) {
      if (!isExponential(suspect, flags, spent)) continue;
      const loops = loopsIn(suspect, false).sort((a, b) => a.end - a.start - (b.end - b.start));
      const culprit = loops.find((loop) => isExponential(loop, flags, spent)) ?? suspect;
      return { safe: false, reason: "exponential", culprit: source.slice(culprit.start, culprit.end) };
    }
  } catch (error2) {
    if (error2 instanceof TooComplex) return { safe: false, reason: "too-complex" };
    throw error2;
  }
  return { safe: true };
}
function loopsIn(root, outermostOnly) {
  const loops = [];
  const stack = [root];
  while (stack.length > 0) {
    const node2 = stack.pop();
    if (node2.kind === "repeat") {
      if (node2.max > 1) loops.push(node2);
      if (node2.max <= 1 || !outermostOnly) stack.push(node2.body);
    } else if (node2.kind === "sequence") stack.push(...node2.items);
    else if (node2.kind === "choice") stack.push(...node2.options);
  }
  return loops;
}
function isFixedText(node2) {
  if (node2.kind === "chars" || node2.kind === "empty") return true;
  return node2.kind === "sequence" && node2.items.every(isFixedText);
}
var cap = (n) => Math.min(n, 2);
var Automaton = class {
  /** Work is counted across every automaton one check builds. */
  constructor(spent) {
    this.spent = spent;
  }
  spent;
  atoms = [""];
  // step 0 is the start
  next = [/* @__PURE__ */ new Map()];
  spend(amount) {
    this.spent.work += amount;
    if (this.spent.work > MAX_WORK) throw new TooComplex();
  }
  step(atom) {
    this.atoms.push(atom);
    this.next.push(/* @__PURE__ */ new Map());
    return this.atoms.length - 1;
  }
  link(from, to, times = 1) {
    this.spend(from.size * to.size);
    for (const [a, waysA] of from) {
      const out = this.next[a];
      for (const [b, waysB] of to) out.set(b, cap((out.get(b) ?? 0) + waysA * waysB * times));
    }
  }
};
function scaled(ways, by) {
  const out = /* @__PURE__ */ new Map();
  if (by > 0) for (const [k, v] of ways) out.set(k, cap(v * by));
  return out;
}
function added(a, b) {
  const out = new Map(a);
  addInto(out, b);
  return out;
}
function addInto(into, more) {
  for (const [k, v] of more) into.set(k, cap((into.get(k) ?? 0) + v));
}
function build(node2, automaton) {
  switch (node2.kind) {
    case "chars": {
      const id = automaton.step(node2.atom);
      return { empty: 0, first: /* @__PURE__ */ new Map([[id, 1]]), last: /* @__PURE__ */ new Map([[id, 1]]) };
    }
    case "empty":
      return { empty: 1, first: /* @__PURE__ */ new Map(), last: /* @__PURE__ */ new Map() };
    case "choice": {
      const either = { empty: 0, first: /* @__PURE__ */ new Map(), last: /* @__PURE__ */ new Map() };
      for (const option of node2.options) {
        const part = build(option, automaton);
        either.empty = cap(either.empty + part.empty);
        addInto(either.first, part.first);
        addInto(either.last, part.last);
      }
      return either;
    }
    case "sequence": {
      let sofar = { empty: 1, first: /* @__PURE__ */ new Map(), last: /* @__PURE__ */ new Map() };
      for (const item of node2.items) {
        const part = build(item, automaton);
        automaton.spend(sofar.first.size + sofar.last.size);
        automaton.link(sofar.last, part.first);
        sofar = {
          empty: cap(sofar.empty * part.empty),
          first: added(sofar.first, scaled(part.first, sofar.empty)),
          last: added(part.last, scaled(sofar.last, part.empty))
        };
      }
      return sofar;
    }
    case "repeat": {
      if (node2.max === 0) return { empty: 1, first: /* @__PURE__ */ new Map(), last: /* @__PURE__ */ new Map() };
      const body = build(node2.body, automaton);
      if (node2.max === 1) return { ...body, empty: cap(body.empty + (node2.min === 0 ? 1 : 0)) };
      automaton.link(body.last, body.first, body.empty > 0 && node2.min >= 2 ? 2 : 1);
      return { empty: node2.min === 0 ? 1 : body.empty, first: body.first, last: body.last };
    }
  }
}
function isExponential(root, flags, spent) {
  const automaton = new Automaton(spent);
  const whole = build(root, automaton);
  automaton.link(/* @__PURE__ */ new Map([[0, 1]]), whole.first);
  const size = automaton.atoms.length;
  automaton.spend(size * size);
  const { atoms, next } = automaton;
  const sets = [];
  const setOf = (step) => sets[step] ??= readsOf(atoms[step], flags);
  const successors = (pair2) => {
    const p = Math.floor(pair2 / size);
    const q = pair2 % size;
    automaton.spend(next[p].size * next[q].size);
    const out = [];
    for (const p2 of next[p].keys())
      for (const q2 of next[q].keys()) if (p2 === q2 || intersects(setOf(p2), setOf(q2))) out.push(p2 * size + q2);
    return out;
  };
  const component = stronglyConnected(0, successors, size * size);
  const diagonal = /* @__PURE__ */ new Set();
  const different = /* @__PURE__ */ new Set();
  for (let pair2 = 0; pair2 < size * size; pair2++) {
    const id = component[pair2];
    if (id === -1) continue;
    const p = Math.floor(pair2 / size);
    if (p !== pair2 % size) {
      different.add(id);
      continue;
    }
    diagonal.add(id);
    for (const [c, ways] of next[p]) if (ways > 1 && component[c * size + c] === id) different.add(id);
  }
  for (const id of diagonal) if (different.has(id)) return true;
  return false;
}
function stronglyConnected(start, successors, count) {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const stack = [];
  const work = [];
  let counter = 0;
  let components = 0;
  const open2 = (node2) => {
    index[node2] = low[node2] = counter++;
    stack.push(node2);
    onStack[node2] = 1;
    work.push({ node: node2, edges: successors(node2), at: 0 });
  };
  open2(start);
  while (work.length > 0) {
    const frame = work[work.length - 1];
    if (frame.at < frame.edges.length) {
      const to = frame.edges[frame.at++];
      if (index[to] === -1) open2(to);
      else if (onStack[to]) low[frame.node] = Math.min(low[frame.node], index[to]);
      continue;
    }
    work.pop();
    const parent = work[work.length - 1];
    if (parent) low[parent.node] = Math.min(low[parent.node], low[frame.node]);
    if (low[frame.node] !== index[frame.node]) continue;
    const members2 = [];
    let member;
    do {
      member = stack.pop();
      onStack[member] = 0;
      members2.push(member);
    } while (member !== frame.node);
    if (members2.length === 1 && !frame.edges.includes(frame.node)) continue;
    for (const m of members2) component[m] = components;
    components++;
  }
  return component;
}

// src/core/zod.ts
config(en_default());
var text = () => string2().check(_minLength(1));
var regexSource = () => text().check(
  superRefine((source, ctx) => {
    try {
      new RegExp(source, "iu");
    } catch (error2) {
      ctx.addIssue({
        code: "custom",
        message: `not a valid regular expression (${error2.message})`,
        input: source
      });
      return;
    }
    const verdict = checkBacktracking(source, "iu");
    if (!verdict.safe) ctx.addIssue({ code: "custom", message: backtrackingMessage(verdict), input: source });
  })
);
function backtrackingMessage(verdict) {
  if (verdict.reason === "too-complex")
    return "the regular expression is too large or too deeply nested to be checked for runaway backtracking; simplify it";
  return `the regular expression can take exponential time on a long line: "${verdict.culprit}" repeats a part that can match the same text in more than one way, and a failing match tries every way; rewrite it so that each piece of text can be matched only one way (e.g. "([a-z]+\\s?)+" as "[a-z]+(?:\\s[a-z]+)*\\s?")`;
}
var described = (schema, description) => schema.check(describe2(description));
function issueToTell(issues) {
  return issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
}
function describeIssues(issues, wording = {}) {
  return describeIssue(issueToTell(issues), wording);
}
function describeIssue(issue2, wording = {}) {
  const at2 = [...wording.at ?? [], ...issue2.path];
  const subject = at2.length === 0 ? wording.whole ?? "the value" : `"${keyPath(at2)}"`;
  const got = seen2(issue2.input);
  const gotPart = got === null ? "" : ` (got ${got})`;
  switch (issue2.code) {
    case "invalid_type":
      if (issue2.input === void 0 && at2.length > 0) return `${subject} is required`;
      return `${subject} must be ${typeName(issue2.expected)}${gotPart}`;
    case "invalid_value":
      return `${subject} must be ${choices(issue2.values.map(literal2))}${gotPart}`;
    case "too_small":
    case "too_big":
      return `${subject} must ${bound(issue2)}${gotPart}`;
    case "unrecognized_keys":
      return unknownKeys(issue2.keys, at2.length === 0 ? null : subject, issue2.path, wording);
    case "invalid_union":
      return unionMismatch(issue2, wording);
    case "invalid_format":
      return `${subject} must ${issue2.format === "regex" && issue2.pattern ? `match ${issue2.pattern}` : `be a valid ${issue2.format}`}${gotPart}`;
    case "not_multiple_of":
      return `${subject} must be a multiple of ${issue2.divisor}${gotPart}`;
    case "invalid_key":
    case "invalid_element": {
      const inner = issue2.issues[0];
      return `${subject} has an invalid ${issue2.code === "invalid_key" ? "key" : "element"}${inner ? `: ${describeIssue({ ...inner, path: [] }, {})}` : ""}`;
    }
    default:
      return `${subject}: ${issue2.message}`;
  }
}
function keyPath(path) {
  return path.map(
    (p, i) => typeof p === "number" ? `[${p}]` : /^[\w$-]+$/u.test(String(p)) ? `${i === 0 ? "" : "."}${String(p)}` : `[${JSON.stringify(String(p))}]`
  ).join("");
}
function seen2(input) {
  if (input === void 0) return null;
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 39)}\u2026` : input);
  if (Array.isArray(input)) return "a list";
  if (input === null || typeof input !== "object") return String(input);
  return "an object";
}
var TYPE_NAMES = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "true or false",
  array: "a list",
  tuple: "a list",
  set: "a list",
  object: "an object",
  record: "an object",
  map: "an object",
  null: "null"
};
var typeName = (expected) => TYPE_NAMES[expected] ?? `a ${expected}`;
var literal2 = (value) => typeof value === "string" ? JSON.stringify(value) : String(value);
function choices(options) {
  return options.length === 1 ? options[0] : `one of ${options.join(", ")}`;
}
function bound(issue2) {
  const small = issue2.code === "too_small";
  const limit = Number(small ? issue2.minimum : issue2.maximum);
  const { origin, exact, inclusive } = issue2;
  const unit = origin === "string" ? "character" : origin === "array" || origin === "set" ? "item" : null;
  if (unit === null)
    return `be ${exact ? "exactly" : inclusive ? small ? "at least" : "at most" : small ? "greater than" : "less than"} ${limit}`;
  if (small && limit === 1 && !exact) return "not be empty";
  const count = `${limit} ${unit}${limit === 1 ? "" : "s"}`;
  return `have ${exact ? "exactly" : small ? "at least" : "at most"} ${count}`;
}
function unknownKeys(keys, subject, path, wording) {
  const allowed = wording.schema ? keysAt(wording.schema, path) : null;
  const meant = allowed && keys.length === 1 ? closest(keys[0], allowed) : null;
  const hint = allowed === null ? "" : allowed.length === 0 ? ` (${wording.noKeys ?? "no keys are allowed here"})` : ` (allowed: ${allowed.join(", ")})`;
  const named = `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`;
  return `${subject ? `${subject} has an ${named}` : named}${meant ? `; did you mean "${meant}"?` : ""}${hint}`;
}
function unionMismatch(issue2, wording) {
  const at2 = [...wording.at ?? [], ...issue2.path];
  const deeper = issue2.errors.find(
    (branch) => branch.length > 0 && branch.every((i) => i.path.length > 0 || !SHAPE_CODES.has(i.code))
  );
  if (deeper)
    return describeIssue(deeper[0], {
      ...wording,
      at: at2,
      ...wording.schema ? { schema: subSchema(wording.schema, issue2.path) } : {}
    });
  const { values, types } = accepted(issue2.errors);
  const sameKind = values.filter((v) => typeof v === typeof issue2.input);
  const listed = (sameKind.length > 0 ? sameKind : values).map(literal2);
  const kinds = sameKind.length > 0 ? [] : types;
  const subject = at2.length === 0 ? wording.whole ?? "the value" : `"${keyPath(at2)}"`;
  const got = seen2(issue2.input);
  const gotPart = got === null ? "" : ` (got ${got})`;
  if (listed.length === 0 && kinds.length === 0) return `${subject} does not have any of the accepted forms${gotPart}`;
  const expected = [listed.length > 0 ? choices(listed) : "", kinds.join(" or ")].filter(Boolean).join(", or ");
  return `${subject} must be ${expected}${gotPart}`;
}
var SHAPE_CODES = /* @__PURE__ */ new Set(["invalid_type", "invalid_value", "invalid_union"]);
function accepted(branches) {
  const values = [];
  const types = /* @__PURE__ */ new Set();
  for (const issue2 of branches.flat()) {
    if (issue2.path.length > 0) continue;
    if (issue2.code === "invalid_value") values.push(...issue2.values);
    else if (issue2.code === "invalid_type") types.add(typeName(issue2.expected));
    else if (issue2.code === "invalid_union") {
      const inner = accepted(issue2.errors);
      values.push(...inner.values);
      for (const type of inner.types) types.add(type);
    }
  }
  return { values, types: [...types] };
}
var defOf = (schema) => schema._zod.def;
function subSchema(schema, path) {
  if (!schema) return void 0;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in ?? def.getter?.();
  if (inner) return subSchema(inner, path);
  if (path.length === 0) return schema;
  if (def.type === "union") return def.options.map((o) => subSchema(o, path)).find(Boolean);
  const [key, ...rest] = path;
  if (def.type === "object")
    return Object.hasOwn(def.shape, String(key)) ? subSchema(def.shape[String(key)], rest) : void 0;
  if (def.type === "array") return subSchema(def.element, rest);
  if (def.type === "record") return subSchema(def.valueType, rest);
  if (def.type === "tuple") return subSchema(def.items[Number(key)] ?? def.rest ?? void 0, rest);
  return void 0;
}
function keysAt(schema, path) {
  const found = subSchema(schema, path);
  if (!found) return null;
  const def = defOf(found);
  if (def.type === "object") return Object.keys(def.shape);
  if (def.type === "union") return def.options.map((o) => keysAt(o, [])).find((k) => k !== null) ?? null;
  return null;
}

// src/core/text/lines.ts
function splitLines(source) {
  const text2 = [];
  const starts = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      text2.push(source.slice(start, i));
      starts.push(start);
      if (ch === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  text2.push(source.slice(start));
  starts.push(start);
  return { text: text2, starts };
}
function countLines(content) {
  if (content.length === 0) return 0;
  let lines = 0;
  for (let i = content.indexOf(10); i >= 0; i = content.indexOf(10, i + 1)) lines++;
  return content[content.length - 1] === 10 ? lines : lines + 1;
}
function lineAt(lines, offset) {
  const { starts } = lines;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
function lineContent(line) {
  const prefix = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\]\*?[ \t]+)?)?/.exec(line)[0];
  const content = line.slice(prefix.length).trimEnd();
  return { content, offset: prefix.length };
}

// src/core/profiles/detect.ts
var HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/;
var BOLD_KEY = /^ {0,3}(?:[-*+][ \t]+)?\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)/;
var FRONT_KEY = /^([A-Za-z][\w -]{0,60}):/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var BOX_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX~/-]\]/;
var CLAIM_HINT = /\d\s?%|\d ?\/ ?\d|\bstatus\b[*_ \t]*:|[✅🔄⏳🚧]/iu;
var FRONT_CLAIM_KEYS = /* @__PURE__ */ new Set(["status", "percent", "progress"]);
function scanOutline(text2) {
  const names = /* @__PURE__ */ new Set();
  const headings = [];
  const nonProse = /* @__PURE__ */ new Set();
  let title = null;
  let fence = null;
  let boxes = 0;
  let claims = 0;
  let inFrontMatter = false;
  let frontMatterEnd = 0;
  const lines = splitLines(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2).text;
  for (let lineNo = 1; lineNo <= lines.length; lineNo++) {
    const line = lines[lineNo - 1];
    if (lineNo === 1 && line.trimEnd() === "---") {
      inFrontMatter = true;
      nonProse.add(lineNo);
      continue;
    }
    if (inFrontMatter) {
      nonProse.add(lineNo);
      const trimmed = line.trimEnd();
      if (trimmed === "---" || trimmed === "...") {
        inFrontMatter = false;
        frontMatterEnd = lineNo;
      } else {
        const key = FRONT_KEY.exec(line);
        if (key) names.add(nameKey(key[1]));
        if (key && FRONT_CLAIM_KEYS.has(key[1].toLowerCase())) claims++;
      }
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      nonProse.add(lineNo);
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      nonProse.add(lineNo);
      fence = fenceMatch[1];
      continue;
    }
    if (BOX_LINE.test(line)) boxes++;
    if (CLAIM_HINT.test(line)) claims++;
    const heading = HEADING.exec(line);
    if (heading) {
      const headingText = closingHashesRemoved((heading[2] ?? "").trim());
      if (headings.length === 0 && heading[1].length === 1) title = headingText;
      const key = nameKey(headingText);
      headings.push({ depth: heading[1].length, key, line: lineNo });
      names.add(key);
      continue;
    }
    const bold = BOLD_KEY.exec(line);
    if (bold) names.add(nameKey(bold[1]));
  }
  if (inFrontMatter) frontMatterEnd = nonProse.size;
  return { title, names, headings, nonProse, frontMatterEnd, boxes, claims };
}
function closingHashesRemoved(text2) {
  const hashes = trimEndOf(text2, "#");
  return hashes.length < text2.length && (hashes === "" || hashes.endsWith(" ") || hashes.endsWith("	")) ? hashes.trimEnd() : text2;
}
function detectProfile(outline, profiles, path) {
  let best = null;
  for (const profile of profiles) {
    if (profile.tier === "generic") continue;
    const seen3 = seenSignals(outline, profile);
    const { title, minSignals, requires } = profile.spec.detect;
    const byTitle = title !== void 0 && outline.title !== null && new RegExp(title, "iu").test(outline.title);
    const byPath = path !== void 0 && profile.matchesPath !== null && profile.matchesPath(path);
    const required2 = (requires ?? []).every((name) => outline.names.has(nameKey(name)));
    const bySignals = minSignals > 0 && seen3.length >= minSignals && required2;
    const byPathAndSignals = profile.tier !== "template" && byPath && seen3.length >= Math.floor(minSignals / 2);
    if (!byTitle && !bySignals && !byPathAndSignals) continue;
    const score = (byTitle ? 4 : 0) + (byPath ? 2 : 0) + (bySignals ? 1 : 0) + seen3.length / 100;
    if (best && score <= best.score) continue;
    const reasons = [
      byTitle ? `its title matches /${title}/` : "",
      byPath ? `its path matches ${profile.spec.detect.paths.join(", ")}` : "",
      seen3.length > 0 ? `it has ${seen3.join(", ")}` : ""
    ];
    best = { profile, score, reason: reasons.filter(Boolean).join(" and ") };
  }
  if (best) return { profile: best.profile, reason: best.reason };
  const generic = profiles.find((p) => p.tier === "generic");
  if (generic && outline.boxes > 0 && outline.claims > 0) {
    return {
      profile: generic,
      reason: `it has ${outline.boxes} checkbox${outline.boxes === 1 ? "" : "es"} and ${outline.claims} progress or status line${outline.claims === 1 ? "" : "s"}, and no other profile matches`
    };
  }
  return null;
}
function seenSignals(outline, profile) {
  return profile.spec.detect.signals.filter((signal) => outline.names.has(nameKey(signal)));
}
function notALedgerReason(outline) {
  if (outline.boxes === 0 && outline.claims === 0) return "no checkboxes and no progress or status claims";
  if (outline.boxes === 0) return "no checkboxes (work items), and no profile matches its title, path or sections";
  return "no progress or status claim to check, and no profile matches its title, path or sections";
}

// src/core/text/inline.ts
var CODE_SPAN = /`([^`\n]+)`/g;
function htmlComments(text2, insideAtStart = false) {
  const spans = [];
  let open2 = insideAtStart ? 0 : text2.indexOf("<!--");
  let skip = insideAtStart ? 0 : 4;
  while (open2 >= 0) {
    const close = text2.indexOf("-->", open2 + skip);
    if (close < 0) {
      spans.push([open2, text2.length]);
      return { spans, insideAtEnd: true };
    }
    spans.push([open2, close + 3]);
    open2 = text2.indexOf("<!--", close + 3);
    skip = 4;
  }
  return { spans, insideAtEnd: false };
}
function withoutHtmlComments(text2) {
  let out = "";
  let at2 = 0;
  for (const [start, end] of htmlComments(text2).spans) {
    out += text2.slice(at2, start);
    at2 = end;
  }
  return out + text2.slice(at2);
}
function blankHtmlComments(text2, insideAtStart = false) {
  if (!insideAtStart && !text2.includes("<!--")) return { text: text2, insideAtEnd: false };
  const { spans, insideAtEnd } = htmlComments(text2, insideAtStart);
  let out = "";
  let at2 = 0;
  for (const [start, end] of spans) {
    out += text2.slice(at2, start) + " ".repeat(end - start);
    at2 = end;
  }
  return { text: out + text2.slice(at2), insideAtEnd };
}

// src/core/ledger/sections.ts
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
function sectionHolding(ledger, line) {
  let found = null;
  for (const s of ledger.allSections) if (s.line <= line && line <= s.endLine) found = s;
  return found;
}
function itemsIn(ledger, section) {
  return ledger.items.filter((i) => i.line > section.line && i.line <= section.endLine);
}
function checkboxesIn(ledger, section) {
  return itemsIn(ledger, section).filter((i) => i.checkbox !== null);
}

// src/core/ledger/blockers.ts
var NONE2 = /^(?:none|n\/a|na|nothing|no blockers?|-|—)(?:\s+(?:currently|at the moment|yet))?[.!]?$/i;
var RESOLVED_STATUS = /^(?:✅\s*)?(?:resolved|closed|fixed|done|unblocked)\b/iu;
var RESOLVED_IN_TEXT = [
  /\(\s*(?:resolved|closed|fixed)\b|\[\s*(?:resolved|closed|fixed)\s*\]/i,
  /^(?:resolved|unblocked)\b(?!-)/i,
  /\b(?:RESOLVED|FIXED|UNBLOCKED)\b/
];
var STATUS_LABEL = /^status\s*:/i;
function isNoneText(text2) {
  const plain = stripInlineMarks(text2).trim();
  return plain === "" || NONE2.test(plain);
}
function currentBlockersSection(ledger, profile) {
  const path = profile.spec.completion.blockers;
  return path ? findSection(ledger, profile, path) : void 0;
}
function currentBlockers(ledger, profile) {
  const section = currentBlockersSection(ledger, profile);
  if (!section) return [];
  const out = [];
  if (section.inlineText && !isNoneText(section.inlineText)) {
    out.push({
      text: section.inlineText,
      line: section.line,
      column: section.column,
      endLine: section.line,
      resolved: resolvedMark(section.inlineText)
    });
  }
  const items = itemsIn(ledger, section).filter((i) => i.section === section);
  const outermost = items.filter((i) => !items.includes(i.parent));
  for (const item of outermost) {
    if (isNoneText(item.text)) continue;
    out.push({
      text: item.text,
      line: item.line,
      column: item.column,
      endLine: item.endLine,
      resolved: itemResolvedMark(item)
    });
  }
  if (items.length === 0 && !section.inlineText) {
    for (let line = section.line + 1; line <= section.endLine; line++) {
      const text2 = ledger.lines.text[line - 1].trim();
      if (ledger.prose[line - 1] && text2 !== "" && !/^-{3,}$|^\*{3,}$/.test(text2) && !isNoneText(text2)) {
        out.push({ text: text2, line, column: 1, endLine: line, resolved: resolvedMark(text2) });
        break;
      }
    }
  }
  return out;
}
function resolvedBlockersSection(ledger, current) {
  const siblings = current.parent?.children ?? ledger.sections;
  return siblings.find((s) => s !== current && /\bresolved\b/i.test(s.title));
}
function openBlockers(ledger, profile) {
  return currentBlockers(ledger, profile).filter((b) => b.resolved === null).map(({ text: text2, line, column }) => ({ text: text2, line, column }));
}
function itemResolvedMark(item) {
  if (item.struck) return "is struck through";
  if (item.checkbox?.state === "done") return `is ticked (${item.checkbox.marker})`;
  const own2 = resolvedMark(item.text);
  if (own2) return own2;
  const status = item.children.find(
    (child) => STATUS_LABEL.test(child.text) && RESOLVED_STATUS.test(stripInlineMarks(child.text.replace(STATUS_LABEL, "")))
  );
  return status ? `has "${stripInlineMarks(status.text).replace(/\s+/g, " ")}" at line ${status.line}` : null;
}
function resolvedMark(text2) {
  if (/^~~/.test(text2.trim())) return "is struck through";
  if (/✅/u.test(text2)) return "is marked \u2705";
  const plain = stripInlineMarks(text2);
  for (const pattern of RESOLVED_IN_TEXT) {
    const said = pattern.exec(plain);
    if (said) return `says ${quotedMark(plain, said.index)}`;
  }
  return null;
}
function quotedMark(plain, at2) {
  const rest = plain.slice(at2);
  const close = rest.startsWith("(") ? rest.indexOf(")") : rest.startsWith("[") ? rest.indexOf("]") : -1;
  const words = close > 0 ? rest.slice(0, close + 1) : /^\S+/.exec(rest)?.[0] ?? rest;
  return `"${words.length > 40 ? `${words.slice(0, 39)}\u2026` : words}"`;
}

// src/core/ledger/roles.ts
function isGroupHeading(profile, section) {
  return section.kind === "heading" && profile.groupPattern.test(leadStripped(section.title));
}
function startsWithName(key, names) {
  return names.some((name) => key === name || key.startsWith(`${name} `));
}
function inLogEntry(profile, section) {
  for (let s = section; s; s = s.parent)
    if (!isGroupHeading(profile, s) && profile.logEntry.test(s.title.replace(/^[^\p{L}\p{N}[]+/u, ""))) return true;
  return false;
}
function inHistory(profile, section) {
  for (let s = section; s; s = s.parent) if (isHistorySection(profile, s)) return true;
  return false;
}
var historyCache = /* @__PURE__ */ new WeakMap();
function isHistorySection(profile, section) {
  const cached2 = historyCache.get(section);
  if (cached2?.profile === profile) return cached2.history;
  const title = section.title.replace(/^[^\p{L}\p{N}[]+/u, "");
  const history = !isGroupHeading(profile, section) && (startsWithName(section.key, profile.history) || profile.logEntry.test(title));
  historyCache.set(section, { profile, history });
  return history;
}
function roleIn(profile, section, line) {
  if (inHistory(profile, section)) return "history";
  const { tasks, checklists, ignore } = profile.work;
  for (let s = section; s; s = s.parent) {
    if (s.kind === "label" && line !== void 0 && line > s.blockEndLine) continue;
    if (isGroupHeading(profile, s)) continue;
    if (tasks && nameIn(s.key, tasks)) return "task";
    if (nameIn(s.key, checklists)) return "checklist";
    if (nameIn(s.key, ignore)) return "ignored";
  }
  return tasks ? "ignored" : "task";
}
function inClaimSection(profile, section) {
  for (let s = section; s; s = s.parent) if (startsWithName(s.key, profile.claimSections)) return true;
  return false;
}

// src/core/ledger/state-words.ts
var WORD2 = /[\p{L}\p{N}]+/gu;
var phraseIndex = /* @__PURE__ */ new WeakMap();
function tokensOf(text2) {
  return [...text2.matchAll(WORD2)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length
  }));
}
function phrasesOf(profile) {
  let index = phraseIndex.get(profile);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (const [key, state] of profile.states) {
    const tokens = key.split(" ").filter(Boolean);
    if (tokens.length === 0) continue;
    const list = index.get(tokens[0]) ?? [];
    list.push({ tokens, state });
    index.set(tokens[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  phraseIndex.set(profile, index);
  return index;
}
function phraseAt(profile, tokens, i) {
  for (const phrase of phrasesOf(profile).get(tokens[i].word) ?? []) {
    if (phrase.tokens.every((t, k) => tokens[i + k]?.word === t))
      return { state: phrase.state, last: i + phrase.tokens.length - 1 };
  }
  return null;
}
function emojiState(text2) {
  let best = null;
  for (const [mark, category] of Object.entries(STATUS_EMOJI)) {
    const index = text2.indexOf(mark);
    if (index >= 0 && (!best || index < best.index || index === best.index && mark.length > best.mark.length))
      best = { category, mark, index };
  }
  return best;
}
var SPEAKS_OF_A_GROUP = /\b(?:phase|stage|milestone|sprint|step|epic|story|wave|part|task)s?\s+\d/i;
function stateOfValue(profile, value) {
  if (SPEAKS_OF_A_GROUP.test(value)) return null;
  const tokens = tokensOf(value);
  const emoji2 = emojiState(value);
  if (value.includes("|") && tokens.filter((_, i) => phraseAt(profile, tokens, i)).length > 1) return null;
  const first = tokens[0];
  if (first) {
    const found = phraseAt(profile, tokens, 0);
    const end = found ? tokens[found.last].end : 0;
    if (found && !/[\p{L}\p{N}]/u.test(value.slice(0, first.start)) && endsState(value.slice(end, end + 24))) {
      return { category: found.state.category, word: value.slice(first.start, end), start: first.start, end };
    }
  }
  if (emoji2 && !/[\p{L}\p{N}]/u.test(value.slice(0, emoji2.index))) {
    return { category: emoji2.category, word: emoji2.mark, start: emoji2.index, end: emoji2.index + emoji2.mark.length };
  }
  return null;
}
var ALL_CAPS = /^[^\p{Ll}]*$/u;
var STATE_ENDS = /^[*_ \t]*(?:$|[^\p{L}\s]|(?:and|since|on|in|at|by|with|but|as|per|after|from|via|for|except|pending|awaiting|until)\b)/iu;
function endsState(after) {
  return STATE_ENDS.test(after);
}
function stateOfHeading(profile, title, nameStart) {
  const tokens = tokensOf(title);
  const from = Math.max(nameStart, title.length - 120);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.start < from) break;
    const found = phraseAt(profile, tokens, i);
    if (!found) continue;
    const start = token.start;
    const end = tokens[found.last].end;
    if (/[_\-/.]/.test(title.charAt(start - 1)) || /[_\-/]\w/.test(title.slice(end, end + 2))) continue;
    const before = title.slice(Math.max(0, start - 16), start);
    const after = title.slice(end);
    const word = title.slice(start, end);
    const opensParen = /\(\s*$/.test(before);
    const afterDash = /\s[-–—]\s*$/.test(before) || /[:|]\s*$/.test(before);
    const afterMark = new RegExp("\\p{Extended_Pictographic}\\uFE0F?[\\s*]*$", "u").test(before);
    const ends = /^[^\p{L}\p{N}(]*(?:\([^)]*\)[^\p{L}\p{N}]*)?$/u.test(after) || /^\s*\)/.test(after) || /^\s*[-–—:]/.test(after);
    if (!ends) continue;
    const isName = !/[\p{L}\p{N}]/u.test(title.slice(nameStart, start));
    if (isName && !afterMark && !opensParen) continue;
    const capsApart = ALL_CAPS.test(word) && new RegExp("\\p{Ll}", "u").test(title.slice(nameStart, start));
    if (opensParen || afterDash || afterMark || capsApart) return { category: found.state.category, word, start, end };
  }
  const emoji2 = emojiState(title);
  if (emoji2)
    return { category: emoji2.category, word: emoji2.mark, start: emoji2.index, end: emoji2.index + emoji2.mark.length };
  return null;
}

// src/core/ledger/tasks.ts
function parentTask(item) {
  for (let p = item.parent; p; p = p.parent) if (p.checkbox) return p;
  return null;
}
function describeItem(item) {
  if (item.id) return /^sub/i.test(item.text) ? `Subtask ${item.id}` : `Task ${item.id}`;
  return quoted(item.text.replace(/[ \t]*[✓✔✅☑]\uFE0F?[ \t]*$/u, "") || item.text);
}
function itemTextAfterId(item) {
  return item.text.replace(
    /^[^\p{L}\p{N}#]*(?:(?:sub)?task[ \t]+)?(?:T\d+[a-z]?|#\d+|\d+(?:\.\d+)*)(?![\p{L}\p{N}])[ \t]*[:.)–—-]?[ \t]*/iu,
    ""
  ).trim();
}
function isExempt(item) {
  return item.struck || NOT_APPLICABLE.test(item.text) || CLOSED_WORD.test(item.text);
}
var NOT_APPLICABLE = /\(\s*N\/A\s*\)|(?:^|\s)N\/A\s*[:—–-]|\bOUT OF SCOPE\b|\(\s*out of scope\b|^skipped\s*:/i;
var CLOSED_WORD = /\b(?:SKIPPED|DROPPED|REMOVED|NOT NEEDED|WON'?T DO|WONTFIX|CANCELL?ED|OBSOLETE|SUPERSEDED)\b|\(\s*(?:skipped|dropped|removed|not needed|won'?t do|wontfix|cancell?ed|obsolete|superseded)\b/;
function isOptional(item) {
  return item.checkbox?.optional === true || OPTIONAL_TAG.test(item.text) || OPTIONAL_CAPS.test(item.text);
}
var OPTIONAL_TAG = /\(\s*(?:optional|deferred|maintainer|manual|user testing|nice to have|stretch|future|post[- ]?mvp|post[- ]?merge|post[- ]?push)\b|[—–-]\s*(?:optional|deferred)\b|^(?:optional|manual test(?:ing)?|manual check|user testing)\s*[:—–-]|\boptional\s*$|^post[- ]merge verification\b/i;
var OPTIONAL_CAPS = /\b(?:OPTIONAL|DEFERRED|MANUAL|USER TESTING|POST-MERGE)\b/;
function isNotApplicable(item) {
  for (let i = item; i; i = parentTask(i)) if (isExempt(i)) return true;
  return false;
}

// src/core/ledger/work.ts
var ITEM_ID = /^(?:(?:sub)?task\s+)?(T\d{2,5}[a-z]?|#\d{1,4}|\d{1,4}(?:\.\d{1,4}){0,4})(?=[.):\s]|$)/i;
var TASK_HEADING = /^(?:(?:sub)?task\s+\d{1,4}(?:\.\d{1,4}){0,4}\b|\d{1,4}(?:\.\d{1,4}){1,4}\s)/i;
var NUMBERED_TASK = /^(?:T\d{2,5}[a-z]?\b|(?:sub)?task\s+\d)/i;
var PLACEHOLDER_ITEM = /^(?:TBD|TODO|\.\.\.|…)\s*(?:$|[(:—–-])/i;
var TASK_COLUMNS = [
  "task",
  "tasks",
  "id",
  "item",
  "step",
  "feature",
  "todo",
  "deliverable",
  "work item",
  "subtask",
  "no",
  "#"
];
function itemId(text2) {
  return ITEM_ID.exec(text2.replace(/^[^\p{L}\p{N}#]+/u, ""))?.[1] ?? null;
}
var ID_RANGE = /^T(\d{2,5})[ \t]*(?:[-–—]|to|\.\.)[ \t]*T?(\d{2,5})\b/i;
function idSpan(text2) {
  const range = ID_RANGE.exec(leadStripped(text2));
  if (!range) return 1;
  const span = Number(range[2]) - Number(range[1]) + 1;
  return span > 1 && span <= 500 ? span : 1;
}
function namesGroup(profile, text2) {
  return profile.groupPattern.test(leadStripped(text2));
}
var cache2 = /* @__PURE__ */ new WeakMap();
function workItems(ledger, profile) {
  const cached2 = cache2.get(ledger);
  if (cached2?.profile === profile) return cached2.items;
  const items = [
    ...boxItems(ledger, profile),
    ...headingItems(ledger, profile),
    ...ledger.tables.flatMap((t) => rowItems(profile, t))
  ].sort((a, b) => a.line - b.line);
  cache2.set(ledger, { profile, items });
  return items;
}
function optionalAbove(item) {
  for (let i = item; i; i = parentTask(i)) if (isOptional(i)) return true;
  return false;
}
function isPlaceholder(text2) {
  return PLACEHOLDER_ITEM.test(leadStripped(text2));
}
function inOptionalSection(section) {
  for (let s = section; s; s = s.parent) if (/\(\s*optional\b|\bOPTIONAL\b/.test(s.title)) return true;
  return false;
}
function isRequired(item) {
  return item.role === "task" && !item.optional && !item.notApplicable;
}
function boxItems(ledger, profile) {
  const byListItem = /* @__PURE__ */ new Map();
  const out = [];
  for (const listItem of ledger.items) {
    const box = listItem.checkbox;
    if (!box || namesGroup(profile, listItem.text)) continue;
    const role = roleIn(profile, listItem.section, listItem.line);
    const item = {
      kind: "box",
      state: box.state,
      optional: optionalAbove(listItem) || inOptionalSection(listItem.section),
      notApplicable: isNotApplicable(listItem),
      // A numbered task is work even under "Tests for User Story 1": spec-kit's test tasks are tasks.
      role: role === "checklist" && NUMBERED_TASK.test(leadStripped(listItem.text)) ? "task" : isPlaceholder(listItem.text) ? "ignored" : role,
      text: listItem.text,
      id: itemId(listItem.text),
      span: idSpan(listItem.text),
      line: listItem.line,
      column: box.column,
      listItem,
      section: listItem.section,
      parent: null,
      children: []
    };
    const parentItem = parentTask(listItem);
    item.parent = (parentItem && byListItem.get(parentItem)) ?? parentById(out, item);
    item.parent?.children.push(item);
    byListItem.set(listItem, item);
    out.push(item);
  }
  return out;
}
function parentById(earlier, item) {
  const id = item.id;
  if (!id || !/^\d/.test(id) || !id.includes(".")) return null;
  const parentId = id.slice(0, id.lastIndexOf("."));
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - 300); i--) {
    const candidate = earlier[i];
    if (candidate.section !== item.section) return null;
    if (candidate.id === parentId) return candidate;
  }
  return null;
}
function headingItems(ledger, profile) {
  const candidates2 = ledger.allSections.filter(
    (s) => s.kind === "heading" && TASK_HEADING.test(leadStripped(s.title)) && checkboxesIn(ledger, s).length === 0
  );
  const stated = candidates2.map((s) => ({ section: s, state: stateOfHeading(profile, s.title, nameStartOf(s.title)) }));
  if (!stated.some((s) => s.state)) return [];
  return stated.map(({ section, state }) => ({
    kind: "heading",
    state: checkState(state?.category),
    optional: /\b(?:optional|deferred)\b/i.test(section.title),
    notApplicable: state?.category === "cancelled",
    role: roleIn(profile, section.parent),
    text: section.title,
    id: itemId(section.title),
    span: idSpan(section.title),
    line: section.line,
    column: section.column,
    listItem: null,
    section,
    parent: null,
    children: []
  }));
}
function nameStartOf(title) {
  const match = /^[^\p{L}\p{N}]*(?:(?:sub)?task\s+)?[\d.]+[:.)]?\s*/iu.exec(title);
  return match ? match[0].length : 0;
}
function checkState(category) {
  return category === "done" ? "done" : category === "active" || category === "review" ? "partial" : "open";
}
function rowItems(profile, table) {
  const headers = table.header.cells.map((c) => nameKey(c.text));
  if (headers.length < 2 || !TASK_COLUMNS.includes(headers[0])) return [];
  const statusColumn = headers.findIndex((h) => profile.columns.status.includes(h));
  if (statusColumn < 0) return [];
  const role = roleIn(profile, table.section, table.line);
  return table.rows.flatMap((row) => {
    const cell = row.cells[statusColumn];
    const state = cell ? stateOfValue(profile, cell.text) : null;
    if (!cell || !state) return [];
    const text2 = row.cells.map((c) => c.text).join(" | ");
    return [
      {
        kind: "row",
        state: checkState(state.category),
        optional: /\b(?:optional|deferred)\b/i.test(text2),
        notApplicable: state.category === "cancelled",
        role,
        text: text2,
        id: itemId(row.cells[0]?.text ?? ""),
        span: idSpan(row.cells[0]?.text ?? ""),
        line: row.line,
        column: cell.start + 1,
        listItem: null,
        section: table.section,
        parent: null,
        children: []
      }
    ];
  });
}

// src/core/ledger/blocking-refs.ts
var BLOCKS = /(?<![\p{L}-])\b(?:block(?:s|ing)|blocker\s+(?:for|of))\b[*_]*[ \t]*[:—–-]?[ \t]*[*_]*[ \t]*/giu;
var BLOCKED_BY = /\b(?:blocked[ \t]+(?:by|on)|waiting[ \t]+(?:on|for))\b[*_]*[ \t]*:?[ \t]*[*_]*[ \t]*/giu;
var ID = String.raw`(T\d{2,5}[a-z]?|#?\d{1,4}(?:\.\d{1,4}){0,4})(?![\p{L}\p{N}_]|\.\d)`;
var FIRST = new RegExp(String.raw`((?:sub)?tasks?)[ \t]+${ID}|(?=T\d)${ID}`, "iuyd");
var NEXT = new RegExp(String.raw`[ \t]*(?:,|&|/|\band\b|\bor\b)[ \t]*(?:((?:sub)?tasks?)[ \t]+)?${ID}`, "iuyd");
function taskKey(id) {
  const plain = id.replace(/^#/, "");
  if (/^T\d/i.test(plain))
    return `T${Number(plain.slice(1).replace(/\D+$/, ""))}${plain.replace(/^T\d+/i, "").toLowerCase()}`;
  return plain.split(".").map((part) => String(Number(part))).join(".");
}
function blockingRefs(ledger, profile) {
  const refs = [];
  for (const blocker of currentBlockers(ledger, profile)) {
    if (blocker.resolved !== null) continue;
    for (let line = blocker.line; line <= blocker.endLine; line++) {
      if (ledger.prose[line - 1]) refs.push(...refsOnLine(ledger.lines.text[line - 1], line, { kind: "blocker" }));
    }
  }
  for (const item of workItems(ledger, profile)) {
    if (item.role !== "task") continue;
    for (const line of linesOf(item))
      refs.push(...refsOnLine(ledger.lines.text[line - 1], line, { kind: "task", item }));
  }
  return refs;
}
function linesOf(item) {
  const lines = [item.line];
  const stack = [...item.listItem?.children ?? []];
  while (stack.length > 0) {
    const child = stack.pop();
    if (child.checkbox) continue;
    lines.push(child.line);
    stack.push(...child.children);
  }
  return lines.sort((a, b) => a - b);
}
function refsOnLine(raw, line, holder) {
  const text2 = unreadBlanked(raw);
  const refs = [];
  for (const [pattern, relation] of [
    [BLOCKS, "blocks"],
    [BLOCKED_BY, "blocked-by"]
  ]) {
    for (const phrase of text2.matchAll(pattern))
      refs.push(...taskList(text2, phrase.index + phrase[0].length, line, relation, holder));
  }
  return refs.sort((a, b) => a.column - b.column);
}
function unreadBlanked(raw) {
  let text2 = raw.replace(CODE_SPAN, (span) => " ".repeat(span.length));
  for (let open2 = text2.indexOf("<!--"); open2 >= 0; open2 = text2.indexOf("<!--", open2)) {
    const close = text2.indexOf("-->", open2 + 4);
    const end = close < 0 ? text2.length : close + 3;
    text2 = text2.slice(0, open2) + " ".repeat(end - open2) + text2.slice(end);
  }
  return text2;
}
function taskList(text2, at2, line, relation, holder) {
  const ref = (match) => {
    const word = match[1];
    const id = match[2] ?? match[3];
    const [idStart, idEnd] = match.indices[2] ?? match.indices[3];
    const start = word ? match.indices[1][0] : idStart;
    const name = /^T\d/i.test(id) ? id.toUpperCase() : `${word && /^sub/i.test(word) ? "Subtask" : "Task"} ${id.replace(/^#/, "")}`;
    return { relation, holder, name, key: taskKey(id), line, column: start + 1, endColumn: idEnd + 1 };
  };
  FIRST.lastIndex = at2;
  const first = FIRST.exec(text2);
  if (!first) return [];
  const parts = (first[2] ?? first[3]).split(".").length;
  const out = [ref(first)];
  NEXT.lastIndex = FIRST.lastIndex;
  for (let next = NEXT.exec(text2); next; next = NEXT.exec(text2)) {
    if (!next[1] && !/^T\d/i.test(next[2]) && next[2].split(".").length !== parts) break;
    out.push(ref(next));
  }
  return out;
}
function numberedTasks(ledger, profile) {
  const tasks = workItems(ledger, profile).filter((item) => item.role === "task");
  const byKey = /* @__PURE__ */ new Map();
  for (const task of tasks) if (task.id) byKey.set(taskKey(task.id), [...byKey.get(taskKey(task.id)) ?? [], task]);
  const topNumbered = tasks.length > 0 && tasks.every((task) => task.id !== null || task.parent !== null);
  return {
    byKey,
    surelyMissing(key) {
      const parent = byKey.get(key.slice(0, Math.max(0, key.lastIndexOf("."))));
      return topNumbered && !parent?.some((p) => p.children.some((c) => c.id === null));
    }
  };
}

// src/core/text/sha.ts
var SHA_DIGITS = { min: 7, sha1: 40, sha256: 64 };
var SHA_SOURCE = `(?:[0-9a-f]{${SHA_DIGITS.sha256}}|[0-9a-f]{${SHA_DIGITS.min},${SHA_DIGITS.sha1}})`;
var SHA = new RegExp(`^${SHA_SOURCE}$`, "i");
var OBJECT_ID = new RegExp(`^(?:[0-9a-f]{${SHA_DIGITS.sha1}}|[0-9a-f]{${SHA_DIGITS.sha256}})$`);
function isSha(token) {
  return SHA.test(token);
}
function isObjectId(value) {
  return OBJECT_ID.test(value);
}

// src/core/ledger/commit-refs.ts
var HASH_LIKE = /^(?=[0-9a-z]*\d)(?=[0-9a-z]*[a-z])[0-9a-z]{4,80}$/i;
var nearSha = (token) => token.length >= 7 && HASH_LIKE.test(token) && (token.match(/[g-z]/gi)?.length ?? 0) <= 2;
var BARE = `(?<![\\w./-])(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])${SHA_SOURCE}(?![\\w/-])`;
var BARE_SHA = new RegExp(BARE, "gi");
var TASK = /\b(?:sub)?task[ \t]+(\d+(?:\.\d+)+)\b/gi;
var PRD = /\bPRD[ \t_-]?0*(\d+)\b/gi;
var LEADING_LABEL = /^(?:\*\*([^*\n]{1,60}?)(?::\*\*|\*\*[ \t]*:)|([\p{L}\p{N}][\p{L}\p{N} _./-]{0,59}):(?=[ \t]))[ \t]*/u;
var CONVENTIONAL = /^(?:feat|fix|docs?|style|refactor|perf|tests?|build|ci|chore|revert|release|deps|hotfix|security|wip)(?:\([^()]*\))?!?:[ \t]*\S/i;
var MENTION = /\bcommit(?:s|ted)?\b/gi;
var MENTION_GAP = /(?:[ \t,;/&+()*_:#[]|(?:and|in|as)\b)*/y;
var MENTION_NEXT = /(?:\([^()`\n]*\)|[ \t,;/&+)*_:#]|(?:and|in|as)\b)*/y;
var MENTION_TOKEN = new RegExp(`\`([0-9a-z]{7,80})\`|(${BARE})`, "iy");
function listLineRefs(text2, line, listing2, isCommitLabel, prose = false) {
  const head = headOf(text2, isCommitLabel);
  const tokens = codeSpanTokens(text2, head);
  if (tokens.length === 0)
    tokens.push(...bareTokens(text2).filter((t) => !prose || !/[\p{L}\p{N}]/u.test(text2.slice(head, t.start))));
  const taken = new Set(tokens.map((t) => t.index + 1));
  const mentioned = prose ? mentionRefs(text2, line, isCommitLabel, listing2).filter((m) => !taken.has(m.column)) : [];
  if (tokens.length === 0) return mentioned;
  const shared = messageAround(text2, text2.slice(head, tokens[0].start), tokens[tokens.length - 1].end);
  return [...refsOf(text2, line, listing2, tokens, (t) => t.message ?? shared), ...mentioned].sort(
    (x, y) => x.column - y.column
  );
}
function mentionRefs(text2, line, isCommitLabel, listing2 = line) {
  if (!/commit/i.test(text2)) return [];
  const plain = blankCodeSpans(text2, (content) => isSha(content) || nearSha(content));
  const head = headOf(text2, isCommitLabel);
  const refs = [];
  for (const word of plain.matchAll(MENTION)) {
    const tokens = [];
    for (let at2 = word.index + word[0].length; ; ) {
      const gap = tokens.length === 0 ? MENTION_GAP : MENTION_NEXT;
      gap.lastIndex = at2;
      gap.exec(plain);
      MENTION_TOKEN.lastIndex = gap.lastIndex;
      const found = MENTION_TOKEN.exec(plain);
      if (!found || found[1] !== void 0 && !isSha(found[1]) && !nearSha(found[1])) break;
      const raw = found[1] ?? found[2];
      tokens.push({
        raw,
        index: found[1] ? found.index + 1 : found.index,
        start: found.index,
        end: MENTION_TOKEN.lastIndex
      });
      at2 = MENTION_TOKEN.lastIndex;
    }
    if (tokens.length === 0) continue;
    const before = text2.slice(head, word.index >= head ? word.index : tokens[0].start);
    const message = messageAround(text2, before, tokens[tokens.length - 1].end);
    refs.push(...refsOf(text2, line, listing2, tokens, () => message));
  }
  return refs;
}
function commitColumns(header, lists) {
  const keys = cellsOf(header).map((c) => nameKey(c.text));
  const ofFiles = keys.some((k) => lists.files.includes(k));
  const commit = keys.findIndex((k) => lists.columns.includes(k) && !(ofFiles && lists.checksums.includes(k)));
  const message = keys.findIndex((k) => lists.messages.includes(k));
  return { commit: commit >= 0 ? commit : null, message: message >= 0 ? message : null };
}
function tableRowRefs(text2, line, listing2, columns) {
  if (isTableSeparator(text2)) return [];
  const cells = cellsOf(text2);
  const at2 = columns.commit ?? cells.findIndex((c) => wholeCellToken(c.text) !== null);
  const cell = cells[at2];
  if (!cell) return [];
  const whole = wholeCellToken(cell.text);
  const tokens = whole ? [
    {
      raw: whole,
      index: cell.start + cell.text.indexOf(whole),
      start: cell.start,
      end: cell.start + cell.text.length
    }
  ] : [...codeSpanTokens(cell.text, null), ...bareTokens(cell.text)].map((t) => ({
    ...t,
    index: t.index + cell.start
  }));
  const message = columns.message !== null && columns.message !== at2 ? tableMessage(cells[columns.message]?.text ?? "") : "";
  return refsOf(text2, line, listing2, tokens, () => message);
}
function refsOf(text2, line, listing2, tokens, message) {
  if (tokens.length === 0) return [];
  const tags = { tasks: [...text2.matchAll(TASK)].map((m) => m[1]), prds: [...text2.matchAll(PRD)].map((m) => m[1]) };
  return tokens.map((token) => refOf(line, listing2, token, message(token), tags));
}
function refOf(line, listing2, token, message, { tasks, prds }) {
  return {
    raw: token.raw,
    sha: isSha(token.raw) ? token.raw.toLowerCase() : null,
    message,
    tasks: [...tasks],
    prds: [...prds],
    line,
    column: token.index + 1,
    endColumn: token.index + 1 + token.raw.length,
    listing: listing2
  };
}
function headOf(text2, isCommitLabel) {
  const { offset } = lineContent(text2);
  const label = LEADING_LABEL.exec(text2.slice(offset));
  return label && isCommitLabel(nameKey(label[1] ?? label[2])) ? offset + label[0].length : offset;
}
function codeSpanTokens(text2, head) {
  const tokens = [];
  for (const span of text2.matchAll(CODE_SPAN)) {
    const content = span[1];
    if (content.trim().length < 4) continue;
    const index = span.index + 1 + (content.length - content.trimStart().length);
    const [word = "", ...rest] = content.trim().split(/\s+/);
    const at2 = { raw: word, index, start: span.index, end: span.index + span[0].length };
    if (isSha(word)) tokens.push(rest.length > 0 ? { ...at2, message: subjectAfter(rest.join(" ")) } : at2);
    else if (head !== null && rest.length === 0 && (nearSha(word) || HASH_LIKE.test(word) && !/[\p{L}\p{N}]/u.test(text2.slice(head, span.index))))
      tokens.push(at2);
  }
  return tokens;
}
function bareTokens(text2) {
  if (!/[0-9a-f]{7}/i.test(text2)) return [];
  return [...blankCodeSpans(text2, () => false).matchAll(BARE_SHA)].map((m) => ({
    raw: m[0],
    index: m.index,
    start: m.index,
    end: m.index + m[0].length
  }));
}
function blankCodeSpans(text2, keep) {
  return text2.replace(CODE_SPAN, (span, content) => keep(content) ? span : " ".repeat(span.length));
}
function messageAround(text2, before, end) {
  const after = text2.slice(end);
  if (!/[\p{L}\p{N}]/u.test(before)) return subjectAfter(after);
  const closes = !/[\p{L}\p{N}]/u.test(withoutHtmlComments(after).replace(/\[[^\][]*\]|\([^()]*\)/g, ""));
  return closes ? subjectBefore(before) : "";
}
function subjectAfter(after) {
  const field = after.search(/\s·\s|\*\*[^*\n]+(?::\*\*|\*\*[ \t]*:)/);
  let text2 = (field >= 0 ? after.slice(0, field) : after).replace(/^`?\]\([^()\s]*\)/, "").replace(/^[\s`)\]]+/, "");
  const separator = /^(?:->|→|[-–—:|])+[ \t]*/.exec(text2);
  if (separator) text2 = text2.slice(separator[0].length);
  else if (!/^[\p{L}\p{N}"'“]/u.test(text2)) return "";
  const message = cleanMessage(text2);
  return /[\p{L}\p{N}]/u.test(message.replace(/\([^()]*\)/g, "")) ? message : "";
}
function subjectBefore(before) {
  const text2 = trimEndOf(lineContent(before).content, " 	([:,;\u2013\u2014-").trim();
  const span = /^`([^`]+)`$/.exec(text2);
  if (span) return cleanMessage(span[1]);
  const message = leadStripped(cleanMessage(text2));
  return CONVENTIONAL.test(message) ? message : "";
}
function tableMessage(cell) {
  const text2 = cell.trim();
  if (/^\[[^\]]*\]\([^)]*\)$/.test(text2) || /^`?[\w.-]*\/[^\s`]*`?$/.test(text2)) return "";
  return cleanMessage(text2);
}
function cleanMessage(message) {
  const cleaned = withoutHtmlComments(message).replace(/\[[^\][]*\]/g, " ").replace(/\([^()]*\)/g, (group) => /\b(?:task|prd)\b/i.test(group) ? " " : group).replace(/\(\s*\d{4}-\d{2}-\d{2}[^()]*\)/g, " ").replace(/[`*]+/g, "").replace(/[✓✔✅]/gu, " ").replace(/\s+/g, " ").trim().replace(/^(?:(?:sub)?task[ \t]+\d+(?:\.\d+)*|PRD[ \t_-]?\d+)[ \t]*[:–—-]?[ \t]*/i, "");
  return trimEndOf(cleaned, " \u2013\u2014-");
}
function cellsOf(text2) {
  const cells = [];
  let from = text2.indexOf("|") + 1;
  for (; ; ) {
    const next = text2.indexOf("|", from);
    if (next < 0) break;
    cells.push({ text: text2.slice(from, next), start: from });
    from = next + 1;
  }
  return cells;
}
function wholeCellToken(cell) {
  const token = cell.trim().replace(/^`|`$/g, "");
  return isSha(token) || cell.includes("`") && HASH_LIKE.test(token) ? token : null;
}
var SEPARATOR_CELL = /^:?-+:?$/;
function isTableSeparator(line) {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").every((cell) => SEPARATOR_CELL.test(cell.trim()));
}

// src/core/ledger/commit-lists.ts
var BULLET = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
var ALONE_LABEL = /^\*\*([^*\n]{1,80}?)(?::\*\*|\*\*[ \t]*:)[ \t]*$/;
function commitRefsInText(lines, outline, lists) {
  const { titles, notLists, columns, examples } = lists;
  const listsCommits = (key) => hasWords(key, titles) && !hasWords(key, notLists);
  const namesCommit = (key) => listsCommits(key) || columns.includes(key);
  const headings = new Map(outline.headings.map((h) => [h.line, h]));
  const refs = [];
  let section = null;
  let example = null;
  let label = null;
  let table = null;
  let inComment = false;
  for (let lineNo = outline.frontMatterEnd + 1; lineNo <= lines.length; lineNo++) {
    const heading = headings.get(lineNo);
    if (heading) {
      if (section && heading.depth <= section.depth) section = null;
      if (example && heading.depth <= example.depth) example = null;
      if (!example && examples.includes(heading.key)) example = { depth: heading.depth };
      if (!section && listsCommits(heading.key)) section = { line: lineNo, depth: heading.depth };
      label = table = null;
      continue;
    }
    if (example) continue;
    const fenced = outline.nonProse.has(lineNo);
    let text2 = lines[lineNo - 1];
    if (!fenced) ({ text: text2, insideAtEnd: inComment } = blankHtmlComments(text2, inComment));
    if (label && !labelGoesOn(label, text2, fenced)) label = null;
    const listing2 = section?.line ?? label?.line ?? null;
    if (!fenced && /^\s*\|/.test(text2)) {
      if (isTableSeparator(lines[lineNo] ?? "") && !isTableSeparator(text2)) {
        table = { line: lineNo, columns: commitColumns(text2, lists) };
        continue;
      }
      if (table && (table.columns.commit !== null || listing2 !== null)) {
        refs.push(...tableRowRefs(text2, lineNo, listing2 ?? table.line, table.columns));
        continue;
      }
    } else {
      table = null;
    }
    if (listing2 !== null) {
      refs.push(...listLineRefs(text2, lineNo, listing2, namesCommit, !fenced && !BULLET.test(text2)));
      continue;
    }
    if (fenced) continue;
    const opened = labelOpening(text2, lineNo);
    if (opened && listsCommits(nameKey(opened.title))) label = opened;
    else refs.push(...mentionRefs(text2, lineNo, namesCommit));
  }
  return refs;
}
function hasWords(key, names) {
  const padded = ` ${key} `;
  return names.some((name) => padded.includes(` ${name} `));
}
function labelOpening(text2, line) {
  const label = ALONE_LABEL.exec(lineContent(text2).content);
  if (!label) return null;
  const bulletIndent = BULLET.test(text2) ? text2.length - text2.trimStart().length : null;
  return { line, bulletIndent, title: label[1] };
}
function labelGoesOn(label, text2, fenced) {
  if (fenced || text2.trim() === "") return true;
  const indent = text2.length - text2.trimStart().length;
  if (label.bulletIndent !== null) return indent > label.bulletIndent;
  return BULLET.test(text2) || indent >= 2 || /^\s*\|/.test(text2);
}

// src/core/text/links.ts
var LINK = /!?\[((?:[^[\]\n]|\[[^[\]\n]{0,200}\]){0,300})\]\([ \t]*(<[^<>\n]{0,2000}>|[^\s()<>]{0,2000})(?:[ \t]+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'))?[ \t]*\)/g;
function inlineLinks(line) {
  const links = [];
  for (const match of line.matchAll(LINK)) {
    const textStart = match.index + match[0].indexOf("[") + 1;
    const textEnd = textStart + match[1].length;
    const written = match[2];
    const angled = written.startsWith("<");
    const destinationStart = line.indexOf(written, textEnd) + (angled ? 1 : 0);
    links.push({
      start: match.index,
      end: match.index + match[0].length,
      textStart,
      textEnd,
      destination: angled ? written.slice(1, -1) : written,
      destinationStart
    });
  }
  return links;
}
function isExternalDestination(destination) {
  return destination === "" || destination.startsWith("#") || destination.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(destination);
}

// src/core/ledger/key-file-refs.ts
var PATH = /^([^\s:`'"<>|]+)(?::(\d{1,9})(?:-(\d{1,9}))?)?$/;
var EXTENSION = /\.[A-Za-z0-9]{1,12}$/;
var LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(?=\S)/;
var LINE_ANCHOR = /^L(\d{1,9})(?:-L(\d{1,9}))?$/;
var GLOB_CHARS = /[*?[\]{}]/;
function keyFileRefsIn(lines, lineNumbers) {
  const refs = [];
  for (const lineNo of lineNumbers) {
    const text2 = lines[lineNo - 1];
    if (text2 === void 0) continue;
    const item = LIST_ITEM.exec(text2);
    refs.push(...refsIn(text2, lineNo, { from: 0, bareAt: item ? item[0].length : null, field: null }));
  }
  return refs;
}
function pathFieldKeys(profile) {
  const keys = /* @__PURE__ */ new Map();
  for (const name of profile.spec.keyFiles?.fields ?? []) {
    const spec = profile.fields.get(nameKey(name));
    for (const alias of spec ? [spec.name, ...spec.aliases ?? []] : [name])
      keys.set(nameKey(alias), spec?.name ?? name);
  }
  return keys;
}
var FIELD_LINE = /^ {0,3}(?:[-*+][ \t]+)?\*\*([^*\n]+)(?::\*\*|\*\*[ \t]*:)(.*)$/;
function fieldPathRefsIn(lines, lineNumbers, keys) {
  const refs = [];
  if (keys.size === 0) return refs;
  for (const lineNo of lineNumbers) {
    const text2 = lines[lineNo - 1];
    const match = text2 === void 0 ? null : FIELD_LINE.exec(text2);
    const field = match ? keys.get(nameKey(match[1].trim())) : void 0;
    if (!match || !field) continue;
    const from = text2.length - match[2].length;
    const value = text2.slice(from);
    refs.push(...refsIn(text2, lineNo, { from, bareAt: from + value.length - value.trimStart().length, field }));
  }
  return refs;
}
function refsIn(text2, lineNo, scope) {
  const spans = [...text2.matchAll(CODE_SPAN)].filter((s2) => s2.index >= scope.from);
  const links = [];
  let s = 0;
  for (const link of inlineLinks(text2)) {
    while (s < spans.length && spans[s].index + spans[s][0].length <= link.start) s++;
    if (link.start >= scope.from && !(s < spans.length && spans[s].index <= link.start)) links.push(link);
  }
  const refs = [];
  const bare = scope.bareAt === null ? null : bareRef(text2, scope.bareAt, lineNo, scope.field);
  if (bare) refs.push(bare);
  let firstLinked = Infinity;
  for (const link of links) {
    const ref = linkRef(link, lineNo, scope.field);
    if (!ref) continue;
    refs.push(ref);
    firstLinked = Math.min(firstLinked, link.start);
  }
  let leading = bare === null;
  let l = 0;
  for (const span of spans) {
    while (l < links.length && links[l].end <= span.index) l++;
    if (l < links.length && links[l].textStart <= span.index && span.index < links[l].textEnd) continue;
    const first = leading && firstLinked > span.index;
    leading = false;
    const ref = codeRef(span[1], span.index + 1, lineNo, first, scope.field);
    if (ref) refs.push(ref);
  }
  return refs.sort((a, b) => a.column - b.column);
}
function codeRef(content, at2, line, leading, field) {
  const raw = content.trim();
  const match = PATH.exec(raw);
  if (!match || !looksLikePath(match[1], leading)) return null;
  const column = at2 + 1;
  return {
    path: withoutDotSlash(match[1]),
    kind: "code",
    lines: lineRange(match[2], match[3]),
    raw,
    field,
    line,
    column,
    endColumn: column + content.length
  };
}
function bareRef(text2, at2, line, field) {
  const word = /^\S+/.exec(text2.slice(at2))?.[0];
  if (!word || /^[`[!<]/.test(word)) return null;
  const lead = word.length - word.replace(/^[*_]+/, "").length;
  const raw = trimEndOf(word.slice(lead), "*_,;:.");
  const match = PATH.exec(raw);
  if (!match || !isSurelyPath(match[1], field !== null)) return null;
  const column = at2 + lead + 1;
  return {
    path: withoutDotSlash(match[1]),
    kind: "bare",
    lines: lineRange(match[2], match[3]),
    raw,
    field,
    line,
    column,
    endColumn: column + raw.length
  };
}
function linkRef(link, line, field) {
  const written = link.destination;
  if (isExternalDestination(written)) return null;
  const hash = written.indexOf("#");
  const anchor2 = hash < 0 ? "" : written.slice(hash + 1);
  const target = decoded(written.slice(0, hash < 0 ? written.length : hash).replace(/\?.*$/, ""));
  if (target === null || target === "" || GLOB_CHARS.test(target) || /[\0-\x1f]/.test(target)) return null;
  const lines = LINE_ANCHOR.exec(anchor2);
  const column = link.destinationStart + 1;
  return {
    path: withoutDotSlash(target),
    kind: "link",
    lines: lines ? lineRange(lines[1], lines[2]) : null,
    raw: written,
    field,
    line,
    column,
    endColumn: column + written.length
  };
}
function decoded(text2) {
  try {
    return decodeURIComponent(text2);
  } catch {
    return null;
  }
}
function lineRange(start, end) {
  return start === void 0 ? null : { start: Number(start), end: end === void 0 ? Number(start) : Number(end) };
}
function withoutDotSlash(path) {
  return path.replace(/^(?:\.\/)+/, "");
}
function looksLikePath(path, leading) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes("(") || path.startsWith("-")) return false;
  return path.includes("/") || leading && EXTENSION.test(path) && !/\.\d+$/.test(path);
}
function isSurelyPath(path, inField) {
  if (!looksLikePath(path, inField)) return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return path.endsWith("/") || GLOB_CHARS.test(path) || EXTENSION.test(last) && !/\.\d+$/.test(last) && !/^\.+$/.test(last);
}
function inGitDirectory(path) {
  return path.split("/").some((part) => part.toLowerCase() === ".git");
}
function repositoryPath(ref, ledgerDirectory) {
  if (ref.kind !== "link") return { path: ref.path, outside: leavesRepository(ref.path) };
  if (ref.path.startsWith("/")) return normalized(ref.path.replace(/^\/+/, ""));
  if (ledgerDirectory === null) return null;
  return normalized(ledgerDirectory === "" ? ref.path : `${ledgerDirectory}/${ref.path}`);
}
function normalized(path) {
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "..") {
      if (parts.length === 0) return { path, outside: true };
      parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return { path: parts.join("/") + (path.endsWith("/") && parts.length > 0 ? "/" : ""), outside: false };
}
function leavesRepository(path) {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return true;
  let depth = 0;
  for (const part of path.split("/")) {
    if (part === "..") depth--;
    else if (part !== "." && part !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}

// src/core/ledger/fields.ts
function findField(ledger, profile, name) {
  const spec = profile.fields.get(nameKey(name));
  const keys = new Set(spec ? [spec.name, ...spec.aliases ?? []].map(nameKey) : [nameKey(name)]);
  return ledger.fields.find((f) => f.source === "header" && keys.has(f.key)) ?? ledger.fields.find((f) => keys.has(f.key));
}

// src/core/ledger/refs.ts
function proseLinesOf(ledger, path, profile) {
  const section = path ? findSection(ledger, profile, path) : void 0;
  if (!section) return [];
  const lines = [];
  for (let l = section.line + 1; l <= section.endLine; l++) if (ledger.prose[l - 1]) lines.push(l);
  return lines;
}
var cache3 = /* @__PURE__ */ new WeakMap();
var commitsRead = /* @__PURE__ */ new WeakMap();
function commitsOf(ledger, lists) {
  let read = commitsRead.get(ledger);
  if (!read) commitsRead.set(ledger, read = { outline: scanOutline(ledger.source), byLists: /* @__PURE__ */ new Map() });
  let commits2 = read.byLists.get(lists);
  if (!commits2) read.byLists.set(lists, commits2 = commitRefsInText(ledger.lines.text, read.outline, lists));
  return commits2;
}
function ledgerRefs(ledger, profile) {
  const cached2 = cache3.get(ledger);
  if (cached2?.profile === profile) return cached2.refs;
  const refs = {
    commits: commitsOf(ledger, profile.commitLists),
    keyFiles: [
      ...fieldPathRefsIn(
        ledger.lines.text,
        (profile.spec.keyFiles?.fields ?? []).flatMap((name) => findField(ledger, profile, name)?.line ?? []),
        pathFieldKeys(profile)
      ),
      ...keyFileRefsIn(ledger.lines.text, proseLinesOf(ledger, profile.spec.keyFiles?.section, profile))
    ]
  };
  cache3.set(ledger, { profile, refs });
  return refs;
}
function spanOf(ref) {
  return { line: ref.line, column: ref.column, endLine: ref.line, endColumn: ref.endColumn };
}
function commitRefs(ledger, profile) {
  return ledgerRefs(ledger, profile).commits;
}
function foundCommits(ledger, profile, facts) {
  const bySha = facts.commits?.bySha;
  if (!bySha) return [];
  return commitRefs(ledger, profile).flatMap((ref) => {
    const fact = ref.sha === null ? void 0 : bySha.get(ref.sha);
    return fact?.status === "found" ? [{ ref, fact }] : [];
  });
}
function keyFileRefs(ledger, profile) {
  return ledgerRefs(ledger, profile).keyFiles;
}
function refusalReason(refused) {
  return refused === "git-directory" ? "is in the .git directory (git's own files, not the repository's)" : "leads out of the repository through a symbolic link";
}
function scanRefs(text2, outline, profile) {
  const { keyFiles: keyFiles2 } = profile.spec;
  const lines = splitLines(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2).text;
  const linesOf2 = (path) => {
    if (!path) return [];
    const name = path.split(">").pop().trim();
    const keys = new Set(sectionKeys(specFor(profile, name) ?? { name }));
    const depth = Math.min(...outline.headings.filter((h) => keys.has(h.key)).map((h) => h.depth));
    const index = outline.headings.findIndex((h) => keys.has(h.key) && h.depth === depth);
    if (index < 0) return [];
    const heading = outline.headings[index];
    const next = outline.headings.slice(index + 1).find((h) => h.depth <= heading.depth);
    const numbers = [];
    for (let l = heading.line + 1; l < (next?.line ?? lines.length + 1); l++)
      if (!outline.nonProse.has(l)) numbers.push(l);
    return numbers;
  };
  const header = Math.min(...outline.headings.filter((h) => h.depth > 1).map((h) => h.line), lines.length + 1);
  const headerLines = Array.from({ length: header - 1 }, (_, i) => i + 1).filter((l) => !outline.nonProse.has(l));
  return {
    commits: commitRefsInText(lines, outline, profile.commitLists),
    keyFiles: [
      ...fieldPathRefsIn(lines, headerLines, pathFieldKeys(profile)),
      ...keyFileRefsIn(lines, linesOf2(keyFiles2?.section))
    ]
  };
}
var PRD_IN_TITLE = /\bPRD[ \t_-]?0*(\d+)\b/i;
var PRD_IN_FIELD = /(?:^|[\s/`])(?:PRD[ \t_-]?)?0*([1-9]\d*|0)(?=[_\-.\s`]|$)/i;
function ledgerPrdNumber(ledger, profile) {
  const fromTitle = ledger.title ? PRD_IN_TITLE.exec(ledger.title.text) : null;
  if (fromTitle) return fromTitle[1];
  const field = findField(ledger, profile, "PRD");
  const fromField = field ? PRD_IN_FIELD.exec(field.value) : null;
  return fromField ? fromField[1] : null;
}

// src/core/ledger/groups.ts
var TASK_GROUP = /^(?<kind>(?:sub)?task)\s+(?<id>\d{1,4}(?:\.\d{1,4}){0,4})\b/i;
function normaliseId(id) {
  return id.toLowerCase().split(".").map((part) => part.replace(/^0+(?=\d)/, "")).join(".");
}
function groupKind(kind) {
  return nameKey(kind).replace(/^user story$/, "story");
}
function groupKey(kind, id) {
  return `${groupKind(kind)} ${normaliseId(id)}`;
}
function groupLabel(kind, id) {
  const word = groupKind(kind);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${normaliseId(id)}`;
}
function readGroupLabel(profile, text2) {
  const lead = text2.length - leadStripped(text2).length;
  const match = profile.groupPattern.exec(text2.slice(lead));
  const kind = match?.groups?.["kind"] ?? match?.[1];
  const id = match?.groups?.["id"] ?? match?.[2];
  if (!match || !kind || !id) return null;
  const idEnd = lead + match.index + match[0].length;
  const separator = /^\s*(?:\([^)]*\)\s*)?[:.—–-]?\s*/.exec(text2.slice(idEnd))[0].length;
  return { kind, id, idEnd, nameStart: idEnd + separator };
}
var cache4 = /* @__PURE__ */ new WeakMap();
function groupsOf(ledger, profile) {
  const cached2 = cache4.get(ledger);
  if (cached2?.profile === profile) return cached2.groups;
  const scope = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
  const within = (line) => !profile.spec.tasks || scope !== void 0 && line > scope.line && line <= scope.endLine;
  const found = [];
  for (const section of ledger.allSections) {
    if (section.kind !== "heading" || !within(section.line) || inHistory(profile, section)) continue;
    const group = headingGroup(ledger, profile, section);
    if (group) found.push(group);
  }
  for (const item of ledger.items) {
    if (!within(item.line) || inHistory(profile, item.section)) continue;
    const group = itemGroup(profile, item);
    if (group) found.push(group);
  }
  found.sort((a, b) => a.line - b.line || b.endLine - a.endLine);
  const items = workItems(ledger, profile);
  const open2 = [];
  for (const group of found) {
    while (open2.length > 0 && open2[open2.length - 1].endLine < group.line) open2.pop();
    group.parent = open2[open2.length - 1] ?? null;
    group.parent?.children.push(group);
    open2.push(group);
    group.items = items.filter((i) => i.line > group.line && i.line <= group.endLine);
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const group of found) byKey.set(group.key, [...byKey.get(group.key) ?? [], group]);
  const groups = { all: found, byKey };
  cache4.set(ledger, { profile, groups });
  return groups;
}
function groupNamed(groups, key) {
  const matches = groups.byKey.get(key);
  return matches?.length === 1 ? matches[0] : null;
}
function headingGroup(ledger, profile, section) {
  const label = readGroupLabel(profile, section.title);
  if (label)
    return makeGroup(label.kind, label.id, section.title, label.nameStart, {
      section,
      line: section.line,
      column: section.column,
      endLine: section.endLine
    });
  const task = TASK_GROUP.exec(leadStripped(section.title));
  if (!task || checkboxesIn(ledger, section).length === 0) return null;
  const lead = section.title.length - leadStripped(section.title).length;
  const nameStart = lead + task[0].length + /^\s*[:.—–-]?\s*/.exec(section.title.slice(lead + task[0].length))[0].length;
  return makeGroup("task", task.groups["id"], section.title, nameStart, {
    section,
    line: section.line,
    column: section.column,
    endLine: section.endLine
  });
}
function itemGroup(profile, item) {
  if (!item.children.length) return null;
  const label = readGroupLabel(profile, item.text);
  if (!label || !hasBoxBelow(item)) return null;
  return makeGroup(label.kind, label.id, item.text, label.nameStart, {
    listItem: item,
    line: item.line,
    column: item.column,
    endLine: item.endLine
  });
}
function hasBoxBelow(item) {
  const stack = [...item.children];
  while (stack.length > 0) {
    const child = stack.pop();
    if (child.checkbox) return true;
    stack.push(...child.children);
  }
  return false;
}
function makeGroup(kind, id, title, nameStart, at2) {
  return {
    kind: groupKind(kind),
    id: normaliseId(id),
    key: groupKey(kind, id),
    label: groupLabel(kind, id),
    title,
    nameStart,
    line: at2.line,
    column: at2.column,
    endLine: at2.endLine,
    origin: at2.section ? "heading" : "item",
    section: at2.section ?? null,
    listItem: at2.listItem ?? null,
    parent: null,
    children: [],
    items: []
  };
}

// src/core/ledger/status.ts
var STATUS_LINE = /^[*_]*(status|current status|story status|project status|overall status)[*_ \t]*:[ \t*_]*(\S.*)/i;
var FOOTER_LINE = /^[*_]+(plan status|final status|document status)[*_ \t]*:[ \t*_]*(\S.*)/i;
var STATUS_HEADING = /^(?:current |project |story |overall )?status\s*:\s*(\S.*)/i;
var DOC_STATUS_SECTIONS = [
  "status",
  "current status",
  "story status",
  "project status",
  "overview",
  "summary",
  "metadata",
  "story information",
  "information",
  "basic info",
  "details",
  "header",
  "ticket"
];
var cache5 = /* @__PURE__ */ new WeakMap();
function statusStatements(ledger, profile) {
  const cached2 = cache5.get(ledger);
  if (cached2?.profile === profile) return cached2.statements;
  const loose = profile.tier !== "template";
  const statements = [
    ...headerStatements(ledger, profile),
    ...frontMatterStatements(ledger, profile),
    ...loose ? [...sectionStatements(ledger, profile), ...footerStatements(ledger, profile)] : []
  ];
  const seen3 = /* @__PURE__ */ new Set();
  const unique = statements.filter((s) => seen3.has(s.line) ? false : (seen3.add(s.line), true));
  cache5.set(ledger, { profile, statements: unique });
  return unique;
}
function ledgerStatus(ledger, profile) {
  const field = findField(ledger, profile, profile.spec.status.field);
  if (profile.tier === "template") return { field, state: field ? lookupStatus(profile, field.value) : void 0 };
  const first = statusStatements(ledger, profile).find((s) => s.origin !== "footer");
  if (!first) return { field, state: void 0 };
  const exact = lookupStatus(profile, first.value);
  const state = exact ?? {
    name: first.state.word,
    category: first.state.category,
    done: first.state.category === "done"
  };
  return { field: first.field ?? void 0, state, statement: first };
}
function isDone(ledger, profile) {
  return ledgerStatus(ledger, profile).state?.done === true;
}
function statement(profile, value, line, column, origin, field) {
  const state = stateOfValue(profile, value) ?? announced(value);
  if (!state) return null;
  return { state, value: value.trim(), line, column, origin, field, qualifier: qualifierOf(value.slice(state.end)) };
}
var ANNOUNCED_DONE = /\b(?:PROJECT|ALL|FEATURE|WORK)\s+(?:COMPLETE|COMPLETED|DONE|FINISHED)\b/;
function announced(value) {
  const m = ANNOUNCED_DONE.exec(value);
  return m ? { category: "done", word: m[0], start: m.index, end: m.index + m[0].length } : null;
}
var HEDGE = /\b(?:only|except|but|left|remaining|remains|pending|outstanding|still|not yet|todo|to do|partial|partially|mostly|almost)\b/i;
function qualifierOf(rest) {
  const remark = trimEndOf(rest.replace(/^[\s*_)(—–:,;-]+/, ""), " 	*_)").trim();
  return remark !== "" && HEDGE.test(remark) ? remark : null;
}
function headerStatements(ledger, profile) {
  const titleLine = ledger.title?.line ?? 0;
  const end = ledger.allSections.find((s) => s.kind === "heading" && s.line > titleLine && s.depth >= 2)?.line ?? ledger.lines.text.length + 1;
  const out = [];
  const named = findField(ledger, profile, profile.spec.status.field);
  if (named?.source === "header") {
    const found = statement(profile, named.value, named.line, named.valueColumn, "field", named);
    if (found) out.push(found);
  }
  for (let line = 1; line < end; line++) {
    if (!ledger.prose[line - 1]) continue;
    const found = statusLine(profile, ledger.lines.text[line - 1], line, ledger.fields);
    if (found) out.push(found);
  }
  return out;
}
function statusLine(profile, text2, line, fields, pattern = STATUS_LINE, origin = "field") {
  const { content, offset } = lineContent(text2);
  const match = pattern.exec(content.replace(/^>[ \t]*/, ""));
  if (!match) return null;
  const value = trimEndOf(match[2], " 	*_");
  const field = fields.find((f) => f.line === line && f.source === "header") ?? null;
  return statement(profile, value, line, text2.indexOf(match[2], offset) + 1, origin, field);
}
function frontMatterStatements(ledger, profile) {
  return ledger.fields.filter((f) => f.source === "front-matter" && f.path === void 0 && f.key === "status").flatMap((f) => statement(profile, f.value, f.line, f.valueColumn, "front-matter", f) ?? []);
}
function sectionStatements(ledger, profile) {
  const groups = groupsOf(ledger, profile).all;
  const inGroup = (line) => groups.some((g) => line > g.line && line <= g.endLine) || groups.some((g) => g.line === line);
  const out = [];
  for (const section of ledger.allSections) {
    if (section.kind !== "heading" || inGroup(section.line) || inLogEntry(profile, section)) continue;
    if (inHistory(profile, section) && section.key !== "status") continue;
    const inTitle = STATUS_HEADING.exec(section.title);
    if (inTitle) {
      const found = statement(
        profile,
        inTitle[1],
        section.line,
        ledger.lines.text[section.line - 1].indexOf(inTitle[1]) + 1,
        "heading",
        null
      );
      if (found) out.push(found);
      continue;
    }
    if (!DOC_STATUS_SECTIONS.some((name) => section.key === name || section.key.startsWith(`${name} `)) || !isTopLevel(section) && section.key !== "status")
      continue;
    if (["status", "current status", "story status", "project status"].includes(section.key)) {
      const first = firstProseLine(ledger, section);
      if (first) {
        const text2 = ledger.lines.text[first - 1];
        const found = statusLine(profile, text2, first, ledger.fields) ?? statement(
          profile,
          text2.replace(/^[ \t]*(?:[-*+][ \t]+)?/, ""),
          first,
          text2.search(/\S/) + 1,
          "section",
          null
        );
        if (found) out.push(found);
        continue;
      }
    }
    for (let line = section.line + 1; line <= section.endLine; line++) {
      if (!ledger.prose[line - 1] || inGroup(line)) continue;
      const found = statusLine(profile, ledger.lines.text[line - 1], line, ledger.fields);
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}
function footerStatements(ledger, profile) {
  const out = [];
  for (let line = 1; line <= ledger.lines.text.length; line++) {
    if (!ledger.prose[line - 1] || !/status/i.test(ledger.lines.text[line - 1])) continue;
    const section = sectionHolding(ledger, line);
    if (inVerdict(section) || inHistory(profile, section)) continue;
    const found = statusLine(profile, ledger.lines.text[line - 1], line, [], FOOTER_LINE, "footer");
    if (found) out.push(found);
  }
  return out;
}
var VERDICT_SECTIONS = [
  "qa results",
  "qa",
  "senior developer review",
  "code review",
  "review",
  "gate status",
  "review follow ups",
  "approval"
];
function inVerdict(section) {
  for (let s = section; s; s = s.parent) if (nameIn(s.key, VERDICT_SECTIONS)) return true;
  return false;
}
function isTopLevel(section) {
  return section.parent === null || section.parent.parent === null;
}
function firstProseLine(ledger, section) {
  const end = section.children[0]?.line ?? section.endLine + 1;
  for (let line = section.line + 1; line < end; line++) {
    if (ledger.prose[line - 1] && ledger.lines.text[line - 1].trim() !== "") return line;
  }
  return null;
}

// src/core/ledger/claims/claim.ts
function makeClaim(base, parts = {}) {
  return {
    percent: null,
    fraction: null,
    bar: null,
    state: null,
    position: null,
    count: null,
    done: null,
    approximate: false,
    ...base,
    ...parts
  };
}

// src/core/ledger/claims/quantities.ts
var PERCENT = /(?<![\d.])(\d{1,3})(?:\.(\d{1,2}))?[ \t]*%/g;
var NOT_PROGRESS_AFTER = /^[ \t*]*(?:coverage|covered|faster|slower|reduction|reduced|improvement|improved|increase|decrease|accuracy|hit|match|pass rate|of|budget|cpu|memory|load|error|success rate|uptime|confidence|probability|chance|discount|off|smaller|larger|less|more|cheaper|target|threshold|min|max)\b/i;
var METRIC_AFTER = /^[ \t*]*(?:[\p{L}-]+[ \t]+){1,2}(?:coverage|pass rate|success rate|accuracy|uptime|reduction|improvement|faster|slower|hit rate|error rate)\b/iu;
var NOT_PROGRESS_BEFORE = /(?:≥|>=|<=|≤|>|<|→|->|=>|target|goal|threshold|towards?|aiming for|aim for|at least|up to|minimum|maximum|min|max|coverage|cov)[\s:(]*$/i;
var ARROW_AFTER = /^\s*(?:→|->|=>|to\s+\d)/;
var FRACTION = /(?<![\d./:,-])(\d{1,6})(?:[ \t]*\/[ \t]*|[ \t]+of[ \t]+|[ \t]+out of[ \t]+)(\d{1,6})(?![\d/]|[.:]\d)/gi;
var APPROXIMATE = /(?:~|≈|\babout|\bapprox\.?|\bapproximately|\baround|\broughly|\best\.?|\bestimated|약|約|近)\s*$/i;
var UNIT_AFTER = new RegExp("^[ \\t)*]*(?:(?:major|critical|core|active|main|key|planned|remaining|total|priority|p\\d|mvp|required|implementation)[ \\t]+)?(\\p{L}+)", "iu");
var DONE_WORDS = /* @__PURE__ */ new Set([
  "done",
  "complete",
  "completed",
  "finished",
  "passing",
  "passed",
  "closed",
  "resolved",
  "ticked",
  "checked",
  "remaining",
  "left",
  "executed",
  "shipped",
  "implemented"
]);
var FILLED = "\u2588\u2593\u25B0\u25A0#=\u25CF";
var EMPTY2 = "\u2591\u2592\u25B1\u25A1_-\xB7\u25CB .";
var BAR_BRACKETED = /\[([█▓▰■#=●░▒▱□_\-·○ .]{4,120})\]/g;
var BAR_BARE = /[█▓▰■]*[░▒▱□]+/g;
var POSITION = /^[ \t]*(\d{1,4})[ \t]+(?:of|\/)[ \t]+(\d{1,4})\b/i;
function readPercent(text2, line, shift = 0) {
  let tried = 0;
  for (const m of text2.matchAll(PERCENT)) {
    if (++tried > 20) break;
    const value = Number(`${m[1]}${m[2] ? `.${m[2]}` : ""}`);
    const before = text2.slice(Math.max(0, m.index - 24), m.index);
    const after = text2.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (value > 100 || insideQuotes(text2, m.index) || NOT_PROGRESS_AFTER.test(after) || METRIC_AFTER.test(after) || NOT_PROGRESS_BEFORE.test(before) || ARROW_AFTER.test(after))
      continue;
    const start = shift + m.index;
    return {
      line,
      value,
      decimals: m[2]?.length ?? 0,
      start,
      end: start + m[0].length,
      numberEnd: start + m[1].length + (m[2] ? m[2].length + 1 : 0)
    };
  }
  return null;
}
function insideQuotes(text2, index) {
  const before = text2.slice(0, index);
  const count = (mark) => before.split(mark).length - 1;
  return count('"') % 2 === 1 || count("`") % 2 === 1 || count("\u201C") > count("\u201D");
}
function unitWord(word) {
  const folded = word.toLowerCase();
  if (DONE_WORDS.has(folded)) return null;
  if (folded.endsWith("ies") && folded.length > 4) return `${folded.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss)es$/.test(folded)) return folded.slice(0, -2);
  if (folded === "criteria") return "criterion";
  return folded.endsWith("s") && !folded.endsWith("ss") ? folded.slice(0, -1) : folded;
}
function readFraction(text2, line, shift = 0, labelUnit = null) {
  const found = [...text2.matchAll(FRACTION)].slice(0, 20).filter((m2) => !insideQuotes(text2, m2.index)).map((m2) => {
    const after = text2.slice(m2.index + m2[0].length, m2.index + m2[0].length + 60);
    const unit2 = UNIT_AFTER.exec(after);
    const inParens = /\(\s*$/.test(text2.slice(Math.max(0, m2.index - 8), m2.index)) || /^\s*\)/.test(after);
    const counting = inParens || unit2 !== null || after.trim() === "" || /^\s*[,;|]/.test(after);
    return { m: m2, unit: unit2 ? unitWord(unit2[1]) : labelUnit, counting };
  });
  const chosen = found.find((f) => f.counting && f.unit !== null) ?? found.find((f) => f.counting);
  if (!chosen) return null;
  const { m, unit } = chosen;
  const start = shift + m.index;
  return {
    line,
    done: Number(m[1]),
    total: Number(m[2]),
    unit,
    start,
    end: start + m[0].length,
    doneEnd: start + m[1].length,
    totalStart: start + m[0].length - m[2].length
  };
}
function readBar(text2, line, shift = 0) {
  for (const m of text2.matchAll(BAR_BRACKETED)) {
    const cells = m[1];
    const filled = leadingRun(cells, FILLED);
    const rest = cells.slice(filled);
    if ([...rest].some((c) => !EMPTY2.includes(c))) continue;
    const unicode = /[█▓▰■░▒▱□]/u.test(cells);
    const percentFollows = /^\s*\d{1,3}(?:\.\d+)?\s*%/.test(
      text2.slice(m.index + m[0].length, m.index + m[0].length + 12)
    );
    if (!unicode && !percentFollows) continue;
    if (!unicode && filled === 0 && !/[_#=-]/.test(cells)) continue;
    const start = shift + m.index;
    return { line, filled, width: [...cells].length, start, end: start + m[0].length };
  }
  for (const m of text2.matchAll(BAR_BARE)) {
    const cells = [...m[0]];
    if (cells.length < 5) continue;
    const start = shift + m.index;
    return {
      line,
      filled: cells.filter((c) => "\u2588\u2593\u25B0\u25A0".includes(c)).length,
      width: cells.length,
      start,
      end: start + m[0].length
    };
  }
  return null;
}
function leadingRun(text2, chars) {
  let n = 0;
  for (const ch of text2) {
    if (!chars.includes(ch)) break;
    n++;
  }
  return n;
}
function readPosition(text2, line, shift, unit) {
  const m = POSITION.exec(text2);
  if (!m) return null;
  const start = shift + m.index + m[0].indexOf(m[1]);
  return { line, current: Number(m[1]), of: Number(m[2]), unit, start, end: shift + m.index + m[0].length };
}
function isApproximate(text2, offset) {
  return APPROXIMATE.test(text2.slice(Math.max(0, offset - 16), offset));
}
var TOGETHER_AFTER_FRACTION = new RegExp("^[^\\p{L}\\p{N}]*(?:\\p{L}+[^\\p{L}\\p{N}]*)?(?:(?:done|complete|completed|finished|closed|passing)[^\\p{L}\\p{N}]*)?$", "iu");
var TOGETHER_AFTER_PERCENT = /^[^\p{L}\p{N}]*(?:(?:done|complete|completed|finished|progress)[^\p{L}\p{N}]*)?$/iu;
function statedTogether(text2, percent, fraction, shift) {
  const [first, second] = percent.start < fraction.start ? [percent, fraction] : [fraction, percent];
  const between = text2.slice(first.end - shift, second.start - shift);
  if (/\(\s*$/.test(between)) return true;
  return (first === percent ? TOGETHER_AFTER_PERCENT : TOGETHER_AFTER_FRACTION).test(between);
}
function barFits(bar, percent) {
  if (bar.width === 0) return true;
  return Math.abs(bar.filled / bar.width * 100 - percent) <= 100 / bar.width + 0.5;
}
var COUNT = /^[*_ \t]*(\d{1,5})(?![\d.,/%])(?:[ \t]+(tasks?|subtasks?|items?|plans?|steps?|stories|story|features?)\b)?/i;
function readCount(text2, line, shift, labelUnit) {
  const m = COUNT.exec(text2);
  const unit = m?.[2] ? unitWord(m[2]) : labelUnit;
  if (!m || !unit) return null;
  const start = shift + m.index + m[0].indexOf(m[1]);
  return { line, total: Number(m[1]), unit, start, end: shift + m.index + m[0].length };
}
var DONE_OF_UNKNOWN = /(?<![\d./])(\d{1,6})[ \t]*\/[ \t]*(?:TBD|\?)(?![\p{L}\p{N}])/iu;
function readDone(text2, line, shift, labelUnit) {
  const m = DONE_OF_UNKNOWN.exec(text2);
  if (!m) return null;
  const start = shift + m.index;
  const after = UNIT_AFTER.exec(text2.slice(m.index + m[0].length, m.index + m[0].length + 60));
  return { line, done: Number(m[1]), unit: after ? unitWord(after[1]) : labelUnit, start, end: start + m[0].length };
}

// src/core/ledger/claims/front-matter.ts
var NUMBER = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/;
var COUNT2 = /^\d{1,6}$/;
var DONE_KEY = new RegExp("^(?:completed|done|finished|complete)\\s+(\\p{L}+)$", "u");
var TOTAL_KEY = new RegExp("^(?:total)\\s+(\\p{L}+)$", "u");
function frontMatterClaims(profile, fields) {
  const own2 = fields.filter((f) => f.source === "front-matter");
  const out = [];
  for (const field of own2) {
    if (!profile.frontMatter.percent.includes(field.key)) continue;
    const m = NUMBER.exec(field.value);
    if (!m || Number(m[1]) > 100) continue;
    const start = field.valueColumn - 1;
    const percent = {
      line: field.line,
      value: Number(`${m[1]}${m[2] ? `.${m[2]}` : ""}`),
      decimals: m[2]?.length ?? 0,
      start,
      end: start + field.value.length,
      numberEnd: start + m[1].length
    };
    out.push(claimOf(field, `The front matter's ${field.path ?? field.name}`, { percent }));
  }
  const totals = /* @__PURE__ */ new Map();
  for (const field of own2) {
    const unit = TOTAL_KEY.exec(field.key)?.[1] ?? (profile.frontMatter.total.includes(field.key) ? "" : null);
    if (unit !== null && COUNT2.test(field.value)) totals.set(unit, field);
  }
  for (const field of own2) {
    const unit = DONE_KEY.exec(field.key)?.[1] ?? (profile.frontMatter.done.includes(field.key) ? "" : null);
    const total = unit === null ? void 0 : totals.get(unit);
    if (!total || !COUNT2.test(field.value)) continue;
    const start = field.valueColumn - 1;
    const fraction = {
      line: field.line,
      done: Number(field.value),
      total: Number(total.value),
      unit: unit ? unitWord(unit) : null,
      start,
      end: start + field.value.length,
      doneEnd: start + field.value.length,
      totalStart: start + field.value.length
    };
    out.push(
      claimOf(field, `The front matter's ${field.path ?? field.name} of ${total.path ?? total.name}`, { fraction })
    );
  }
  return out;
}
function claimOf(field, label, parts) {
  return makeClaim(
    {
      subject: { scope: "document" },
      origin: "front-matter",
      line: field.line,
      label,
      standing: "current",
      inClaimSection: true
    },
    parts
  );
}

// src/core/ledger/claims/lines.ts
var AFTER_GROUP_LABEL = /^(?:[ \t]+(?:progress|status|completion))?(?:[ \t]*\([^)]{0,80}\))?[*_ \t]*[:—–-]?/i;
var WHOLE_LABEL = /^(overall progress|overall status|overall completion|overall|total progress|total|all phases|all tasks|current progress|current status|project progress|project status|progress|completion|status)\b[*_ \t]*[:—–-]?/i;
var UNIT_LABEL = /^(plans|tasks|subtasks|features|stories|steps|items|milestones|phases)\b[*_ \t]*:/i;
var COUNT_LABEL = /^(?:total[ \t]+(tasks|subtasks|plans|items|steps|features|stories)|(task|plan|item|step) count|scope)\b[*_ \t]*[:—–-]/i;
var CHECKPOINT_LABEL = /^checkpoint\b[*_ \t]*:/i;
var POSITION_LABEL = /^(phase|plan|milestone|step|task|story|sprint|wave)[*_ \t]*:/i;
var STATUS_WORDS_LABEL = /status$/i;
function claimOnLine(text2, line, ctx) {
  const { content, offset } = lineContent(text2);
  const quoted2 = /^>[ \t]*/.exec(content)?.[0].length ?? 0;
  const body = content.slice(quoted2);
  const shift = offset + quoted2;
  const lead = /^[*_ \t]*/.exec(body)[0].length;
  const position = POSITION_LABEL.exec(body.slice(lead));
  if (position && ctx.standing !== "example") {
    const at2 = lead + position[0].length;
    const stated = readPosition(body.slice(at2), line, shift + at2, position[1].toLowerCase());
    if (stated) return claim2(ctx, { scope: "document" }, line, `${position[1]}:`, "line", { position: stated });
  }
  const label = readLabel(ctx, body, lead);
  if (!label) return null;
  return claimAfterLabel(ctx, body, line, shift, label, "line");
}
function claimOnHeading(text2, line, ctx, isGroupHeading2) {
  const hashes = /^ {0,3}#{1,6}[ \t]*/.exec(text2)?.[0].length ?? 0;
  const body = withoutClosingHashes(text2.slice(hashes));
  const lead = /^[^\p{L}\p{N}]*/u.exec(body)[0].length;
  const label = readLabel({ ...ctx, inClaimSection: true }, body, lead);
  if (!label) return null;
  if (!isGroupHeading2 && label.subject.scope === "group") return null;
  const found = claimAfterLabel(
    ctx,
    body,
    line,
    hashes,
    { ...label, isStatus: label.subject.scope === "document" && label.isStatus },
    "heading"
  );
  if (!isGroupHeading2 || label.subject.scope !== "group") return found;
  const state = stateOfHeading(ctx.profile, body, label.end);
  const leading = stateOfHeading(ctx.profile, body.slice(0, lead), 0);
  const chosen = state ?? leading;
  const numbers = found?.percent ?? found?.fraction ?? null;
  const asUnit = chosen && numbers && chosen.start + hashes >= numbers.start && chosen.start + hashes - numbers.end <= 3;
  const stateAt2 = chosen && !asUnit ? { line, start: hashes + chosen.start, end: hashes + chosen.end, category: chosen.category, word: chosen.word } : null;
  if (!found && !stateAt2) return null;
  return {
    ...found ?? claim2(ctx, label.subject, line, label.name, "heading", {}),
    state: stateAt2 ?? found?.state ?? null
  };
}
function readLabel(ctx, body, lead) {
  const start = body.slice(lead);
  const group = readGroupLabel(ctx.profile, start);
  if (group) {
    const idEnd = lead + group.idEnd;
    const tail = AFTER_GROUP_LABEL.exec(body.slice(idEnd))[0].length;
    const subject = {
      scope: "group",
      kind: groupKind(group.kind),
      id: normaliseId(group.id),
      key: groupKey(group.kind, group.id),
      label: groupLabel(group.kind, group.id)
    };
    return { subject, end: idEnd + tail, name: subject.label, unit: null, isStatus: false };
  }
  const counted2 = COUNT_LABEL.exec(start);
  if (counted2) {
    const unit2 = unitWord(counted2[1] ?? counted2[2] ?? "task");
    return {
      subject: ctx.group ?? { scope: "document" },
      end: lead + counted2[0].length,
      name: ctx.group?.scope === "group" ? ctx.group.label : counted2[0].replace(/[*_:—–-]+/g, "").trim(),
      unit: unit2,
      isStatus: false,
      numbersOnly: true
    };
  }
  const checkpoint = CHECKPOINT_LABEL.exec(start);
  if (checkpoint && ctx.group?.scope === "group")
    return {
      subject: ctx.group,
      end: lead + checkpoint[0].length,
      name: `${ctx.group.label}'s checkpoint`,
      unit: null,
      isStatus: false,
      numbersOnly: true
    };
  const whole = WHOLE_LABEL.exec(start);
  if (whole && !(ctx.profile.tier === "template" && STATUS_WORDS_LABEL.test(whole[1]))) {
    const word = whole[1].toLowerCase();
    const isStatus = STATUS_WORDS_LABEL.test(word);
    if (ctx.group && !/^(?:overall|total|all|project)/.test(word)) {
      if (isStatus && !ctx.inGroupHead) return null;
      return {
        subject: ctx.group,
        end: lead + whole[0].length,
        name: ctx.group.scope === "group" ? ctx.group.label : "Overall",
        unit: null,
        isStatus
      };
    }
    const name = /^(?:overall|total|all|project progress)/.test(word) ? "Overall" : capitalised(whole[1]);
    return { subject: { scope: "document" }, end: lead + whole[0].length, name, unit: null, isStatus };
  }
  const unit = UNIT_LABEL.exec(start);
  if (unit && ctx.group)
    return {
      subject: ctx.group,
      end: lead + unit[0].length,
      name: ctx.group.scope === "group" ? ctx.group.label : "Overall",
      unit: unitWord(unit[1]),
      isStatus: false
    };
  return null;
}
function claimAfterLabel(ctx, body, line, shift, label, origin) {
  const arrow = lastArrow(body, label.end);
  const from = arrow ?? label.end;
  const rest = label.isStatus ? upToSeparator(body.slice(from)) : body.slice(from);
  const at2 = shift + from;
  const example = ctx.standing === "example";
  const bar = readBar(rest, line, at2);
  const anyPercent = readPercent(rest, line, at2);
  const anyFraction = example ? null : readFraction(rest, line, at2, label.unit);
  const apart = anyPercent && anyFraction && !statedTogether(rest, anyPercent, anyFraction, at2);
  const percent = apart && anyFraction.start < anyPercent.start ? null : anyPercent;
  const fraction = apart && anyPercent.start < anyFraction.start ? null : anyFraction;
  const stated = example || label.numbersOnly ? null : stateOfValue(ctx.profile, rest.replace(/^[*_ \t]+/, ""));
  const lead = rest.length - rest.replace(/^[*_ \t]+/, "").length;
  const readsState = label.isStatus || label.subject.scope === "group" && origin === "line";
  const state = stated && readsState ? {
    line,
    start: at2 + lead + stated.start,
    end: at2 + lead + stated.end,
    category: stated.category,
    word: stated.word
  } : null;
  if (example && !bar) return null;
  const done = !example && !fraction ? readDone(rest, line, at2, label.unit) : null;
  const count = !example && !percent && !fraction && !done ? readCount(rest, line, at2, label.unit) : null;
  if (!percent && !fraction && !bar && !state && !count && !done) return null;
  const first = Math.min(...[percent, fraction, bar].flatMap((q) => q ? [q.start] : []));
  const approximate = Number.isFinite(first) && isApproximate(body, first - shift);
  return claim2(ctx, label.subject, line, label.name, origin, {
    percent,
    fraction,
    bar,
    state,
    count,
    done,
    approximate
  });
}
var ARROWS = ["\u2192", "->", "=>", "\u27F6"];
function upToSeparator(value) {
  const bar = value.search(/\s\|\s/);
  return bar > 0 && /[\p{L}\p{N}]/u.test(value.slice(0, bar)) ? value.slice(0, bar) : value;
}
function lastArrow(body, from) {
  let found = null;
  for (const arrow of ARROWS) {
    const index = body.lastIndexOf(arrow);
    if (index >= from && (found === null || index + arrow.length > found)) found = index + arrow.length;
  }
  return found;
}
function claim2(ctx, subject, line, label, origin, parts) {
  return makeClaim({ subject, origin, line, label, standing: ctx.standing, inClaimSection: ctx.inClaimSection }, parts);
}
function withoutClosingHashes(text2) {
  const trimmed = trimEndOf(text2, " 	");
  const hashes = trimEndOf(trimmed, "#");
  return hashes.length < trimmed.length && /[ \t]$/.test(hashes) ? trimEndOf(hashes, " 	") : text2;
}
function capitalised(word) {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

// src/core/ledger/claims/tables.ts
var TOTAL_ROW = /^(?:total|overall|all|sum)\b/i;
var BARE_ID = /^(\d{1,4}(?:\.\d{1,4}){0,3}[a-z]?)(?:[.)]?(?:\s|$))/i;
var has = (names, header) => names.some((n) => header === n || header.startsWith(`${n} `));
function columnsOf(profile, table) {
  const headers = table.header.cells.map((c) => nameKey(c.text));
  const first = headers[0] ?? "";
  if (!has(profile.columns.group, first)) return null;
  const indexes = (names) => headers.flatMap((h, i) => i > 0 && has(names, h) ? [i] : []);
  const fraction = indexes(profile.columns.fraction);
  const unitHeader = fraction.map((i) => headers[i].split(" ")[0]).find((w) => !["done", "completed", "complete", "progress", "count"].includes(w));
  return {
    group: 0,
    kind: first.split(" ")[0],
    fraction,
    percent: indexes(profile.columns.percent),
    status: indexes(profile.columns.status),
    unit: unitHeader ? unitWord(unitHeader) : null
  };
}
function tableClaims(profile, table, standing) {
  const columns = columnsOf(profile, table);
  if (!columns) return [];
  return table.rows.flatMap((row) => {
    const subject = rowSubject(profile, row.cells[columns.group]?.text ?? "", columns.kind);
    if (!subject) return [];
    const readD = (cell) => readFraction(cell.text, row.line, cell.start, columns.unit);
    const readState = (cell) => stateAt(profile, row, cell);
    const fraction = firstOf(row, columns.fraction, readD) ?? (columns.fraction.length > 0 ? shifted(row, columns, readD) : firstOf(row, bareCounts(row, columns), readD));
    const percent = firstOf(row, columns.percent, (cell) => readPercent(cell.text, row.line, cell.start));
    const done = fraction ? null : firstOf(row, columns.fraction, (cell) => readDone(cell.text, row.line, cell.start, columns.unit));
    const state = firstOf(row, columns.status, readState) ?? (columns.status.length > 0 ? shifted(row, columns, readState) : null);
    if (!fraction && !percent && !state && !done) return [];
    const label = subject.scope === "group" ? `${subject.label} (table row)` : "The total row";
    return [
      makeClaim(
        { subject, origin: "table", line: row.line, label, standing, inClaimSection: true },
        { percent, fraction, state, done }
      )
    ];
  });
}
function rowSubject(profile, text2, kind) {
  const cell = leadStripped(text2);
  if (TOTAL_ROW.test(cell)) return { scope: "document" };
  const label = readGroupLabel(profile, cell);
  const bare = label ? null : BARE_ID.exec(cell);
  const id = label?.id ?? bare?.[1];
  if (!id || /^\d+\s*[-–]\s*\d/.test(cell)) return null;
  const kindWord = label?.kind ?? kind;
  return {
    scope: "group",
    kind: groupKind(kindWord),
    id: normaliseId(id),
    key: groupKey(kindWord, id),
    label: groupLabel(kindWord, id)
  };
}
function firstOf(row, columns, read) {
  for (const index of columns) {
    const cell = row.cells[index];
    const found = cell ? read(cell) : null;
    if (found) return found;
  }
  return null;
}
var BARE_COUNT = new RegExp("^[*_]*\\d{1,6}\\s*\\/\\s*\\d{1,6}[*_]*(?:\\s+\\p{L}+)?$", "u");
function bareCounts(row, columns) {
  return row.cells.flatMap((cell, i) => i !== columns.group && BARE_COUNT.test(cell.text) ? [i] : []);
}
function shifted(row, columns, read) {
  return firstOf(
    row,
    row.cells.map((_, i) => i).filter((i) => i !== columns.group),
    read
  );
}
function stateAt(profile, row, cell) {
  const state = stateOfValue(profile, cell.text);
  return state ? { line: row.line, start: cell.start, end: cell.end, category: state.category, word: state.word } : null;
}
function totalRowMismatches(table) {
  const total = table.rows.find((r) => TOTAL_ROW.test(leadStripped(r.cells[0]?.text ?? "")));
  if (!total) return [];
  const rows = table.rows.filter((r) => r !== total);
  if (rows.length === 0) return [];
  const out = [];
  for (let column = 1; column < table.header.cells.length; column++) {
    const cell = total.cells[column];
    const stated = cell ? readCount2(cell.text) : null;
    const values = rows.map((r) => readCount2(r.cells[column]?.text ?? ""));
    if (!cell || !stated || values.some((v) => v === null || v.total === null !== (stated.total === null))) continue;
    const done = values.reduce((sum, v) => sum + v.done, 0);
    const all = stated.total === null ? null : values.reduce((sum, v) => sum + (v.total ?? 0), 0);
    if (done !== stated.done || all !== null && all !== stated.total) {
      out.push({
        line: total.line,
        column: cell.start + 1,
        header: table.header.cells[column].text,
        stated: cell.text,
        sum: all === null ? String(done) : `${done}/${all}`
      });
    }
  }
  return out;
}
function readCount2(text2) {
  const plain = text2.replace(/[*_`]/g, "").trim();
  const fraction = /^(\d{1,6})\s*\/\s*(\d{1,6})$/.exec(plain);
  if (fraction) return { done: Number(fraction[1]), total: Number(fraction[2]) };
  return /^\d{1,6}$/.test(plain) ? { done: Number(plain), total: null } : null;
}

// src/core/ledger/claims/index.ts
var cache6 = /* @__PURE__ */ new WeakMap();
function claimsOf(ledger, profile) {
  const cached2 = cache6.get(ledger);
  if (cached2?.profile === profile) return cached2.claims;
  const claims = [
    ...lineClaims(ledger, profile),
    ...tablesOf(ledger, profile),
    ...frontMatterClaims(profile, ledger.fields),
    ...statusClaims(ledger, profile)
  ].sort((a, b) => a.line - b.line);
  cache6.set(ledger, { profile, claims });
  return claims;
}
function currentClaims(ledger, profile) {
  return claimsOf(ledger, profile).filter((c) => c.standing === "current");
}
function sectionsByLine(ledger) {
  const out = new Array(ledger.lines.text.length).fill(null);
  for (const section of ledger.allSections) for (let l = section.line; l <= section.endLine; l++) out[l - 1] = section;
  return out;
}
function groupsByLine(ledger, groups) {
  const out = new Array(ledger.lines.text.length).fill(null);
  for (const group of groups) for (let l = group.line + 1; l <= group.endLine; l++) out[l - 1] = group;
  return out;
}
function subjectOf(group) {
  return { scope: "group", kind: group.kind, id: group.id, key: group.key, label: group.label };
}
function lineClaims(ledger, profile) {
  const groups = groupsOf(ledger, profile).all;
  const sectionAt = sectionsByLine(ledger);
  const groupAt = groupsByLine(ledger, groups);
  const groupHeadings = new Map(groups.filter((g) => g.origin === "heading").map((g) => [g.line, g]));
  const headings = new Map(ledger.allSections.filter((s) => s.kind === "heading").map((s) => [s.line, s]));
  const boxes = new Map(ledger.items.filter((i) => i.checkbox).map((i) => [i.line, i]));
  const frontMatterEnd = ledger.frontMatter?.endLine ?? 0;
  const inTable = new Set(
    ledger.tables.flatMap((t) => Array.from({ length: t.endLine - t.line + 1 }, (_, i) => t.line + i))
  );
  const out = [];
  for (let line = frontMatterEnd + 1; line <= ledger.lines.text.length; line++) {
    const text2 = ledger.lines.text[line - 1];
    if (text2.trim() === "" || inTable.has(line)) continue;
    const heading = headings.get(line);
    const section = heading ? heading.parent : sectionAt[line - 1];
    const group = groupAt[line - 1] ?? null;
    const claimSection = inClaimSection(profile, section) || heading !== void 0 && inClaimSection(profile, heading);
    const role = roleIn(profile, section, line);
    if (!claimSection && (role === "ignored" || role === "checklist")) continue;
    const ctx = {
      profile,
      group: group ? subjectOf(group) : null,
      inGroupHead: group !== null && inHead(ledger, group, line),
      inClaimSection: claimSection,
      standing: !ledger.prose[line - 1] ? "example" : inHistory(profile, section) || heading !== void 0 && inHistory(profile, heading) ? "history" : "current"
    };
    if (heading) {
      const found2 = claimOnHeading(text2, line, ctx, groupHeadings.has(line));
      if (found2 && !onlyDocumentState(found2)) out.push(found2);
      continue;
    }
    const found = claimOnLine(text2, line, ctx);
    const box = boxes.get(line);
    const label = box ? readGroupLabel(profile, box.text) : null;
    if (box && label) {
      const done = box.checkbox.state === "done";
      const start = box.checkbox.column - 1;
      const subject = {
        scope: "group",
        kind: groupKind(label.kind),
        id: normaliseId(label.id),
        key: groupKey(label.kind, label.id),
        label: groupLabel(label.kind, label.id)
      };
      const base = found?.subject.scope === "group" ? found : makeClaim({
        subject,
        origin: "box",
        line,
        label: subject.label,
        standing: ctx.standing,
        inClaimSection: claimSection
      });
      out.push({
        ...base,
        origin: "box",
        state: {
          line,
          start,
          end: start + box.checkbox.marker.length,
          category: done ? "done" : "active",
          word: box.checkbox.marker
        }
      });
      continue;
    }
    if (found && !onlyDocumentState(found)) out.push(found);
  }
  return out;
}
function onlyDocumentState(claim3) {
  return claim3.subject.scope === "document" && !claim3.percent && !claim3.fraction && !claim3.bar && !claim3.position && !claim3.count && !claim3.done;
}
function inHead(ledger, group, line) {
  if (group.origin !== "heading" || !group.section) return false;
  const firstChild = group.section.children.find((c) => c.kind === "heading")?.line ?? Infinity;
  const firstBox = ledger.items.find((i) => i.checkbox && i.line > group.line && i.line <= group.endLine)?.line ?? Infinity;
  return line < Math.min(firstChild, firstBox);
}
function tablesOf(ledger, profile) {
  return ledger.tables.flatMap(
    (table) => tableClaims(profile, table, inHistory(profile, table.section) ? "history" : "current")
  );
}
function statusClaims(ledger, profile) {
  return statusStatements(ledger, profile).map(
    (s) => makeClaim(
      {
        subject: { scope: "document" },
        origin: "status",
        line: s.line,
        label: s.origin === "footer" ? "The closing status" : s.origin === "front-matter" ? "The front-matter status" : "Status",
        standing: "current",
        inClaimSection: true
      },
      {
        state: {
          line: s.line,
          start: s.column - 1,
          end: s.column - 1 + s.state.end,
          category: s.state.category,
          word: s.state.word
        }
      }
    )
  );
}

// src/core/ledger/status-checks.ts
function statusFindings(ledger, profile) {
  return [...documentStatus(ledger, profile), ...groupStates(ledger, profile)];
}
function nameOf(item) {
  if (item.listItem?.id) return describeItem(item.listItem);
  if (item.id && /^(?:T\d|#)/i.test(item.id)) return item.id;
  if (item.id) return `Task ${item.id}`;
  if (item.listItem) return describeItem(item.listItem);
  return quoted(item.text);
}
function allDone(total, its = "") {
  return total === 1 ? `${its || "the "}only task is done` : `all ${its}${plural(total, "task")} are done`;
}
function openList(open2) {
  const named = open2.slice(0, 3).map(nameOf);
  return open2.length > 3 ? `${named.join(", ")} and ${open2.length - 3} more` : listing(named);
}
function documentStatus(ledger, profile) {
  const { state, field, statement: statement2 } = ledgerStatus(ledger, profile);
  if (!state) return [];
  const at2 = statement2 ? { line: statement2.line, column: statement2.column } : field ? { line: field.line, column: field.valueColumn } : null;
  if (!at2) return [];
  const tasks = workItems(ledger, profile).filter(isRequired);
  if (tasks.length === 0) return [];
  const done = tasks.filter((t) => t.state === "done");
  const word = statement2 ? statusAsWritten(statement2) : state.name;
  if (state.category === "active" && done.length === tasks.length) {
    const short = currentClaims(ledger, profile).some(
      (c) => c.percent && c.percent.value < 100 || c.fraction && c.fraction.done < c.fraction.total
    );
    if (short) return [];
    return [
      {
        message: `Status is ${word} but ${allDone(tasks.length)}; the status lags the work (mark it done, or add the work that remains).`,
        ...at2,
        severity: "warning"
      }
    ];
  }
  const open2 = tasks.filter((t) => t.state !== "done");
  if (state.category === "review" && open2.length > 0) {
    return [
      {
        message: `Status is ${word} but ${openList(open2)} ${open2.length === 1 ? "is" : "are"} still open.`,
        ...at2,
        severity: "warning"
      }
    ];
  }
  if (state.category === "planned" && done.length > 0) {
    return [
      {
        message: `Status is ${word} but ${done.length} of its ${plural(tasks.length, "task")} ${done.length === 1 ? "is" : "are"} done already (${openList(done)}).`,
        ...at2,
        severity: "warning"
      }
    ];
  }
  return [];
}
function statusAsWritten({ value, state }) {
  if (/[\p{L}\p{N}]/u.test(value.slice(0, state.start))) return state.word;
  const words = new RegExp("^[\\p{L}' ]*\\p{L}(?:[-_][\\p{L}]+)*", "u").exec(value.replace(/^[^\p{L}]+/u, ""));
  return words ? words[0].trim() : value.trim();
}
function groupStates(ledger, profile) {
  const groups = groupsOf(ledger, profile);
  const out = [];
  const claims = currentClaims(ledger, profile);
  for (const claim3 of claims) {
    if (claim3.subject.scope !== "group" || !claim3.state) continue;
    const group = groupNamed(groups, claim3.subject.key);
    if (!group) continue;
    const tasks = group.items.filter(isRequired);
    if (tasks.length === 0) continue;
    const open2 = tasks.filter((t) => t.state !== "done");
    const done = tasks.filter((t) => t.state === "done");
    const key = claim3.subject.key;
    const waiting = claim3.origin === "box" && claims.some(
      (c) => c !== claim3 && c.subject.scope === "group" && c.subject.key === key && (c.state?.category === "review" || c.state?.category === "blocked")
    );
    const found = waiting ? null : judge(claim3, tasks.length, open2, done);
    if (found) out.push(found);
  }
  return out;
}
function judge(claim3, total, open2, done) {
  const state = claim3.state;
  const at2 = { line: claim3.line, column: state.start + 1 };
  const marked = claim3.origin === "box" ? state.category === "done" ? "ticked" : "not ticked" : `marked ${/[\p{L}\p{N}]/u.test(state.word) ? `"${state.word}"` : state.word}`;
  if (state.category === "done" && open2.length > 0) {
    return {
      message: `${claim3.label} is ${marked} but ${openList(open2)} ${open2.length === 1 ? "is" : "are"} still open.`,
      ...at2
    };
  }
  if (state.category === "active" && open2.length === 0) {
    return {
      message: `${claim3.label} is ${marked} but ${allDone(total, "its ")}; the status lags the work.`,
      ...at2,
      severity: "warning"
    };
  }
  if (state.category === "planned" && done.length > 0 && claim3.origin !== "box") {
    return {
      message: `${claim3.label} is ${marked} but ${done.length} of its ${plural(total, "task")} ${done.length === 1 ? "is" : "are"} done.`,
      ...at2,
      severity: "warning"
    };
  }
  return null;
}

// src/core/rules/rule.ts
var DOCS_BASE = "https://github.com/ledgerlint/ledgerlint/blob/main/docs/rules/";
function defineRule(rule) {
  return { ...rule, meta: { ...rule.meta, docs: `${DOCS_BASE}${rule.meta.id}.md` } };
}

// src/core/rules/blocker-task.ts
var blocker_task_default = defineRule({
  meta: {
    id: "blocker-task",
    description: 'The task a current blocker blocks ("Blocking Task 2.2"), or that a task is blocked by, exists and is still open.',
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const refs = blockingRefs(ledger, profile);
    if (refs.length === 0) return;
    const tasks = numberedTasks(ledger, profile);
    for (const ref of refs) {
      const at2 = spanOf(ref);
      const holder = ref.holder.kind === "task" ? ref.holder.item : null;
      const says = `${holder ? nameOf(holder) : "This current blocker"} says it ${ref.relation === "blocks" ? "blocks" : "is blocked by"} ${ref.name}`;
      const all = tasks.byKey.get(ref.key) ?? [];
      const named = all.filter((task2) => task2 !== holder);
      if (all.length === 0) {
        if (tasks.surelyMissing(ref.key)) report({ message: `${says}, but the ledger has no ${ref.name}.`, ...at2 });
        else
          report({
            message: `${says}, but the ledger has no task numbered ${ref.key} (some of its tasks have no number).`,
            ...at2,
            severity: "warning"
          });
        continue;
      }
      if (named.length === 0 || holder && (holder.state === "done" || holder.notApplicable)) continue;
      if (named.some((task2) => task2.state !== "done" && !task2.notApplicable)) continue;
      const task = named.find((t) => t.state === "done") ?? named[0];
      const state = task.state !== "done" ? "is marked not applicable" : task.kind === "box" ? "is ticked" : "is marked done";
      const certain = !holder && ref.relation === "blocks" && task.state === "done";
      report({
        message: `${says}, but ${ref.name} ${state} at line ${task.line}.`,
        ...at2,
        ...certain ? {} : { severity: "warning" }
      });
    }
  }
});

// src/core/rules/commit-duplicate.ts
var commit_duplicate_default = defineRule({
  meta: {
    id: "commit-duplicate",
    description: "No commit is listed twice in one list of commits.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const seen3 = [];
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha === null) continue;
      const fact = facts.commits?.bySha.get(ref.sha);
      const id = fact?.status === "found" ? fact.sha : ref.sha;
      const first = seen3.find((s) => s.id === id && s.ref.listing === ref.listing);
      if (first) {
        report({ message: `Commit ${ref.raw} is listed twice (first at line ${first.ref.line}).`, ...spanOf(ref) });
      } else {
        seen3.push({ ref, id });
      }
    }
  }
});

// src/core/ledger/placeholders.ts
var screens = /* @__PURE__ */ new WeakMap();
function screenFor(profile) {
  if (screens.has(profile)) return screens.get(profile);
  const sources = profile.placeholders.map(
    (p) => p.anchored ? p.regex.source.replace(/^\^/, "").replace(/(?<!\\)\$$/, "") : p.regex.source
  );
  const joinable = sources.every((source) => !/\\[1-9k]|\(\?<[^=!]/.test(source));
  let screen = null;
  if (joinable && sources.length > 0) {
    try {
      screen = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "u");
    } catch {
      screen = null;
    }
  }
  screens.set(profile, screen);
  return screen;
}
function placeholdersIn(line, profile) {
  const screen = screenFor(profile);
  if (screen && !screen.test(line)) return [];
  const hits = [];
  const { content, offset } = lineContent(line);
  for (const { regex, label, anchored } of profile.placeholders) {
    const haystack = anchored ? content : line;
    const shift = anchored ? offset : 0;
    regex.lastIndex = 0;
    for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      hits.push({ start: m.index + shift, end: m.index + shift + m[0].length, text: m[0], label });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
function hasPlaceholder(text2, profile) {
  return placeholdersIn(text2, profile).length > 0;
}
function placeholderFindings(ledger, profile) {
  const out = [];
  ledger.lines.text.forEach((line, index) => {
    if (!ledger.prose[index]) return;
    for (const hit of placeholdersIn(line, profile)) {
      const what = hit.label === hit.text ? `"${hit.text}"` : `"${hit.text}" (${hit.label})`;
      out.push({
        message: `Template placeholder ${what} is still here; fill it in or remove it.`,
        line: index + 1,
        column: hit.start + 1,
        endLine: index + 1,
        endColumn: hit.end + 1
      });
    }
  });
  return out;
}

// src/core/ledger/history.ts
var SHORTENED = /(?:\.\.\.|…)\s*$/;
function subjectKey(text2) {
  const plain = text2.replace(/\[[^\][]*\]/g, " ").replace(/\([^()]*\)/g, (group) => /\b(?:task|prd)\b/i.test(group) ? " " : group).replace(/[`*]+/g, "").toLowerCase().replace(/\s+/g, " ").trim().replace(SHORTENED, "");
  return trimEndOf(plain, " .\u2013\u2014-:");
}
function sameSubject(written, subject) {
  const listed = subjectKey(written);
  if (listed === "") return false;
  const real = subjectKey(subject);
  return real === listed || isShortened(written) && real.startsWith(listed);
}
function isShortened(written) {
  return SHORTENED.test(written);
}
function subjectOf2(ref, fact) {
  if (fact?.status === "found") return fact.reachable ? null : fact.subject;
  if (fact?.status === "missing") return ref.message === "" ? null : ref.message;
  return null;
}
function rewrittenAs(ref, facts) {
  const history = facts.history;
  if (!history || ref.sha === null) return null;
  const subject = subjectOf2(ref, facts.commits?.bySha.get(ref.sha));
  return subject === null ? null : history.sameSubject.filter((c) => sameSubject(subject, c.subject));
}
function tagsIn(text2) {
  return { prds: [...text2.matchAll(PRD)].map((m) => m[1]), tasks: [...text2.matchAll(TASK)].map((m) => m[1]) };
}
function trailerPath(value) {
  const path = (value.trim().split(/\s/)[0] ?? "").replace(/^\.\//, "");
  return path.includes("#") ? path.slice(0, path.indexOf("#")) : path;
}
function branchName(value) {
  return value.replace(/[`*]+/g, "").trim().replace(/^refs\/heads\//, "");
}
function commitNames(commit) {
  const withTask = (text2) => {
    const tags = tagsIn(text2);
    return tags.tasks.length > 0 ? tags.prds : [];
  };
  const subject = withTask(commit.subject);
  return {
    paths: commit.ledgerTasks.map(trailerPath),
    prds: [...subject, ...commit.ledgerTasks.flatMap(withTask)],
    namesAny: commit.ledgerTasks.length > 0 || subject.length > 0
  };
}
function namingOf(commit, names, history) {
  const named = commitNames(commit);
  const byPath = named.paths.indexOf(names.path);
  if (byPath >= 0) return { by: "trailer", value: commit.ledgerTasks[byPath] };
  const subject = tagsIn(commit.subject);
  const prd = subject.tasks.length > 0 ? subject.prds.find((p) => names.prds.includes(p)) : void 0;
  if (prd !== void 0) return { by: "task", prd, tasks: subject.tasks };
  const byTag = commit.ledgerTasks.find((value) => {
    const tags = tagsIn(value);
    return tags.tasks.length > 0 && tags.prds.some((p) => names.prds.includes(p));
  });
  if (byTag !== void 0) return { by: "trailer", value: byTag };
  if (onLedgerBranch(names, history) && !named.namesAny) return { by: "branch", branch: history.branch };
  return null;
}
function onLedgerBranch(names, history) {
  return history.scope === "branch" && history.branch !== null && names.branches.includes(history.branch);
}
function namesOf(ledger, profile, path) {
  const prd = ledgerPrdNumber(ledger, profile);
  const branch = findField(ledger, profile, "Branch");
  return { path, prds: prd === null ? [] : [prd], branches: branch ? [branchName(branch.value)] : [] };
}
var FIELD_NAME = /^[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][\w -]{0,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?/;
function scanLedgerNames(text2, outline) {
  const prds = /* @__PURE__ */ new Set();
  const branches = /* @__PURE__ */ new Set();
  const fromTitle = outline.title ? PRD_IN_TITLE.exec(outline.title) : null;
  if (fromTitle) prds.add(fromTitle[1]);
  for (const line of splitLines(text2).text) {
    const field = FIELD_NAME.exec(line);
    if (!field) continue;
    const key = field[1].toLowerCase();
    const value = line.slice(field[0].length).replace(/\*\*|__/g, "").trim();
    const number3 = /prd/.test(key) ? PRD_IN_FIELD.exec(value) : null;
    if (number3) prds.add(number3[1]);
    if (/branch/.test(key) && value !== "") branches.add(branchName(value));
  }
  return { prds: [...prds], branches: [...branches] };
}
function unlistedCommits(ledger, profile, facts) {
  const history = facts.history;
  if (!history || !profile.spec.commits) return [];
  const refs = commitRefs(ledger, profile).filter((r) => r.sha !== null && !hasPlaceholder(r.raw, profile));
  const rewritten = new Set(refs.flatMap((r) => (rewrittenAs(r, facts) ?? []).map((c) => c.sha)));
  const names = namesOf(ledger, profile, history.path);
  const found = [];
  for (const commit of history.onBranch) {
    if (refs.some((r) => commit.sha.startsWith(r.sha)) || rewritten.has(commit.sha) || isUpkeep(commit, history.path))
      continue;
    const naming = namingOf(commit, names, history);
    if (naming) found.push({ commit, naming });
  }
  return found.reverse();
}
function isUpkeep(commit, path) {
  const changes = commit.changes;
  return changes !== null && (changes.files === 0 || changes.files === 1 && changes.only === path);
}

// src/core/ledger/rebased.ts
function rebasedHint(ledger, ref, refs, facts) {
  const candidates2 = rewrittenAs(ref, facts) ?? [];
  const digits = Math.max(7, ref.raw.length);
  const short = (sha) => sha.slice(0, digits);
  if (candidates2.length === 0) return { hint: "" };
  if (candidates2.length > 1) {
    const shown2 = candidates2.slice(0, 3).map((c) => `\`${short(c.sha)}\``);
    const more = candidates2.length > 3 ? ` and ${candidates2.length - 3} more` : "";
    return {
      hint: `; it may have been rebased, but ${candidates2.length} commits on this branch have its subject (${shown2.join(", ")}${more})`
    };
  }
  const now = candidates2[0];
  const hint = `; rebased: now \`${short(now.sha)}\` (same subject, on this branch)`;
  const listed = refs.find((r) => r !== ref && r.sha !== null && now.sha.startsWith(r.sha));
  if (listed) return { hint: `${hint}, which is listed at line ${listed.line}` };
  const before = refs.slice(0, refs.indexOf(ref)).find((r) => rewrittenAs(r, facts)?.length === 1 && rewrittenAs(r, facts)[0].sha === now.sha);
  if (before) return { hint: `${hint}, as is the commit at line ${before.line}` };
  const start = ledger.lines.starts[ref.line - 1] + ref.column - 1;
  return { hint, fix: { start, end: start + ref.raw.length, text: short(now.sha) } };
}

// src/core/rules/commit-exists.ts
var commit_exists_default = defineRule({
  meta: {
    id: "commit-exists",
    description: "Every commit a ledger lists exists in the repository, and a short SHA names exactly one commit; a rebased one is named by its new SHA.",
    defaultSeverity: "error",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const commits2 = facts.commits;
    if (!commits2) return;
    let noticed = false;
    const refs = commitRefs(ledger, profile);
    for (const ref of refs) {
      if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue;
      const fact = commits2.bySha.get(ref.sha);
      const at2 = spanOf(ref);
      if (fact?.status === "missing") {
        const rebased = rebasedHint(ledger, ref, refs, facts);
        report({
          message: `Commit ${ref.raw} does not exist in this repository${rebased.hint}.`,
          ...at2,
          ...rebased.fix ? { fix: rebased.fix } : {}
        });
      } else if (fact?.status === "ambiguous") {
        const shown2 = fact.candidates.slice(0, 5).map((c) => c.slice(0, Math.max(12, ref.raw.length + 2)));
        const more = fact.candidates.length > 5 ? ` and ${fact.candidates.length - 5} more` : "";
        report({
          message: `Commit ${ref.raw} is ambiguous: it could be ${shown2.join(", ")}${more}; write more digits.`,
          ...at2
        });
      } else if (fact?.status === "unverifiable" && !noticed && commits2.shallowNotice?.sha === ref.sha) {
        noticed = true;
        const others = commits2.shallowNotice.others;
        const also = others > 0 ? ` (nor ${others} other commit${others === 1 ? "" : "s"} in this run)` : "";
        report({
          message: `Commit ${ref.raw} cannot be verified: the clone is shallow${also}; fetch full history (actions/checkout: fetch-depth: 0).`,
          ...at2,
          severity: "warning"
        });
      }
    }
  }
});

// src/core/rules/commit-reachable.ts
var commit_reachable_default = defineRule({
  meta: {
    id: "commit-reachable",
    description: "Every commit a ledger lists is on the current branch (reachable from HEAD), not left behind by a rebase.",
    defaultSeverity: "warn",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const refs = commitRefs(ledger, profile);
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (fact.reachable) continue;
      const rebased = rebasedHint(ledger, ref, refs, facts);
      const hint = rebased.hint || "; a rebase may have rewritten it, or its branch was abandoned";
      report({
        message: `Commit ${ref.raw} exists but is not reachable from HEAD${hint}.`,
        ...spanOf(ref),
        ...rebased.fix ? { fix: rebased.fix } : {}
      });
    }
  }
});

// src/core/rules/commit-sha.ts
var commit_sha_default = defineRule({
  meta: {
    id: "commit-sha",
    description: `Every commit a ledger lists is written as a SHA: ${SHA_DIGITS.min} to ${SHA_DIGITS.sha1} hexadecimal digits, or ${SHA_DIGITS.sha256}.`,
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    for (const ref of commitRefs(ledger, profile)) {
      if (ref.sha !== null || hasPlaceholder(ref.raw, profile)) continue;
      const digits = ref.raw.length;
      const problem = !/^[0-9a-f]+$/i.test(ref.raw) ? "is not hexadecimal" : digits < SHA_DIGITS.min ? `has only ${digits} digits; a SHA needs at least ${SHA_DIGITS.min} to be looked up` : `has ${digits} digits; a SHA has ${SHA_DIGITS.min} to ${SHA_DIGITS.sha1}, or all ${SHA_DIGITS.sha256} of a SHA-256 name`;
      report({ message: `"${ref.raw}" is not a commit SHA: it ${problem}.`, ...spanOf(ref) });
    }
  }
});

// src/core/rules/commit-subject.ts
var normalise = (subject) => trimEndOf(
  subject.toLowerCase().replace(/\s+/g, " ").trim().replace(/(?:\.\.\.|…)$/, ""),
  " ."
);
var commit_subject_default = defineRule({
  meta: {
    id: "commit-subject",
    description: "The subject written beside a commit matches the commit's real subject (a shortened prefix is fine).",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    for (const { ref, fact } of foundCommits(ledger, profile, facts)) {
      if (ref.message === "") continue;
      const listed = normalise(ref.message);
      if (listed === "" || [fact.subject, subjectKey(fact.subject)].some((subject) => normalise(subject).startsWith(listed)))
        continue;
      report({
        message: `Commit ${ref.raw} is listed as "${ref.message}" but its subject is "${fact.subject}".`,
        ...spanOf(ref)
      });
    }
  }
});

// src/core/rules/commit-task.ts
var commit_task_default = defineRule({
  meta: {
    id: "commit-task",
    description: "The task a commit names ([PRD-07 Task 1.1]) exists in the ledger, and the PRD it names is the ledger's own.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const refs = commitRefs(ledger, profile);
    if (refs.length === 0) return;
    const tasksSection = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
    const ids = new Set(tasksSection ? checkboxesIn(ledger, tasksSection).flatMap((t) => t.id ? [t.id] : []) : []);
    const prd = ledgerPrdNumber(ledger, profile);
    const reported = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      const at2 = { line: ref.line, column: ref.column };
      for (const task of ids.size > 0 ? ref.tasks : []) {
        if (ids.has(task) || reported.has(`${ref.line}:${task}`)) continue;
        reported.add(`${ref.line}:${task}`);
        report({
          message: `Commit ${ref.raw} names Task ${task}, but ${tasksSection.title} has no Task ${task}.`,
          ...at2
        });
      }
      for (const other of prd === null ? [] : ref.prds) {
        if (other === prd || reported.has(`${ref.line}:PRD${other}`)) continue;
        reported.add(`${ref.line}:PRD${other}`);
        report({
          message: `Commit ${ref.raw} names PRD ${other}, but this ledger is PRD ${prd}.`,
          ...at2,
          severity: "warning"
        });
      }
    }
  }
});

// src/core/ledger/commit-lines.ts
var BULLET2 = /^([ \t]*)(?:[-*+]|(\d{1,9})([.)]))[ \t]+/;
var MESSAGE_HEADER = /message|subject|description|summary|title|change/i;
var TASK_HEADER = /\btasks?\b/i;
var BLOCK_START = /^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\[[ xX~/-]\](?:[ \t]|$))/;
function commitLineWriter(ledger, profile, section) {
  const refs = commitRefs(ledger, profile).filter(
    (r) => r.line > section.line && r.line <= section.endLine && !hasPlaceholder(r.raw, profile)
  );
  if (refs.length === 0 || refs.some((r) => r.sha === null) || new Set(refs.map((r) => r.line)).size !== refs.length)
    return null;
  const shapes = refs.map((r) => shapeOf(ledger, r));
  const last = shapes[shapes.length - 1];
  if (!last || shapes.some((s) => s?.key !== last.key)) return null;
  const digits = Math.max(7, refs[refs.length - 1].raw.length);
  const endText = ledger.lines.text[last.endLine - 1];
  const at2 = ledger.lines.starts[last.endLine - 1] + endText.length;
  return {
    at: at2,
    eol: lineEnding(ledger, last.endLine),
    line: (commit, index) => last.render(commit.sha.slice(0, digits), writable(commit.subject), index)
  };
}
function writable(subject) {
  return subject.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/<!--/g, "<\\!--").trim();
}
function lineEnding(ledger, line) {
  const { text: text2, starts } = ledger.lines;
  if (line < starts.length) return ledger.source.slice(starts[line - 1] + text2[line - 1].length, starts[line]);
  return /\r\n|\r|\n/.exec(ledger.source)?.[0] ?? "\n";
}
function shapeOf(ledger, ref) {
  const text2 = ledger.lines.text[ref.line - 1];
  if (/^[ \t]*\|/.test(text2)) {
    const table = ledger.tables.find((t) => t.line <= ref.line && ref.line <= t.endLine);
    return table ? rowShape(text2, table, ref) : null;
  }
  const bullet = BULLET2.exec(text2);
  const item = ledger.items.find((i) => i.line === ref.line);
  if (!bullet || !item) return null;
  const [prefix, indent = "", number3, delimiter] = bullet;
  const start = ref.column - 1;
  const end = ref.endColumn - 1;
  const before = text2.slice(prefix.length, start);
  const after = text2.slice(end);
  const marker = (index) => number3 === void 0 ? prefix : `${indent}${Number(number3) + 1 + index}${delimiter}${prefix.slice(indent.length + number3.length + 1)}`;
  const base = { endLine: item.endLine };
  if (/^[`*]*$/.test(before)) {
    if (before.endsWith("`") && !after.startsWith("`")) {
      if (!/^[ \t]/.test(after) || after.trim() === "`" || !after.includes("`")) return null;
      return {
        ...base,
        key: `span ${before}`,
        render: (sha, subject, i) => subject.includes("`") ? null : `${marker(i)}${before}${sha} ${subject}\``
      };
    }
    const closing = /^[`*]*/.exec(after)[0];
    const separator = /^[ \t]*(?:[-–—:|][ \t]*)?/.exec(after.slice(closing.length))[0];
    const hasMessage = after.length > closing.length + separator.length;
    if (hasMessage && separator === "") return null;
    return {
      ...base,
      key: `first ${before} ${closing} ${hasMessage}`,
      render: (sha, subject, i) => `${marker(i)}${before}${sha}${closing}${hasMessage ? `${separator}${subject}` : ""}`
    };
  }
  const lead = before.slice(trimEndOf(before, " 	(`*[").length);
  if (!/^[`*)\]]*[ \t]*$/.test(after) || lead.trim() === lead) return null;
  return {
    ...base,
    key: `last ${lead} ${after.trim()}`,
    render: (sha, subject, i) => `${marker(i)}${BLOCK_START.test(subject) ? "\\" : ""}${subject}${lead}${sha}${after.trimEnd()}`
  };
}
function rowShape(text2, table, ref) {
  const row = table.rows.find((r) => r.line === ref.line);
  const start = ref.column - 1;
  const shaCell = row?.cells.findIndex((c) => c.start <= start && start < c.end) ?? -1;
  const messageCell = table.header.cells.findIndex((c, i) => i !== shaCell && MESSAGE_HEADER.test(c.text));
  if (!row || shaCell < 0 || messageCell < 0) return null;
  const cells = row.cells;
  const taskCell = table.header.cells.findIndex(
    (c, i) => i !== shaCell && i !== messageCell && TASK_HEADER.test(c.text)
  );
  return {
    key: `table ${table.line}`,
    endLine: table.endLine,
    render: (sha, subject) => {
      const tasks = tagsIn(subject).tasks.map((t) => `Task ${t}`).join(", ");
      const content = (i) => {
        if (i === shaCell)
          return text2.slice(cells[i].start, start) + sha + text2.slice(ref.endColumn - 1, cells[i].end);
        if (i === messageCell) return subject.replace(/\|/g, "\\|");
        return i === taskCell ? tasks : "";
      };
      let out = text2.slice(0, cells[0].start);
      cells.forEach((cell, i) => {
        out += content(i) + text2.slice(cell.end, cells[i + 1]?.start ?? text2.length);
      });
      return out;
    }
  };
}

// src/core/rules/commit-unlisted.ts
function because(naming) {
  if (naming.by === "task") return `names PRD ${naming.prd} ${naming.tasks.map((t) => `Task ${t}`).join(", ")}`;
  if (naming.by === "trailer") return `carries "Ledger-Task: ${naming.value}"`;
  return `is on ${naming.branch}, this ledger's Branch,`;
}
var commit_unlisted_default = defineRule({
  meta: {
    id: "commit-unlisted",
    description: "Commits on the branch that name this ledger (its PRD and a task, a Ledger-Task trailer, its Branch) are listed in Git Commits.",
    defaultSeverity: "warn",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const unlisted = unlistedCommits(ledger, profile, facts);
    if (unlisted.length === 0) return;
    const name = profile.spec.commits?.section;
    const section = name ? findSection(ledger, profile, name) : void 0;
    const writer = section ? commitLineWriter(ledger, profile, section) : null;
    let written = 0;
    for (const { commit, naming } of unlisted) {
      const line = writer?.line(commit, written) ?? null;
      if (line !== null) written++;
      report({
        message: `Commit ${commit.sha.slice(0, 7)} "${commit.subject}" ${because(naming)} but is not listed in ${section?.title ?? name ?? "the ledger"}.`,
        line: section?.line ?? ledger.title?.line ?? 1,
        column: section?.column ?? 1,
        ...writer && line !== null ? { fix: { start: writer.at, end: writer.at, text: `${writer.eol}${line}` } } : {}
      });
    }
  }
});

// src/core/text/edits.ts
function lineFix(source, lineStart, edits) {
  const first = edits[0];
  const last = edits[edits.length - 1];
  let text2 = "";
  let at2 = first.start;
  for (const edit of edits) {
    text2 += source.slice(lineStart + at2, lineStart + edit.start) + edit.text;
    at2 = edit.end;
  }
  return { start: lineStart + first.start, end: lineStart + last.end, text: text2 };
}
function applyFixes(source, fixes) {
  const ordered = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = "";
  let at2 = 0;
  let applied = 0;
  let previous = null;
  for (const fix of ordered) {
    if (previous && fix.start === previous.start && fix.end === previous.end && fix.text === previous.text) continue;
    if (fix.start < at2) continue;
    output += source.slice(at2, fix.start) + fix.text;
    at2 = fix.end;
    applied++;
    previous = fix;
  }
  return { output: output + source.slice(at2), applied };
}

// src/core/ledger/claim-edits.ts
function claimLineEdits(text2, parts, target, fractionToo) {
  const edits = [];
  const { percent, fraction, bar } = parts;
  if (fraction && fractionToo) {
    edits.push({ start: fraction.start, end: fraction.doneEnd, text: String(target.done) });
    edits.push({ start: fraction.totalStart, end: fraction.end, text: String(target.total) });
  }
  if (percent) {
    const value = target.total === 0 ? 0 : target.done / target.total * 100;
    edits.push({
      start: percent.start,
      end: percent.numberEnd,
      text: percent.decimals > 0 ? value.toFixed(percent.decimals) : String(Math.round(value))
    });
    if (bar && barFits(bar, percent.value)) {
      const redrawn = redrawBar(text2.slice(bar.start, bar.end), bar, value);
      if (redrawn === null) return null;
      edits.push({ start: bar.start, end: bar.end, text: redrawn });
    }
  }
  const changed = edits.filter((e) => text2.slice(e.start, e.end) !== e.text);
  return changed.length > 0 ? edits.sort((a, b) => a.start - b.start) : null;
}
function redrawBar(written, bar, percent) {
  const chars = [...written];
  const open2 = chars[0] === "[" ? 1 : 0;
  const cells = chars.slice(open2, open2 + bar.width);
  const full = cells[0] ?? "";
  const empty = cells[bar.filled];
  const filled = Math.round(percent / 100 * bar.width);
  if (filled === bar.filled) return written;
  if (filled > 0 && bar.filled === 0 || filled < bar.width && empty === void 0) return null;
  const drawn = [
    ...Array.from({ length: filled }, () => full),
    ...Array.from({ length: bar.width - filled }, () => empty ?? "")
  ];
  return [...chars.slice(0, open2), ...drawn, ...chars.slice(open2 + bar.width)].join("");
}
function fixLine(ledger, claim3, target, { fractionToo }) {
  const line = claim3.line;
  const lineStart = ledger.lines.starts[line - 1];
  const edits = claimLineEdits(ledger.lines.text[line - 1], claim3, target, fractionToo);
  return edits ? lineFix(ledger.source, lineStart, edits) : void 0;
}

// src/core/ledger/tally.ts
function counted(items, policy) {
  const inScope = new Set(items.filter((i) => !i.notApplicable));
  const chosen = [...inScope].filter((item) => {
    if (policy === "all") return true;
    if (policy === "leaves") return !item.children.some((c) => inScope.has(c));
    return item.parent === null || !inScope.has(item.parent);
  });
  return chosen;
}
function tallyOf(items, byIds = false) {
  const weight = (i) => byIds ? i.span : 1;
  return {
    done: items.reduce((n, i) => n + (i.state === "done" ? weight(i) : 0), 0),
    total: items.reduce((n, i) => n + weight(i), 0)
  };
}
function countsOf(items, policies) {
  const out = [];
  const tasks = chosenFor(items, { withChecks: false, withOptional: true });
  for (const byIds of items.some((i) => i.span > 1) ? [false, true] : [false]) {
    for (const withChecks of [false, true]) {
      const pool = chosenFor(items, { withChecks, withOptional: true });
      if (withChecks && pool.length === tasks.length) continue;
      for (const withOptional of [true, false]) {
        const chosen = chosenFor(items, { withChecks, withOptional });
        if (!withOptional && chosen.length === pool.length) continue;
        for (const policy of policies)
          out.push({ policy, withChecks, withOptional, byIds, ...tallyOf(counted(chosen, policy), byIds) });
      }
    }
  }
  return out;
}
function chosenFor(items, { withChecks, withOptional }) {
  return items.filter(
    (i) => (i.role === "task" || withChecks && i.role === "checklist") && (withOptional || !i.optional)
  );
}
function distinctCounts(counts) {
  const seen3 = /* @__PURE__ */ new Set();
  return counts.filter((c) => {
    const key = `${c.done}/${c.total}`;
    if (seen3.has(key)) return false;
    seen3.add(key);
    return true;
  });
}
var NOUNS = {
  "top-level": ["top-level task", "top-level tasks"],
  all: ["box", "boxes"],
  leaves: ["leaf task", "leaf tasks"]
};
function countNoun(count, n) {
  const [one, many] = NOUNS[count.policy];
  return `${n} ${n === 1 ? one : many}`;
}
function describeCount(count) {
  const what = NOUNS[count.policy][1];
  const extras = [
    count.withChecks ? "with the checklists" : "",
    count.withOptional ? "" : "without optional ones",
    count.byIds ? "a range of ids counted per id" : ""
  ].filter(Boolean);
  return extras.length > 0 ? `${what} ${extras.join(", ")}` : what;
}
function showTally({ done, total }) {
  return `${done}/${total}`;
}
function sumTallies(tallies) {
  return tallies.reduce((sum, t) => ({ done: sum.done + t.done, total: sum.total + t.total }), {
    done: 0,
    total: 0
  });
}
function formatPercent({ done, total }, decimals = 0) {
  const value = total === 0 ? 0 : done / total * 100;
  return `${decimals === 0 ? Math.round(value) : value.toFixed(decimals)}%`;
}
function roundedPercent({ done, total }) {
  return total === 0 ? 0 : Math.round(done / total * 100);
}
function percentFits(value, decimals, { done, total }) {
  if (total === 0) return value === 0;
  const exact = done / total * 100;
  const unit = 10 ** -decimals;
  if (value === 100 || done === total) return value === 100 && done === total;
  if (value === 0) return exact < unit / 2;
  if (done === 0) return false;
  return Math.abs(value - exact) < unit - 1e-9 || Math.abs(value - exact) < 1e-9;
}

// src/core/ledger/progress-summary.ts
function summaryCoverage(ledger, profile, claims, policy) {
  const section = findSection(ledger, profile, profile.spec.progress.section);
  if (!section) return [];
  const lines = claims.filter(
    (c) => c.origin === "line" && c.line > section.line && c.line <= section.endLine && (c.percent || c.fraction)
  );
  const groups = groupsOf(ledger, profile).all.filter((g) => g.origin === "heading" && g.parent === null);
  const out = [];
  const seen3 = /* @__PURE__ */ new Map();
  for (const claim3 of lines) {
    if (claim3.subject.scope !== "group") continue;
    const earlier = seen3.get(claim3.subject.key);
    if (earlier) {
      out.push({
        message: `${claim3.label} is summarised twice (first at line ${earlier.line}).`,
        line: claim3.line,
        column: 1,
        severity: "warning"
      });
      continue;
    }
    seen3.set(claim3.subject.key, claim3);
    if (!groupsOf(ledger, profile).byKey.has(claim3.subject.key)) {
      const tasks = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
      out.push({
        message: `${section.title} lists ${claim3.label}, but ${tasks?.title ?? "the tasks"} has no ${claim3.label}.`,
        line: claim3.line,
        column: 1
      });
    }
  }
  for (const [index, group] of groups.entries()) {
    const count = countsOf(
      group.items.filter((i) => i.role === "task"),
      [policy]
    )[0];
    if (seen3.has(group.key) || !count || count.total === 0) continue;
    const fix = missingLineFix(
      ledger,
      profile,
      lines,
      groups.slice(0, index).map((g) => g.key),
      group,
      count
    );
    out.push({
      message: `${group.label} (${countNoun(count, count.total)}, ${count.done} done) has no line in the ${section.title}; expected ${formatPercent(count)} (${showTally(count)}).`,
      line: section.line,
      column: section.column,
      ...fix ? { fix } : {}
    });
  }
  return out;
}
function missingLineFix(ledger, profile, lines, earlierKeys, group, target) {
  const phaseLines = lines.filter((l) => l.subject.scope === "group");
  const after = [...phaseLines].reverse().find((l) => l.subject.scope === "group" && earlierKeys.includes(l.subject.key));
  const anchor2 = after ?? phaseLines[0] ?? lines[0];
  if (!anchor2) return void 0;
  const template = phaseLines[0];
  const text2 = template ? clonedLine(ledger, profile, template, group, target) : null;
  const indent = /^\s*/.exec(ledger.lines.text[anchor2.line - 1])[0];
  const line = text2 ?? `${indent}- **${group.label}:** ${roundedPercent(target)}% complete (${target.done}/${target.total} tasks done)`;
  const eol = /\r\n|\r|\n/.exec(
    ledger.source.slice(ledger.lines.starts[anchor2.line - 1] + ledger.lines.text[anchor2.line - 1].length)
  )?.[0] ?? "\n";
  if (after) {
    const end = ledger.lines.starts[after.line - 1] + ledger.lines.text[after.line - 1].length;
    return { start: end, end, text: `${eol}${line}` };
  }
  const start = ledger.lines.starts[anchor2.line - 1];
  return { start, end: start, text: `${line}${eol}` };
}
function clonedLine(ledger, profile, template, group, target) {
  if (template.subject.scope !== "group") return null;
  const text2 = ledger.lines.text[template.line - 1];
  const idAt = new RegExp(
    `(\\b${template.subject.kind}\\s+)0*${template.subject.id.replace(/\./g, "\\.")}\\b`,
    "i"
  ).exec(text2);
  if (!idAt) return null;
  const idStart = idAt.index + idAt[1].length;
  const idEnd = idAt.index + idAt[0].length;
  if (!/^[ \t]*(?:(?:\*\*|__)[ \t]*)?:/.test(text2.slice(idEnd))) return null;
  const cloned = `${text2.slice(0, idStart)}${group.id}${text2.slice(idEnd)}`.replace(/[ \t]*[✅✔☑⏳🚧]\uFE0F?/gu, "");
  const parsed = claimOnLine(cloned, 1, {
    profile,
    group: null,
    inGroupHead: false,
    inClaimSection: true,
    standing: "current"
  });
  if (!parsed) return null;
  const edits = claimLineEdits(cloned, parsed, target, true);
  return edits ? applyFixes(cloned, [lineFix(cloned, 0, edits)]).output : cloned;
}

// src/core/ledger/units.ts
var WORK_UNITS = /* @__PURE__ */ new Set([
  "task",
  "item",
  "box",
  "subtask",
  "plan",
  "todo",
  "checkbox",
  "deliverable",
  "step",
  "check",
  "action",
  "goal",
  "criterion"
]);
var MAYBE_WORK_UNITS = /* @__PURE__ */ new Set([
  "feature",
  "story",
  "requirement",
  "ticket",
  "issue",
  "objective",
  "change",
  "fix",
  "migration",
  "endpoint",
  "screen",
  "page"
]);
var GROUP_UNITS = /* @__PURE__ */ new Set([
  "phase",
  "milestone",
  "stage",
  "sprint",
  "epic",
  "release",
  "wave",
  "iteration",
  "part",
  "increment"
]);
function countsBoxes(unit) {
  return unit === null || WORK_UNITS.has(unit);
}

// src/core/ledger/progress-checks.ts
var cache7 = /* @__PURE__ */ new WeakMap();
function progressFindings(ledger, profile, options = {}) {
  const cached2 = cache7.get(ledger);
  if (cached2?.profile === profile && cached2.count === options.count) return cached2.findings;
  const out = [];
  const claims = claimsOf(ledger, profile);
  for (const claim3 of claims) out.push(...arithmetic(ledger, claim3));
  for (const claim3 of claims)
    if (claim3.standing === "current")
      out.push(
        ...againstWork(ledger, profile, claim3, options),
        ...countAgainstWork(ledger, profile, claim3),
        ...doneAgainstWork(ledger, profile, claim3)
      );
  if (profile.boxes === "counted" && profile.spec.progress)
    out.push(...summaryCoverage(ledger, profile, claims, policiesFor(profile, options)[0]));
  cache7.set(ledger, { profile, count: options.count, findings: out });
  return out;
}
function arithmetic(ledger, claim3) {
  const out = [];
  const { percent, fraction, bar } = claim3;
  const presentsDone = percent?.value === 100 || claim3.state?.category === "done";
  if (fraction && fraction.total === 0 && presentsDone) {
    out.push({
      message: `${claim3.label} is presented as done with 0/0 tasks; with nothing to do nothing is done.`,
      ...at(percent ?? fraction)
    });
  } else if (percent && fraction && !claim3.approximate && !percentFits(percent.value, percent.decimals, fraction)) {
    const fix = claim3.origin === "line" ? fixLine(ledger, claim3, fraction, { fractionToo: false }) : void 0;
    out.push({
      message: `${claim3.label} says ${percent.value}% but its own ${showTally(fraction)} is ${formatPercent(fraction, percent.decimals)}.`,
      ...at(percent),
      ...fix ? { fix } : {}
    });
  }
  if (fraction && fraction.done > fraction.total)
    out.push({ message: `${claim3.label} says ${showTally(fraction)}: more done than there are.`, ...at(fraction) });
  if (bar && percent && !barFits(bar, percent.value)) {
    out.push({
      message: `${claim3.label}'s bar shows ${bar.filled} of ${bar.width} cells filled (${Math.round(bar.filled / bar.width * 100)}%) but it says ${percent.value}%.`,
      ...at(bar)
    });
  }
  return out;
}
function workOf(ledger, profile, claim3) {
  const groups = groupsOf(ledger, profile);
  if (claim3.subject.scope === "group") {
    const group = groupNamed(groups, claim3.subject.key);
    return group ? { items: group.items, source: "its checkboxes show" } : null;
  }
  const items = workItems(ledger, profile);
  const grouped = new Set(groups.all.flatMap((g) => g.items));
  const tasks = items.filter((i) => i.role === "task");
  const top = groups.all.find((g) => g.parent === null);
  if (top && tasks.length > 0 && tasks.every((i) => grouped.has(i)))
    return { items: items.filter((i) => grouped.has(i)), source: `the ${pluralWord(top.kind)} add up to` };
  const tasksSection = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
  return { items, source: tasksSection ? `the checkboxes in ${tasksSection.title} show` : "its checkboxes show" };
}
function policiesFor(profile, options) {
  return options.count ? [options.count] : profile.counting;
}
function candidates(profile, items, options) {
  const counts = countsOf(
    items.filter((i) => i.role === "task" || i.role === "checklist"),
    policiesFor(profile, options)
  );
  return profile.boxes === "counted" ? counts.slice(0, 1) : counts;
}
function againstWork(ledger, profile, claim3, options) {
  const { percent, fraction } = claim3;
  if (!percent && !fraction) return [];
  if (fraction && fraction.total === 0) return [];
  const unit = fraction?.unit ?? null;
  if (unit !== null && isGroupKind(unit)) return againstGroups(ledger, profile, claim3, fraction);
  if (unit !== null && !WORK_UNITS.has(unit) && !MAYBE_WORK_UNITS.has(unit)) return [];
  const work = workOf(ledger, profile, claim3);
  if (!work) return [];
  const counts = candidates(profile, work.items, options);
  const usable = counts.filter((c) => c.total > 0);
  if (usable.length === 0) return [];
  const strict = profile.boxes === "counted" && claim3.inClaimSection;
  const elsewhere = profile.boxes === "elsewhere" || unit !== null && MAYBE_WORK_UNITS.has(unit);
  const described2 = listCounts(usable, strict);
  if (fraction) {
    if (usable.some((c) => c.done === fraction.done && c.total === fraction.total)) return [];
    const sameTotal = usable.filter((c) => c.total === fraction.total);
    const settled = sameTotal.length > 0 && sameTotal.every((c) => c.done === sameTotal[0].done) ? sameTotal[0] : null;
    if (!settled && !strict && elsewhere) return [];
    const target2 = strict ? usable[0] : settled;
    const fix2 = target2 && claim3.origin === "line" && !claim3.approximate ? fixLine(ledger, claim3, target2, { fractionToo: true }) : void 0;
    const expected = target2 ? `; expected ${formatPercent(target2)} (${showTally(target2)})` : "";
    const severity = strict || settled ? void 0 : "warning";
    return [
      {
        message: `${claim3.label} says ${showTally(fraction)} ${unitText(fraction)}done, but ${work.source} ${described2}${expected}.`,
        ...at(fraction),
        ...severity ? { severity } : {},
        ...fix2 ? { fix: fix2 } : {}
      }
    ];
  }
  const p = percent;
  if (usable.some((c) => percentFits(p.value, p.decimals, c))) return [];
  const open2 = work.items.filter((i) => isRequired(i) && i.state !== "done");
  if (p.value === 100 && open2.length > 0 && usable.every((c) => c.done < c.total)) {
    return [
      {
        message: `${claim3.label} says 100%, but ${plural(open2.length, "required task is", "required tasks are")} open (${work.source.replace(/ show$/, " give")} ${described2}).`,
        ...at(p)
      }
    ];
  }
  if (p.value === 0 && usable.every((c) => c.done > 0))
    return [{ message: `${claim3.label} says 0%, but ${work.source} ${described2}.`, ...at(p) }];
  if (claim3.approximate || !strict && elsewhere) return [];
  const target = strict ? usable[0] : null;
  const fix = target && claim3.origin === "line" ? fixLine(ledger, claim3, target, { fractionToo: true }) : void 0;
  return [
    {
      message: `${claim3.label} says ${p.value}%, but ${work.source} ${described2}${target ? `, which is ${formatPercent(target)}` : ""}.`,
      ...at(p),
      ...strict ? {} : { severity: "warning" },
      ...fix ? { fix } : {}
    }
  ];
}
function tasksOf(ledger, profile, claim3) {
  const work = workOf(ledger, profile, claim3);
  const tasks = work?.items.filter((i) => i.role === "task") ?? [];
  return work && tasks.length > 0 ? { work, tasks } : null;
}
function countAgainstWork(ledger, profile, claim3) {
  const count = claim3.count;
  const found = count && countsBoxes(count.unit) ? tasksOf(ledger, profile, claim3) : null;
  if (!count || !found) return [];
  const { work, tasks } = found;
  const counts = distinctCounts(countsOf(tasks, ["top-level", "all", "leaves"]).filter((c) => !c.withChecks));
  const ids = tasks.flatMap((t) => t.id && /^T\d+$/i.test(t.id) ? [Number(t.id.slice(1))] : []);
  const plausible = /* @__PURE__ */ new Set([
    ...counts.map((c) => c.total),
    tasks.length,
    ids.length,
    ...ids.length > 0 ? [Math.max(...ids)] : []
  ]);
  if (plausible.has(count.total)) return [];
  const shown2 = counts.map((c) => `${c.total} (${describeCount(c)})`).join(" or ");
  const source = work.source.endsWith("show") ? work.source.replace(/show$/, "count") : work.source;
  return [
    {
      message: `${claim3.label} says ${count.total} ${count.total === 1 ? count.unit : pluralWord(count.unit)}, but ${source} ${shown2}.`,
      line: count.line,
      column: count.start + 1,
      severity: "warning"
    }
  ];
}
function doneAgainstWork(ledger, profile, claim3) {
  const done = claim3.done;
  const found = done && countsBoxes(done.unit) ? tasksOf(ledger, profile, claim3) : null;
  if (!done || !found) return [];
  const { work, tasks } = found;
  const counts = distinctCounts(countsOf(tasks, ["top-level", "all", "leaves"]));
  if (counts.some((c) => c.done === done.done)) return [];
  const shown2 = counts.map((c) => `${c.done} done (${describeCount(c)})`).join(" or ");
  return [
    {
      message: `${claim3.label} says ${done.done} done of a total to be decided, but ${work.source} ${shown2}.`,
      line: done.line,
      column: done.start + 1,
      endLine: done.line,
      endColumn: done.end + 1
    }
  ];
}
function againstGroups(ledger, profile, claim3, fraction) {
  if (claim3.subject.scope !== "document") return [];
  const kind = fraction.unit;
  const groups = groupsOf(ledger, profile).all.filter(
    (g) => g.kind === kind && (g.parent === null || g.parent.kind !== kind)
  );
  if (groups.length !== fraction.total) return [];
  const required2 = groups.map((g) => g.items.filter(isRequired));
  if (required2.some((r) => r.length === 0)) return [];
  const done = required2.filter((r) => r.every((i) => i.state === "done")).length;
  if (done === fraction.done) return [];
  return [
    {
      message: `${claim3.label} says ${showTally(fraction)} ${unitText(fraction)}done, but by their boxes ${done} of the ${plural(groups.length, kind)} are done.`,
      ...at(fraction)
    }
  ];
}
function isGroupKind(unit) {
  return GROUP_UNITS.has(unit);
}
function unitText(fraction) {
  return fraction.unit ? `${fraction.total === 1 ? fraction.unit : pluralWord(fraction.unit)} ` : "tasks ";
}
function pluralWord(word) {
  return word.endsWith("y") ? `${word.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}
function listCounts(counts, strict) {
  const shown2 = strict ? counts.slice(0, 1) : distinctCounts(counts).slice(0, 3);
  return shown2.map((c) => `${showTally(c)} (${describeCount(c)})`).join(" or ");
}
function at(span) {
  return { line: span.line, column: span.start + 1, endLine: span.line, endColumn: span.end + 1 };
}

// src/core/ledger/key-file-checks.ts
function keyFileProblems(ledger, profile, facts) {
  const paths = facts.paths;
  return keyFileRefs(ledger, profile).flatMap((ref) => {
    if (hasPlaceholder(ref.raw, profile)) return [];
    const where = repositoryPath(ref, paths?.ledgerDirectory ?? null);
    if (!where) return [];
    const noun = ref.field ? `${ref.field} file` : "Key file";
    const problem = (message, absent) => [{ message, ...spanOf(ref), ref, absent }];
    if (where.outside)
      return problem(
        `${noun} ${ref.path} is outside the repository; ${ref.field ? "only repository paths are looked up" : "key files are repository paths"}.`,
        true
      );
    const fact = paths?.byPath.get(where.path);
    if (!fact) return [];
    const name = `${noun} ${shown(ref, where.path)}`;
    if (fact.exists === null) return problem(`${name} ${refusalReason(fact.refused)}; it was not looked at.`, true);
    if (!fact.exists) return problem(`${name} does not exist in the ${paths.source}.`, true);
    const lines = ref.lines ? lineProblem(ref, where.path, fact) : null;
    return lines ? problem(lines, false) : [];
  });
}
function lineProblem(ref, path, fact) {
  const { start, end } = ref.lines;
  if (fact.kind === "directory") return `${path} is a directory, so ${ref.raw} names no lines.`;
  if (start < 1) return `${ref.raw}: lines are numbered from 1.`;
  if (end < start) return `${ref.raw}: the line range ${start}-${end} runs backwards.`;
  if (fact.lines !== null && end > fact.lines)
    return `${ref.raw} points past the end of ${path}, which has ${fact.lines} line${fact.lines === 1 ? "" : "s"}.`;
  return null;
}
function shown(ref, path) {
  return path === ref.path ? path : `${path} (linked as ${ref.path})`;
}

// src/core/ledger/completion.ts
var DEFAULTS = () => ({ severity: "error", options: {} });
function gateBlockers(ledger, profile, facts, settings = DEFAULTS) {
  const all = [
    ...openWork(ledger, profile),
    ...uncheckedChecklists(ledger, profile),
    ...emptyLists(ledger, profile),
    ...openBlockers(ledger, profile).map((b) => ({
      message: `a current blocker is still open: ${b.text}`,
      line: b.line,
      column: b.column
    })),
    ...progress(ledger, profile, settings),
    ...commits(ledger, profile, facts),
    ...keyFiles(ledger, profile, facts),
    ...testing(ledger, profile),
    ...asBlockers(settings("placeholders") ? placeholderFindings(ledger, profile) : [], "placeholders")
  ];
  return all.filter((b) => !b.rule || settings(b.rule) !== null).sort((a, b) => a.line - b.line || a.column - b.column);
}
function unticked(item) {
  return item.checkbox !== null && item.checkbox.state !== "done" && !isNotApplicable(item);
}
function openWork(ledger, profile) {
  return workItems(ledger, profile).filter((item) => isRequired(item) && item.state !== "done").map((item) => ({
    message: describeOpen(item),
    line: item.line,
    column: item.column,
    ...CONDITIONAL.test(withoutId(item.text)) ? { severity: "warning" } : {}
  }));
}
var CONDITIONAL = /^(?:if|only if|only when|when|either|or|optionally|unless)\b|\bnext (?:tagged )?release\b|\bblocked by\b/i;
function withoutId(text2) {
  return text2.replace(/^(?:#\d+|T\d+|(?:sub)?task\s+[\d.]+:?|[\d.]+)\s*/i, "");
}
function describeOpen(item) {
  if (item.listItem) {
    const box = item.listItem.checkbox;
    const state = box.state === "open" ? "open" : `marked ${box.marker}`;
    const rest = item.id ? itemTextAfterId(item.listItem).replace(/^(?:\[[^\]\n]{1,12}\]\s*)+/, "") : "";
    return `${nameOf(item)} is ${state}${rest ? `: ${rest}` : ""}`;
  }
  return `${quoted(item.text)} is ${item.state === "partial" ? "under way" : "open"}`;
}
function uncheckedChecklists(ledger, profile) {
  const named = profile.spec.completion.checklists.flatMap((path) => findSection(ledger, profile, path) ?? []);
  const required2 = named.flatMap(
    (checklist) => checkboxesIn(ledger, checklist).filter(unticked).map((item) => ({
      message: `"${item.text}" in ${checklist.title} is not ticked`,
      line: item.line,
      column: item.checkbox.column
    }))
  );
  if (profile.tier === "template") return required2;
  const inNamed = (line) => named.some((s) => line > s.line && line <= s.endLine);
  const checks = workItems(ledger, profile).filter(
    (item) => item.role === "checklist" && !item.optional && !item.notApplicable && item.state !== "done" && !inNamed(item.line)
  ).map((item) => ({
    message: `"${item.text}"${item.section ? ` in ${item.section.title}` : ""} is not ticked`,
    line: item.line,
    column: item.column,
    severity: "warning"
  }));
  return [...required2, ...checks];
}
function emptyLists(ledger, profile) {
  const paths = [...profile.spec.tasks ? [profile.spec.tasks.section] : [], ...profile.spec.completion.checklists];
  const sections = paths.flatMap((path) => findSection(ledger, profile, path) ?? []);
  const named = profile.work.tasks ?? [];
  const namesTaskList = (s) => s.kind === "heading" && named.some(
    (name) => s.key === name || s.key.startsWith(`${name} `) && s.key.split(" ").length <= name.split(" ").length + 2
  );
  const taskSections = profile.tier === "template" ? [] : ledger.allSections.filter((s) => named.length > 0 && namesTaskList(s) && !sections.includes(s));
  return [...sections, ...taskSections].filter((section) => checkboxesIn(ledger, section).length === 0 && hasItems(ledger, section)).map((section) => ({
    message: `${section.title} has no checkboxes left, so nothing in it shows as done`,
    line: section.line,
    column: section.column
  }));
}
function hasItems(ledger, section) {
  return itemsIn(ledger, section).length > 0 || section.hasBody;
}
function progress(ledger, profile, settings) {
  const out = [];
  const summary = profile.spec.progress ? findSection(ledger, profile, profile.spec.progress.section) : void 0;
  const claims = currentClaims(ledger, profile);
  if (summary && !claims.some((c) => c.line > summary.line && c.line <= summary.endLine && (c.percent || c.fraction))) {
    out.push({ message: `${summary.title} states no progress`, line: summary.line, column: summary.column });
  }
  for (const claim3 of claims) {
    if (claim3.origin === "status" || claim3.position) continue;
    const { fraction, percent, state } = claim3;
    if (fraction && fraction.total > 0 && fraction.done < fraction.total) {
      out.push({
        message: `${claim3.label} is at ${formatPercent(fraction)} (${fraction.done}/${fraction.total}), not 100%`,
        line: claim3.line,
        column: fraction.start + 1
      });
    } else if (!fraction && percent && percent.value < 100) {
      out.push({
        message: `${claim3.label} is at ${percent.value}%, not 100%`,
        line: claim3.line,
        column: percent.start + 1
      });
    } else if (!fraction && !percent && state && claim3.subject.scope === "group" && state.category !== "done" && state.category !== "cancelled") {
      out.push({
        message: `${claim3.label} is marked ${/[\p{L}]/u.test(state.word) ? state.word : `${state.word} (not done)`}`,
        line: claim3.line,
        column: state.start + 1
      });
    }
  }
  const setting = settings("progress-math");
  if (setting)
    out.push(
      ...asBlockers(
        progressFindings(ledger, profile, setting.options).filter((f) => f.severity !== "warning"),
        "progress-math"
      )
    );
  return out;
}
function commits(ledger, profile, facts) {
  const refs = commitRefs(ledger, profile);
  const required2 = profile.spec.commits?.section;
  const out = [];
  if (required2) {
    const section = findSection(ledger, profile, required2);
    if (!refs.some((r) => section && r.line > section.line && r.line <= section.endLine))
      out.push(listsNothing(ledger, profile, required2, "commits", "commit-exists"));
  }
  for (const ref of refs) {
    const at2 = spanOf(ref);
    if (ref.sha === null || hasPlaceholder(ref.raw, profile)) continue;
    const fact = facts.commits?.bySha.get(ref.sha);
    if (fact?.status === "missing")
      out.push({
        message: `commit ${ref.raw} does not exist in this repository`,
        ...at2,
        rule: "commit-exists",
        restated: true
      });
    else if (fact?.status === "ambiguous")
      out.push({ message: `commit ${ref.raw} is ambiguous`, ...at2, rule: "commit-exists", restated: true });
    else if (fact?.status === "unverifiable")
      out.push({
        message: `commit ${ref.raw} cannot be verified: the clone is shallow`,
        ...at2,
        rule: "commit-exists",
        severity: "warning",
        restated: true
      });
    else if (fact?.status === "found" && !fact.reachable)
      out.push({
        message: `commit ${ref.raw} is not on this branch (not reachable from HEAD)`,
        ...at2,
        rule: "commit-reachable",
        restated: true
      });
  }
  return out;
}
function keyFiles(ledger, profile, facts) {
  const spec = profile.spec.keyFiles;
  if (!spec) return [];
  if (!keyFileRefs(ledger, profile).some((ref) => ref.field === null))
    return [listsNothing(ledger, profile, spec.section, "files", "key-files")];
  return asBlockers(
    keyFileProblems(ledger, profile, facts).filter((p) => p.absent && p.ref.field === null),
    "key-files"
  );
}
function listsNothing(ledger, profile, path, what, rule) {
  const section = findSection(ledger, profile, path);
  return { message: `${section?.title ?? path} lists no ${what}`, line: section?.line ?? 1, column: 1, rule };
}
var STATUS_LINE2 = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?status(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
var COVERAGE_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?coverage(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(\d{1,3}(?:\.\d+)?)\s*%(?:[^(\n]*\(\s*target\s*:?\s*(\d{1,3}(?:\.\d+)?)\s*%)?/i;
var THRESHOLD = /coverage\s*(?:≥|>=|=>|of at least|at least)\s*(\d{1,3}(?:\.\d+)?)\s*%/i;
var COMPLETE = /^(?:✅\s*)?(?:complete|completed|done|passing|passed|green|n\/a)\b/i;
function testing(ledger, profile) {
  const path = profile.spec.completion.testing;
  const section = path ? findSection(ledger, profile, path) : void 0;
  if (!section) return [];
  const out = [];
  const checklistItems = profile.spec.completion.checklists.flatMap((p) => {
    const s = findSection(ledger, profile, p);
    return s ? checkboxesIn(ledger, s) : [];
  });
  const floorItem = [...checklistItems, ...checkboxesIn(ledger, section)].find((i) => THRESHOLD.test(i.text));
  const floor = floorItem ? Number(THRESHOLD.exec(floorItem.text)[1]) : null;
  for (let line = section.line + 1; line <= section.endLine; line++) {
    if (!ledger.prose[line - 1]) continue;
    const text2 = ledger.lines.text[line - 1];
    if (hasPlaceholder(text2, profile)) continue;
    const where = headingAt(ledger, section, line);
    const status = STATUS_LINE2.exec(text2);
    if (status) {
      const value = stripInlineMarks(status[1]);
      if (value !== "" && !COMPLETE.test(value))
        out.push({ message: `${where}: Status is ${value}, not complete`, line, column: text2.search(/\S/) + 1 });
      continue;
    }
    const coverage = COVERAGE_LINE.exec(text2);
    if (!coverage) continue;
    const stated = Number(coverage[1]);
    const target = coverage[2] === void 0 ? null : Number(coverage[2]);
    const column = text2.indexOf(coverage[1]) + 1;
    if (target !== null && stated < target)
      out.push({ message: `${where}: coverage ${stated}% is below its target of ${target}%`, line, column });
    else if (floor !== null && stated < floor)
      out.push({
        message: `${where}: coverage ${stated}% is below the ${floor}% that "${floorItem.text}" asks for`,
        line,
        column
      });
  }
  for (const item of checkboxesIn(ledger, section).filter(unticked)) {
    out.push({
      message: `"${item.text}" in ${item.section?.title ?? section.title} is not ticked`,
      line: item.line,
      column: item.checkbox.column
    });
  }
  return out;
}
function headingAt(ledger, section, line) {
  let found = section;
  for (const s of ledger.allSections)
    if (s.line > section.line && s.line <= line && line <= s.endLine && s.depth >= found.depth) found = s;
  return found.title;
}
function asBlockers(findings, rule) {
  return findings.map((f) => ({
    message: lowerFirst(f.message.replace(/\.$/, "")),
    line: f.line,
    column: f.column ?? 1,
    ...f.endLine !== void 0 ? { endLine: f.endLine } : {},
    ...f.endColumn !== void 0 ? { endColumn: f.endColumn } : {},
    rule,
    restated: true
  }));
}
function lowerFirst(text2) {
  return /^(?:Phase|Overall|Task|Subtask|Milestone|Stage|Story|Sprint)\b/.test(text2) ? text2 : text2.charAt(0).toLowerCase() + text2.slice(1);
}

// src/core/rules/completion-gate.ts
var completion_gate_default = defineRule({
  meta: {
    id: "completion-gate",
    description: "A ledger in a done state has its tasks, checklists, blockers, progress, commits, key files and testing complete (what `ledgerlint gate` lists).",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, setting, report }) {
    const { state, statement: statement2 } = ledgerStatus(ledger, profile);
    if (!state?.done) return;
    const said = statement2 ? statusAsWritten(statement2) : state.name;
    const hedge = statement2?.qualifier ? { note: ` (the status says: "${statement2.qualifier}")`, severity: "warning" } : null;
    for (const { message, rule, restated, ...at2 } of gateBlockers(ledger, profile, facts, setting)) {
      const restates = restated && rule ? { restates: rule } : {};
      report({
        message: `Status is ${said} but ${message}${hedge?.note ?? ""}.`,
        ...at2,
        ...hedge ? { severity: hedge.severity } : {},
        ...restates
      });
    }
  }
});

// src/core/ledger/claims/ranges.ts
var ID2 = "(\\d{1,4}(?:\\.\\d{1,3})?)";
var RANGE = new RegExp(
  `\\bphases[ \\t]+${ID2}[ \\t]*(?:-|\u2013|\u2014|to|through|thru)[ \\t]*${ID2}(?![\\d.]*\\d)|\\bphase[ \\t]+${ID2}[-\u2013]${ID2}(?![\\d.]*\\d)`,
  "i"
);
var STATE_AFTER = /(?:\(|[-–—]{1,2}[ \t]*|:[ \t]*)[ \t]*([^()\n]{1,40})/g;
var BOLD_NAME = /\*\*([^*\n]{1,80})\*\*/;
function rangeClaims(ledger, profile) {
  const boxes = new Map(ledger.items.filter((i) => i.checkbox).map((i) => [i.line, i]));
  const out = [];
  for (let line = 1; line <= ledger.lines.text.length; line++) {
    const text2 = ledger.lines.text[line - 1];
    if (!ledger.prose[line - 1] || !/phase/i.test(text2)) continue;
    const range = RANGE.exec(text2);
    if (!range || /^phase/i.test(readGroupLabel(profile, lineContent(text2).content.replace(/^\[.\][ \t]*/, ""))?.kind ?? ""))
      continue;
    const from = Number(range[1] ?? range[3]);
    const to = Number(range[2] ?? range[4]);
    if (!(from < to)) continue;
    const section = ledger.allSections.filter((s) => s.line < line && line <= s.endLine).at(-1) ?? null;
    if (inHistory(profile, section)) continue;
    const state = stateOn(profile, text2, line, range.index + range[0].length, boxes.get(line)?.checkbox ?? null);
    if (!state) continue;
    out.push({ line, label: labelOf(text2, range[0], range.index), range: range[0], from, to, state });
  }
  return out;
}
function stateOn(profile, text2, line, rangeEnd, box) {
  if (box) {
    const start = box.column - 1;
    return {
      line,
      start,
      end: start + box.marker.length,
      category: box.state === "done" ? "done" : "active",
      word: box.marker
    };
  }
  const { content, offset } = lineContent(text2);
  const lead = /^[*_ \t]*/.exec(content)[0].length;
  for (const [mark, category] of Object.entries(STATUS_EMOJI)) {
    if (content.startsWith(mark, lead))
      return { line, start: offset + lead, end: offset + lead + mark.length, category, word: mark };
  }
  const after = text2.slice(rangeEnd);
  for (const m of after.matchAll(STATE_AFTER)) {
    const stated = stateOfValue(profile, m[1]);
    if (!stated) continue;
    const start = rangeEnd + m.index + m[0].length - m[1].length + stated.start;
    return { line, start, end: start + stated.end - stated.start, category: stated.category, word: stated.word };
  }
  return null;
}
function labelOf(text2, range, rangeAt) {
  const bold = BOLD_NAME.exec(text2.slice(0, rangeAt));
  const { content, offset } = lineContent(text2);
  const name = bold ? bold[1] : content.slice(0, Math.max(0, rangeAt - offset));
  const clean = trimEndOf(
    name.replace(/^\[.\]/u, "").replace(/[✅✔☑✓🔄🚧⏳⬜🔲⏸️\uFE0F*_[\]()]/gu, ""),
    " 	-\u2013\u2014:"
  ).trim();
  if (clean === "" || clean === range) return range;
  return `${clean.length > 48 ? `${clean.slice(0, 45)}\u2026` : clean} (${range})`;
}

// src/core/ledger/claim-conflicts.ts
function family(fraction) {
  return fraction.unit !== "plan" && countsBoxes(fraction.unit) ? "task" : fraction.unit;
}
function conflictFindings(ledger, profile, settled = /* @__PURE__ */ new Set()) {
  const claims = currentClaims(ledger, profile).filter((c) => !settled.has(c.line));
  const bySubject = /* @__PURE__ */ new Map();
  for (const claim3 of claims) {
    const key = claim3.subject.scope === "group" ? claim3.subject.key : "document";
    bySubject.set(key, [...bySubject.get(key) ?? [], claim3]);
  }
  const out = [];
  for (const group of bySubject.values()) {
    for (const claim3 of group) out.push(...withinClaim(claim3));
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) out.push(...betweenClaims(group[i], group[j]));
    out.push(...percentAgainstFractions(group));
  }
  out.push(...overallAgainstParts(bySubject));
  out.push(...rangesAgainstPhases(rangeClaims(ledger, profile), bySubject));
  for (const table of ledger.tables) {
    if (inHistory(profile, table.section)) continue;
    for (const m of totalRowMismatches(table)) {
      out.push({
        message: `The total row says ${m.stated} under ${m.header}, but the rows above add up to ${m.sum}.`,
        line: m.line,
        column: m.column
      });
    }
  }
  for (const claim3 of claims) {
    const position = claim3.position;
    if (position && position.current > position.of) {
      out.push({
        message: `${capital(position.unit)} ${position.current} of ${position.of}: the current ${position.unit} is beyond the number of ${position.unit}s.`,
        line: position.line,
        column: position.start + 1
      });
    }
  }
  return out;
}
function fractionText(f) {
  return `${f.done}/${f.total}${f.unit ? ` ${f.total === 1 ? f.unit : `${f.unit}s`}` : ""}`;
}
var CATEGORY_WORDS = {
  planned: "not started",
  active: "in progress",
  review: "in review",
  blocked: "blocked",
  done: "done",
  cancelled: "cancelled"
};
function stateText(state) {
  if (state.word === "[x]" || state.word === "[X]") return "ticked";
  if (/^\[.\]/.test(state.word)) return "not ticked";
  return /[\p{L}\p{N}]/u.test(state.word) ? `"${state.word}"` : `${state.word} (${CATEGORY_WORDS[state.category]})`;
}
function states(label, what) {
  return /^(?:not )?ticked\b/.test(what) ? `${label} is ${what}` : `${label} says ${what}`;
}
function pair(a, b, what, severity) {
  const at2 = (c) => ({ line: c.line, column: firstColumn(c) });
  const extra = severity ? { severity } : {};
  return [
    {
      message: `${states(a.label, what.a)}, but ${states(midSentence(b.label), what.b)} at line ${b.line}.`,
      ...at2(a),
      ...extra
    },
    {
      message: `${states(b.label, what.b)}, but ${states(midSentence(a.label), what.a)} at line ${a.line}.`,
      ...at2(b),
      ...extra
    }
  ];
}
function midSentence(label) {
  return label.startsWith("The ") ? `the ${label.slice(4)}` : label;
}
function firstColumn(claim3) {
  const spans = [claim3.fraction, claim3.percent, claim3.state, claim3.bar].flatMap((s) => s ? [s.start] : []);
  return spans.length > 0 ? Math.min(...spans) + 1 : 1;
}
var isDoneState = (s) => s.category === "done";
var isBox = (claim3) => claim3.origin === "box";
var complete = (f) => f.total > 0 && f.done === f.total;
function withinClaim(claim3) {
  const { state, fraction, percent, done } = claim3;
  if (!state || state.category === "cancelled") return [];
  const at2 = { line: claim3.line, column: state.start + 1 };
  if (isDoneState(state) && done && !fraction)
    return [
      {
        message: `${claim3.label} is marked ${stateText(state)} but says ${done.done}/TBD.`,
        ...at2,
        severity: "warning"
      }
    ];
  if (isDoneState(state)) {
    const marked = isBox(claim3) ? `${claim3.label} is ticked` : `${claim3.label} is marked ${stateText(state)}`;
    if (fraction && fraction.total > 0 && fraction.done < fraction.total && countsWork(fraction))
      return [{ message: `${marked} but says ${fractionText(fraction)}.`, ...at2 }];
    if (!fraction && percent && percent.value < 100)
      return [
        {
          message: `${marked} but says ${percent.value}%.`,
          ...at2,
          ...percent.value === 0 ? {} : { severity: "warning" }
        }
      ];
    return [];
  }
  const full = fraction && complete(fraction) && countsWork(fraction) || !fraction && percent?.value === 100;
  if (full && state.category === "planned" && !isBox(claim3))
    return [
      {
        message: `${claim3.label} is marked ${stateText(state)} but says ${fraction ? fractionText(fraction) : "100%"}.`,
        ...at2
      }
    ];
  return [];
}
function doneFamily(unit) {
  return unit !== "plan" && countsBoxes(unit) ? "task" : unit;
}
function countsWork(fraction) {
  return countsBoxes(fraction.unit) || GROUP_UNITS.has(fraction.unit ?? "");
}
function betweenClaims(a, b) {
  const out = [];
  const estimate = a.approximate || b.approximate;
  if (a.fraction && b.fraction && !estimate && family(a.fraction) === family(b.fraction) && (a.fraction.done !== b.fraction.done || a.fraction.total !== b.fraction.total)) {
    out.push(...pair(a, b, { a: fractionText(a.fraction), b: fractionText(b.fraction) }));
  }
  const doneA = a.done?.done ?? null;
  const doneB = b.done?.done ?? b.fraction?.done ?? null;
  if (a.done && doneB !== null && !estimate && doneA !== doneB && (b.done ? true : family(b.fraction) === doneFamily(a.done.unit))) {
    out.push(
      ...pair(a, b, {
        a: `${doneA} done (of a total to be decided)`,
        b: b.fraction ? fractionText(b.fraction) : `${doneB} done (of a total to be decided)`
      })
    );
  } else if (b.done && a.fraction && !estimate && a.fraction.done !== b.done.done && family(a.fraction) === doneFamily(b.done.unit)) {
    out.push(...pair(a, b, { a: fractionText(a.fraction), b: `${b.done.done} done (of a total to be decided)` }));
  }
  if (a.percent && b.percent && !estimate && !samePercent(a.percent.value, b.percent.value, a.percent.decimals, b.percent.decimals)) {
    out.push(...pair(a, b, { a: `${a.percent.value}%`, b: `${b.percent.value}%` }));
  }
  if (a.state && b.state) out.push(...statesDisagree(a, b));
  out.push(...stateAgainstNumbers(a, b), ...stateAgainstNumbers(b, a));
  return out;
}
function samePercent(x, y, dx, dy) {
  return Math.abs(x - y) < Math.max(10 ** -dx, 10 ** -dy);
}
function statesDisagree(a, b) {
  const sa = a.state;
  const sb = b.state;
  if (sa.category === "cancelled" || sb.category === "cancelled") return [];
  const doneDiffers = isDoneState(sa) !== isDoneState(sb);
  if (isBox(a) || isBox(b)) return doneDiffers ? pair(a, b, { a: stateText(sa), b: stateText(sb) }) : [];
  if (doneDiffers) return pair(a, b, { a: stateText(sa), b: stateText(sb) });
  if (sa.category !== sb.category) return pair(a, b, { a: stateText(sa), b: stateText(sb) }, "warning");
  return [];
}
function stateAgainstNumbers(a, b) {
  const state = a.state;
  if (!state || state.category === "cancelled" || b.state || a.percent || a.fraction || a.origin === "status")
    return [];
  const { fraction, percent } = b;
  if (isDoneState(state)) {
    if (fraction && countsWork(fraction) && fraction.total > 0 && fraction.done < fraction.total)
      return pair(a, b, { a: stateText(state), b: fractionText(fraction) });
    if (!fraction && percent && percent.value < 100)
      return pair(a, b, { a: stateText(state), b: `${percent.value}%` }, percent.value === 0 ? void 0 : "warning");
    return [];
  }
  const full = fraction && countsWork(fraction) && complete(fraction) || !fraction && percent?.value === 100;
  if (!full || isBox(a)) return [];
  if (state.category === "planned")
    return pair(a, b, { a: stateText(state), b: fraction ? fractionText(fraction) : "100%" });
  if (state.category === "active")
    return pair(a, b, { a: stateText(state), b: fraction ? fractionText(fraction) : "100%" }, "warning");
  return [];
}
function percentAgainstFractions(claims) {
  const fractions = claims.filter((c) => c.fraction && c.fraction.total > 0 && !c.approximate && !c.percent);
  const out = [];
  for (const claim3 of claims) {
    const percent = claim3.percent;
    if (!percent || claim3.fraction || claim3.approximate) continue;
    const others = fractions.filter((c) => c !== claim3);
    if (others.length === 0 || others.some((c) => percentFits(percent.value, percent.decimals, c.fraction))) continue;
    const families = new Set(others.map((c) => family(c.fraction)));
    const listed = others.map((c) => `${fractionText(c.fraction)} (${formatPercent(c.fraction)}) at line ${c.line}`).join(" and ");
    out.push({
      message: `${claim3.label} says ${percent.value}%, but ${listed} ${others.length === 1 ? "says" : "say"} otherwise.`,
      line: claim3.line,
      column: percent.start + 1,
      ...families.size > 1 ? { severity: "warning" } : {}
    });
  }
  return out;
}
function overallAgainstParts(bySubject) {
  const whole = bySubject.get("document") ?? [];
  const parts = [...bySubject.entries()].filter(([key]) => key !== "document").map(([, claims]) => claims);
  const out = [];
  for (const claim3 of whole) {
    const fraction = claim3.fraction;
    if (!fraction || claim3.approximate) continue;
    if (family(fraction) === "task" || fraction.unit === "plan") {
      const stated = parts.map(
        (claims) => claims.find((c) => c.fraction && family(c.fraction) === family(fraction))?.fraction ?? null
      );
      const known = stated.filter((f) => f !== null);
      if (known.length < 2) continue;
      const sum = sumTallies(known);
      if (sum.total === fraction.total && sum.done !== fraction.done) {
        out.push({
          message: `${claim3.label} says ${fractionText(fraction)}, but the lines for its parts add up to ${sum.done}/${sum.total}.`,
          line: claim3.line,
          column: fraction.start + 1
        });
      }
    } else if (GROUP_UNITS.has(fraction.unit ?? "")) {
      const ofKind = parts.filter(
        (claims) => claims[0].subject.scope === "group" && claims[0].subject.kind === fraction.unit
      );
      if (ofKind.length !== fraction.total) continue;
      const doneness = ofKind.map(stateOf);
      if (doneness.some((d) => d === null)) continue;
      const done = doneness.filter(Boolean).length;
      if (done !== fraction.done) {
        out.push({
          message: `${claim3.label} says ${fractionText(fraction)}, but ${done} of the ${fraction.total} ${fraction.unit}s are stated done.`,
          line: claim3.line,
          column: fraction.start + 1
        });
      }
    }
  }
  return out;
}
function rangesAgainstPhases(ranges, bySubject) {
  const phases = [...bySubject.values()].flatMap((claims) => {
    const subject = claims[0].subject;
    const id = subject.scope === "group" && subject.kind === "phase" ? Number(subject.id) : NaN;
    return Number.isFinite(id) ? [{ id, claims }] : [];
  });
  const out = [];
  for (const range of ranges) {
    if (!isDoneState(range.state)) continue;
    const open2 = phases.filter((p) => p.id >= range.from && p.id <= range.to && stateOf(p.claims) === false).sort((a, b) => a.id - b.id);
    if (open2.length === 0) continue;
    const shown2 = open2.slice(0, 3).map(({ claims }) => {
      const c = claims.find((claim3) => saysDone(claim3) === false);
      return `${states(midSentence(c.label), notDoneText(c))} at line ${c.line}`;
    });
    const more = open2.length > 3 ? ` and ${open2.length - 3} more` : "";
    out.push({
      message: `${states(range.label, stateText(range.state))}, but ${shown2.join(", ")}${more}.`,
      line: range.line,
      column: range.state.start + 1
    });
  }
  return out;
}
function notDoneText(claim3) {
  if (claim3.state && claim3.state.category !== "cancelled") return stateText(claim3.state);
  return claim3.fraction && claim3.fraction.total > 0 ? fractionText(claim3.fraction) : `${claim3.percent.value}%`;
}
function saysDone(c) {
  if (c.state && c.state.category !== "cancelled") return isDoneState(c.state);
  if (c.fraction && c.fraction.total > 0) return complete(c.fraction);
  if (c.percent) return c.percent.value === 100;
  return null;
}
function stateOf(claims) {
  const says = claims.flatMap((c) => saysDone(c) ?? []);
  if (says.length === 0 || says.some((s) => s !== says[0])) return null;
  return says[0];
}
function capital(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// src/core/rules/conflicting-claims.ts
var conflicting_claims_default = defineRule({
  meta: {
    id: "conflicting-claims",
    description: "The same fact is not stated twice with different values: a summary line, a table row, a heading, front matter and the status agree; a total is the sum of its parts.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, setting, report }) {
    const progress2 = setting("progress-math");
    const settled = new Set(
      progress2 ? progressFindings(ledger, profile, progress2.options).filter((f) => f.severity !== "warning").map((f) => f.line) : []
    );
    for (const finding of conflictFindings(ledger, profile, settled)) report(finding);
  }
});

// src/core/text/dates.ts
var DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?(?:\s*(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\([^)]*\)))?$/;
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function parseLedgerDate(value, formats) {
  const match = DATE_VALUE.exec(value.trim());
  const expected = formats.join(" or ");
  if (!match) return { ok: false, problem: `is not a date in the form ${expected}` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== void 0;
  if (!formats.some((f) => f === "YYYY-MM-DD HH:MM" === hasTime))
    return { ok: false, problem: `is not a date in the form ${expected}` };
  if (month < 1 || month > 12) return { ok: false, problem: `is not a real date (there is no month ${match[2]})` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return { ok: false, problem: `is not a real date (${MONTHS[month - 1]} ${year} has ${days} days)` };
  let time2 = null;
  if (hasTime) {
    const [hour, minute] = [Number(match[4]), Number(match[5])];
    if (hour > 23 || minute > 59) return { ok: false, problem: `is not a real time of day (${match[4]}:${match[5]})` };
    time2 = { hour, minute };
  }
  const sortKey = ((year * 100 + month) * 100 + day) * 1e4 + (time2 ? time2.hour * 100 + time2.minute : 0);
  return { ok: true, date: { year, month, day, time: time2, sortKey } };
}
var ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;
var MONTH_NAMES = MONTHS.map((m) => m.toLowerCase());
var NAMED = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b/;
function monthOf(name) {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (m) => m === lower || lower.length >= 3 && m.startsWith(lower) && (lower.length === 3 || lower === "sept")
  );
  return index < 0 ? null : index + 1;
}
function realDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Math.floor(Date.UTC(year, month - 1, day) / 864e5);
}
function readWrittenDate(value) {
  const text2 = value.replace(/^[\s*_`([]+/, "");
  const iso = ISO_LIKE.exec(text2);
  if (iso) {
    const day2 = realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day2 === null) return null;
    const minute = iso[4] === void 0 ? null : Number(iso[4]) * 60 + Number(iso[5]);
    return { day: day2, minute: minute !== null && minute < 24 * 60 ? minute : null, monthOnly: false, text: iso[0] };
  }
  const named = NAMED.exec(text2);
  if (!named) return null;
  const month = monthOf(named[2]);
  if (month === null) return null;
  const dayOfMonth = named[1] ?? named[3];
  const year = Number(named[4]);
  const day = realDay(year, month, dayOfMonth ? Number(dayOfMonth) : 1);
  return day === null ? null : { day, minute: null, monthOnly: dayOfMonth === void 0, text: named[0] };
}
function writtenBefore(a, b) {
  if (a.monthOnly || b.monthOnly) return monthIndex(a.day) < monthIndex(b.day);
  if (a.day !== b.day || a.minute === null || b.minute === null) return a.day < b.day;
  return a.minute < b.minute;
}
function monthIndex(day) {
  const date2 = new Date(day * 864e5);
  return date2.getUTCFullYear() * 12 + date2.getUTCMonth();
}

// src/core/ledger/date-checks.ts
var LABELLED = /^[*_]*([A-Za-z][A-Za-z _-]{1,30}?)[*_ \t]*:[*_ \t]*(\S.*)/;
function dateFindings(ledger, profile) {
  const out = [];
  const pairs = [
    [updatedDate(ledger, profile), firstDated(ledger, profile, profile.dates.starts)]
  ];
  for (const spec of profile.spec.fields) {
    if (spec.notBefore)
      pairs.push([
        datedField(profile, findField(ledger, profile, spec.name)),
        datedField(profile, findField(ledger, profile, spec.notBefore))
      ]);
  }
  const seen3 = /* @__PURE__ */ new Set();
  for (const [later, earlier] of pairs) {
    if (!later || !earlier || !writtenBefore(later.date, earlier.date)) continue;
    const key = `${later.line}:${earlier.line}`;
    if (seen3.has(key)) continue;
    seen3.add(key);
    out.push({
      message: `${later.name} ${later.value} is before ${earlier.name} ${earlier.value}.`,
      line: later.line,
      column: later.column
    });
  }
  return out;
}
function datedField(profile, field) {
  if (!field || hasPlaceholder(field.value, profile)) return null;
  const value = stripInlineMarks(field.value);
  const date2 = readWrittenDate(value);
  return date2 ? { name: field.name, value, date: date2, line: field.line, column: field.valueColumn } : null;
}
function updatedDate(ledger, profile) {
  return firstDated(ledger, profile, profile.dates.updates);
}
function mayStateUpdated(text2, profile) {
  const lower = text2.toLowerCase();
  return profile.dates.updates.some(
    (name) => lower.includes(name.split(" ").reduce((a, b) => b.length > a.length ? b : a))
  );
}
function firstDated(ledger, profile, names) {
  for (const field of ledger.fields) {
    if (field.path !== void 0 || !names.includes(field.key)) continue;
    const found = datedField(profile, field);
    if (found) return found;
  }
  for (let line = 1; line <= ledger.lines.text.length; line++) {
    if (!ledger.prose[line - 1]) continue;
    const text2 = ledger.lines.text[line - 1];
    const { content, offset } = lineContent(text2);
    const match = LABELLED.exec(content);
    if (!match || !names.includes(nameKey(match[1]))) continue;
    if (inHistory(profile, sectionHolding(ledger, line))) continue;
    const value = stripInlineMarks(match[2]);
    if (hasPlaceholder(value, profile)) continue;
    const date2 = readWrittenDate(value);
    if (date2)
      return { name: match[1].trim(), value: date2.text, date: date2, line, column: text2.indexOf(match[2], offset) + 1 };
  }
  return null;
}

// src/core/rules/date-order.ts
var date_order_default = defineRule({
  meta: {
    id: "date-order",
    description: "Last Updated (or Updated, updated_date) is not before Started (or Created, created_date), whatever the date formats.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    for (const finding of dateFindings(ledger, profile)) report(finding);
  }
});

// src/core/rules/header-fields.ts
var header_fields_default = defineRule({
  meta: {
    id: "header-fields",
    description: "The title and header fields are present and well-formed: Status in the vocabulary, real dates in the template's formats.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const { spec } = profile;
    if (spec.title && profile.titlePattern) {
      if (!ledger.title) {
        report({ message: `Missing title; the template starts with "${spec.title.example}".`, line: 1, column: 1 });
      } else if (!profile.titlePattern.test(ledger.title.text)) {
        report({
          message: `Title "# ${ledger.title.text}" does not follow "${spec.title.example}".`,
          line: ledger.title.line,
          column: ledger.title.column,
          severity: "warning"
        });
      }
    }
    if (ledger.frontMatter?.error) {
      const { message, line, column } = ledger.frontMatter.error;
      const template = profile.tier === "template";
      report({
        message: `Front matter is not valid YAML: ${message}${template ? "" : "; its fields are not read"}.`,
        line,
        column,
        ...template ? {} : { severity: "warning" }
      });
    }
    let previous = null;
    for (const fieldSpec of spec.fields) {
      const field = findField(ledger, profile, fieldSpec.name);
      if (!field) {
        if (fieldSpec.required) {
          const where = previous ? ` (the template puts it after "**${previous.spec.name}:**")` : "";
          report({
            message: `Missing header field "**${fieldSpec.name}:**"${where}.`,
            line: previous?.field.line ?? ledger.title?.line ?? 1,
            column: 1
          });
        }
        continue;
      }
      previous = { spec: fieldSpec, field };
      reportDuplicates(fieldSpec, field);
      const at2 = { line: field.line, column: field.valueColumn };
      const value = stripInlineMarks(field.value);
      if (value === "") {
        if (fieldSpec.required)
          report({ message: `Header field "${field.name}" is empty.`, line: field.line, column: field.column });
        continue;
      }
      if (hasPlaceholder(field.value, profile)) continue;
      if ((fieldSpec.allow ?? []).some((word) => nameKey(word) === nameKey(value))) continue;
      switch (fieldSpec.type) {
        case "status": {
          if (!lookupStatus(profile, value)) {
            const states2 = profile.stateNames.join(", ");
            report({
              message: `Status "${value}" is not one of ${states2} (or their synonyms; a profile's status.states can add more).`,
              ...at2
            });
          }
          break;
        }
        case "integer": {
          if (!/^\d+$/.test(value)) report({ message: `${field.name} "${value}" is not a whole number.`, ...at2 });
          break;
        }
        case "date": {
          const parsed = parseLedgerDate(value, fieldSpec.formats ?? ["YYYY-MM-DD"]);
          if (!parsed.ok) report({ message: `${field.name} "${value}" ${parsed.problem}.`, ...at2 });
          break;
        }
        case "text":
          break;
      }
    }
    function reportDuplicates(fieldSpec, first) {
      const keys = new Set([fieldSpec.name, ...fieldSpec.aliases ?? []].map(nameKey));
      for (const other of ledger.fields) {
        if (other === first || other.source !== "header" || !keys.has(other.key)) continue;
        report({
          message: `Header field "${fieldSpec.name}" is given again (first at line ${first.line}).`,
          line: other.line,
          column: other.column,
          severity: "warning"
        });
      }
    }
  }
});

// src/core/rules/last-updated.ts
var last_updated_default = defineRule({
  meta: {
    id: "last-updated",
    description: "Last Updated (or Updated) is not older than the last commit that changed the ledger, and changes when the ledger enters a done state.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, parse: parse2, report }) {
    const updated = updatedDate(ledger, profile);
    if (!updated) return;
    const at2 = { line: updated.line, column: updated.column };
    const change = facts.lastChange;
    const changedOn = change ? readWrittenDate(change.day) : null;
    if (changedOn && !writtenBefore(updated.date, changedOn)) return;
    const previous = facts.previous?.text ? parse2(facts.previous.text) : null;
    if (previous && enteredDone(previous, ledger, profile) && sameDate(updatedDate(previous, profile), updated)) {
      const was = ledgerStatus(previous, profile).state?.name ?? "no status";
      const now = ledgerStatus(ledger, profile).state.name;
      report({
        message: `Status became ${now} (it was ${was} in ${facts.previous.label}), but ${updated.name} still says ${updated.value}.`,
        ...at2
      });
      return;
    }
    if (!change || !changedOn) return;
    const beforeText = change.sha === null ? facts.previous?.text : change.before;
    const before = beforeText ? parse2(beforeText) : null;
    if (!before || !sameDate(updatedDate(before, profile), updated)) return;
    const what = change.sha === null ? `this commit, dated ${change.day}, which changes the ledger but not the date` : `the last commit that changed this file, ${change.sha.slice(0, 7)} of ${change.day}, which did not update it`;
    report({ message: `${updated.name} ${updated.value} is older than ${what}.`, ...at2 });
  }
});
function enteredDone(before, now, profile) {
  return ledgerStatus(now, profile).state?.done === true && ledgerStatus(before, profile).state?.done !== true;
}
function sameDate(a, b) {
  return a !== null && a.value === b.value;
}

// src/core/rules/placeholders.ts
var placeholders_default = defineRule({
  meta: {
    id: "placeholders",
    description: "No template text is left unfilled ([Feature Name], YYYY-MM-DD, XX, example SHAs, \u2026).",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    for (const finding of placeholderFindings(ledger, profile)) report(finding);
  }
});

// src/core/rules/progress-math.ts
var Options = strictObject({
  count: optional(
    described(
      _enum(["top-level", "all", "leaves"]),
      "Count a group's boxes only this way: top-level tasks, all boxes, or leaves only. Without it, the profile's ways (top-level for the templates; any of the three elsewhere)."
    )
  )
});
var progress_math_default = defineRule({
  meta: {
    id: "progress-math",
    description: "Percentages match their own fractions and bars, and stated progress matches the boxes of the phase (or the whole) it is about.",
    defaultSeverity: "error",
    fixable: true
  },
  options: Options,
  check({ ledger, profile, options, report }) {
    for (const finding of progressFindings(ledger, profile, options)) report(finding);
  }
});

// src/core/rules/resolved-blocker.ts
var resolved_blocker_default = defineRule({
  meta: {
    id: "resolved-blocker",
    description: 'A blocker marked resolved (struck through, \u2705, "(resolved \u2026)", Status: Resolved) is not left under Current Blockers.',
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const section = currentBlockersSection(ledger, profile);
    if (!section) return;
    const resolvedList = resolvedBlockersSection(ledger, section);
    const move = resolvedList ? `move it to ${resolvedList.title}` : `move it out of ${section.title}`;
    for (const blocker of currentBlockers(ledger, profile)) {
      if (blocker.resolved === null) continue;
      report({
        message: `${quoted(blocker.text)} is still listed under ${section.title}, but it ${blocker.resolved}; ${move}.`,
        line: blocker.line,
        column: blocker.column
      });
    }
  }
});

// src/core/rules/required-sections.ts
var required_sections_default = defineRule({
  meta: {
    id: "required-sections",
    description: "The profile's sections, subsections and bold-label sections are present, not empty and not duplicated.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const done = isDone(ledger, profile);
    const severityOf = (presence) => {
      if (presence === "required") return "error";
      if (presence === "recommended") return "warning";
      if (presence === "required-when-done") return done ? "error" : "warning";
      return null;
    };
    const visit = (specs, scope, parent, parentDepth) => {
      const matches = specs.map((spec) => matchSpec(spec, scope, parentDepth));
      specs.forEach((spec, index) => {
        const presence = spec.presence ?? "required";
        const severity = severityOf(presence);
        const { found, depth } = matches[index];
        const shown2 = display(spec, depth);
        const [first, ...again] = found;
        if (!first) {
          if (!severity) return;
          const next = matches.slice(index + 1).find((m) => m.found[0])?.found[0];
          const line = next?.line ?? parent?.line ?? ledger.lines.text.length;
          const when = presence === "required-when-done" && done ? "(required once the status is a done state)" : "";
          const where = [when, placement(specs, index, parent)].filter(Boolean).join(" ");
          report({
            message: `Missing ${parent ? "subsection" : "section"} ${shown2}${where ? ` ${where}` : ""}.`,
            line,
            column: 1,
            severity
          });
          return;
        }
        const wrongLevel = first.kind === "heading" && spec.kind !== "label" && first.depth !== depth;
        if (wrongLevel && severity) {
          report({
            message: `Section "${first.title}" is a level-${first.depth} heading; the template makes it ${shown2}.`,
            line: first.line,
            column: first.column,
            severity
          });
        }
        for (const duplicate of again) {
          report({
            message: `${shown2} appears again (first at line ${first.line}); keep one so every rule reads the same section.`,
            line: duplicate.line,
            column: duplicate.column,
            severity: presence === "required" ? "error" : "warning"
          });
        }
        if (!first.hasBody && severity && first.children.length === 0) {
          report({
            message: `${first.kind === "label" ? "Label" : "Section"} ${shown2} is empty.`,
            line: first.line,
            column: first.column,
            severity
          });
        }
        if (spec.children?.length) visit(spec.children, descendants(first.children), first, first.depth);
      });
    };
    visit(profile.spec.sections, descendants(ledger.sections), null, 1);
  }
});
function descendants(roots) {
  const out = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const s = stack.pop();
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]);
  }
  return out;
}
function matchSpec(spec, scope, parentDepth) {
  const kind = spec.kind ?? "heading";
  const depth = spec.level ?? parentDepth + 1;
  const candidates2 = scope.filter((s) => sectionMatches(spec, s));
  const atLevel = kind === "label" ? candidates2 : candidates2.filter((s) => s.depth === depth);
  return { found: atLevel.length > 0 ? atLevel : candidates2.slice(0, 1), depth };
}
function display(spec, depth) {
  return spec.kind === "label" ? `"**${spec.name}:**"` : `"${"#".repeat(depth)} ${spec.name}"`;
}
function placement(specs, index, parent) {
  const within = parent ? ` in "${parent.title}"` : "";
  const before = specs[index - 1];
  if (before) return `(the template puts it after "${before.name}"${within})`;
  const after = specs[index + 1];
  if (after) return `(the template puts it first${within}, before "${after.name}")`;
  return parent ? `(the template puts it${within})` : "";
}

// src/core/ledger/sessions.ts
function sessionEntries(ledger, profile) {
  const spec = profile.spec.sessions;
  const section = spec ? findSection(ledger, profile, spec.section) : void 0;
  if (!section || !profile.sessionEntry) return { section, entries: [] };
  const pattern = profile.sessionEntry;
  const matches = (text2) => pattern.test(leadStripped(text2));
  const entries = [];
  const stack = [...section.children].reverse();
  while (stack.length > 0) {
    const child = stack.pop();
    if (matches(child.title)) entries.push({ title: child.title, line: child.line });
    else for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]);
  }
  if (entries.length > 0) return { section, entries };
  for (const item of ledger.items) {
    if (item.parent === null && item.line > section.line && item.line <= section.endLine && matches(item.text))
      entries.push({ title: item.text, line: item.line });
  }
  return { section, entries };
}

// src/core/rules/session-count.ts
var session_count_default = defineRule({
  meta: {
    id: "session-count",
    description: "The Agent Sessions count equals the number of entries in the Session Log.",
    defaultSeverity: "error",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    const spec = profile.spec.sessions;
    if (!spec) return;
    const field = findField(ledger, profile, spec.field);
    if (!field || hasPlaceholder(field.value, profile)) return;
    const value = stripInlineMarks(field.value);
    if (!/^\d+$/.test(value)) return;
    const { section, entries } = sessionEntries(ledger, profile);
    if (!section) return;
    const stated = Number(value);
    if (stated !== entries.length) {
      const where = entries.length > 1 ? ` (from line ${entries[0].line} to line ${entries[entries.length - 1].line})` : entries.length === 1 ? ` (at line ${entries[0].line})` : "";
      const lineText = ledger.lines.text[field.line - 1];
      const digits = field.source === "header" ? /\d+/.exec(lineText.slice(field.valueColumn - 1)) : null;
      const start = digits ? ledger.lines.starts[field.line - 1] + field.valueColumn - 1 + digits.index : -1;
      report({
        message: `${field.name} says ${stated} but the ${section.title} has ${plural(entries.length, "entry", "entries")}${where}.`,
        line: field.line,
        column: field.valueColumn,
        ...digits ? { fix: { start, end: start + digits[0].length, text: String(entries.length) } } : {}
      });
    }
  }
});

// src/core/rules/status-mismatch.ts
var status_mismatch_default = defineRule({
  meta: {
    id: "status-mismatch",
    description: "A phase marked done has no open tasks; a status still In Progress or Planned when the work says otherwise is reported as lagging.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    for (const finding of statusFindings(ledger, profile)) report(finding);
  }
});

// src/core/rules/status-transition.ts
var status_transition_default = defineRule({
  meta: {
    id: "status-transition",
    description: "A change of Status follows the profile's state machine; leaving a done state, unticking work and dropping tasks are reported.",
    defaultSeverity: "error",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, parse: parse2, report }) {
    const previous = facts.previous;
    if (!previous?.text) return;
    const before = parse2(previous.text);
    if (!before) return;
    const was = ledgerStatus(before, profile);
    const now = ledgerStatus(ledger, profile);
    const where = now.field ? { line: now.field.line, column: now.field.valueColumn } : { line: 1, column: 1 };
    if (was.state && now.state && was.state.name !== now.state.name) {
      const transitions = profile.spec.status.transitions;
      const allowed = transitions && Object.hasOwn(transitions, was.state.name) ? transitions[was.state.name] : void 0;
      if (was.state.done) {
        report({
          message: `Status leaves ${was.state.name} (it was ${was.state.name} in ${previous.label}, now ${now.state.name}); reopening done work deserves a note in the ledger.`,
          ...where,
          severity: "warning"
        });
      } else if (allowed && !allowed.includes(now.state.name)) {
        const next = allowed.length > 0 ? `from ${was.state.name} it may move to ${allowed.join(" or ")}` : `${was.state.name} is final`;
        report({
          message: `Status may not go from ${was.state.name} (in ${previous.label}) to ${now.state.name}: ${next}.`,
          ...where
        });
      }
    }
    const beforeTasks = tasksOf2(before, profile);
    const afterTasks = tasksOf2(ledger, profile);
    const afterByKey = new Map(afterTasks.map((t) => [taskKey2(t), t]));
    for (const old of beforeTasks) {
      const current = afterByKey.get(taskKey2(old));
      if (!current) {
        report({
          message: `${describeItem(old)} was in ${previous.label} and is gone now: ${old.text}.`,
          line: tasksSectionLine(ledger, profile),
          column: 1,
          severity: "warning"
        });
      } else if (old.checkbox.state === "done" && current.checkbox.state !== "done") {
        report({
          message: `${describeItem(current)} was ticked in ${previous.label} and is not any more.`,
          line: current.line,
          column: current.checkbox.column,
          severity: "warning"
        });
      }
    }
  }
});
function tasksOf2(ledger, profile) {
  const section = profile.spec.tasks ? findSection(ledger, profile, profile.spec.tasks.section) : void 0;
  return section ? checkboxesIn(ledger, section) : [];
}
function tasksSectionLine(ledger, profile) {
  return profile.spec.tasks && findSection(ledger, profile, profile.spec.tasks.section)?.line || 1;
}
function taskKey2(item) {
  return item.id ? `id:${item.id}` : `text:${item.text.toLowerCase()}`;
}

// src/core/rules/key-files.ts
var key_files_default = defineRule({
  meta: {
    id: "key-files",
    description: "Paths listed in Key Files and the PRD field exist (in --staged mode: in the index) and their line numbers are within the file.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    if (!facts.paths) return;
    for (const { ref: _ref, absent: _absent, ...finding } of keyFileProblems(ledger, profile, facts)) report(finding);
  }
});

// src/core/rules/task-consistency.ts
var CHECK_MARK = /[✓✔✅]\uFE0F?(?:[ \t]*[*_]*(?:COMPLETED?|DONE)[*_!]*)?(?=[ \t]*$)/u;
var MARK_AS_OBJECT = /\b(?:mark|set|flag|label|update|change)\b[^.!?]*\b(?:as|to)\b[ \t:*_"'`]*[\p{L} \t*_"'`]*$/iu;
var IN_PROGRESS = /\((?:in[ _-]?progress|wip)\)|🚧|⏳/iu;
function openChildren(item) {
  return item.children.filter((c) => c.state !== "done" && !c.optional && !c.notApplicable);
}
var task_consistency_default = defineRule({
  meta: {
    id: "task-consistency",
    description: "Boxes agree with their subtasks and with the \u2713 / (IN PROGRESS) markers written beside them; optional subtasks never hold a task open.",
    defaultSeverity: "error",
    fixable: true
  },
  options: strictObject({}),
  check({ ledger, profile, report }) {
    for (const item of workItems(ledger, profile)) {
      const listItem = item.listItem;
      if (item.kind !== "box" || !listItem?.checkbox) continue;
      const name = nameOf(item);
      const done = item.state === "done";
      const at2 = { line: item.line, column: item.column };
      const open2 = openChildren(item);
      if (done && open2.length > 0) {
        report({
          message: `${name} is ticked but ${listing(open2.map(nameOf))} ${open2.length === 1 ? "is" : "are"} still open.`,
          ...at2
        });
      } else if (!done && !item.notApplicable && open2.length === 0 && item.children.some((c) => c.state === "done")) {
        report({
          message: `All subtasks of ${name} are done but ${name} is not ticked; tick it, or add the work that remains.`,
          ...at2,
          severity: "warning"
        });
      }
      const lineText = ledger.source.slice(listItem.lineStart, listItem.lineEnd);
      const mark = CHECK_MARK.exec(lineText);
      if (!done && mark && !MARK_AS_OBJECT.test(lineText.slice(0, mark.index))) {
        const spaced = mark.index > 0 && lineText[mark.index - 1] === " ";
        const start = listItem.lineStart + mark.index - (spaced ? 1 : 0);
        report({
          message: `${name} carries ${mark[0]} but its box is ${listItem.checkbox.marker}.`,
          line: item.line,
          column: mark.index + 1,
          fix: { start, end: listItem.lineStart + mark.index + mark[0].length, text: "" }
        });
      }
      const progress2 = IN_PROGRESS.exec(lineText);
      if (done && progress2) {
        report({
          message: `${name} is ticked but still says ${progress2[0]}.`,
          line: item.line,
          column: progress2.index + 1,
          severity: "warning"
        });
      }
    }
  }
});

// src/core/ledger/task-files.ts
var TICKED_BOX = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]*/;
var GLOB = /[*?[\]{}!]/;
function askable(ref, profile) {
  const where = repositoryPath(ref, null);
  return where !== null && !where.outside && !GLOB.test(ref.path) && !ref.path.endsWith("/") && !inGitDirectory(ref.path) && !hasPlaceholder(ref.raw, profile);
}
function tickedFiles(ledger, profile) {
  return workItems(ledger, profile).flatMap(({ listItem: task, state, role, notApplicable }) => {
    if (!task || state !== "done" || role !== "task" || notApplicable) return [];
    return keyFileRefsIn(ledger.lines.text, [task.line]).filter((ref) => askable(ref, profile)).map((ref) => ({ task, ref }));
  });
}
function scanTickedFiles(lines, nonProse, profile) {
  const paths = /* @__PURE__ */ new Set();
  const ids = /* @__PURE__ */ new Set();
  lines.forEach((text2, index) => {
    const box = TICKED_BOX.exec(text2);
    if (!box || nonProse.has(index + 1)) return;
    const refs = keyFileRefsIn(lines, [index + 1]).filter((ref) => askable(ref, profile));
    if (refs.length === 0) return;
    for (const ref of refs) paths.add(ref.path);
    const id = itemId(text2.slice(box[0].length));
    if (id) ids.add(id);
  });
  return { paths: [...paths], ids: [...ids] };
}
var TASK_NUMBERS = /\b(?:sub)?tasks?\b[ \t]*(?:[:#][ \t]*)?(\d{1,4}(?:\.\d{1,4}){0,4}(?:[ \t]*(?:,|&|\/|and)[ \t]*\d{1,4}(?:\.\d{1,4}){0,4}){0,20})(?![.\d]*\d)/gi;
var TASK_NUMBER = /\d{1,4}(?:\.\d{1,4}){0,4}/g;
var T_ID = /\bT\d{2,5}[a-z]?\b/g;
var PRD2 = /\bPRD[ \t_-]?0*(\d{1,6})\b/gi;
function looksLikeFile(path) {
  return /\/[^/]*[^/.]\.[A-Za-z0-9]{1,12}$/.test(path);
}
function taskMentions(message) {
  const tasks = /* @__PURE__ */ new Set();
  for (const match of message.matchAll(TASK_NUMBERS))
    for (const id of match[1].match(TASK_NUMBER) ?? []) tasks.add(id);
  for (const match of message.matchAll(T_ID)) tasks.add(match[0]);
  const prds = new Set([...message.matchAll(PRD2)].map((m) => m[1]));
  return { tasks: [...tasks], prds: [...prds] };
}
function sameWork(named, id) {
  const [a, b] = [named.toLowerCase(), id.toLowerCase()];
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

// src/core/rules/tick-evidence.ts
var tick_evidence_default = defineRule({
  meta: {
    id: "tick-evidence",
    description: "A ticked task that names a file has evidence in history: a commit the ledger lists, or one naming the task, touched that file.",
    defaultSeverity: "warn",
    fixable: false
  },
  options: strictObject({}),
  check({ ledger, profile, facts, report }) {
    const evidence = facts.evidence;
    if (!evidence) return;
    const ticked = tickedFiles(ledger, profile);
    if (ticked.length === 0) return;
    const listed = new Set(foundCommits(ledger, profile, facts).map(({ fact }) => fact.sha));
    const prd = ledgerPrdNumber(ledger, profile);
    const names = (commit, id) => id !== null && commit.tasks.some((task) => sameWork(task, id)) && (prd === null || commit.prds.length === 0 || commit.prds.includes(prd));
    const namesSomeTask = (commit) => ticked.some(({ task }) => names(commit, task.id));
    const judged = listed.size > 0 || ticked.some(({ ref }) => evidence.byPath.get(ref.path)?.commits.some(namesSomeTask));
    const where = facts.paths?.source ?? "working tree";
    for (const { task, ref } of ticked) {
      const history = evidence.byPath.get(ref.path);
      if (!history || history.staged || history.commits.some((c) => listed.has(c.sha) || names(c, task.id))) continue;
      const path = facts.paths?.byPath.get(ref.path);
      if (path?.exists === null || path?.exists && path.kind === "directory") continue;
      const missing = path?.exists === false;
      if (history.last === null && path?.exists !== true && !looksLikeFile(ref.path)) continue;
      if (!judged || listed.size === 0 && task.id === null) {
        if (missing && history.last === null) {
          report({
            message: `${describeItem(task)} is ticked, but ${ref.path} does not exist in the ${where} and no commit ever touched it.`,
            ...spanOf(ref)
          });
        }
        continue;
      }
      report({
        message: `${describeItem(task)} is ticked without evidence: ${notTouched(task, ref.path, listed.size)}${lastSeen(history, missing, where)}.`,
        ...spanOf(ref)
      });
    }
  }
});
function notTouched(task, path, listed) {
  if (task.id)
    return `${path} was touched by no commit that the ledger lists (${listed === 0 ? "it lists none" : `${listed} commit${listed === 1 ? "" : "s"}`}) or whose message names ${describeItem(task)}`;
  return listed === 1 ? `${path} was not touched by the commit the ledger lists` : `${path} was not touched by any of the ${listed} commits the ledger lists`;
}
function lastSeen(history, missing, where) {
  const last = history.last === null ? "no commit ever touched it" : `it was last changed by ${history.last.slice(0, 7)}, which the ledger does not list`;
  return missing ? `; it does not exist in the ${where}, and ${last.replace(/^it was/, "was")}` : `; ${last}`;
}

// src/core/rules/index.ts
var RULES = [
  required_sections_default,
  header_fields_default,
  placeholders_default,
  date_order_default,
  last_updated_default,
  progress_math_default,
  conflicting_claims_default,
  status_mismatch_default,
  task_consistency_default,
  blocker_task_default,
  resolved_blocker_default,
  session_count_default,
  completion_gate_default,
  status_transition_default,
  commit_sha_default,
  commit_exists_default,
  commit_reachable_default,
  commit_subject_default,
  commit_task_default,
  commit_duplicate_default,
  commit_unlisted_default,
  key_files_default,
  tick_evidence_default
];
var RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export {
  require_picomatch2 as require_picomatch,
  compileProfile,
  anyDepth,
  jsonStringifyReplacer,
  clone,
  util_exports,
  $constructor,
  $ZodEncodeError,
  globalConfig,
  config,
  $ZodError,
  flattenError,
  formatError,
  _parse,
  _parseAsync,
  _safeParse,
  safeParse,
  _safeParseAsync,
  safeParseAsync,
  validate,
  validateAsync,
  _encode,
  _decode,
  _encodeAsync,
  _decodeAsync,
  _safeEncode,
  _safeDecode,
  _safeEncodeAsync,
  _safeDecodeAsync,
  $ZodType,
  standardProps,
  $ZodString,
  $ZodStringFormat,
  $ZodGUID,
  $ZodUUID,
  $ZodEmail,
  $ZodURL,
  $ZodEmoji,
  $ZodNanoID,
  $ZodCUID,
  $ZodCUID2,
  $ZodULID,
  $ZodXID,
  $ZodKSUID,
  $ZodISODateTime,
  $ZodISODate,
  $ZodISOTime,
  $ZodISODuration,
  $ZodIPv4,
  $ZodIPv6,
  $ZodCIDRv4,
  $ZodCIDRv6,
  $ZodBase64,
  $ZodBase64URL,
  $ZodE164,
  $ZodJWT,
  $ZodNumber,
  $ZodNumberFormat,
  $ZodBoolean,
  $ZodNull,
  $ZodUnknown,
  $ZodNever,
  $ZodArray,
  $ZodObjectJIT,
  $ZodUnion,
  $ZodDiscriminatedUnion,
  $ZodIntersection,
  $ZodRecord,
  $ZodEnum,
  $ZodLiteral,
  $ZodTransform,
  $ZodOptional,
  $ZodExactOptional,
  $ZodNullable,
  $ZodDefault,
  $ZodPrefault,
  $ZodNonOptional,
  $ZodCatch,
  $ZodPipe,
  $ZodPreprocess,
  $ZodReadonly,
  $ZodCustom,
  memoizer,
  en_default,
  globalRegistry,
  _string,
  _email,
  _guid,
  _uuid,
  _uuidv4,
  _uuidv6,
  _uuidv7,
  _url,
  _emoji2 as _emoji,
  _nanoid,
  _cuid,
  _cuid2,
  _ulid,
  _xid,
  _ksuid,
  _ipv4,
  _ipv6,
  _cidrv4,
  _cidrv6,
  _base64,
  _base64url,
  _e164,
  _jwt,
  _isoDateTime,
  _isoDate,
  _isoTime,
  _isoDuration,
  _number,
  _int,
  _boolean,
  _null2 as _null,
  _unknown,
  _never,
  _lt,
  _lte,
  _gt,
  _gte,
  _positive,
  _nonnegative,
  _multipleOf,
  _maxLength,
  _minLength,
  _length,
  _regex,
  _lowercase,
  _uppercase,
  _includes,
  _startsWith,
  _endsWith,
  _overwrite,
  _normalize,
  _trim,
  _toLowerCase,
  _toUpperCase,
  _slugify,
  _array,
  _custom,
  _refine,
  _superRefine,
  createToJSONSchemaMethod,
  createStandardJSONSchemaMethod,
  aggregateChecks,
  stringProcessor,
  numberProcessor,
  booleanProcessor,
  nullProcessor,
  neverProcessor,
  unknownProcessor,
  enumProcessor,
  literalProcessor,
  customProcessor,
  transformProcessor,
  arrayProcessor,
  objectProcessor,
  unionProcessor,
  intersectionProcessor,
  recordProcessor,
  nullableProcessor,
  nonoptionalProcessor,
  defaultProcessor,
  prefaultProcessor,
  catchProcessor,
  pipeProcessor,
  readonlyProcessor,
  optionalProcessor,
  toJSONSchema,
  string2 as string,
  number2 as number,
  int,
  boolean2 as boolean,
  unknown,
  array,
  object,
  strictObject,
  extend2 as extend,
  partial2 as partial,
  union,
  discriminatedUnion,
  tuple,
  record,
  _enum,
  literal,
  optional,
  nullable,
  _default,
  text,
  regexSource,
  described,
  issueToTell,
  describeIssues,
  describeIssue,
  keyPath,
  splitLines,
  countLines,
  lineAt,
  scanOutline,
  detectProfile,
  notALedgerReason,
  workItems,
  isSha,
  isObjectId,
  inGitDirectory,
  repositoryPath,
  scanRefs,
  groupsOf,
  ledgerStatus,
  statusAsWritten,
  hasPlaceholder,
  subjectKey,
  sameSubject,
  isShortened,
  commitNames,
  onLedgerBranch,
  scanLedgerNames,
  applyFixes,
  counted,
  tallyOf,
  gateBlockers,
  mayStateUpdated,
  scanTickedFiles,
  taskMentions,
  sameWork,
  RULES,
  RULES_BY_ID
};
