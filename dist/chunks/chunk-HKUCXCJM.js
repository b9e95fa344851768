import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);

// src/reporters/json.ts
var eslintMessage = ({ fix, ...m }) => ({
  ...m,
  ...fix ? { fix: { range: [fix.start, fix.end], text: fix.text } } : {}
});
var json = (results) => JSON.stringify(
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
    ...r.output !== void 0 ? { output: r.output } : {}
  }))
);

export {
  json
};
