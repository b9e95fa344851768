/**
 * `ledgerlint mcp`: ledgerlint as an MCP server (the official TypeScript SDK). Tools lint,
 * gate, fix and explain, their inputs validated by zod schemas; the repository's ledgers
 * as resources, `ledger:///<path from the top>`.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod/mini';
import { described } from '../../core/zod.js';
import { explainTool, fixTool, gateTool, ledgerList, ledgerText, lintTool, Refused, type Repository } from './tools.js';

declare const LEDGERLINT_VERSION: string;

const INSTRUCTIONS =
  'ledgerlint checks feature ledgers (PRD and feature ledgers, plans, task lists, progress logs): their progress claims against their boxes, ' +
  'statuses against the work, linked commits and key files against the repository. Before marking a ledger complete, call gate; after editing one, ' +
  'call lint; for derived numbers (progress counts, session count) call fix instead of editing them by hand. Paths are relative to the repository.';

const paths = described(
  z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  'Files, directories or globs, relative to the repository top',
);

export function ledgerlintServer(repo: Repository): McpServer {
  const server = new McpServer({ name: 'ledgerlint', version: LEDGERLINT_VERSION }, { instructions: INSTRUCTIONS });
  const readOnly = { readOnlyHint: true, openWorldHint: false };

  server.registerTool(
    'lint',
    {
      title: 'Lint ledgers',
      description:
        'Check ledgers: every contradiction, with its line, rule and whether fix corrects it. Give paths, or text (a ledger as you are about to write it) with the path it will have.',
      inputSchema: {
        paths: z.optional(paths),
        text: z.optional(described(z.string(), 'A ledger to check as written, instead of paths')),
        path: z.optional(
          described(
            z.string().check(z.minLength(1)),
            'With text: the path it has or will have (its profile may depend on it); default ledger.md',
          ),
        ),
      },
      annotations: readOnly,
    },
    (args) => answer(() => lintTool(repo, args)),
  );
  server.registerTool(
    'gate',
    {
      title: 'May this ledger be marked complete?',
      description:
        'Whether the ledger may be marked complete now; if not, every reason (open tasks, unticked checklist items, progress claims short of 100%, missing commits or files), each with its line.',
      inputSchema: {
        ledger: described(z.string().check(z.minLength(1)), 'The ledger, relative to the repository top'),
      },
      annotations: readOnly,
    },
    (args) => answer(() => gateTool(repo, args)),
  );
  server.registerTool(
    'fix',
    {
      title: 'Fix derived numbers',
      description:
        'Recompute what a ledger derives (progress counts and percentages, the session count, stray ✓ marks): a unified diff by default, written to the files with apply. It never ticks a box or changes a status.',
      inputSchema: { paths, apply: z.optional(described(z.boolean(), 'Write the fixes (default: false, a dry run)')) },
      annotations: { destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    (args) => answer(() => fixTool(repo, args)),
  );
  server.registerTool(
    'explain',
    {
      title: 'Explain a rule',
      description: "A rule's documentation: what it checks, why, and examples of what it reports.",
      inputSchema: {
        rule: described(
          z.string().check(z.minLength(1)),
          'A rule id, as findings name it (progress-math, completion-gate, …)',
        ),
      },
      annotations: readOnly,
    },
    (args) => answer(() => explainTool(repo, args)),
  );

  server.registerResource(
    'ledger',
    new ResourceTemplate('ledger:///{+path}', {
      list: async () => ({
        resources: (await ledgerList(repo)).map((l) => ({
          uri: `ledger:///${encodeURI(l.display)}`,
          name: l.display,
          description: `${l.profile} ledger`,
          mimeType: 'text/markdown',
        })),
      }),
    }),
    { title: 'Ledgers', description: "The repository's ledgers, as ledgerlint finds them", mimeType: 'text/markdown' },
    async (uri, { path }) => ({
      contents: [{ uri: uri.href, mimeType: 'text/markdown', text: await ledgerText(repo, decodeURI(String(path))) }],
    }),
  );
  return server;
}

/** A tool's answer: its JSON, or a refusal the agent can act on, as an error result. */
async function answer(run: () => Promise<string>): Promise<CallToolResult> {
  try {
    return { content: [{ type: 'text', text: await run() }] };
  } catch (error) {
    if (error instanceof Refused) return { isError: true, content: [{ type: 'text', text: error.message }] };
    throw error;
  }
}
