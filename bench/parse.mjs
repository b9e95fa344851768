#!/usr/bin/env node
// Where a ledger's parse goes (bench/LIMITS.md): micromark and mdast-util-from-markdown as
// ledgerlint runs them (src/core/parse/markdown.ts: GFM less autolink literals), against plain
// CommonMark and against micromark's tokenizer alone, on generated prd ledgers. Run by hand:
//
//   node bench/parse.mjs [--n 250] [--rounds 3]
//
// Each round parses every ledger once in this process; the first round includes the engine
// warming up. Nothing in the repository is written.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { parse, postprocess, preprocess } from 'micromark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { generateCorpus } from './corpus.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const n = option('--n', 250);
const rounds = option('--rounds', 3);

const repo = mkdtempSync(join(tmpdir(), 'ledgerlint-parse-'));
try {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const corpus = await generateCorpus({ repo, n, seed: 1, env, only: 'prd' });
  const texts = corpus.ledgers.map((l) => readFileSync(join(repo, l.path), 'utf8'));
  const kb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024;
  console.log(`${texts.length} prd ledgers, ${(kb / texts.length).toFixed(1)} KB on average, node ${process.version}`);

  const micromarkExtensions = [gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote()];
  const mdastExtensions = [
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  ];
  const ways = {
    'as ledgerlint parses (tokens and tree, GFM less autolinks)': (text) =>
      fromMarkdown(text, { extensions: micromarkExtensions, mdastExtensions }),
    'plain CommonMark (tokens and tree)': (text) => fromMarkdown(text),
    'tokens only (micromark, same extensions)': (text) =>
      postprocess(
        parse({ extensions: micromarkExtensions })
          .document()
          .write(preprocess()(text, undefined, true)),
      ),
  };
  for (let round = 1; round <= rounds; round++)
    for (const [name, way] of Object.entries(ways)) {
      const start = performance.now();
      for (const text of texts) way(text);
      const ms = performance.now() - start;
      console.log(
        `round ${round}: ${name}: ${(ms / texts.length).toFixed(2)} ms a ledger, ${Math.round(kb / (ms / 1000))} KB/s`,
      );
    }
} finally {
  rmSync(repo, { recursive: true, force: true });
}
