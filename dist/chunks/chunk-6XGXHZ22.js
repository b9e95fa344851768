import { createRequire as __ledgerlintRequire } from 'node:module';
const require = __ledgerlintRequire(import.meta.url);
import {
  RULES,
  RULES_BY_ID,
  _default,
  _enum,
  _gte,
  _lte,
  _minLength,
  _positive,
  anyDepth,
  array,
  boolean,
  compileProfile,
  describeIssue,
  describeIssues,
  described,
  detectProfile,
  extend,
  int,
  issueToTell,
  keyPath,
  literal,
  notALedgerReason,
  number,
  optional,
  partial,
  record,
  regexSource,
  require_picomatch,
  scanOutline,
  strictObject,
  string,
  text,
  tuple,
  union,
  unknown
} from "./chunk-D5AKJOSN.js";
import {
  closest
} from "./chunk-FVPJHKEF.js";
import {
  STATUS_WORDS
} from "./chunk-SPJORHUT.js";
import {
  __toESM
} from "./chunk-UUJ5SKQA.js";

// src/core/config/resolve.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/core/profiles/builtin/ai-ledger.ts
var aiLedgerProfile = {
  name: "ai-ledger",
  description: 'A feature ledger that does not follow the template closely: "# Feature Ledger: X", or a file in .ai/ledgers/.',
  detect: {
    title: "^feature ledger\\s*[:\u2014\u2013-]",
    paths: [".ai/ledgers/**/*.md", ".aiwf/**/*.md"],
    signals: [
      "Branch",
      "Created",
      "Updated",
      "Status",
      "Progress Log",
      "Technical Approach",
      "Completion",
      "Success Criteria",
      "Implementation Details",
      "Next Steps"
    ],
    minSignals: 4
  }
};

// src/core/profiles/builtin/backlog.ts
var backlogTaskProfile = {
  name: "backlog-task",
  description: "Backlog.md task: front matter (id, title, status, dates), Description, Acceptance Criteria boxes, Implementation Plan and Notes.",
  detect: {
    paths: [
      "backlog/tasks/*.md",
      "backlog/completed/*.md",
      "backlog/drafts/*.md",
      "backlog/archive/**/*.md",
      "**/backlog/tasks/*.md"
    ],
    signals: [
      "id",
      "title",
      "status",
      "created date",
      "updated date",
      "assignee",
      "labels",
      "dependencies",
      "Description",
      "Acceptance Criteria",
      "Implementation Plan",
      "Implementation Notes"
    ],
    minSignals: 6,
    requires: ["created date", "Acceptance Criteria"]
  },
  work: { tasks: ["Acceptance Criteria"], checklists: ["Definition of Done"] }
};

// src/core/profiles/builtin/bmad.ts
var bmadStoryProfile = {
  name: "bmad-story",
  description: "BMAD story: Status, Story, Acceptance Criteria, Tasks / Subtasks, Dev Notes, Dev Agent Record.",
  detect: {
    title: "^story\\s+\\d",
    // Stories by their names (`1.2.story.md`, `story-1.12B.md`, `4-2-slug.md`): validation reports, retros and tech specs share the folders.
    paths: [
      "**/stories/**/[0-9]*.md",
      "**/stories/**/story-*.md",
      "**/sprint-artifacts/[0-9]*.md",
      "**/sprint-artifacts/story-*.md",
      "**/implementation-artifacts/[0-9]*.md",
      "**/implementation-artifacts/story-*.md"
    ],
    signals: [
      "Status",
      "Story",
      "Acceptance Criteria",
      "Tasks / Subtasks",
      "Dev Notes",
      "Dev Agent Record",
      "Change Log",
      "QA Results",
      "File List",
      "Completion Notes List",
      "Testing"
    ],
    minSignals: 4,
    requires: ["Tasks / Subtasks"]
  },
  work: { tasks: ["Tasks / Subtasks", "Tasks"], checklists: ["Definition of Done"] }
};

