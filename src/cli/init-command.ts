/** `ledgerlint init`: run each set-up the options ask for, then say what was done and how to undo it. */
import { fileURLToPath } from 'node:url';
import { GitClient, GitFailed } from '../git/client.js';
import { openRepo, type Repo } from '../git/repo.js';
import { CannotInstall, HuskyDeclined, setUpPreCommit, type SetupReport } from '../setup/pre-commit.js';
import { WORKFLOW_PATH, writeWorkflow } from '../setup/workflow.js';
import { UsageError, type InitArgs } from './args.js';
import type { CliIo } from './io.js';

type SetUp = (repo: Repo) => Promise<SetupReport>;

/** The set-ups the options ask for, in order. */
function setUps(args: InitArgs, io: CliIo): SetUp[] {
  const ownFile = fileURLToPath(import.meta.url);
  const steps: SetUp[] = [
    (repo) =>
      setUpPreCommit(repo, { ...(args.hooks ? { manager: args.hooks } : {}), cwd: io.cwd, ownFile, env: io.env }),
  ];
  if (args.ci) steps.push(ciWorkflow);
  if (args.agent === 'claude')
    steps.push(async (repo) =>
      (await import('../setup/agent-claude.js')).setUpClaude({ root: repo.root, cwd: io.cwd, ownFile, env: io.env }),
    );
  return steps;
}

export async function initCommand(args: InitArgs, io: CliIo): Promise<number> {
  const repo = await openRepo(new GitClient(io.cwd)).catch((error: unknown) => {
    throw error instanceof GitFailed ? new UsageError(`init: git cannot read the repository: ${error.detail}`) : error;
  });
  if (!repo) throw new UsageError('init: not in a git repository (run it where `git rev-parse` works).');
  // Each set-up is tried: one refused (exit 2) does not keep the others from being done and said.
  const report: SetupReport = { done: [], undo: [], advice: [] };
  const refused: string[] = [];
  for (const step of setUps(args, io)) {
    try {
      const done = await step(repo);
      report.done.push(...done.done);
      report.undo.push(...done.undo);
      report.advice.push(...done.advice);
    } catch (error) {
      refused.push(refusal(error));
    }
  }
  if (report.done.length > 0) {
    const lines = ['ledgerlint init:', ...report.done.map((d) => `  ✔ ${d}`)];
    if (report.advice.length > 0) lines.push('', ...report.advice.map((a) => `  ! ${a}`));
    if (report.undo.length > 0) lines.push('', 'To undo:', ...report.undo.map((u) => `  ${u}`));
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  for (const message of refused) io.stderr.write(`ledgerlint: init: ${message}.\n`);
  return refused.length > 0 ? 2 : 0;
}

async function ciWorkflow(repo: Repo): Promise<SetupReport> {
  const outcome = await writeWorkflow(repo.root);
  return outcome === 'written'
    ? {
        done: [`wrote ${WORKFLOW_PATH}: the ledgerlint Action on pull requests and merge queues`],
        undo: [`rm ${WORKFLOW_PATH}`],
        advice: [],
      }
    : { done: [`${WORKFLOW_PATH} already exists; left as it is`], undo: [], advice: [] };
}

/** What a set-up's refusal says to the user; anything else is no refusal, and goes on up. */
function refusal(error: unknown): string {
  if (error instanceof CannotInstall) return error.message;
  if (!(error instanceof HuskyDeclined)) throw error;
  const hint = error.message.startsWith('HUSKY=0') ? ' (HUSKY=0 is set: unset it and run ledgerlint init again)' : '';
  return `husky did not install the hooks: ${error.message}${hint}`;
}
