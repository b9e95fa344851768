/** What --fix would change, as a unified diff (git's a/ and b/ paths, no timestamps). */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { FileResult } from '../core/model/results.js';

export function unifiedDiff(results: readonly FileResult[]): string {
  return results
    .filter((r) => r.output !== undefined && r.source !== undefined)
    .map((r) =>
      createTwoFilesPatch(`a/${r.displayPath}`, `b/${r.displayPath}`, r.source!, r.output!, undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY,
      }),
    )
    .join('');
}
