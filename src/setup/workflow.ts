/** `ledgerlint init --ci`: a GitHub workflow running the Action as a pull-request check. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { actionRef } from './release-pins.js';

declare const LEDGERLINT_VERSION: string;

export const WORKFLOW_PATH = '.github/workflows/ledgerlint.yml';

export function workflowText(version: string): string {
  return `name: ledgerlint

on:
  pull_request:
  merge_group: # needed when the check gates a merge queue

permissions:
  contents: read
  pull-requests: read # only for the API fallback on shallow clones

jobs:
  ledgers:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # full history: linked commits can be verified
      - uses: ${actionRef(version)}
        # with:
        #   fail-on: warning
        #   paths: |
        #     .ai/ledgers/*.md
`;
}

/** Writes the workflow unless one is there; says which. */
export async function writeWorkflow(root: string): Promise<'written' | 'exists'> {
  const target = join(root, WORKFLOW_PATH);
  if (existsSync(target)) return 'exists';
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, workflowText(LEDGERLINT_VERSION));
  return 'written';
}
