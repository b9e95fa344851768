/** Command-line parsing with node:util parseArgs; every mistake becomes a UsageError naming the flag. */
import { parseArgs } from 'node:util';
import type { FormatName } from '../reporters/names.js';
import { closest } from '../core/text/wording.js';
import { HOOK_MANAGERS, type HookManager } from '../setup/detect-manager.js';

export class UsageError extends Error {}

export interface LintArgs {
  command: 'lint';
  patterns: string[];
  format: FormatName;
  /** -o: write the report to this file (relative to the working directory) instead of stdout. */
  outputFile: string | undefined;
  /** --color / --no-color; undefined: as the stream and NO_COLOR / FORCE_COLOR say. */
  color: boolean | undefined;
  quiet: boolean;
  maxWarnings: number | null;
  config: string | undefined;
  printConfig: string | undefined;
  debug: boolean;
  verbose: boolean;
  staged: boolean;
  /** --stdin: check the text on standard input, as if it were the file --stdin-filename names. */
  stdin: { filename: string | undefined } | null;
  /** --fix writes the derived numbers back; --fix-dry-run prints the diff instead. */
  fix: 'off' | 'write' | 'dry-run';
  /** --cache, with its file. */
  cache: string | null;
  /** Report disable comments that silence nothing, as errors. */
  reportUnusedDisableDirectives: boolean;
  shard: { index: number; count: number } | null;
}

export interface GateArgs {
  command: 'gate';
  patterns: string[];
  format: 'stylish' | 'json';
  color: boolean | undefined;
  config: string | undefined;
  debug: boolean;
  verbose: boolean;
}

export interface InitArgs {
  command: 'init';
  /** Also write a GitHub workflow running the Action. */
  ci: boolean;
  /** The hook manager to set up (--hooks); detected when absent. */
  hooks?: HookManager;
  /** Also set up this coding agent's hooks and the ledger instructions it reads. */
  agent: 'claude' | null;
}

export interface McpArgs {
  command: 'mcp';
  config: string | undefined;
}

export type Args = LintArgs | GateArgs | InitArgs | McpArgs | { command: 'help' } | { command: 'version' };

