/**
 * Where ledgerlint's line goes in a shell hook script. Pure: the hook's text in, the new text out.
 * The line must run (not after a trailing `exit` or `exec`, which end the script first), and must
 * not change what the rest of the hook decides (a plain hook's status is its last command's).
 */

/** The words every line init writes contains, and by which a second run finds it. */
export const HOOK_MARKER = 'ledgerlint --staged';

export const HOOK_COMMENT = '# ledgerlint: check staged ledgers (https://github.com/ledgerlint/ledgerlint)';

/**
 * How the hook runs its lines. `errexit`: a failing line stops it (husky runs its scripts with
 * `sh -e`). `plain`: git runs the script as it is, and a failing line stops nothing.
 */
export type HookShell = 'errexit' | 'plain';

/** The line that runs `command` in a hook of that kind. */
export function hookLine(command: string, shell: HookShell): string {
  // In a plain hook the status of the lines above would be lost, and ours ignored before an `exit 0`:
  // stop on ours, and hand theirs on to whatever ends the script.
  return shell === 'errexit' ? command : `ledgerlint_status=$?; ${command} || exit $?; (exit $ledgerlint_status)`;
}

export type HookEdit =
  | { kind: 'present'; line: string }
  | { kind: 'edited'; text: string; change: 'added' | 'moved' | 'replaced' }
  | { kind: 'not-a-shell-script' }
  | { kind: 'no-place'; why: string };

/**
 * The hook with `line` (and its comment) added, or why not. A new hook gets an interpreter line.
 * A line already there stays (`present`), except that one after a trailing `exit`, which never
 * ran, is moved before it, and one init wrote that calls ledgerlint otherwise than `line` (which
 * was checked to run) is replaced.
 */
export function addToHook(existing: string | null, line: string): HookEdit {
  if (existing === null || existing.trim() === '')
    return { kind: 'edited', text: `#!/bin/sh\n${HOOK_COMMENT}\n${line}\n`, change: 'added' };
  if (!isShellScript(existing)) return { kind: 'not-a-shell-script' };
  const lines = existing.replace(/\n$/, '').split('\n');
  const end = trailingEnd(lines);
  if (end !== null && typeof end !== 'number') return { kind: 'no-place', why: end.why };
  const at = lines.findIndex((l) => !l.trim().startsWith('#') && l.includes(HOOK_MARKER));
  const present = lines[at]?.trim() ?? '';
  const reached = at !== -1 && (end === null || at < end) && !afterExit(lines, at);
  if (reached && (present === line || !isOwnLine(present))) return { kind: 'present', line: present };
  if (reached) return { kind: 'edited', text: joined(lines.map((l, i) => (i === at ? line : l))), change: 'replaced' };
  // Not there, or after the exit: put it (a line of the user's as it is) before the exit.
  const kept = at === -1 ? lines : withoutOurLine(lines, at);
  const insertAt = (trailingEnd(kept) as number | null) ?? kept.length;
  const added = at === -1 || isOwnLine(present) ? [HOOK_COMMENT, line] : [present];
  return {
    kind: 'edited',
    text: joined([...kept.slice(0, insertAt), ...added, ...kept.slice(insertAt)]),
    change: at === -1 ? 'added' : 'moved',
  };
}

const joined = (lines: readonly string[]) => `${lines.join('\n')}\n`;

/** The index of a trailing `exit` or `exec` statement, null when the script just ends, or why it cannot be told. */
function trailingEnd(lines: readonly string[]): number | null | { why: string } {
  const statements = statementsOf(lines);
  const last = statements.at(-1);
  if (!last || !/^(?:exit|exec)\b/.test(last[0])) return null;
  // `check &&\n exit 0`: the exit belongs to the line before; no line can go between them.
  if (continues(statements.at(-2)?.[0] ?? ''))
    return { why: `its last line, \`${last[0]}\`, continues the line before it` };
  return last[1];
}

/** Lines that are not blank or comments, trimmed, with their index. */
const statementsOf = (lines: readonly string[]) =>
  lines.map((l, i) => [l.trim(), i] as const).filter(([l]) => l !== '' && !l.startsWith('#'));

/** A line that goes on on the next one. */
const continues = (statement: string) => /(?:\\|&&|\|\||\|)$/.test(statement);

/** Whether the statement before line `at` is an `exit` or `exec` of its own, so that line never runs. */
function afterExit(lines: readonly string[], at: number): boolean {
  const before = statementsOf(lines.slice(0, at));
  const exit = before.at(-1);
  return exit !== undefined && /^(?:exit|exec)\b/.test(exit[0]) && !continues(before.at(-2)?.[0] ?? '');
}

/** The lines without the one at `at`, and without our comment right above it. */
function withoutOurLine(lines: readonly string[], at: number): string[] {
  const from = at > 0 && lines[at - 1] === HOOK_COMMENT ? at - 1 : at;
  return [...lines.slice(0, from), ...lines.slice(at + 1)];
}

/** No interpreter line (git runs it with sh; husky's hooks are so), or one naming a shell. */
export function isShellScript(text: string): boolean {
  if (text.includes('\0')) return false;
  if (!text.startsWith('#!')) return true;
  return /^#!\s*(?:\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:sh|bash|dash|zsh|ksh|ash|mksh)\b/.test(text);
}

/** Whether a line is one init wrote, or a bare call of ledgerlint: safe to run with --version and to replace. */
export function isOwnLine(line: string): boolean {
  const inner = /^ledgerlint_status=\$\?; (.*) \|\| exit \$\?; \(exit \$ledgerlint_status\)$/.exec(line)?.[1] ?? line;
  return /^(?:\(cd \S+ && )?(?:npx (?:--no-install )?)?\S*ledgerlint --staged\)?$/.test(inner);
}
