import type { FileResult } from '../core/model/results.js';

export interface ReportContext {
  color: boolean;
  cwd: string;
}

/** Turns results into the text a front door prints. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