const AGENTS = ['claude'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  debug: { type: 'boolean' },
  verbose: { type: 'boolean' },
  staged: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  ci: { type: 'boolean' },
  hooks: { type: 'string' },
  agent: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function parseCommandLine(argv: readonly string[], formats: readonly FormatName[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(rephrase((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  if (positionals[0] === 'init') {
    const extra = positionals.slice(1);
    if (extra.length > 0) throw new UsageError(`init takes no paths (got ${extra.join(' ')}).`);
    const agent = values.agent ?? null;
    if (agent !== null && !(AGENTS as readonly string[]).includes(agent))
      throw new UsageError(`--agent: unknown agent "${agent}" (available: ${AGENTS.join(', ')}).`);
    return {
      command: 'init',
      ci: values.ci ?? false,
      agent: agent as InitArgs['agent'],
      ...(values.hooks !== undefined ? { hooks: hookManager(values.hooks) } : {}),
    };
  }
  if (values.ci) throw new UsageError('--ci goes with init: ledgerlint init --ci.');
  if (values.hooks !== undefined)
    throw new UsageError(`--hooks goes with init: ledgerlint init --hooks ${values.hooks}.`);
  if (values.agent !== undefined)
    throw new UsageError(`--agent goes with init: ledgerlint init --agent ${values.agent}.`);
  if (positionals[0] === 'mcp') {
    if (positionals.length > 1)
      throw new UsageError(
        `mcp takes no paths (got ${positionals.slice(1).join(' ')}); it serves the repository it is started in.`,
      );
    refuseLintFlags(values, 'mcp', ['format']);
    return { command: 'mcp', config: values.config };
  }
  const format = (values.format ?? 'stylish') as FormatName;
  // The last of --color and --no-color wins, as in ESLint.
  const colorFlag = parsed.tokens
    .filter((t) => t.kind === 'option' && (t.name === 'color' || t.name === 'no-color'))
    .at(-1);
  const color = colorFlag && 'name' in colorFlag ? colorFlag.name === 'color' : undefined;
  if (positionals[0] === 'gate') {
    const patterns = positionals.slice(1);
    if (patterns.length === 0) throw new UsageError('gate needs the ledgers to check: ledgerlint gate LEDGER...');
    if (format !== 'stylish' && format !== 'json')
      throw new UsageError(`--format: gate writes stylish or json, not "${format}".`);
    refuseLintFlags(values, 'gate');
    return {
      command: 'gate',
      patterns,
      format,
      color,
      config: values.config,
      debug: values.debug ?? false,
      verbose: values.verbose ?? false,
    };
  }
  if (!formats.includes(format))
    throw new UsageError(`--format: unknown format "${format}" (available: ${formats.join(', ')}).`);
  if (values['output-file'] === '') throw new UsageError('--output-file needs a file name.');
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other.');
  const stdin = stdinArgs(values, positionals);
  if (values['cache-location'] !== undefined && !values.cache)
    throw new UsageError('--cache-location goes with --cache.');
  if (values['print-config'] !== undefined && positionals.length > 0)
    throw new UsageError(
      `--print-config takes exactly one file; check the others with their own --print-config (got also ${positionals.join(', ')}).`,
    );
  let shard: LintArgs['shard'] = null;
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
    if (!match || count < 1 || index < 1 || index > count)
      throw new UsageError(`--shard expects i/n with 1 <= i <= n, like 2/4; got "${values.shard}".`);
    shard = { index, count };
  }
  let maxWarnings: number | null = null;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings expects a whole number of warnings, got "${raw}".`);
    maxWarnings = Number(raw);
  }
  return {
    command: 'lint',
    patterns: positionals,
    format,
    outputFile: values['output-file'],
    color,
    quiet: values.quiet ?? false,
    maxWarnings,
    config: values.config,
    printConfig: values['print-config'],
    debug: values.debug ?? false,
    verbose: values.verbose ?? false,
    staged: values.staged ?? false,
    stdin,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'off',
    cache: values.cache ? (values['cache-location'] ?? '.ledgerlintcache') : null,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    shard,
  };
}

function hookManager(name: string): HookManager {
  if ((HOOK_MANAGERS as readonly string[]).includes(name)) return name as HookManager;
  const meant = closest(name, HOOK_MANAGERS);
  throw new UsageError(
    `--hooks: unknown hook manager "${name}"${meant ? `; did you mean ${meant}?` : ''} (one of ${HOOK_MANAGERS.join(', ')}).`,
  );
}

/** --stdin and --stdin-filename, as ESLint takes them; --fix cannot write text that is not in a file. */
function stdinArgs(
  values: {
    stdin?: boolean;
    'stdin-filename'?: string;
    staged?: boolean;
    fix?: boolean;
    shard?: string;
    'print-config'?: string;
  },
  positionals: readonly string[],
): LintArgs['stdin'] {
  const filename = values['stdin-filename'];
  if (!values.stdin) {
    if (filename !== undefined)
      throw new UsageError('--stdin-filename goes with --stdin: ledgerlint --stdin --stdin-filename PATH < TEXT.');
    return null;
  }
  if (positionals.length > 0)
    throw new UsageError(
      `--stdin checks the text on standard input and takes no paths (got ${positionals.join(' ')}); say which file it stands for with --stdin-filename.`,
    );
  if (filename === '') throw new UsageError('--stdin-filename needs a path.');
  if (values.fix)
    throw new UsageError(
      '--fix cannot write back text read from standard input; use --fix-dry-run (with -f json, the fixed text is in "output").',
    );
  for (const flag of ['staged', 'shard', 'print-config'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} does not go with --stdin.`);
  }
  return { filename };
}

/** Flags that only a lint run reads: given to another command, they would be dropped without a word. */
const LINT_ONLY_FLAGS = [
  'staged',
  'stdin',
  'stdin-filename',
  'fix',
  'fix-dry-run',
  'report-unused-disable-directives',
  'quiet',
  'max-warnings',
  'print-config',
  'cache',
  'cache-location',
  'shard',
  'output-file',
] as const;

function refuseLintFlags(
  values: Partial<Record<(typeof LINT_ONLY_FLAGS)[number] | 'format', unknown>>,
  command: string,
  alsoRefused: ReadonlyArray<'format'> = [],
): void {
  for (const flag of [...LINT_ONLY_FLAGS, ...alsoRefused]) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} does not go with ${command}.`);
  }
}

/** node's messages, shortened to name the flag and point at --help. */
function rephrase(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const flag = unknown[1]!;
    const meant = flag.startsWith('--') ? closest(flag.slice(2).split('=')[0]!, Object.keys(OPTIONS)) : null;
    return `unknown option ${flag}${meant ? `; did you mean --${meant}?` : ''} (see ledgerlint --help).`;
  }
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]!.replace(/^-\w, /, '')} needs a value (see ledgerlint --help).`;
  return `${message.split('\n')[0]} (see ledgerlint --help)`;
}

export const HELP = `Usage: ledgerlint [options] [file|dir|glob ...]
       ledgerlint gate [--format json] LEDGER ...
       ledgerlint init [--hooks husky|lefthook|pre-commit|git] [--ci] [--agent claude]
       ledgerlint mcp
       ledgerlint hook claude

Checks the ledgers agents keep (PRD and feature ledgers, plans, spec-kit and Kiro
tasks, GSD roadmaps, BMAD stories, Backlog.md tasks, progress logs, your own
profiles): progress claims against their arithmetic, their boxes and each other,
statuses against the work, dates, and the completion gate.
With no paths: the config's "include" globs, else the markdown files git tracks or
would add (untracked, not ignored), and files a profile names (claude-progress.txt),
that are ledgers.

Options:
  -f, --format <name>      Output format: stylish (default), json, github
                           (workflow commands for GitHub Actions) or sarif
  -o, --output-file <path> Write the report to this file (directories made as
                           needed) instead of stdout; no colour unless --color
      --color, --no-color  Force colour on or off (default: on a terminal,
                           unless NO_COLOR is set or FORCE_COLOR says otherwise)
      --quiet              Report errors only
      --max-warnings <n>   Exit 1 when there are more than n warnings
      --staged             Check the staged version of every staged ledger (the
                           pre-commit hook); paths narrow it to those files
      --stdin              Check ledger text from standard input (editors, agents)
      --stdin-filename <path>
                           The file that text stands for: its profile, config,
                           key files and history; reported under that name
      --fix                Rewrite what is derived: progress summary numbers, the
                           Agent Sessions count, stray ✓ marks; nothing else
      --fix-dry-run        Print the fixes as a unified diff instead of writing
      --report-unused-disable-directives
                           Report ledgerlint-disable comments that silence
                           nothing, as errors
      --cache              Reuse the results of ledgers, config, facts unchanged
                           since the last run (.ledgerlintcache)
      --cache-location <path>
                           Cache file, or directory (existing, or ending in /)
                           to keep .ledgerlintcache in
      --shard <i/n>        Check only the i-th of n parts (a CI matrix)
  -c, --config <file>      Use this config file instead of searching for one
      --print-config <file>
                           Print the profile and rules that apply to a file
      --verbose            Say which files were skipped and which profile each has,
                           and why
      --debug              Show stack traces for internal errors
  -h, --help               Show this help
  -v, --version            Show the version

Commands:
  gate LEDGER ...          May these ledgers be marked complete now? Lists every
                           reason not, with its line; exit 0 ready, 1 not ready
  init                     Set up a pre-commit hook running ledgerlint --staged with
                           the hook manager in use (husky, lefthook, pre-commit, or
                           git's own hooks; --hooks chooses), checked to run; with
                           --ci also a GitHub workflow running the ledgerlint Action;
                           with --agent claude also Claude Code's hooks in
                           .claude/settings.json and ledger instructions in CLAUDE.md
  mcp                      An MCP server on stdio: tools lint, gate, fix, explain, and
                           the repository's ledgers as resources
  hook claude              A Claude Code hook: reads the hook's JSON on stdin (set up
                           by init --agent claude)

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or I/O problem.
Docs: https://github.com/ledgerlint/ledgerlint#readme
`;
