/** What checks produce: a finding at a place, milder than its rule when unsure, with the edit that fixes it when one is certain. */
import type { Severity } from './severity.js';

/** A replacement of source[start, end) in the BOM-less text. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  message: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A finding may be milder than its rule: `warning` caps it even when the rule is set to error. */
  severity?: Severity;
  fix?: Fix;
  /**
   * The id of a rule that reports this very fact at this very place (the same span), which this
   * finding says again in another light (the completion gate: "Status is Completed but …").
   * The lint keeps one of the two; a disable comment for either rule covers this one.
   */
  restates?: string;
}
