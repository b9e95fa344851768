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
import picomatch from 'picomatch';
import { toPosixRelative } from '../files/discover.js';
import { loadConfig } from '../config/load.js';
import { ConfigError } from '../core/config/resolve.js';
import { plural } from '../core/text/wording.js';
import { GitClient } from '../git/client.js';
import { workflowCommand } from '../reporters/github.js';
import { safeOutput, showControlCharacters } from '../reporters/safe-output.js';
import { json } from '../reporters/json.js';
import { sarif } from '../reporters/sarif.js';
import { summaryMarkdown } from '../reporters/summary.js';
import { checkFiles, type PreviousSource } from '../runner/check-files.js';
import { totals } from '../core/model/results.js';
import { ANNOTATION_LIMIT, selectAnnotations } from './annotations.js';
import { apiChanges, localChanges, type Changes } from './changes.js';
import { readEvent } from './event.js';
import { InputError, readInputs } from './inputs.js';

// Events that run with the base repository's write token and secrets, and whose workflows often check out a pull request's code.
const PRIVILEGED_EVENTS = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);
const privileged = (event: string) =>
  `on ${event} the job holds a write token and the repository's secrets while the checkout may be a pull request's. Use a JSON or YAML config (ledgerlint.config.json, .ledgerlintrc.yaml, …), or run the Action on pull_request.`;

export async function runAction(workerScript?: URL): Promise<void> {
  const inputs = readInputs();
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const event = readEvent(github.context);
  const config = await loadConfig(workspace, inputs.config, { root: workspace, ...(PRIVILEGED_EVENTS.has(event.name) ? { codeRefused: privileged(event.name) } : {}) });
  let mode = inputs.mode ?? event.defaultMode;
  let scope = `Checked all ledgers (${event.name} event).`;

  let changes: Changes | null = null;
  let ownWarnings = 0;
  let files: string[] | undefined;
  let previous: PreviousSource | undefined;
  if (mode === 'changed') {
    if (!event.base || !event.head) {
      core.warning(`ledgerlint: the ${event.name} event names no base and head commits to compare, so every ledger is checked (mode: all).`);
      ownWarnings++;
      mode = 'all';
    } else {
      changes = await changedFiles(workspace, inputs.token, event.base, event.head, event.pullNumber);
      const wanted = pathsFilter(inputs.paths.length > 0 ? inputs.paths : (config.prepared.include ?? []));
      const configPath = (path: string) => toPosixRelative(config.baseDir, join(workspace, path));
      files = changes.files.filter((f) => config.prepared.isLedgerPath(configPath(f.path)) && wanted(f.path)).map((f) => join(workspace, f.path));
      previous = { label: `the base branch (${event.base.slice(0, 7)})`, read: changes.previous };
      scope = `Checked the ${plural(files.length, 'changed markdown file')} of ${event.base.slice(0, 7)}...${event.head.slice(0, 7)} (changes from ${changes.source}).`;
    }
  }

  const run = await checkFiles({
    cwd: workspace,
    patterns: mode === 'all' ? inputs.paths : [],
    config,
    // A pull request can commit symlinks: what they lead to outside the workspace is no ledger of it, and would be quoted in public.
    confine: workspace,
    ...(workerScript ? { workerScript } : {}),
    ...(files ? { files } : {}),
    ...(previous ? { previous } : {}),
  });
  // core escapes what would end a command early; the symbols keep a terminal reading the raw log from acting on the rest.
  for (const problem of run.problems) core.error(showControlCharacters(`ledgerlint: ${problem}`));
  for (const warning of run.warnings) core.warning(showControlCharacters(`ledgerlint: ${warning}`));

  const { errors, warnings } = totals(run.results);
  const failing = run.problems.length > 0 || errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
  // The step's failure message and its own errors and warnings are annotations too.
  const budget = { error: ANNOTATION_LIMIT - run.problems.length - (failing ? 1 : 0), warning: ANNOTATION_LIMIT - run.warnings.length - ownWarnings };
  const { annotations, omitted } = selectAnnotations(run.results, changes?.lines ?? null, budget);
  for (const annotation of annotations) process.stdout.write(safeOutput(`${workflowCommand(annotation)}\n`, 'commands'));
  const footnote = omitted > 0 ? `GitHub shows at most ten error and ten warning annotations per step: ${plural(omitted, 'finding')} above ${omitted === 1 ? 'is' : 'are'} not annotated on the ledger lines.` : undefined;
  if (omitted > 0) core.notice(`ledgerlint: ${plural(omitted, 'more finding')} than GitHub annotates; see the job summary, or the JSON report (the report output) for all of them.`);

  if (inputs.summary) {
    try {
      await core.summary.addRaw(summaryMarkdown(run.results, { scope, ...(footnote ? { footnote } : {}) })).write();
    } catch (error) {
      core.warning(`ledgerlint: could not write the job summary: ${(error as Error).message}`);
    }
  }
  if (inputs.sarifFile) {
    const target = isAbsolute(inputs.sarifFile) ? inputs.sarifFile : join(workspace, inputs.sarifFile);
    await writeFile(target, sarif(run.results, { color: false, cwd: workspace }));
  }
  const report = join(process.env.RUNNER_TEMP ?? tmpdir(), 'ledgerlint-report.json');
  await writeFile(report, json(run.results, { color: false, cwd: workspace }));

  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('ledgers', run.results.length);
  core.setOutput('report', report);

  if (run.problems.length > 0) core.setFailed(showControlCharacters(`ledgerlint could not check everything: ${run.problems.join('; ')}`));
  else if (failing) core.setFailed(`ledgerlint found ${plural(errors, 'error')} and ${plural(warnings, 'warning')} (fail-on: ${inputs.failOn}).`);
}

async function changedFiles(workspace: string, token: string, base: string, head: string, pullNumber: number | null): Promise<Changes> {
  const local = await localChanges(new GitClient(workspace), base, head).catch(() => null);
  if (local) return local;
  core.info('ledgerlint: the base or head commit is not in this clone (a shallow checkout?); asking the GitHub API which files changed.');
  if (!token) throw new InputError('input "token": needed to ask the GitHub API which files changed, because the clone lacks the base or head commit (or use actions/checkout with fetch-depth: 0)');
  return apiChanges(github.getOctokit(token), github.context.repo, base, head, pullNumber);
}

/** Globs relative to the workspace; none means every path. */
function pathsFilter(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => true;
  return picomatch([...globs], { dot: true });
}

/** workerScript: the bundled worker next to the entry (only the entry knows where it is). */
export async function main(workerScript?: URL): Promise<void> {
  try {
    await runAction(workerScript);
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError;
    core.setFailed(showControlCharacters(`ledgerlint: ${known ? '' : 'internal error: '}${(error as Error).message ?? String(error)}`));
    if (!known && error instanceof Error && error.stack) core.debug(error.stack);
  }
}
