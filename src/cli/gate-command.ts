/** `ledgerlint gate LEDGER…`: may these ledgers be marked complete now, and if not, why not. */
import { loadConfig } from '../config/load.js';
import { plural } from '../core/text/wording.js';
import { paint } from '../reporters/colors.js';
import { json } from '../reporters/json.js';
import { checkFiles } from '../runner/check-files.js';
import type { FileResult } from '../core/model/results.js';
import type { GateArgs } from './args.js';
import { writeRunMessages, type CliIo } from './io.js';

export async function gateCommand(args: GateArgs, io: CliIo): Promise<number> {
  const config = await loadConfig(io.cwd, args.config);
  const run = await checkFiles({
    cwd: io.cwd,
    patterns: args.patterns,
    config,
    purpose: 'gate',
    ...(io.workerScript ? { workerScript: io.workerScript } : {}),
  });
  writeRunMessages(run, io, args.verbose);

  if (args.format === 'json') {
    const results = JSON.parse(json(run.results, { color: false, cwd: io.cwd })) as object[];
    io.stdout.write(
      `${JSON.stringify(results.map((r, i) => ({ ...r, ready: run.results[i]!.errorCount === 0 })))}\n`,
      'data',
    );
  } else {
    io.stdout.write(readiness(run.results, io.stdout.color));
  }
  if (run.problems.length > 0) return 2;
  if (run.results.length === 0) {
    // "Ready" would be a claim about nothing.
    io.stderr.write('ledgerlint: gate: none of the given paths is a ledger (see --verbose).\n');
    return 2;
  }
  return run.results.every((r) => r.errorCount === 0) ? 0 : 1;
}

function readiness(results: readonly FileResult[], color: boolean): string {
  const p = paint(color);
  let out = '';
  for (const result of results) {
    if (result.errorCount === 0) {
      out += `${p.green('✔')} ${result.displayPath}: ready to be marked complete.\n`;
      continue;
    }
    const also = result.warningCount > 0 ? `, and ${plural(result.warningCount, 'thing')} worth a look` : '';
    out += `${p.red('✖')} ${p.underline(result.displayPath)}: not ready to be marked complete (${plural(result.errorCount, 'reason')}${also}):\n`;
    const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of result.messages)
      out += `  ${p.dim(`${m.line}:${m.column}`.padEnd(width))}  ${m.severity === 1 ? `${p.yellow('(warning)')} ` : ''}${m.message}\n`;
  }
  return out;
}
