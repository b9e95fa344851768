/** Every rule, in the order their findings are listed when they share a line. */
import blockerTask from './blocker-task.js';
import commitDuplicate from './commit-duplicate.js';
import commitExists from './commit-exists.js';
import commitReachable from './commit-reachable.js';
import commitSha from './commit-sha.js';
import commitSubject from './commit-subject.js';
import commitTask from './commit-task.js';
import commitUnlisted from './commit-unlisted.js';
import completionGate from './completion-gate.js';
import conflictingClaims from './conflicting-claims.js';
import dateOrder from './date-order.js';
import headerFields from './header-fields.js';
import lastUpdated from './last-updated.js';
import placeholders from './placeholders.js';
import progressMath from './progress-math.js';
import resolvedBlocker from './resolved-blocker.js';
import requiredSections from './required-sections.js';
import sessionCount from './session-count.js';
import statusMismatch from './status-mismatch.js';
import statusTransition from './status-transition.js';
import keyFiles from './key-files.js';
import taskConsistency from './task-consistency.js';
import tickEvidence from './tick-evidence.js';
import type { Rule } from './rule.js';

export const RULES: ReadonlyArray<Rule<any>> = [
  requiredSections,
  headerFields,
  placeholders,
  dateOrder,
  lastUpdated,
  progressMath,
  conflictingClaims,
  statusMismatch,
  taskConsistency,
  blockerTask,
  resolvedBlocker,
  sessionCount,
  completionGate,
  statusTransition,
  commitSha,
  commitExists,
  commitReachable,
  commitSubject,
  commitTask,
  commitDuplicate,
  commitUnlisted,
  keyFiles,
  tickEvidence,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule<any>> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
