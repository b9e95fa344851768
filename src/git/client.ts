/**
 * Every git process ledgerlint starts goes through here, via simple-git.
 * It counts them (the benchmark and --debug report how many a run needed) and
 * lets through the repository state a hook inherits from git: simple-git drops
 * inherited GIT_* variables unless allowed, and without GIT_INDEX_FILE a
 * pre-commit hook of `git commit -a` or `git commit <path>` reads the wrong index.
 */
import { simpleGit, type SimpleGit } from 'simple-git';

const REPOSITORY_STATE = [
  'GIT_INDEX_FILE',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG_NOSYSTEM',
  // Not state, but set by a fetch: with it git fails at once where it would wait for a password on a terminal.
  'GIT_TERMINAL_PROMPT',
];
/**
 * simple-git waits 50 ms after a git process that printed nothing (rev-list and log print nothing
 * whenever every commit asked about is reachable, which is the usual case). GIT_TRACE=2 makes git
 * say one line on stderr, which ends the wait; the line is dropped from git's words on failure.
 */
const ALWAYS_SPEAK = { GIT_TRACE: '2' };
const TRACE_LINE = /^[\d:.]+ +[\w./-]+:\d+ +trace: /;
// Variables simple-git refuses to pass on (it would throw): programs git could run; reading never needs them.
const REFUSED = /^(?:git_.*|editor|pager|prefix|ssh_askpass|visual)$/i;

/** Git could not do what was asked: the repository is broken, or git refused it. */
export class GitFailed extends Error {
  constructor(
    /** Git's own words: its first `fatal:` line, else its first line. */
    readonly detail: string,
  ) {
    super(detail);
  }

  /** Not in a repository at all, which is no failure for most of ledgerlint. */
  get notARepository(): boolean {
    return /not a git repository/i.test(this.detail);
  }
}

export class GitClient {
  /** Git processes started so far. */
  spawned = 0;
  /** Set when git could not be started at all (not installed, or not on PATH). */
  missing = false;

  constructor(readonly baseDir: string) {}

  /** Runs git and returns its standard output as text; `input` goes to its stdin, `env` sets variables of REPOSITORY_STATE. */
  async text(args: readonly string[], input?: string, env?: Record<string, string>): Promise<string> {
    // Nothing to ask: do not start git (it would wait on an open stdin).
    if (input === '') return '';
    this.spawned++;
    return this.instance(input, env)
      .raw([...args])
      .catch((error: unknown) => this.failed(error));
  }

  /** Runs git and returns its standard output as bytes (blob contents are not always UTF-8). */
  async bytes(args: readonly string[], input?: string): Promise<Buffer> {
    if (input === '') return Buffer.alloc(0);
    this.spawned++;
    const chunks: Buffer[] = [];
    await this.instance(input)
      .outputHandler((_command, stdout) => {
        stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      })
      .raw([...args])
      .catch((error: unknown) => this.failed(error));
    return Buffer.concat(chunks);
  }

  private failed(error: unknown): never {
    const message = String((error as Error)?.message ?? error);
    if (/\bENOENT\b/.test(message) && !/^(?:fatal|error): /m.test(message)) {
      this.missing = true;
      throw error;
    }
    const lines = message
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !TRACE_LINE.test(line));
    throw new GitFailed(lines.find((line) => line.startsWith('fatal:')) ?? lines[0] ?? 'git failed without saying why');
  }

  private instance(input: string | undefined, env?: Record<string, string>): SimpleGit {
    const git = simpleGit({
      baseDir: this.baseDir,
      maxConcurrentProcesses: 4,
      allowEnvironment: [...REPOSITORY_STATE, ...Object.keys(ALWAYS_SPEAK)],
      ...(input === undefined ? {} : { input: () => input }),
    });
    return git.env({ ...englishEnvironment(), ...ALWAYS_SPEAK, ...env });
  }
}

/** This process's environment for git, with git's messages in English: a missing repository is told from a broken one by its words. */
function englishEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && (!REFUSED.test(key) || REPOSITORY_STATE.includes(key.toUpperCase()))) env[key] = value;
  }
  return { ...env, LC_ALL: 'C' };
}
