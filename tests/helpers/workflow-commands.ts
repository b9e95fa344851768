/**
 * The workflow commands GitHub's runner would execute in some output, found by
 * the runner's own rules (ActionCommand.TryParseV2, then the legacy TryParse),
 * on stdout and stderr alike:
 * - output is split into lines at `\r\n`, `\r` and `\n`;
 * - `::name props::message` is a command when the line starts with it after leading
 *   whitespace, and the name is one the runner knows (any case);
 * - the legacy `##[name props]message` is a command anywhere in a line.
 * Whitespace here is the union of what .NET's TrimStart and Python's lstrip skip,
 * so the helper finds at least every command the runner would.
 */
const KNOWN = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'set-output',
  'set-env',
  'add-mask',
  'add-path',
  'save-state',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
]);

const LEADING_SPACE = /^[\s\x1c-\x1f\x85]*/;

export interface RunnerCommand {
  syntax: 'v2' | 'legacy';
  name: string;
  /** The line the command was found in. */
  line: string;
}

export function runnerCommands(output: string): RunnerCommand[] {
  return output.split(/\r\n|\r|\n/).flatMap((line) => {
    const command = commandIn(line);
    return command ? [command] : [];
  });
}

function commandIn(line: string): RunnerCommand | null {
  const trimmed = line.replace(LEADING_SPACE, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const name = nameOf(trimmed.slice(2, end));
      if (KNOWN.has(name.toLowerCase())) return { syntax: 'v2', name, line };
    }
  }
  // The runner looks at the first `##[` only; every one is looked at here, to be on the safe side.
  for (let start = line.indexOf('##['); start >= 0; start = line.indexOf('##[', start + 1)) {
    const close = line.indexOf(']', start);
    if (close < 0) break;
    const name = nameOf(line.slice(start + 3, close));
    if (KNOWN.has(name.toLowerCase())) return { syntax: 'legacy', name, line };
  }
  return null;
}

const nameOf = (info: string) => (info.includes(' ') ? info.slice(0, info.indexOf(' ')) : info);
