/** ESLint-compatible JSON: an array of {filePath, messages, errorCount, warningCount, …}. */
import type { LintMessage } from '../core/engine/lint.js';
import type { Reporter } from './reporter.js';

/** A message as ESLint writes one: its fix as {range, text}. */
const eslintMessage = <M extends LintMessage>({ fix, ...m }: M) => ({
  ...m,
  ...(fix ? { fix: { range: [fix.start, fix.end], text: fix.text } } : {}),
});

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      profile: r.profile,
      messages: r.messages.map(eslintMessage),
      suppressedMessages: (r.suppressedMessages ?? []).map(eslintMessage),
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