// src/core/profiles/builtin/feature.ts
var sub = (name, presence = "recommended", aliases) => ({ name, presence, ...aliases ? { aliases } : {} });
var featureProfile = {
  name: "feature",
  tier: "template",
  description: 'Feature ledger: "# NAME", Branch/Summary/Status/Created/Updated, progress log, completion checklist.',
  detect: {
    signals: [
      "Branch",
      "Created",
      "Updated",
      "Progress Log",
      "Technical Approach",
      "Technical Decisions",
      "Testing Strategy",
      "Deployment Notes",
      "Review & Feedback",
      "Completion"
    ],
    minSignals: 4,
    paths: [".ai/ledgers/**/*.md"]
  },
  fields: [
    { name: "Branch", type: "text" },
    { name: "Summary", type: "text" },
    { name: "Status", type: "status" },
    { name: "Created", aliases: ["Started"], type: "date", formats: ["YYYY-MM-DD"] },
    {
      name: "Updated",
      aliases: ["Last Updated"],
      type: "date",
      formats: ["YYYY-MM-DD", "YYYY-MM-DD HH:MM"],
      notBefore: "Created"
    }
  ],
  status: {
    field: "Status",
    states: [
      // Up Next and Backlog are how the template's author files planned work in .ai/ledgers/_active.md.
      {
        name: "Planning",
        category: "planned",
        aliases: ["Planned", "Not Started", "Draft", "Proposed", "Todo", "To Do", "Up Next", "Backlog"]
      },
      {
        name: "In Progress",
        category: "active",
        aliases: ["WIP", "Active", "Ongoing", "In Development", "Implementing", "Started"]
      },
      { name: "Blocked", category: "blocked", aliases: ["On Hold", "Paused"] },
      { name: "In Review", category: "review", aliases: ["Review", "Under Review", "Testing", "QA"] },
      {
        name: "Completed",
        category: "done",
        aliases: ["Complete", "Done", "Finished", "Shipped", "Deployed", "Merged"]
      },
      { name: "Cancelled", category: "cancelled", aliases: ["Canceled", "Abandoned", "Dropped", "Won't Do"] }
    ],
    transitions: {
      Planning: ["In Progress", "Blocked", "Cancelled"],
      "In Progress": ["Blocked", "In Review", "Completed", "Cancelled"],
      Blocked: ["In Progress", "Cancelled"],
      "In Review": ["In Progress", "Completed", "Blocked"],
      Completed: [],
      Cancelled: []
    }
  },
  sections: [
    {
      name: "Context",
      presence: "required",
      children: [sub("Problem Statement"), sub("Success Criteria"), sub("Acceptance Criteria")]
    },
    {
      name: "Technical Approach",
      presence: "required",
      children: [
        sub("Architecture Changes"),
        sub("Implementation Plan"),
        sub("Dependencies"),
        sub("Risks & Mitigations", "recommended", ["Risks"])
      ]
    },
    { name: "Progress Log", presence: "required" },
    { name: "Technical Decisions", aliases: ["Decisions"], presence: "required" },
    {
      name: "Testing Strategy",
      presence: "required",
      children: [sub("Unit Tests"), sub("Integration Tests"), sub("Manual Testing")]
    },
    { name: "Documentation Updates", aliases: ["Documentation"], presence: "required" },
    {
      name: "Deployment Notes",
      aliases: ["Deployment"],
      presence: "required",
      children: [sub("Environment Requirements"), sub("Rollback Plan")]
    },
    {
      name: "Review & Feedback",
      presence: "required",
      children: [sub("Code Review Checklist"), sub("Stakeholder Feedback")]
    },
    {
      name: "Completion",
      presence: "required",
      children: [
        sub("Final Status", "required-when-done"),
        sub("Lessons Learned"),
        sub("Follow-up Items", "recommended", ["Follow-ups"])
      ]
    }
  ],
  // No task list: the template's boxes are checks, its completion checklists say which must be ticked.
  work: { tasks: [] },
  completion: {
    checklists: ["Completion > Final Status", "Context > Success Criteria", "Context > Acceptance Criteria"],
    testing: "Testing Strategy"
  },
  placeholders: [
    "[Feature Name]",
    { pattern: "\\[1-2 sentences[^\\]\\n]{0,200}\\]", label: "[1-2 sentences: \u2026]" },
    "[Status Update]",
    "[Title]",
    "feat/feature-name",
    { pattern: "(?<![\\p{L}\\p{N}])YYYY-MM-DD(?![\\p{L}\\p{N}])", label: "YYYY-MM-DD" },
    { pattern: "^Criterion \\d+$", label: "Criterion N" },
    "User can do X",
    "System behaves Y when Z",
    "Performance meets requirement A",
    {
      pattern: "^(?:Test case|Integration scenario|Manual test case|Follow-up task) \\d+$",
      label: "example checklist item"
    },
    { pattern: "^(?:Step|Dependency) \\d+: Description$", label: "example step" },
    { pattern: "^Feedback from stakeholder \\d+$", label: "example feedback" }
  ]
};

// src/core/profiles/builtin/generic.ts
var genericProfile = {
  name: "generic",
  tier: "generic",
  description: "Any markdown file with checkboxes and at least one progress claim or status that no other profile takes.",
  detect: { signals: [], minSignals: 0 }
};

