/** The one severity vocabulary: a finding is an error (a certain contradiction) or a warning (worth a look). */
export type Severity = 'error' | 'warning';
export type SeveritySetting = 'off' | 'warn' | 'error';
