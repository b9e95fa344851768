/**
 * `ledgerlint mcp`: serves the repository it is started in over stdio until the client
 * closes stdin. Only protocol messages go to stdout; anything else ledgerlint has to
 * say goes to stderr.
 */
import { resolve } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { McpArgs } from '../../cli/args.js';
import { UsageError } from '../../cli/args.js';
import type { ProcessIo } from '../../cli/io.js';
import { GitClient } from '../../git/client.js';
import { openRepo } from '../../git/repo.js';
import { ledgerlintServer } from './server.js';

export async function mcpCommand(args: McpArgs, io: ProcessIo): Promise<number> {
  const stdio = io.streams?.();
  if (!stdio) throw new UsageError('mcp: no standard input and output to serve on.');
  const repo = await openRepo(new GitClient(io.cwd));
  const root = repo?.root ?? io.cwd;
  const server = ledgerlintServer({
    root,
    configFile: args.config === undefined ? undefined : resolve(io.cwd, args.config),
    workerScript: io.workerScript,
    packageDir: io.packageDir,
  });
  const transport = new StdioServerTransport(stdio.stdin, stdio.stdout);
  const closed = new Promise<void>((done) => {
    transport.onclose = done;
    stdio.stdin.once('end', () => void server.close());
  });
  await server.connect(transport);
  await closed;
  return 0;
}
