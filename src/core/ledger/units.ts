/** What a stated D/T counts, by the word after it: the ledger's boxes, maybe its boxes, its groups, or something else. */

/** Units that count the boxes of a group (or of the whole): "tasks", "items", "plans", "steps". */
export const WORK_UNITS: ReadonlySet<string> = new Set([
  'task',
  'item',
  'box',
  'subtask',
  'plan',
  'todo',
  'checkbox',
  'deliverable',
  'step',
  'check',
  'action',
  'goal',
  'criterion',
]);

/** Units that may count boxes, or a list kept elsewhere ("features" in feature_list.json): compared only when the totals agree. */
export const MAYBE_WORK_UNITS: ReadonlySet<string> = new Set([
  'feature',
  'story',
  'requirement',
  'ticket',
  'issue',
  'objective',
  'change',
  'fix',
  'migration',
  'endpoint',
  'screen',
  'page',
]);

/** Units that count groups: "(1/3 phases)". */
export const GROUP_UNITS: ReadonlySet<string> = new Set([
  'phase',
  'milestone',
  'stage',
  'sprint',
  'epic',
  'release',
  'wave',
  'iteration',
  'part',
  'increment',
]);

/** Whether a D/T counts work items (no unit said counts them too). */
export function countsBoxes(unit: string | null): boolean {
  return unit === null || WORK_UNITS.has(unit);
}