// src/core/profiles/builtin/gsd.ts
var gsdRoadmapProfile = {
  name: "gsd-roadmap",
  description: "GSD .planning/ROADMAP.md: phase list, phase details with Plans lines and plan boxes, progress table.",
  detect: {
    title: "^roadmap\\b",
    paths: [".planning/ROADMAP.md", "**/.planning/ROADMAP.md", ".planning/milestones/*-ROADMAP.md"],
    signals: [
      "Phases",
      "Phase Details",
      "Progress",
      "Milestones",
      "Overview",
      "Plans",
      "Goal",
      "Depends on",
      "Success Criteria"
    ],
    minSignals: 4
  },
  // Success Criteria under a phase are what it must achieve, numbered, not its work.
  work: { ignore: ["Phase Numbering", "Requirement Traceability", "Traceability"] },
  claims: { sections: ["Progress", "Progress Table"], columns: { fraction: ["Plans Complete"] } }
};
var gsdStateProfile = {
  name: "gsd-state",
  description: "GSD .planning/STATE.md: front-matter progress counts, Current Position (Phase: X of Y), Progress bar.",
  detect: {
    title: "^(?:project )?state\\b",
    paths: [".planning/STATE.md", "**/.planning/STATE.md"],
    signals: [
      "Project Reference",
      "Current Position",
      "Accumulated Context",
      "Session Continuity",
      "Performance Metrics",
      "Decisions",
      "Blockers/Concerns",
      "Pending Todos"
    ],
    minSignals: 3
  },
  claims: { sections: ["Current Position"], boxes: "elsewhere" },
  dates: { updates: ["last updated", "last activity"] },
  // GSD writes `status: completed` whenever its Status line says "complete" anywhere ("Phase complete —
  // ready for verification"): a step is done, not certainly the whole, so it is read as awaiting review.
  status: {
    field: "Status",
    states: [{ name: "completed", aliases: ["complete"], category: "review" }, ...STATUS_WORDS]
  }
};
var gsdSummaryProfile = {
  name: "gsd-summary",
  description: "GSD .planning/phases/*/NN-MM-SUMMARY.md: Performance, Accomplishments, Task Commits, Files Created/Modified, Deviations from Plan.",
  detect: {
    title: "^phase\\s+\\S+\\s+plan\\s+\\S+.*\\bsummary\\b",
    paths: [".planning/phases/*/*-SUMMARY.md"],
    signals: [
      "Performance",
      "Accomplishments",
      "Task Commits",
      "Files Created/Modified",
      "Decisions Made",
      "Deviations from Plan",
      "Issues Encountered",
      "Next Phase Readiness",
      "User Setup Required"
    ],
    minSignals: 4
  },
  // `**Tasks:** 3/3` counts the plan's tasks, which live in the PLAN file, not here.
  claims: { boxes: "elsewhere" },
  history: ["Deviations from Plan", "Issues Encountered"]
};

// src/core/profiles/builtin/kiro.ts
var kiroProfile = {
  name: "kiro-tasks",
  description: 'Kiro tasks.md: "# Implementation Plan", numbered tasks with subtasks, optional tasks marked [ ]*.',
  detect: {
    title: "^implementation plan\\b",
    paths: [".kiro/specs/*/tasks.md", "**/.kiro/specs/*/tasks.md"],
    // Its folder or its title is the sign; its sections are everyone's (tech specs have these too).
    signals: ["Implementation Plan", "Tasks", "Overview", "Notes"],
    minSignals: 0
  }
};

// src/core/profiles/builtin/plan.ts
var planProfile = {
  name: "plan",
  description: 'Implementation plan: "# Implementation Plan: X", phases with Status lines, tasks, quality gates, Progress Tracking.',
  detect: {
    title: "^(?:implementation plan|plan|feature plan|task plan)\\s*[:\u2014\u2013-]",
    paths: [
      "docs/plans/**/*.md",
      "docs/plan/**/*.md",
      "plans/**/*.md",
      ".claude/plans/**/*.md",
      "**/IMPLEMENTATION_PLAN.md",
      "**/PLAN_*.md",
      "**/*-plan.md",
      "**/*_plan.md"
    ],
    signals: [
      "Implementation Phases",
      "Progress Tracking",
      "Quality Gate",
      "Overall Progress",
      "Rollback Strategy",
      "Risk Assessment",
      "Estimated Completion",
      "Last Updated",
      "Started",
      "Completion Status",
      "Final Checklist"
    ],
    minSignals: 3
  },
  claims: { sections: ["Progress Tracking", "Completion Status"] }
};

