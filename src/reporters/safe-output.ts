/**
 * What ledgerlint prints carries untrusted text: file names, ledger lines, commit
 * subjects, messages of errors about them. Two readers act on text instead of
 * showing it:
 * - a terminal acts on control characters: escape sequences move the cursor, erase
 *   lines, write the clipboard (OSC 52); a lone CR lets a line overwrite another;
 * - GitHub's runner executes workflow commands found in a step's stdout and stderr:
 *   `::name::…` at the start of a line (after whitespace; lines end at \r\n, \r and
 *   \n) and the legacy `##[name]…` anywhere in a line. It does so in every step that
 *   shows ledgerlint's output, whatever the format, and also when the output comes
 *   from a container that does not see GITHUB_ACTIONS, so this is done everywhere.
 * The front doors pass every write through safeOutput, by the kind of text it is,
 * so no reporter has to remember it.
 */
import { OUR_COLOUR_CODE } from './colors.js';

/**
 * text: for people (stylish, gate, diffs, messages on stderr);
 * data: JSON (json, sarif, --print-config), which must stay the same data;
 * commands: the workflow commands of the github format, whose values are already escaped.
 */
export type OutputKind = 'text' | 'data' | 'commands';

export function safeOutput(text: string, kind: OutputKind, { colour = false }: { colour?: boolean } = {}): string {
  switch (kind) {
    case 'text':
      return neutraliseWorkflowCommands(showControlCharacters(text, colour));
    case 'commands':
      return showControlCharacters(text, false);
    case 'data':
      return protectJson(text);
  }
}

/** Escape sequences, and single control characters but tab, newline and the CR of a CRLF. */
const CONTROL = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Control characters shown as visible symbols (ESC as ␛, BEL as ␇, a C1 character
 * as �) so the terminal prints them instead of acting on them. keepColour keeps the
 * sequences paint() writes (a ledger could write those too: they only colour).
 */
export function showControlCharacters(text: string, keepColour = false): string {
  return text.replace(CONTROL, (match) => {
    if (match === '\r\n') return match;
    if (match.length > 1)
      return keepColour && OUR_COLOUR_CODE.test(match) ? match : symbolFor(match[0]!) + match.slice(1);
    return symbolFor(match);
  });
}

function symbolFor(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // the Control Pictures block
  return code === 0x7f ? '\u2421' : '\ufffd';
}

// A zero-width space is not whitespace to the runner, so a line that starts with one does not start with `::`,
// and it breaks `##[` without changing what a reader sees.
const ZERO_WIDTH_SPACE = '\u200b';
const LINE_BREAK = /(\r\n|\r|\n)/;
// What the runner (and any careful parser) skips before looking for `::`.
const COMMAND_AT_LINE_START = /^([\s\u001c-\u001f\u0085]*)::/;

/** Text in which the runner finds no workflow command, and which reads the same. */
export function neutraliseWorkflowCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text
    .split(LINE_BREAK)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(COMMAND_AT_LINE_START, `$1${ZERO_WIDTH_SPACE}::`).replaceAll('##[', `##${ZERO_WIDTH_SPACE}[`),
    )
    .join('');
}

/**
 * JSON as the same data, safe to print: JSON.stringify already escapes line breaks
 * and C0 controls inside strings, so no line can start with `::`; `##[` (only ever
 * inside a string) gets its `#` escaped as \u0023, and DEL and C1 controls are escaped.
 */
export function protectJson(json: string): string {
  return json.replace(/##\[|[\u007f-\u009f]/g, (match) =>
    match === '##[' ? '\\u0023#[' : `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
