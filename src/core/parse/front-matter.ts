/** YAML front matter: found by line scan, read with the `yaml` library, never handed to remark. */
import { isMap, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import type { Field, FrontMatter } from '../model/document.js';
import { nameKey } from '../text/names.js';
import { type Lines } from '../text/lines.js';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  fields: Field[];
}

/** Front matter is a `---` first line and a closing `---` or `...` line. */
export function findFrontMatter(lines: Lines): { startLine: number; endLine: number } | null {
  if (lines.text[0]?.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.text.length; i++) {
    const line = lines.text[i]!.trimEnd();
    if (line === '---' || line === '...') return { startLine: 1, endLine: i + 1 };
  }
  return null;
}

export function readFrontMatter(
  source: string,
  lines: Lines,
  span: { startLine: number; endLine: number },
): FrontMatterResult {
  const bodyStart = lines.starts[1] ?? source.length;
  const bodyEnd = lines.starts[span.endLine - 1] ?? source.length;
  // The yaml library ends lines only at LF; a lone CR becomes one, which keeps every offset.
  const yamlText = source.slice(bodyStart, bodyEnd).replace(/\r(?!\n)/g, '\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const frontMatter: FrontMatter = { ...span, error: null };
  const fields: Field[] = [];
  const firstError = doc.errors[0];
  if (firstError) {
    const at = counter.linePos(firstError.pos[0]);
    frontMatter.error = {
      message: firstError.message.split('\n')[0] ?? 'invalid YAML',
      line: at.line + 1,
      column: at.col,
    };
    return { frontMatter, fields };
  }
  if (!isMap(doc.contents)) return { frontMatter, fields };
  // Nested maps are read too (GSD's `progress:` block): each scalar keeps its path from the top.
  const maps: Array<{ map: YAMLMap; path: string }> = [{ map: doc.contents, path: '' }];
  while (maps.length > 0) {
    const { map, path } = maps.shift()!;
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      const at = path ? `${path}.${name}` : name;
      if (isMap(pair.value) && at.split('.').length < 3) maps.push({ map: pair.value, path: at });
      if (!isScalar(pair.value)) continue;
      const keyAt = counter.linePos(pair.key.range?.[0] ?? 0);
      const valueAt = counter.linePos(pair.value.range?.[0] ?? 0);
      fields.push({
        name,
        key: nameKey(name),
        // The YAML 1.2 core schema keeps dates as strings, so values read as written.
        value: String(pair.value.value ?? '').trim(),
        line: keyAt.line + 1,
        column: keyAt.col,
        valueColumn: valueAt.col,
        source: 'front-matter',
        ...(path ? { path: at } : {}),
      });
    }
  }
  fields.sort((a, b) => a.line - b.line);
  return { frontMatter, fields };
}