// src/core/profiles/builtin/prd.ts
var prdProfile = {
  name: "prd",
  tier: "template",
  description: 'PRD ledger: "# Feature: NAME (PRD NN)", phased tasks, progress summary, session log, git commits.',
  detect: {
    title: "^Feature:.*\\(\\s*PRD\\b",
    signals: [
      "PRD",
      "Agent Sessions",
      "Last Updated",
      "Estimated Completion",
      "Progress Summary",
      "Session Log",
      "Git Commits",
      "Next Session Priorities",
      "Decisions Made"
    ],
    minSignals: 3,
    // A plan with Last Updated, Estimated Completion and a Progress Summary is not a PRD ledger without its PRD.
    requires: ["PRD"]
  },
  title: {
    pattern: "^Feature:\\s*\\S.*\\(\\s*PRD[\\s-]*[^\\s()-][^\\s()]*\\s*\\)\\s*$",
    example: "# Feature: NAME (PRD NN)"
  },
  fields: [
    { name: "PRD", type: "text" },
    { name: "Status", type: "status" },
    { name: "Started", type: "date", formats: ["YYYY-MM-DD"] },
    { name: "Agent Sessions", aliases: ["Sessions"], type: "integer" },
    {
      name: "Last Updated",
      aliases: ["Updated"],
      type: "date",
      formats: ["YYYY-MM-DD HH:MM", "YYYY-MM-DD"],
      notBefore: "Started"
    },
    {
      name: "Estimated Completion",
      aliases: ["ETA", "Target Completion"],
      type: "date",
      formats: ["YYYY-MM-DD"],
      allow: ["TBD", "Unknown", "N/A"],
      notBefore: "Started"
    }
  ],
  status: {
    field: "Status",
    states: [
      { name: "Not Started", category: "planned", aliases: ["Todo", "To Do", "Planned", "Planning", "Pending"] },
      { name: "In Progress", category: "active", aliases: ["WIP", "Active", "Ongoing", "In Development", "Started"] },
      { name: "Blocked", category: "blocked", aliases: ["On Hold", "Paused"] },
      { name: "Completed", category: "done", aliases: ["Complete", "Done", "Finished", "Shipped"] }
    ],
    transitions: {
      "Not Started": ["In Progress", "Blocked"],
      "In Progress": ["Blocked", "Completed"],
      Blocked: ["In Progress"],
      Completed: []
    }
  },
  sections: [
    { name: "Context", presence: "required" },
    { name: "Tasks", presence: "required" },
    { name: "Progress Summary", presence: "required" },
    {
      name: "Blockers",
      presence: "required",
      children: [
        { name: "Current Blockers", kind: "label", presence: "recommended" },
        { name: "Resolved Blockers", kind: "label", presence: "recommended" }
      ]
    },
    { name: "Key Files", presence: "required" },
    { name: "Decisions Made", aliases: ["Decisions"], presence: "required" },
    { name: "Technical Notes", presence: "required" },
    {
      name: "Testing Status",
      presence: "required",
      children: [
        { name: "Unit Tests", kind: "label", presence: "recommended" },
        { name: "Integration Tests", kind: "label", presence: "recommended" },
        { name: "Manual Testing", kind: "label", presence: "recommended" }
      ]
    },
    {
      name: "Next Session Priorities",
      aliases: ["Next Steps"],
      presence: "required",
      children: [
        { name: "Immediate Next Steps", kind: "label", presence: "recommended" },
        { name: "Before Marking Complete", kind: "label", presence: "required-when-done" }
      ]
    },
    { name: "Session Log", aliases: ["Sessions"], presence: "required" },
    { name: "Git Commits", aliases: ["Commits"], presence: "required" },
    { name: "Notes", presence: "required" }
  ],
  tasks: { section: "Tasks", phase: "^(?:Phase|Stage)\\s+(?<id>\\d+[a-z]?)\\b" },
  work: { tasks: ["Tasks"] },
  claims: { sections: ["Progress Summary"], counting: ["top-level"], boxes: "counted" },
  progress: { section: "Progress Summary" },
  sessions: { field: "Agent Sessions", section: "Session Log", entry: "^Session\\s+\\d+" },
  commits: { section: "Git Commits" },
  keyFiles: { section: "Key Files", fields: ["PRD"] },
  completion: {
    checklists: ["Next Session Priorities > Before Marking Complete"],
    blockers: "Blockers > Current Blockers",
    testing: "Testing Status"
  },
  placeholders: [
    "[Feature Name]",
    "[Feature_Name]",
    "[XX]",
    "[Not Started | In Progress | Blocked | Completed]",
    "[Number of sessions spent on this feature]",
    { pattern: "\\[Phase Name[^\\]\\n]{0,80}\\]", label: "[Phase Name]" },
    "[Task description]",
    "[Completed task]",
    "[Blocker description]",
    "[Critical | Important | Minor]",
    "[Investigating | Waiting | Resolved]",
    "[How to resolve or who is working on it]",
    "[Resolved blocker]",
    "[solution]",
    "[feature]",
    "[Decision title]",
    "[Pattern name]",
    "[Brief description and file location]",
    "[Why it was added]",
    "[What changed]",
    "[Security concern and how it's addressed]",
    "[Performance consideration and optimization applied]",
    "[Not Started | In Progress | Complete]",
    "[Endpoints covered]",
    "[Highest priority task - what to do next]",
    "[Second priority task]",
    "[Third priority task]",
    "[Follow-up tasks]",
    "[Additional work needed]",
    "[Tasks completed]",
    "[Any problems]",
    "[Key decisions]",
    "[What to do next]",
    "[feature component]",
    "[Important note]",
    "[Gotcha or warning]",
    "[Reference to related work]",
    "package-name==version",
    "YYYYMMDD_migration_name",
    { pattern: "(?<![\\p{L}\\p{N}])(?:abc1234|def5678|ghi9012)(?![\\p{L}\\p{N}])", label: "example commit SHA" },
    { pattern: "(?<![\\p{L}\\p{N}])XX(?![\\p{L}\\p{N}])", label: "XX" },
    { pattern: "(?<![\\p{L}\\p{N}])YYYY-MM-DD(?![\\p{L}\\p{N}])", label: "YYYY-MM-DD" },
    { pattern: "(?<![\\p{L}\\p{N}])HH:MM(?![\\p{L}\\p{N}])", label: "HH:MM" }
  ]
};

