/** YAML files of the user's, edited through yaml's document model so that comments and layout stay. */
import { isMap, isScalar, type Document } from 'yaml';

/** What became of a config: it runs ledgerlint already, the new text (and where the entry went), or why it cannot be edited. */
export type ConfigEdit =
  { kind: 'present' } | { kind: 'edited'; text: string; where: string } | { kind: 'problem'; why: string };

/** Why the document cannot be edited (not YAML, or not a mapping at the top), or null. */
export function yamlProblem(doc: Document, expected: string): string | null {
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    return `is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${error.message.split('\n')[0]}`;
  }
  return doc.contents === null || isMap(doc.contents) || isEmpty(doc.contents) ? null : `is not ${expected}`;
}

/** An entry with nothing in it (`key:` alone). */
export function isEmpty(node: unknown): boolean {
  return node === null || (isScalar(node) && (node.value === null || node.value === ''));
}

/** The document as text: sequences indented as the original's were, and no long line folded. */
export function yamlText(doc: Document, original: string | null): string {
  // `key:\n- item`, with the dash under the key, is the other common way of writing a list.
  const indentSeq = !/^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:\1[ \t]*#[^\n]*\n)*\1- /m.test(original ?? '');
  return doc.toString({ indentSeq, lineWidth: 0 });
}
