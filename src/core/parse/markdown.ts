/** The one place that knows remark: turns text into mdast, and walks it without recursion. */
import type { Nodes, Parents, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

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