// src/core/profiles/builtin/progress-log.ts
var progressLogProfile = {
  name: "progress-log",
  description: "Agent progress log: claude-progress.txt, agent-progress.md, PROGRESS.md, memory-bank/progress.md.",
  detect: {
    title: "\\bprogress\\b",
    paths: [
      "**/claude-progress.txt",
      "**/*progress*.txt",
      "**/*progress*.md",
      "**/*PROGRESS*.md",
      "**/memory-bank/progress.md"
    ],
    signals: [
      "What Works",
      "What's Left to Build",
      "Current Status",
      "Known Issues",
      "Session Log",
      "Next Steps",
      "Completed Tasks",
      "Current Tasks",
      "Session History",
      "Progress Log"
    ],
    minSignals: 2
  },
  claims: { boxes: "elsewhere" }
};

// src/core/profiles/builtin/speckit.ts
var speckitProfile = {
  name: "speckit-tasks",
  description: 'spec-kit tasks.md: "# Tasks: X", "## Phase N" groups of T001-style tasks.',
  detect: {
    title: "^tasks\\s*:",
    paths: ["specs/*/tasks.md", "**/specs/*/tasks.md"],
    signals: [
      "Format",
      "Path Conventions",
      "Dependencies & Execution Order",
      "Parallel Opportunities",
      "Implementation Strategy",
      "Checkpoint",
      "Notes",
      "Parallel Example"
    ],
    minSignals: 3
  },
  // The older template's Validation Checklist and Execution Flow are checks of the generated plan, not work.
  work: {
    ignore: [
      "Format",
      "Path Conventions",
      "Parallel Example",
      "Implementation Strategy",
      "Validation Checklist",
      "Task Generation Rules",
      "Execution Flow"
    ]
  }
};

