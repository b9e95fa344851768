/** The one place that knows remark: turns text into mdast, and walks it without recursion. */
import type { Nodes, Parents, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GFM as remark-gfm reads it, from the same extensions, less autolink literals: a bare
 * URL stays text, which is all a ledger rule reads from it either way, and finding them
 * (a tokenizer hook on every word plus a pass over every text node) was 30% of the parse.
 */
function gfmForLedgers(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  );
}

const processor = unified().use(remarkParse).use(gfmForLedgers).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * Visits nodes depth-first in document order. Iterative, because ledgers nested
 * thousands deep must not overflow the stack. Return false to skip a node's children.
 */
export function walk(root: Nodes, visit: (node: Nodes, parent: Parents | null) => boolean | void): void {
  const stack: Array<[Nodes, Parents | null]> = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (visit(node, parent) === false) continue;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, node]);
    }
  }
}

/** Plain text of a node (like mdast-util-to-string, iteratively). */
export function plainText(node: Nodes): string {
  let out = '';
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if (n.type === 'image' || n.type === 'imageReference') out += n.alt ?? '';
  });
  return out;
}
