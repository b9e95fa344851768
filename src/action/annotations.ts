/**
 * GitHub shows at most 10 error and 10 warning annotations per step: pick the
 * most relevant (on lines the change touched first, then in file order) and
 * count the rest, which the job summary lists.
 */
import { annotationFor, ANNOTATIONS_PER_STEP, type Annotation } from '../reporters/github.js';
import type { FileResult } from '../core/model/results.js';

export interface Selection {
  annotations: Annotation[];
  omitted: number;
}

/** Budgets below ten leave room for the step's own annotations (its failure message, run warnings). */
export function selectAnnotations(
  results: readonly FileResult[],
  changedLines: ReadonlyMap<string, ReadonlySet<number>> | null,
  budget = { error: ANNOTATIONS_PER_STEP, warning: ANNOTATIONS_PER_STEP },
): Selection {
  const all = results.flatMap((r) =>
    r.messages.map((m, order) => ({
      annotation: annotationFor(r, m),
      changed: changedLines?.get(r.displayPath)?.has(m.line) ?? false,
      file: r.displayPath,
      order,
    })),
  );
  const pick = (level: 'error' | 'warning') =>
    all
      .filter((a) => a.annotation.level === level)
      .sort(
        (a, b) =>
          Number(b.changed) - Number(a.changed) ||
          (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
          a.order - b.order,
      )
      .slice(0, Math.max(0, budget[level]))
      .map((a) => a.annotation);
  const annotations = [...pick('error'), ...pick('warning')];
  return { annotations, omitted: all.length - annotations.length };
}