// src/core/profiles/schema.ts
var names = () => array(text());
var Presence = described(
  _enum(["required", "recommended", "optional", "required-when-done"]),
  "required: error when missing or empty; recommended: warning; optional: only checked for duplicates; required-when-done: warning, error once the status is a done state."
);
var SectionSpec = strictObject({
  name: described(text(), 'Section title as the template writes it, e.g. "Progress Summary".'),
  aliases: optional(described(names(), "Other titles accepted for the same section.")),
  kind: optional(
    described(
      _enum(["heading", "label"]),
      "heading (default): a `##` heading; label: a bold pseudo-section such as **Current Blockers:**."
    )
  ),
  level: optional(
    described(
      number().check(int(), _gte(1), _lte(6)),
      "Heading depth; defaults to one below the parent heading (2 at the top)."
    )
  ),
  presence: optional(Presence),
  get children() {
    return optional(described(array(SectionSpec), "Subsections and labels, in template order."));
  }
});
var DateFormat = _enum(["YYYY-MM-DD", "YYYY-MM-DD HH:MM"]);
var FieldSpec = strictObject({
  name: text(),
  aliases: optional(names()),
  type: _default(_enum(["text", "status", "date", "integer"]), "text"),
  required: _default(boolean(), true),
  formats: optional(
    described(array(DateFormat).check(_minLength(1)), "Accepted date formats, canonical first (date fields).")
  ),
  allow: optional(described(names(), "Words accepted instead of a value, e.g. TBD.")),
  notBefore: optional(described(string(), "Name of a date field this date may not precede."))
});
var StateCategory = described(
  _enum(["planned", "active", "review", "blocked", "done", "cancelled"]),
  "What a state says of the work: planned (not started), active, review, blocked, done (claims it is finished: the completion gate applies), cancelled (closed without being done: nothing is checked)."
);
var StatusState = strictObject({
  name: text(),
  aliases: optional(names()),
  category: optional(StateCategory),
  done: optional(described(boolean(), 'Same as category "done" (kept for older configs).'))
});
var StatusSpec = strictObject({
  field: _default(text(), "Status"),
  states: optional(
    described(
      array(StatusState).check(_minLength(1)),
      "The status vocabulary; without it, the usual words (Not Started, In Progress, Blocked, In Review, Done, Cancelled and their synonyms)."
    )
  ),
  transitions: optional(
    described(record(string(), names()), "Allowed status changes: state -> states it may move to.")
  )
});
var Placeholder = union([
  described(text(), "Literal template text."),
  strictObject({ pattern: regexSource(), label: optional(string()) })
]);
var sectionPath = () => described(text(), 'Section names from the outside in, joined by " > ", e.g. "Blockers > Current Blockers".');
var Tier = described(
  _enum(["template", "family", "generic"]),
  "template: a close copy of a ledger template, checked for its sections, fields and placeholders too; family: a known kind of ledger (plans, task lists, logs) whose claims are checked; generic: any file with work items and claims."
);
var CountPolicy = _enum(["top-level", "all", "leaves"]);
var WorkSpec = strictObject({
  tasks: optional(
    described(names(), "Sections whose boxes are the work itself. When given, boxes elsewhere are not tasks.")
  ),
  checklists: optional(
    described(
      names(),
      "Sections whose boxes are checks made before calling work done (quality gates, definition of done): not counted as tasks; open ones hold back a done status with a warning."
    )
  ),
  ignore: optional(
    described(
      names(),
      "Sections whose boxes are neither work nor checks (out of scope, open questions, next steps, legends)."
    )
  )
});
var ClaimsSpec = strictObject({
  sections: optional(
    described(
      names(),
      "Sections in which every line that states a percentage, a fraction or a status is a progress claim."
    )
  ),
  counting: optional(
    described(
      array(CountPolicy).check(_minLength(1)),
      "Ways a stated D/T may count a group's boxes: top-level tasks, all boxes, leaves only. A claim that fits any of them is consistent."
    )
  ),
  boxes: optional(
    described(
      _enum(["counted", "may-count", "elsewhere"]),
      "How sure it is that stated numbers count the ledger's own boxes. counted: always (a mismatch is an error, and --fix corrects it); may-count (default): a mismatch the totals settle is an error, another a warning; elsewhere: numbers may count a list kept outside the file (feature_list.json), so only a mismatch the totals settle is reported."
    )
  ),
  columns: optional(
    described(
      strictObject({
        group: optional(names()),
        fraction: optional(names()),
        percent: optional(names()),
        status: optional(names())
      }),
      "Table column names (in addition to the usual ones) holding the group a row is about, its D/T, its percentage and its status."
    )
  ),
  frontMatter: optional(
    described(
      strictObject({
        percent: optional(names()),
        done: optional(names()),
        total: optional(names())
      }),
      "Front-matter keys (in addition to the usual ones) holding the document's percentage, and its done and total counts (`completed_plans`/`total_plans` pairs are read by their unit)."
    )
  )
});
var ProfileSpec = strictObject({
  name: text(),
  description: optional(string()),
  tier: _default(Tier, "family"),
  detect: strictObject({
    title: optional(described(regexSource(), "Regular expression the `#` title matches in this format.")),
    paths: optional(
      described(
        names(),
        "Globs of where files of this format live, matched at any depth below the config file's directory (start one with / to anchor it there); a path match is a strong signal."
      )
    ),
    signals: described(names(), "Section, label and field names typical of this format."),
    minSignals: described(
      number().check(int(), _gte(0)),
      "How many signals a file needs to be taken for this format (with a path match: half as many)."
    ),
    requires: optional(
      described(
        names(),
        "Signals a file must have to be taken for this format by signals alone (a title match needs none)."
      )
    )
  }),
  title: optional(strictObject({ pattern: regexSource(), example: string() })),
  fields: _default(array(FieldSpec), []),
  status: _default(StatusSpec, { field: "Status" }),
  sections: _default(array(SectionSpec), []),
  tasks: optional(
    strictObject({
      section: sectionPath(),
      phase: described(regexSource(), "Matches phase headings; the named group `id` is the phase number.")
    })
  ),
  progress: optional(strictObject({ section: sectionPath() })),
  sessions: optional(strictObject({ field: string(), section: sectionPath(), entry: regexSource() })),
  commits: optional(
    described(
      strictObject({
        section: optional(
          described(
            sectionPath(),
            "The section a finished ledger must list its commits in (the completion gate says when it lists none)."
          )
        ),
        sections: optional(
          described(
            names(),
            "More heading or bold-label titles that list commits (in addition to any title about commits: Git Commits, Key Commits, Commits This Session, \u2026)."
          )
        ),
        columns: optional(
          described(names(), "More table column headers that hold commits (in addition to Commit, SHA, Hash, \u2026).")
        )
      }),
      'Where commits are listed. Commits are read wherever ledgers list them: sections and labels about commits, tables with a commit column, and "Commit: <sha>" in entries; this names the section a template requires, and more titles and columns.'
    )
  ),
  keyFiles: optional(
    described(
      strictObject({
        section: sectionPath(),
        fields: optional(
          described(
            names(),
            "Header fields whose value names a repository file (the PRD a ledger implements): looked up like the key files."
          )
        )
      }),
      "Where the repository paths that matter are listed."
    )
  ),
  completion: _default(
    strictObject({
      checklists: described(
        array(sectionPath()),
        "Checklists that must be fully ticked before the status may be a done state."
      ),
      blockers: optional(described(sectionPath(), "Where open blockers are listed.")),
      testing: optional(
        described(
          sectionPath(),
          "Where testing is reported: its Status lines must say complete, its coverage meet its target, its boxes be ticked."
        )
      )
    }),
    { checklists: [] }
  ),
  placeholders: _default(array(Placeholder), []),
  groups: optional(
    described(
      strictObject({ pattern: regexSource() }),
      "Matches the headings and list items that open a group of work (phases, milestones, stories); named groups `kind` and `id`."
    )
  ),
  work: optional(WorkSpec),
  claims: optional(ClaimsSpec),
  history: optional(
    described(
      names(),
      "Sections that record the past (session logs): their claims were true when written and are not checked against the work today."
    )
  ),
  dates: optional(
    described(
      strictObject({ starts: optional(names()), updates: optional(names()) }),
      "Field names of the date the work started and the date the ledger was last updated (the update may not precede the start)."
    )
  )
});
var ProfileOverride = extend(partial(ProfileSpec), { extends: optional(string()) });

