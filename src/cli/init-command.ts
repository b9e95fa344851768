/** `ledgerlint init`: set up the pre-commit hook and say what was done and how to undo it. */
import { GitClient, GitFailed } from '../git/client.js';
import { openRepo } from '../git/repo.js';
import { CannotInstall, HuskyDeclined, setUpPreCommit } from '../setup/pre-commit.js';
import { WORKFLOW_PATH, writeWorkflow } from '../setup/workflow.js';
import { UsageError, type InitArgs } from './args.js';
import type { CliIo } from './io.js';

export async function initCommand(args: InitArgs, io: CliIo): Promise<number> {
  const repo = await openRepo(new GitClient(io.cwd)).catch((error: unknown) => {
    throw error instanceof GitFailed ? new UsageError(`init: git cannot read the repository: ${error.detail}`) : error;
  });
  if (!repo) throw new UsageError('init: not in a git repository (run it where `git rev-parse` works).');
  let report;
  try {
    report = await setUpPreCommit(repo);
  } catch (error) {
    if (error instanceof CannotInstall) throw new UsageError(`init: ${error.message}.`);
    if (!(error instanceof HuskyDeclined)) throw error;
    const hint = error.message.startsWith('HUSKY=0') ? ' (HUSKY=0 is set: unset it and run ledgerlint init again)' : '';
    throw new UsageError(`init: husky did not install the hooks: ${error.message}${hint}.`);
  }
  if (args.ci) {
    const outcome = await writeWorkflow(repo.root);
    report.done.push(outcome === 'written' ? `wrote ${WORKFLOW_PATH}: the ledgerlint Action on pull requests and merge queues` : `${WORKFLOW_PATH} already exists; left as it is`);
    if (outcome === 'written') report.undo.push(`rm ${WORKFLOW_PATH}`);
  }
  const lines = ['ledgerlint init:', ...report.done.map((d) => `  ✔ ${d}`)];
  if (report.advice.length > 0) lines.push('', ...report.advice.map((a) => `  ! ${a}`));
  if (report.undo.length > 0) lines.push('', 'To undo:', ...report.undo.map((u) => `  ${u}`));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
