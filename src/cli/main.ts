/**
 * The ledgerlint command. This entry stays small: heavy modules are imported only
 * once the arguments say they are needed, so `--help` and the hook start fast.
 */
import { HELP, parseCommandLine, UsageError } from './args.js';
import { FORMAT_NAMES } from '../reporters/names.js';
import { guardIo, type CliIo, type ProcessIo } from './io.js';

declare const LEDGERLINT_VERSION: string;

export async function main(argv: readonly string[], processIo: ProcessIo): Promise<number> {
  const debug = argv.includes('--debug');
  let io = guardIo(processIo);
  // A hook's failure must never block the agent (exit code 2 would): it answers for itself.
  if (argv[0] === 'hook') {
    const { hookCommand } = await import('../agent/hook-command.js');
    return hookCommand(argv.slice(1), {
      io,
      stdin: processIo.stdin?.(),
      ...(processIo.workerScript ? { workerScript: processIo.workerScript } : {}),
    });
  }
  try {
    const args = parseCommandLine(argv, FORMAT_NAMES);
    if ('color' in args && args.color !== undefined) io = guardIo(processIo, args.color);
    if (args.command === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout.write(`${LEDGERLINT_VERSION}\n`);
      return 0;
    }
    if (args.command === 'init') {
      const { initCommand } = await import('./init-command.js');
      return await initCommand(args, io);
    }
    if (args.command === 'mcp') {
      const { mcpCommand } = await import('../agent/mcp/command.js');
      return await mcpCommand(args, processIo);
    }
    if (args.command === 'gate') {
      const { gateCommand } = await import('./gate-command.js');
      return await gateCommand(args, io);
    }
    const { lintCommand } = await import('./lint-command.js');
    return await lintCommand(args, io);
  } catch (error) {
    return reportFailure(error, debug, io);
  }
}

async function reportFailure(error: unknown, debug: boolean, io: CliIo): Promise<number> {
  const { ConfigError } = await import('../core/config/resolve.js');
  if (error instanceof UsageError || error instanceof ConfigError) {
    io.stderr.write(`ledgerlint: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`ledgerlint: internal error: ${message}\n`);
    if (!debug) io.stderr.write('Run again with --debug to see the stack trace, and please report it.\n');
  }
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 2;
}