// src/core/profiles/index.ts
var BUILTIN_PROFILES = [
  prdProfile,
  featureProfile,
  planProfile,
  speckitProfile,
  kiroProfile,
  gsdRoadmapProfile,
  gsdStateProfile,
  gsdSummaryProfile,
  bmadStoryProfile,
  backlogTaskProfile,
  progressLogProfile,
  aiLedgerProfile,
  genericProfile
].map((p) => ProfileSpec.parse(p));
var ProfileError = class extends Error {
};
function resolveProfiles(configured = {}) {
  const known = new Map(BUILTIN_PROFILES.map((p) => [p.name, p]));
  const resolved = /* @__PURE__ */ new Map();
  const resolving = /* @__PURE__ */ new Set();
  const resolve = (name, from) => {
    const done = resolved.get(name);
    if (done) return done;
    const override = Object.hasOwn(configured, name) ? configured[name] : void 0;
    if (!override) {
      const builtin = known.get(name);
      if (!builtin)
        throw new ProfileError(
          `${from}: unknown profile "${name}" (known: ${[.../* @__PURE__ */ new Set([...Object.keys(configured), ...known.keys()])].join(", ")})`
        );
      return builtin;
    }
    if (resolving.has(name)) throw new ProfileError(`profiles.${name}.extends: profiles extend each other in a cycle`);
    resolving.add(name);
    const { extends: base, ...own } = override;
    let merged = { ...own, name };
    if (base !== void 0) {
      const parent = base === name ? known.get(name) : resolve(base, `profiles.${name}.extends`);
      if (!parent) throw new ProfileError(`profiles.${name}.extends: unknown profile "${base}"`);
      merged = { ...parent, ...own, name };
    }
    const checked = ProfileSpec.safeParse(merged, { reportInput: true });
    if (!checked.success) {
      const issue = issueToTell(checked.error.issues);
      const hint = base === void 0 && issue.code === "invalid_type" && issue.input === void 0 ? ' (or give "extends" to start from an existing profile)' : "";
      throw new ProfileError(`${describeIssue(issue, { at: ["profiles", name], schema: ProfileSpec })}${hint}`);
    }
    resolving.delete(name);
    resolved.set(name, checked.data);
    return checked.data;
  };
  const ordered = [];
  for (const name of Object.keys(configured)) ordered.push(resolve(name, "profiles"));
  for (const builtin of BUILTIN_PROFILES) if (!(builtin.name in configured)) ordered.push(builtin);
  return ordered.map(compileProfile);
}

// src/core/config/schema.ts
var SeveritySetting = described(
  union([_enum(["off", "warn", "error"]), literal(0), literal(1), literal(2)]),
  "off (0), warn (1) or error (2)."
);
var RuleSetting = described(
  union([SeveritySetting, tuple([SeveritySetting], unknown())]),
  "A severity, or [severity, options]."
);
var RulesConfig = described(record(string(), RuleSetting), "Rule id -> severity or [severity, options].");
var globs = () => array(text());
var Override = strictObject({
  files: optional(
    described(globs(), "Globs, relative to the config file, selecting the ledgers this entry applies to.")
  ),
  ifProfile: optional(described(array(text()), "Apply only to ledgers of these profiles.")),
  profile: optional(described(text(), "Force this profile for the matched files instead of detecting one.")),
  rules: optional(RulesConfig)
});
var ConfigSchema = strictObject({
  $schema: optional(string()),
  include: optional(described(globs(), "Globs of ledgers to check when no paths are given on the command line.")),
  ignores: optional(
    described(globs(), "Globs never checked, in addition to node_modules, .git, _template.md and _active.md.")
  ),
  maxFileSize: optional(
    described(
      number().check(int(), _positive()),
      "Ledgers larger than this many bytes are reported instead of parsed (default 1048576)."
    )
  ),
  profiles: optional(
    described(
      record(string(), ProfileOverride),
      "Custom formats, or changes to the built-in prd and feature profiles."
    )
  ),
  rules: optional(RulesConfig),
  overrides: optional(
    described(array(Override), "Later entries win over earlier ones and over the top-level rules.")
  ),
  reportUnusedDisableDirectives: optional(
    described(
      SeveritySetting,
      "Report ledgerlint-disable comments that silence nothing: off (the default), warn or error; --report-unused-disable-directives sets error."
    )
  )
});

