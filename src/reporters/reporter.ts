import type { FileResult } from '../runner/results.js';

export interface ReportContext {
  color: boolean;
  cwd: string;
}

/** Turns results into the text a front door prints. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
