/** ESLint-compatible JSON: an array of {filePath, messages, errorCount, warningCount, …}. */
import type { Reporter } from './reporter.js';

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      profile: r.profile,
      messages: r.messages.map(({ fix, ...m }) => ({
        ...m,
        ...(fix ? { fix: { range: [fix.start, fix.end], text: fix.text } } : {}),
      })),
      suppressedMessages: [],
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
