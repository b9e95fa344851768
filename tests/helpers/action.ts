/** Runs the bundled Action the way the runner does: INPUT_* variables, an event file, summary and output files. */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './cli.js';

export const ACTION = fileURLToPath(new URL('../../dist/action.js', import.meta.url));

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The workflow commands printed, parsed. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

export interface ActionOptions {
  workspace: string;
  eventName: string;
  event: object;
  /** Inputs by their action.yml names; the runner's INPUT_* names are formed from them. */
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
}

/** The runner upper-cases an input's name and turns spaces into underscores; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const DEFAULTS: Record<string, string> = {
  paths: '',
  config: '',
  mode: '',
  'fail-on': 'error',
  token: 'test-token',
  'sarif-file': '',
  summary: 'true',
  'deleted-ledgers': 'warn',
};

export async function runAction({
  workspace,
  eventName,
  event,
  inputs = {},
  env = {},
}: ActionOptions): Promise<ActionRun> {
  const files = tempDir();
  const eventPath = join(files, 'event.json');
  const summaryPath = join(files, 'summary.md');
  const outputPath = join(files, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputEnv = Object.fromEntries(
    Object.entries({ ...DEFAULTS, ...inputs }).map(([k, v]) => [inputVariable(k), v]),
  );
  const child = spawn(process.execPath, [ACTION], {
    cwd: workspace,
    env: {
      ...process.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_REPOSITORY: 'octo/ledgers',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: files,
      ...inputEnv,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    commands: parseCommands(stdout),
  };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

const unescape = (value: string) =>
  value.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseCommands(stdout: string): ActionRun['commands'] {
  return stdout
    .split('\n')
    .map((line) => /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      command: m[1]!,
      properties: Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]),
      ),
      message: unescape(m[3]!),
    }));
}
