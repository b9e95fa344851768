/**
 * `init --hooks pre-commit` (pre-commit.com): a `repo: local` hook in .pre-commit-config.yaml
 * running the ledgerlint the project has (language: system, so pre-commit builds nothing and
 * needs no network), and pre-commit's git hook installed when this clone lacks it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';
import { hookOwner } from './detect-manager.js';
import type { HookContext } from './hook-context.js';
import { readIfThere, shownPath, writeSetupFile } from './hook-file.js';
import { findTool, shellQuoted, type Invocation } from './invocation.js';
import { CannotInstall, emptyReport, type SetupReport } from './setup-report.js';
import { isEmpty, yamlProblem, yamlText, type ConfigEdit } from './yaml-edit.js';

export const PRE_COMMIT_CONFIG = '.pre-commit-config.yaml';

export async function setUpPreCommitFramework(context: HookContext): Promise<SetupReport> {
  const root = context.repo.root;
  const entry = preCommitEntry(context.invocation);
  const installed = hookOwner(context.facts.installedHook) === 'pre-commit';
  const preCommit = installed ? null : findTool('pre-commit', root, root, context.env);
  if (!installed && !preCommit) {
    throw new CannotInstall(
      `pre-commit's git hook is not installed in this clone and no pre-commit can be found to install it: install pre-commit (pipx install pre-commit, or your system's package), then run ledgerlint init again; or choose another way: ledgerlint init --hooks git`,
    );
  }
  const report = emptyReport();
  const edit = withLocalHook(await readIfThere(join(root, PRE_COMMIT_CONFIG)), entry);
  if (edit.kind === 'problem')
    throw new CannotInstall(`${PRE_COMMIT_CONFIG} ${edit.why}; add a hook with entry \`${entry}\` to it yourself`);
  if (edit.kind === 'present') {
    report.done.push(`${PRE_COMMIT_CONFIG} already has a ledgerlint hook; nothing to change`);
  } else {
    await writeSetupFile(join(root, PRE_COMMIT_CONFIG), edit.text, PRE_COMMIT_CONFIG);
    report.done.push(`${PRE_COMMIT_CONFIG} runs \`${entry}\` (a local hook, language: system)`);
    report.undo.push(`remove the repo: local entry with the ledgerlint hook from ${PRE_COMMIT_CONFIG}`);
    report.advice.push(
      `git add ${PRE_COMMIT_CONFIG}: pre-commit refuses commits while its config has unstaged changes`,
    );
  }
  if (preCommit) {
    const run = spawnSync(preCommit, ['install'], { cwd: root, env: context.env, encoding: 'utf8', timeout: 60_000 });
    const hook = await readIfThere(context.hookFile);
    if (run.status !== 0 || hookOwner(hook) !== 'pre-commit') {
      const said = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(-2).join(' / ');
      throw new CannotInstall(
        `${PRE_COMMIT_CONFIG} now runs ledgerlint, but \`pre-commit install\` did not install pre-commit's hook${said ? ` (${said})` : ''}: run pre-commit install`,
      );
    }
    report.done.push(`ran pre-commit install: ${shownPath(root, context.hookFile)} runs pre-commit`);
    report.undo.push('pre-commit uninstall');
  }
  return report;
}

/** The hook's entry: pre-commit runs it without a shell, so a change of directory needs one. */
export function preCommitEntry(invocation: Pick<Invocation, 'dir' | 'program'>): string {
  const call = `${invocation.program} --staged`;
  return invocation.dir === '' ? call : `sh -c ${shellQuoted(`cd ${shellQuoted(invocation.dir)} && ${call}`)}`;
}

/** The config with a local ledgerlint hook added to its repos; present when any repo has a hook of that id. */
export function withLocalHook(text: string | null, entry: string): ConfigEdit {
  const doc = text === null || text.trim() === '' ? new Document({}) : parseDocument(text);
  const problem = yamlProblem(doc, 'a mapping with repos');
  if (problem) return { kind: 'problem', why: problem };
  const repos = doc.get('repos', true);
  if (repos !== undefined && !isSeq(repos) && !isEmpty(repos))
    return { kind: 'problem', why: 'has repos that are not a list' };
  const hooks = isSeq(repos)
    ? (repos.toJSON() as Array<{ hooks?: Array<{ id?: unknown }> }>).flatMap((r) =>
        Array.isArray(r?.hooks) ? r.hooks : [],
      )
    : [];
  if (hooks.some((hook) => hook?.id === 'ledgerlint')) return { kind: 'present' };
  // pass_filenames: false: ledgerlint --staged finds the staged ledgers itself, profile-named ones (not .md) too.
  // language: system, which pre-commit 4.4 calls unsupported (keeping system as an alias): older pre-commit and prek know only system.
  const local = doc.createNode({
    repo: 'local',
    hooks: [{ id: 'ledgerlint', name: 'ledgerlint', entry, language: 'system', pass_filenames: false }],
  });
  if (isSeq(repos)) repos.add(local);
  else doc.set('repos', doc.createNode([local]));
  return { kind: 'edited', text: yamlText(doc, text), where: 'repos › local › ledgerlint' };
}
