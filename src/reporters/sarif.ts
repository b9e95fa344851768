/** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. */
import { RULES } from '../core/rules/index.js';
import { pathFromRoot, type Reporter } from './reporter.js';

declare const LEDGERLINT_VERSION: string;

/** A relative path as a URI reference: each segment percent-encoded. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Where relative URIs start. GitHub code scanning resolves a relative URI from the top of the
 * repository, so inside one every URI is written from its top, wherever ledgerlint ran.
 */
const SRCROOT = '%SRCROOT%';

export const sarif: Reporter = (results, { root }) => {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ledgerlint',
            version: LEDGERLINT_VERSION,
            informationUri: 'https://github.com/ledgerlint/ledgerlint',
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              helpUri: meta.docs,
              defaultConfiguration: { level: meta.defaultSeverity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: {
            description: {
              text:
                root !== undefined
                  ? 'The top of the git repository.'
                  : 'The directory ledgerlint ran in (not in a git repository).',
            },
          },
        },
        results: results.flatMap((r) =>
          r.messages.map((m) => {
            const index = m.ruleId === null ? undefined : ruleIndex.get(m.ruleId);
            const region: Record<string, number> = { startLine: m.line, startColumn: m.column };
            if (m.endLine !== undefined) region.endLine = m.endLine;
            if (m.endColumn !== undefined) region.endColumn = m.endColumn;
            return {
              ...(m.ruleId !== null ? { ruleId: m.ruleId } : {}),
              ...(index !== undefined ? { ruleIndex: index } : {}),
              level: m.severity === 2 ? 'error' : 'warning',
              message: { text: m.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uriOf(pathFromRoot(r, root)), uriBaseId: SRCROOT },
                    region,
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
