/** The output formats, by name: kept apart from the reporters so the CLI can check --format without loading them. */
export const FORMAT_NAMES = ['stylish', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
