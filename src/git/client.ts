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
];

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
    return this.instance(input, env).raw([...args]).catch((error: unknown) => this.failed(error));
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
    if (/\bENOENT\b/.test(String((error as Error)?.message ?? error))) this.missing = true;
    throw error;
  }

  private instance(input: string | undefined, env?: Record<string, string>): SimpleGit {
    const git = simpleGit({
      baseDir: this.baseDir,
      maxConcurrentProcesses: 4,
      allowEnvironment: REPOSITORY_STATE,
      ...(input === undefined ? {} : { input: () => input }),
    });
    return env ? git.env(withVariables(env)) : git;
  }
}

// What simple-git refuses when set explicitly (rather than inherited, which it drops): GIT_*, and editors, pagers and the like.
const GUARDED = /^(git.*|editor|visual|pager|prefix|ssh_askpass)$/i;

/** The inherited environment simple-git would pass on, with these repository variables set. */
function withVariables(set: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && (REPOSITORY_STATE.includes(name) || !GUARDED.test(name))) env[name] = value;
  }
  return { ...env, ...set };
}
