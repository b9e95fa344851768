/**
 * The GitHub Action: a required pull-request check. It gathers input (the event,
 * the changed ledgers, the inputs), runs the same checks as the CLI, and reports
 * through annotations, the job summary, outputs, SARIF and a JSON report.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { ConfigError } from '../core/config/resolve.js';
import { isObjectId } from '../core/text/sha.js';
import { plural } from '../core/text/wording.js';
import { ANNOTATIONS_PER_STEP, workflowCommand } from '../reporters/github.js';
import { safeOutput, showControlCharacters } from '../reporters/safe-output.js';
import { json } from '../reporters/json.js';
import { sarif } from '../reporters/sarif.js';
import { summaryMarkdown } from '../reporters/summary.js';
import { checkFiles, type CheckRun } from '../runner/check-files.js';
import { totals, type FileResult } from '../core/model/results.js';
import { selectAnnotations } from './annotations.js';
import { readEvent, type EventInfo } from './event.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { deletedResults, scopeOf, type Scope } from './scope.js';

// Events that run with the base repository's write token and secrets, and whose workflows often check out a pull request's code.
const PRIVILEGED_EVENTS = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);
const privileged = (event: string) =>
  `on ${event} the job holds a write token and the repository's secrets while the checkout may be a pull request's. Use a JSON or YAML config (ledgerlint.config.json, .ledgerlintrc.yaml, …), or run the Action on pull_request.`;

export async function runAction(workerScript?: URL): Promise<void> {
  const inputs = readInputs();
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const event = readEvent(github.context);
  const config = await loadConfig(workspace, inputs.config, {
    root: workspace,
    ...(PRIVILEGED_EVENTS.has(event.name) ? { codeRefused: privileged(event.name) } : {}),
  });
  const scope = await scopeOf(inputs, event, config, workspace);
  const [run, deleted] = await Promise.all([
    checkFiles({
      cwd: workspace,
      patterns: scope.mode === 'all' ? inputs.paths : [],
      config,
      // A pull request can commit symlinks: what they lead to outside the workspace is no ledger of it, and would be quoted in public.
      confine: workspace,
      // A shallow checkout lacks the commits ledgers link to: fetched before one is said to be missing or unverifiable.
      fetchMissing: true,
      ...(workerScript ? { workerScript } : {}),
      ...(scope.files ? { files: scope.files } : {}),
      ...(scope.previous ? { previous: scope.previous } : {}),
    }),
    deletedResults(scope, inputs, config, workspace),
  ]);
  const results = [...run.results, ...deleted].sort((a, b) =>
    a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0,
  );
  await report(
    { ...run, results, problems: [...(scope.unknown ? [scope.unknown] : []), ...run.problems] },
    { scope, inputs, workspace, event, deleted },
  );
}

/** Annotations, the job summary, SARIF, the JSON report, outputs, and the step's outcome. */
async function report(
  run: Pick<CheckRun, 'results' | 'problems' | 'warnings'>,
  context: { scope: Scope; inputs: ActionInputs; workspace: string; event: EventInfo; deleted: FileResult[] },
): Promise<void> {
  const { scope, inputs, workspace, event, deleted } = context;
  // core escapes what would end a command early; the symbols keep a terminal reading the raw log from acting on the rest.
  for (const problem of run.problems) core.error(showControlCharacters(`ledgerlint: ${problem}`));
  for (const warning of run.warnings) core.warning(showControlCharacters(`ledgerlint: ${warning}`));

  const { errors, warnings } = totals(run.results);
  const failing = run.problems.length > 0 || errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
  // The step's failure message and its own errors and warnings are annotations too.
  const budget = {
    error: ANNOTATIONS_PER_STEP - run.problems.length - (failing ? 1 : 0),
    warning: ANNOTATIONS_PER_STEP - run.warnings.length - scope.warnings,
  };
  const { annotations, omitted } = selectAnnotations(run.results, scope.changes?.lines ?? null, budget);
  for (const annotation of annotations)
    process.stdout.write(safeOutput(`${workflowCommand(annotation)}\n`, 'commands'));
  const footnote =
    omitted > 0
      ? `GitHub shows at most ten error and ten warning annotations per step: ${plural(omitted, 'finding')} above ${omitted === 1 ? 'is' : 'are'} not annotated on the ledger lines.`
      : undefined;
  if (omitted > 0)
    core.notice(
      `ledgerlint: ${plural(omitted, 'more finding')} than GitHub annotates; see the job summary, or the JSON report (the report output) for all of them.`,
    );

  if (inputs.summary) {
    try {
      const links = fileLinks(event, deleted);
      await core.summary
        .addRaw(
          summaryMarkdown(run.results, {
            scope: scope.line,
            ...(footnote ? { footnote } : {}),
            ...(links ? { links } : {}),
          }),
        )
        .write();
    } catch (error) {
      core.warning(`ledgerlint: could not write the job summary: ${(error as Error).message}`);
    }
  }
  if (inputs.sarifFile) {
    const target = isAbsolute(inputs.sarifFile) ? inputs.sarifFile : join(workspace, inputs.sarifFile);
    await writeFile(target, sarif(run.results, { color: false, cwd: workspace }));
  }
  const reportFile = join(process.env.RUNNER_TEMP ?? tmpdir(), 'ledgerlint-report.json');
  await writeFile(reportFile, json(run.results, { color: false, cwd: workspace }));

  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('ledgers', run.results.length);
  core.setOutput('report', reportFile);

  if (run.problems.length > 0)
    core.setFailed(showControlCharacters(`ledgerlint could not check everything: ${run.problems.join('; ')}`));
  else if (failing)
    core.setFailed(
      `ledgerlint found ${plural(errors, 'error')} and ${plural(warnings, 'warning')} (fail-on: ${inputs.failOn}).`,
    );
}

/** Where the summary links a ledger's lines: the file at the head commit, on this server (GitHub Enterprise too); not the deleted ones. */
function fileLinks(
  event: EventInfo,
  deleted: readonly FileResult[],
): { blobUrl: string; unlinked: Set<string> } | null {
  const sha = event.head ?? process.env.GITHUB_SHA ?? '';
  if (!isObjectId(sha) || !process.env.GITHUB_REPOSITORY) return null;
  const { owner, repo } = github.context.repo;
  return {
    blobUrl: `${github.context.serverUrl}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/blob/${sha}/`,
    unlinked: new Set(deleted.map((r) => r.displayPath)),
  };
}

/** workerScript: the bundled worker next to the entry (only the entry knows where it is). */
export async function main(workerScript?: URL): Promise<void> {
  try {
    await runAction(workerScript);
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError;
    core.setFailed(
      showControlCharacters(
        `ledgerlint: ${known ? '' : 'internal error: '}${(error as Error).message ?? String(error)}`,
      ),
    );
    if (!known && error instanceof Error && error.stack) core.debug(error.stack);
  }
}
