import { trimEndOf } from '../core/text/names.js';
import type { FileResult } from '../core/model/results.js';

export interface ReportContext {
  color: boolean;
  cwd: string;
  /**
   * The top of the git repository the run was in (absolute, as git names it): github and
   * sarif name files from it, as GitHub resolves them. Absent outside a repository.
   */
  root?: string;
}

/** Turns results into the text a front door prints. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;

/**
 * The result's file, `/`-separated, from the repository's top when it lies inside it, else as
 * displayed (relative to the working directory): what GitHub needs for annotations and SARIF.
 */
export function pathFromRoot(result: FileResult, root: string | undefined): string {
  if (root === undefined) return result.displayPath;
  const file = result.filePath.replaceAll('\\', '/');
  const top = trimEndOf(root.replaceAll('\\', '/'), '/');
  return file.startsWith(`${top}/`) ? file.slice(top.length + 1) : result.displayPath;
}
