/**
 * The MCP server's tools and resources, over one repository: every path an agent gives
 * is read from the repository's top and must stay inside it (no `..`, no absolute path
 * elsewhere, no symbolic link out of it or into .git); the config is read afresh for each
 * call, as a CLI run would read it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { RULES_BY_ID } from '../../core/rules/index.js';
import { closest } from '../../core/text/wording.js';
import { isUnder, whereaboutsIn } from '../../files/inside.js';
import { unifiedDiff } from '../../reporters/diff.js';
import { fixReport, gateReport, lintReport } from '../../reporters/mcp.js';
import { checkFiles, type CheckRequest } from '../../runner/check-files.js';
import { listLedgers, type ListedLedger } from '../../runner/ledger-list.js';
import { ledgerProfile } from '../../runner/ledger-profile.js';

export interface Repository {
  /** The repository's top (or the directory the server was started in, outside one). */
  root: string;
  /** A config file given with --config. */
  configFile?: string | undefined;
  workerScript?: URL | undefined;
  /** Where docs/rules/*.md ship. */
  packageDir?: URL | undefined;
}

/** A refusal the agent can act on: the tool answers with it as an error. */
export class Refused extends Error {}

export async function lintTool(
  repo: Repository,
  { paths, text, path }: { paths?: string[] | undefined; text?: string | undefined; path?: string | undefined },
): Promise<string> {
  if ((paths === undefined) === (text === undefined))
    throw new Refused(
      'give either paths (files, directories or globs in the repository) or text (a ledger to check as it is written), not both and not neither',
    );
  if (text !== undefined) {
    const file = inside(repo.root, path ?? 'ledger.md');
    return lintReport(await check(repo, { patterns: [], files: [file], texts: new Map([[file, text]]) }));
  }
  return lintReport(await check(repo, { patterns: patternsInside(repo.root, paths!) }));
}

export async function gateTool(repo: Repository, { ledger }: { ledger: string }): Promise<string> {
  const run = await check(repo, { patterns: patternsInside(repo.root, [ledger]), purpose: 'gate' });
  if (run.results.length === 0 && run.problems.length === 0)
    throw new Refused(`${ledger} is not a ledger, so there is nothing to gate${notesOn(run.notes)}`);
  return gateReport(run);
}

export async function fixTool(
  repo: Repository,
  { paths, apply }: { paths: string[]; apply?: boolean | undefined },
): Promise<string> {
  const run = await check(repo, { patterns: patternsInside(repo.root, paths), fix: apply ? 'write' : 'dry-run' });
  return fixReport(run, unifiedDiff(run.results), apply === true);
}

export async function explainTool(repo: Repository, { rule }: { rule: string }): Promise<string> {
  const known = RULES_BY_ID.get(rule);
  if (!known) {
    const meant = closest(rule, [...RULES_BY_ID.keys()]);
    throw new Refused(
      `no rule "${rule}"${meant ? `; did you mean ${meant}?` : ''} (rules: ${[...RULES_BY_ID.keys()].join(', ')})`,
    );
  }
  const page = repo.packageDir
    ? await readFile(new URL(`docs/rules/${rule}.md`, repo.packageDir), 'utf8').catch(() => null)
    : null;
  return page ?? `# ${rule}\n\n${known.meta.description}\n`;
}

export async function ledgerList(repo: Repository): Promise<ListedLedger[]> {
  return listLedgers(repo.root, await loadConfig(repo.root, repo.configFile));
}

/** A ledger's text, by its path in the repository. */
export async function ledgerText(repo: Repository, path: string): Promise<string> {
  const file = inside(repo.root, path);
  if (whereaboutsIn(repo.root, { everyFile: true })(file) !== 'inside')
    throw new Refused(`${path} leads out of the repository or into .git; not read`);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Refused(`${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (!ledgerProfile(await loadConfig(repo.root, repo.configFile), file, text))
    throw new Refused(`${path} is not a ledger`);
  return text;
}

async function check(repo: Repository, request: Omit<CheckRequest, 'cwd' | 'config' | 'confine' | 'workerScript'>) {
  const config = await loadConfig(repo.root, repo.configFile);
  return checkFiles({
    ...request,
    cwd: repo.root,
    config,
    confine: repo.root,
    ...(repo.workerScript ? { workerScript: repo.workerScript } : {}),
  });
}

/** An absolute path in the repository, from a path relative to its top (or absolute inside it). */
function inside(root: string, path: string): string {
  const file = resolve(root, path);
  if (!isUnder(root, file))
    throw new Refused(`${path} is outside the repository (${root}); ledgerlint mcp reads only files in it`);
  return file;
}

/** Paths, directories and globs that cannot reach out of the repository. */
function patternsInside(root: string, patterns: readonly string[]): string[] {
  if (patterns.length === 0) throw new Refused('give at least one path');
  for (const pattern of patterns) {
    if (/(?:^|[\\/{,])\.\.(?:[\\/},]|$)/.test(pattern))
      throw new Refused(`${pattern}: ".." may lead out of the repository; give paths from its top (${root})`);
    const file = resolve(root, pattern);
    if (file !== root && !isUnder(root, file))
      throw new Refused(`${pattern} is outside the repository (${root}); ledgerlint mcp reads only files in it`);
  }
  return [...patterns];
}

function notesOn(notes: readonly string[]): string {
  return notes.length > 0 ? ` (${notes.join(' ')})` : '';
}
