import * as z from 'zod/mini';
import type { WorkItem } from '../model/work.js';
import { nameOf } from '../ledger/status-checks.js';
import { workItems } from '../ledger/work.js';
import { listing } from '../text/wording.js';
import { defineRule } from './rule.js';

// A completion mark is written at the end of a task ("Task 1.3: Docs ✓", "2. Build the API ✅ COMPLETE"); one inside the text is just text.
const CHECK_MARK = /[✓✔✅]\uFE0F?(?:[ \t]*[*_]*(?:COMPLETED?|DONE)[*_!]*)?(?=[ \t]*$)/u;
// "Mark Epic 1 as: VALIDATED ✅": the mark is what the task will write, not a record that it is done.
const MARK_AS_OBJECT = /\b(?:mark|set|flag|label|update|change)\b[^.!?]*\b(?:as|to)\b[ \t:*_"'`]*[\p{L} \t*_"'`]*$/iu;
const IN_PROGRESS = /\((?:in[ _-]?progress|wip)\)|🚧|⏳/iu;

/** Subtasks that still hold their parent open: not done, not optional, not marked not applicable. */
function openChildren(item: WorkItem): WorkItem[] {
  return item.children.filter((c) => c.state !== 'done' && !c.optional && !c.notApplicable);
}

export default defineRule({
  meta: {
    id: 'task-consistency',
    description:
      'Boxes agree with their subtasks and with the ✓ / (IN PROGRESS) markers written beside them; optional subtasks never hold a task open.',
    defaultSeverity: 'error',
    fixable: true,
  },
  options: z.strictObject({}),
  check({ ledger, profile, report }) {
    for (const item of workItems(ledger, profile)) {
      const listItem = item.listItem;
      if (item.kind !== 'box' || !listItem?.checkbox) continue;
      const name = nameOf(item);
      const done = item.state === 'done';
      const at = { line: item.line, column: item.column };
      const open = openChildren(item);
      if (done && open.length > 0) {
        report({
          message: `${name} is ticked but ${listing(open.map(nameOf))} ${open.length === 1 ? 'is' : 'are'} still open.`,
          ...at,
        });
      } else if (!done && !item.notApplicable && open.length === 0 && item.children.some((c) => c.state === 'done')) {
        report({
          message: `All subtasks of ${name} are done but ${name} is not ticked; tick it, or add the work that remains.`,
          ...at,
          severity: 'warning',
        });
      }
      const lineText = ledger.source.slice(listItem.lineStart, listItem.lineEnd);
      const mark = CHECK_MARK.exec(lineText);
      if (!done && mark && !MARK_AS_OBJECT.test(lineText.slice(0, mark.index))) {
        // The fix takes the mark away (with the space before it); it never ticks the box.
        const spaced = mark.index > 0 && lineText[mark.index - 1] === ' ';
        const start = listItem.lineStart + mark.index - (spaced ? 1 : 0);
        report({
          message: `${name} carries ${mark[0]} but its box is ${listItem.checkbox.marker}.`,
          line: item.line,
          column: mark.index + 1,
          fix: { start, end: listItem.lineStart + mark.index + mark[0].length, text: '' },
        });
      }
      const progress = IN_PROGRESS.exec(lineText);
      if (done && progress) {
        report({
          message: `${name} is ticked but still says ${progress[0]}.`,
          line: item.line,
          column: progress.index + 1,
          severity: 'warning',
        });
      }
    }
  },
});