// src/core/config/resolve.ts
var DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**", "**/_template.md", "**/_active.md"];
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var ConfigError = class extends Error {
};
function prepareConfig(raw, source) {
  const where = source ?? "config";
  const reserved = reservedKeyIn(raw);
  if (reserved)
    throw new ConfigError(
      `${where}: ${reserved.path}: "${reserved.key}" cannot be a key (every JavaScript object has it)`
    );
  const parsed = ConfigSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    throw new ConfigError(
      `${where}: ${describeIssues(parsed.error.issues, { schema: ConfigSchema, whole: "the config" })}`
    );
  const config = parsed.data;
  let profiles;
  try {
    profiles = resolveProfiles(config.profiles);
  } catch (error) {
    if (error instanceof ProfileError) throw new ConfigError(`${where}: ${error.message}`);
    throw error;
  }
  const profileNames = new Set(profiles.map((p) => p.name));
  const topRules = checkRules(config.rules ?? {}, where, ["rules"]);
  const overrides = (config.overrides ?? []).map((override, index) => {
    const at = `${where}: overrides[${index}]`;
    for (const name of [...override.profile ? [override.profile] : [], ...override.ifProfile ?? []]) {
      if (!profileNames.has(name))
        throw new ConfigError(`${at}: unknown profile "${name}" (known: ${[...profileNames].join(", ")})`);
    }
    if (override.profile && !override.files)
      throw new ConfigError(`${at}.profile: forcing a profile needs "files" to say for which ledgers`);
    return {
      matches: override.files ? (0, import_picomatch.default)(override.files, { dot: true }) : () => true,
      ifProfile: override.ifProfile ? new Set(override.ifProfile) : null,
      profile: override.profile,
      rules: checkRules(override.rules ?? {}, where, ["overrides", index, "rules"])
    };
  });
  const forcedProfile = (path) => {
    let forced;
    for (const o of overrides) if (o.profile && o.matches(path)) forced = o.profile;
    return forced;
  };
  const otherLedgerGlobs = [
    ...new Set(profiles.flatMap((p) => p.spec.detect.paths ?? []).filter((g) => !/\.md$/i.test(g)))
  ];
  const isOtherLedger = otherLedgerGlobs.length > 0 ? (0, import_picomatch.default)(otherLedgerGlobs.map(anyDepth), { dot: true, nocase: true }) : () => false;
  const ignores = [...DEFAULT_IGNORES, ...config.ignores ?? []];
  const ignored = (0, import_picomatch.default)(ignores, { dot: true });
  return {
    source,
    config,
    profiles,
    profileNamed: (name) => profiles.find((p) => p.name === name),
    include: config.include ?? null,
    ignores,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    unusedDirectives: severityOf(normaliseSeverity(config.reportUnusedDisableDirectives ?? "off")),
    isIgnored: (path) => ignored(path),
    forcedProfile,
    otherLedgerGlobs,
    isOtherLedger,
    isLedgerPath: (path) => /\.md$/i.test(path) || isOtherLedger(path),
    pickProfile(path, text2) {
      const outline = scanOutline(text2);
      const forced = forcedProfile(path);
      if (forced)
        return {
          profile: profiles.find((p) => p.name === forced),
          reason: "forced by an override in the config",
          outline
        };
      const detected = detectProfile(outline, profiles, path);
      return detected ? { profile: detected.profile, reason: detected.reason, outline } : { profile: null, reason: notALedgerReason(outline), outline };
    },
    rulesFor(path, profile) {
      const settings = /* @__PURE__ */ new Map();
      for (const rule of RULES) settings.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: void 0 });
      const apply = (rules) => {
        for (const [id, setting] of rules) {
          const previous = settings.get(id);
          settings.set(id, {
            severity: setting.severity,
            options: setting.options === void 0 ? previous.options : setting.options
          });
        }
      };
      apply(topRules);
      for (const o of overrides) if (o.matches(path) && (!o.ifProfile || o.ifProfile.has(profile))) apply(o.rules);
      const effective = [];
      for (const rule of RULES) {
        const { severity, options } = settings.get(rule.meta.id);
        if (severity === "off") continue;
        effective.push({
          rule,
          severity: severity === "error" ? "error" : "warning",
          options: rule.options.parse(options ?? {})
        });
      }
      return effective;
    }
  };
}
function checkRules(rules, where, at) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, value] of Object.entries(rules)) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      const meant = closest(id, RULES_BY_ID.keys());
      throw new ConfigError(
        `${where}: "${keyPath([...at, id])}" is not a rule of ledgerlint${meant ? `; did you mean "${meant}"?` : ""} (known rules: ${[...RULES_BY_ID.keys()].join(", ")})`
      );
    }
    const { severity, options } = splitSetting(value);
    if (options !== void 0) {
      const schema = rule.options;
      const checked = schema.safeParse(options, { reportInput: true });
      if (!checked.success)
        throw new ConfigError(
          `${where}: ${describeIssues(checked.error.issues, { at: [...at, id, 1], schema, noKeys: "this rule takes no options" })}`
        );
    }
    out.set(id, { severity, options });
  }
  return out;
}
function splitSetting(value) {
  const [severity, options] = Array.isArray(value) ? [value[0], value[1]] : [value, void 0];
  return { severity: normaliseSeverity(severity), options };
}
function severityOf(setting) {
  return setting === "warn" ? "warning" : setting;
}
function normaliseSeverity(value) {
  if (value === 0) return "off";
  if (value === 1) return "warn";
  if (value === 2) return "error";
  return value;
}
var RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function reservedKeyIn(raw) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [[raw, ""]];
  while (stack.length > 0) {
    const [value, path] = stack.pop();
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const at = isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!isArray && RESERVED_KEYS.has(key)) return { key, path: at };
      stack.push([value[key], at]);
    }
  }
  return null;
}

export {
  DEFAULT_IGNORES,
  DEFAULT_MAX_FILE_SIZE,
  ConfigError,
  prepareConfig
};
