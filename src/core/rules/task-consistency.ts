import * as z from 'zod/mini';
import type { ListItem } from '../model/document.js';
import { describeItem, isNotApplicable, subtasks } from '../ledger/tasks.js';
import { listing } from '../text/wording.js';
import { defineRule } from './rule.js';

// A completion mark is written at the end of a task ("Task 1.3: Docs ✓"); one inside the text is just text.
const CHECK_MARK = /[✓✔✅]\uFE0F?(?=[ \t]*$)/u;
const IN_PROGRESS = /\((?:in[ _-]?progress|wip)\)|🚧|⏳/iu;

export default defineRule({
  meta: {
    id: 'task-consistency',
    description: 'Boxes agree with their subtasks and with the ✓ / (IN PROGRESS) markers written beside them.',
    defaultSeverity: 'error',
    fixable: true,
  },
  options: z.strictObject({}),
  check({ ledger, report }) {
    for (const item of ledger.items) {
      if (!item.checkbox) continue;
      const name = describeItem(item);
      const done = item.checkbox.state === 'done';
      const at = { line: item.line, column: item.checkbox.column };
      const children = subtasks(item);
      // A subtask marked not applicable is no open work.
      const open = children.filter((c) => c.checkbox!.state !== 'done' && !isNotApplicable(c));
      if (done && open.length > 0) {
        report({ message: `${name} is ticked but ${listing(open.map(describeItem))} ${open.length === 1 ? 'is' : 'are'} still open.`, ...at });
      } else if (!done && !isNotApplicable(item) && open.length === 0 && children.some((c) => c.checkbox!.state === 'done')) {
        report({ message: `All subtasks of ${name} are done but ${name} is not ticked; tick it, or add the work that remains.`, ...at, severity: 'warning' });
      }
      const lineText = sourceLine(ledger.source, item);
      const mark = CHECK_MARK.exec(lineText);
      if (!done && mark) {
        // The fix takes the mark away (with the space before it); it never ticks the box.
        const spaced = mark.index > 0 && lineText[mark.index - 1] === ' ';
        const start = item.lineStart + mark.index - (spaced ? 1 : 0);
        report({ message: `${name} carries ${mark[0]} but its box is ${item.checkbox.marker}.`, line: item.line, column: mark.index + 1, fix: { start, end: item.lineStart + mark.index + mark[0].length, text: '' } });
      }
      const progress = IN_PROGRESS.exec(lineText);
      if (done && progress) {
        report({ message: `${name} is ticked but still says ${progress[0]}.`, line: item.line, column: progress.index + 1, severity: 'warning' });
      }
    }
  },
});

function sourceLine(source: string, item: ListItem): string {
  return source.slice(item.lineStart, item.lineEnd);
}
