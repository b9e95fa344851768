// Deterministic benchmark corpus: a git repository holding a small code base, the
// history of every commit the ledgers link to, and N feature ledgers (mostly prd,
// some feature) that reference those commits (real SHAs, exact subjects) and
// existing key files. About 5% of the ledgers carry one planted fault each.
//
// Everything is derived from a seeded PRNG (mulberry32); Math.random is never used,
// and commit dates, authors and messages are fixed, so the same seed and size give
// byte-identical ledgers and identical SHAs on every machine.
//
// The repository is built with two `git fast-import` streams: (1) the code base
// and the whole commit history, commits exported as marks; (2) one commit adding
// the ledgers, written with the SHAs the marks resolved to. Then `git reset --hard`
// checks the tree out.

import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { FAMILIES, renderFamily } from './families.mjs';

// ---------------------------------------------------------------- PRNG ----

/** @param {number} a @returns {() => number} uniform in [0, 1) */
export function mulberry32(a) {
  return function next() {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit mix of the seed and a stream id (so each ledger has its own stream). */
function mix(seed, id) {
  let h = (seed ^ Math.imul(id + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Helpers bound to one random stream. */
function rngTools(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const sample = (list, k) => {
    const copy = list.slice();
    const out = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
    return out;
  };
  const weighted = (pairs) => {
    let r = rand() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
  return { rand, int, pick, chance, sample, weighted };
}

// ---------------------------------------------------------- vocabulary ----

const DOMAINS = [
  ['webhooks', 'Webhook'],
  ['invoices', 'Invoice'],
  ['billing', 'Billing'],
  ['search', 'Search'],
  ['exports', 'Export'],
  ['imports', 'Import'],
  ['audit', 'Audit'],
  ['sessions', 'Session'],
  ['notifications', 'Notification'],
  ['reports', 'Report'],
  ['payments', 'Payment'],
  ['checkout', 'Checkout'],
  ['inventory', 'Inventory'],
  ['shipping', 'Shipping'],
  ['analytics', 'Analytics'],
  ['permissions', 'Permission'],
  ['workspaces', 'Workspace'],
  ['onboarding', 'Onboarding'],
  ['calendar', 'Calendar'],
  ['comments', 'Comment'],
  ['attachments', 'Attachment'],
  ['tags', 'Tagging'],
  ['pricing', 'Pricing'],
  ['subscriptions', 'Subscription'],
  ['refunds', 'Refund'],
  ['feeds', 'Activity Feed'],
  ['dashboards', 'Dashboard'],
  ['alerts', 'Alerting'],
  ['scheduler', 'Scheduler'],
  ['cache', 'Cache'],
  ['ratelimit', 'Rate Limit'],
  ['sync', 'Sync'],
  ['backups', 'Backup'],
  ['i18n', 'Localization'],
  ['themes', 'Theme'],
  ['uploads', 'Upload'],
  ['email', 'Email'],
  ['sms', 'SMS'],
  ['sso', 'Single Sign-On'],
  ['apikeys', 'API Key'],
];
const ASPECTS = [
  'Delivery Retries',
  'Bulk Actions',
  'CSV Export',
  'Audit Trail',
  'Access Control',
  'Rate Limiting',
  'Search Filters',
  'Batch Processing',
  'Soft Delete',
  'Versioning',
  'Event Stream',
  'Caching Layer',
  'Cursor Pagination',
  'Dark Mode',
  'Offline Mode',
  'Retry Queue',
  'Deduplication',
  'Archival',
  'Health Checks',
  'Usage Metrics',
  'Preferences',
  'Scheduled Jobs',
  'Idempotency Keys',
  'Backfill',
  'Webhooks',
  'Quotas',
  'Templates',
  'Approval Flow',
];
const SRC_NAMES = [
  'service',
  'queue',
  'worker',
  'controller',
  'model',
  'repository',
  'policy',
  'validator',
  'serializer',
  'events',
  'routes',
  'settings',
  'metrics',
  'client',
  'scheduler',
  'mapper',
  'types',
  'errors',
  'index',
  'handlers',
];
const DOC_NAMES = ['overview', 'api', 'operations', 'migration', 'faq'];
const PHASES = [
  'Core Implementation',
  'Data Model & Migrations',
  'API & Integration',
  'Worker & Scheduling',
  'User Interface',
  'Observability',
  'Testing & Validation',
  'Documentation & Rollout',
  'Hardening',
  'Performance',
];
const VERBS = [
  'Add',
  'Implement',
  'Wire up',
  'Extract',
  'Validate',
  'Backfill',
  'Expose',
  'Harden',
  'Refactor',
  'Cache',
  'Instrument',
  'Migrate',
];
const THINGS = [
  (m, s) => `\`${m}_events\` table and Prisma model`,
  (m, s) => `\`${s}Service\` create and update paths`,
  (m, s) => `retry policy with exponential backoff for ${s.toLowerCase()} jobs`,
  (m, s) => `\`GET /v1/${m}\` list endpoint with cursor pagination`,
  (m, s) => `idempotency keys on \`POST /v1/${m}\``,
  (m, s) => `permission checks in the ${s.toLowerCase()} controller`,
  (m, s) => `metrics for ${s.toLowerCase()} latency and error rate`,
  (m, s) => `feature flag \`${m}_v2\` and its kill switch`,
  (m, s) => `background worker draining the ${s.toLowerCase()} queue`,
  (m, s) => `validation of ${s.toLowerCase()} payloads with zod`,
  (m, s) => `admin screen listing failed ${s.toLowerCase()} jobs`,
  (m, s) => `audit events for ${s.toLowerCase()} changes`,
  (m, s) => `integration tests against the ${s.toLowerCase()} sandbox`,
  (m, s) => `load test at 2k requests per second on staging`,
  (m, s) => `runbook for ${s.toLowerCase()} incidents`,
  (m, s) => `customer-facing docs for ${s.toLowerCase()} limits`,
  (m, s) => `soft delete and restore for ${s.toLowerCase()} records`,
  (m, s) => `nightly cleanup of expired ${s.toLowerCase()} rows`,
];
const SUBTHINGS = [
  'Migration with status and timestamps',
  'Partial index on pending rows',
  'Happy path',
  'Error mapping to HTTP codes',
  'Unit tests for edge cases',
  'Dashboard panel',
  'Alert on error budget burn',
  'Update OpenAPI spec',
  'Config in `src/config.ts`',
  'Staging dry run',
  'Backfill script for existing rows',
  'Review with the platform team',
];
const PEOPLE = ['Priya', 'Jonas', 'Marta', 'Dana', 'Kenji', 'Amara', 'Luis', 'Wei', 'Sofia', 'Tom'];
const AUTHORS = [
  ['Ada Agent', 'ada.agent@example.com'],
  ['Codex Bot', 'codex@example.com'],
  ['Priya Raman', 'priya@example.com'],
  ['Jonas Berg', 'jonas@example.com'],
  ['Marta Silva', 'marta@example.com'],
  ['Dana Cho', 'dana@example.com'],
];
const CHECKS_BEFORE_COMPLETE = [
  'All tests pass',
  'Documentation updated',
  'Code review completed',
  'PRD requirements verified',
];
const MANUAL = ['Happy path tested', 'Error cases tested', 'Edge cases tested'];

// ------------------------------------------------------------- dates ----

const EPOCH = Date.UTC(2024, 0, 1) / 1000; // day 0
const pad = (n, w = 2) => String(n).padStart(w, '0');
function isoDay(day) {
  return new Date((EPOCH + day * 86400) * 1000).toISOString().slice(0, 10);
}
const hhmm = (min) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;

// ------------------------------------------------------------ code base ----

/**
 * The files ledgers name in Key Files, with their line counts. Scales with N so
 * a big corpus has a proportionally bigger code base.
 * @returns {{ path: string, lines: number, content: string }[]}
 */
function codeBase(n, seed) {
  const { int } = rngTools(mulberry32(mix(seed, 0x5eed)));
  const perModule = Math.max(8, Math.ceil(n / 160));
  const files = [];
  const add = (path, lines, line) => {
    let content = '';
    for (let k = 1; k <= lines; k++) content += line(k);
    files.push({ path, lines, content });
  };
  for (const [mod] of DOMAINS) {
    for (let j = 0; j < perModule; j++) {
      const base =
        j < SRC_NAMES.length
          ? SRC_NAMES[j]
          : `${SRC_NAMES[j % SRC_NAMES.length]}-${Math.floor(j / SRC_NAMES.length) + 1}`;
      add(
        `src/${mod}/${base}.ts`,
        int(20, 320),
        (k) => `export const ${base.replace(/-/g, '_')}_${k} = ${k}; // ${mod}\n`,
      );
      add(
        `tests/unit/${mod}/${base}.test.ts`,
        int(15, 200),
        (k) => `test('${mod} ${base} case ${k}', () => expect(${k}).toBe(${k}));\n`,
      );
    }
    for (const doc of DOC_NAMES)
      add(`docs/${mod}/${doc}.md`, int(10, 120), (k) =>
        k === 1 ? `# ${mod} ${doc}\n` : `Paragraph ${k} about ${mod}.\n`,
      );
    add(`tests/integration/${mod}/flow.test.ts`, int(30, 250), (k) => `it('${mod} flow step ${k}', async () => {});\n`);
  }
  add('prisma/schema.prisma', 900, (k) => `// model line ${k}\n`);
  add('.env.example', 120, (k) => `SETTING_${k}=value${k}\n`);
  add('src/config.ts', 400, (k) => `export const setting${k} = process.env.SETTING_${k};\n`);
  add('package.json', 1, () => '{ "name": "bench-app", "private": true }\n');
  add('README.md', 3, (k) => ['# bench-app\n', '\n', 'Synthetic code base for the ledgerlint benchmark.\n'][k - 1]);
  // Lookups the ledger builder needs, computed once.
  files.byPath = new Map(files.map((f) => [f.path, f]));
  files.byModule = new Map();
  for (const f of files) {
    const m = /^(src|tests\/unit|docs)\/([^/]+)\/[^/]+?((?:\.test)?\.ts|\.md)$/.exec(f.path);
    if (!m) continue;
    const key = `${m[1]}/${m[2]}/*${m[3]}`;
    if (!files.byModule.has(key)) files.byModule.set(key, []);
    files.byModule.get(key).push(f);
  }
  return files;
}

// ------------------------------------------------------------- ledgers ----

/**
 * The plan of one ledger (everything but the SHAs, which exist only after the
 * history is imported).
 */
function planLedger(i, n, seed, only) {
  const R = rngTools(mulberry32(mix(seed, i + 1)));
  // Mostly the two templates, a fifth spread over the other families (no planted faults in those).
  const mixed = R.weighted([['prd', 64], ['feature', 16], ...FAMILIES.map((f) => [f, 20 / FAMILIES.length])]);
  const format = only ?? mixed;
  const [mod, subject] = R.pick(DOMAINS);
  const aspect = R.pick(ASPECTS);
  const title = `${subject} ${aspect}`;
  const prdNo = i + 1;
  const fault =
    (format === 'prd' || format === 'feature') && R.chance(0.05) && !only
      ? format === 'prd'
        ? R.pick(['progress', 'sessions', 'sha', 'placeholder'])
        : 'placeholder'
      : null;
  return { i, R, format, mod, subject, aspect, title, prdNo, fault };
}

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Builds the prd ledger's structure: phases, tasks, sessions and the commits it
 * links to (with their time, author and subject, SHA still unknown).
 */
function buildPrd(plan, files) {
  const { R, mod, subject } = plan;
  const status = R.weighted([
    ['In Progress', 55],
    ['Completed', 28],
    ['Blocked', 10],
    ['Not Started', 7],
  ]);
  const startDay = R.int(0, 760);
  const phaseCount = R.int(2, 3);
  const phaseNames = R.sample(PHASES, phaseCount);
  /** @type {{ name: string, tasks: any[] }[]} */
  const phases = [];
  for (let p = 1; p <= phaseCount; p++) {
    const tasks = [];
    const taskCount = R.int(2, 4);
    for (let t = 1; t <= taskCount; t++) {
      const subCount = R.chance(0.3) ? R.int(2, 3) : 0;
      const subTexts = R.sample(SUBTHINGS, subCount);
      tasks.push({
        id: `${p}.${t}`,
        text: `${R.pick(VERBS)} ${R.pick(THINGS)(mod, subject)}`,
        subs: subTexts.map((text, k) => ({ id: `${p}.${t}.${k + 1}`, text, done: false })),
        done: false,
        deferred: false,
        inProgress: false,
      });
    }
    phases.push({ name: phaseNames[p - 1], tasks });
  }
  const all = phases.flatMap((ph) => ph.tasks);
  if (status === 'Completed') {
    for (const t of all) {
      t.done = true;
      for (const s of t.subs) s.done = true;
    }
  } else if (status !== 'Not Started') {
    const frontier = R.int(0, all.length - 1);
    all.forEach((t, k) => {
      if (k < frontier) {
        t.done = true;
        for (const s of t.subs) s.done = true;
      } else if (k === frontier) {
        t.inProgress = true;
        // Some subtasks done, never all (a parent left open with every subtask done is a warning).
        const doneSubs = t.subs.length > 0 ? R.int(0, t.subs.length - 1) : 0;
        t.subs.forEach((s, j) => (s.done = j < doneSubs));
      } else if (R.chance(0.06) && t.subs.length === 0) {
        t.deferred = true; // [~]
      }
    });
  }

  // Sessions: each a day after the previous one, 1-5 hours long.
  const sessionCount = status === 'Not Started' ? 0 : status === 'Completed' ? R.int(2, 6) : R.int(1, 5);
  const sessions = [];
  let day = startDay;
  for (let s = 0; s < sessionCount; s++) {
    if (s > 0) day += R.int(1, 5);
    const from = R.int(8 * 60, 14 * 60);
    const to = from + R.int(45, 300);
    sessions.push({ day, from, to: Math.min(to, 23 * 60 + 50), completed: [], commits: [] });
  }

  // Commits: one or two per done task, one per done subtask of the task in progress; spread over the sessions in order.
  const work = [];
  for (const t of all) {
    if (t.done) {
      const kinds = R.chance(0.3) ? ['feat', 'test'] : [R.pick(['feat', 'feat', 'fix', 'refactor', 'docs', 'test'])];
      const named = [t.text, ...t.subs.filter((s) => s.done).map((s) => s.text)].join(' ');
      for (const kind of kinds) work.push({ task: t.id, label: `Task ${t.id}`, kind, text: t.text, named });
    } else if (t.inProgress) {
      for (const s of t.subs)
        if (s.done) work.push({ task: s.id, label: `Subtask ${s.id}`, kind: 'feat', text: `${t.text}: ${s.text}` });
      if (t.subs.length === 0 && R.chance(0.4))
        work.push({ task: t.id, label: `Task ${t.id}`, kind: 'wip', text: t.text });
    }
  }
  const commits = [];
  work.forEach((w, k) => {
    const session =
      sessions[Math.min(sessions.length - 1, Math.floor((k * sessions.length) / Math.max(1, work.length)))];
    if (!session) return;
    session.completed.push(w.label);
    const minute = session.from + Math.floor(((session.to - session.from) * (session.commits.length + 1)) / 6);
    const author = AUTHORS[R.int(0, AUTHORS.length - 1)];
    const words = w.text.replace(/`/g, '').replace(/[[\]]/g, '').toLowerCase();
    const type = w.kind === 'wip' ? 'feat' : w.kind;
    const prefix =
      type === 'test'
        ? 'add tests for '
        : type === 'docs'
          ? 'document '
          : type === 'fix'
            ? 'fix '
            : type === 'refactor'
              ? 'clean up '
              : '';
    let subjectLine = `${type}(${mod}): ${prefix}${words}`.slice(0, 72).trimEnd();
    const tag = `[PRD-${pad(plan.prdNo)} ${w.label}]`;
    const subjectHasTag = R.chance(0.4);
    if (subjectHasTag) subjectLine = `${subjectLine} ${tag}`;
    const c = {
      time: EPOCH + session.day * 86400 + minute * 60 + commits.length,
      author,
      subject: subjectLine,
      tag,
      subjectHasTag,
      task: w.task,
      // Work that names a file (a subtask "Config in `src/config.ts`") changes it, as real commits do.
      touches: /`([\w./-]+\.\w+)`/.exec(w.named ?? w.text)?.[1] ?? null,
      sha: '',
      abbrev: '',
      shaStyle: R.weighted([
        ['abbrev', 75],
        ['long', 15],
        ['full', 10],
      ]),
      listStyle: R.weighted([
        ['plain', 90],
        ['short', 5],
        ['case', 5],
      ]),
    };
    session.commits.push(c);
    commits.push(c);
  });

  // Key files from this domain.
  const ofMod = (prefix, ext) => files.byModule.get(`${prefix}/${mod}/*${ext}`) ?? [];
  const ref = (f, style) => {
    if (style === 'plain' || f.lines < 3) return f.path;
    const a = R.int(1, f.lines);
    if (style === 'line') return `${f.path}:${a}`;
    const b = R.int(a, f.lines);
    return `${f.path}:${a}-${b}`;
  };
  const core = R.sample(ofMod('src', '.ts'), R.int(2, 4)).map(
    (f) =>
      `- \`${ref(f, R.pick(['range', 'range', 'line', 'plain']))}\` - ${R.pick(['entry points', 'business logic', 'queue handling', 'validation', 'persistence', 'HTTP handlers'])}`,
  );
  const byPath = files.byPath;
  core.push(`- \`${ref(byPath.get('prisma/schema.prisma'), 'range')}\` - \`${subject.replace(/\s+/g, '')}\` model`);
  const tests = R.sample(ofMod('tests/unit', '.test.ts'), R.int(1, 2)).map(
    (f) => `- \`${f.path}\` - ${R.pick(['unit tests', 'edge cases', 'known-answer vectors'])}`,
  );
  if (R.chance(0.5))
    tests.push(`- \`tests/integration/${mod}/flow.test.ts\` - end-to-end flow against a real database`);
  const config = [
    `- \`${ref(byPath.get('.env.example'), 'range')}\` - \`${mod.toUpperCase()}_CONCURRENCY\`, \`${mod.toUpperCase()}_TIMEOUT_MS\``,
    `- \`${ref(byPath.get('src/config.ts'), 'line')}\` - ${mod} settings block`,
  ];
  const docs = [`- \`${R.pick(ofMod('docs', '.md')).path}\` - ${R.pick(['draft', 'operator guide', 'API reference'])}`];

  return { status, startDay, phases, all, sessions, commits, keyFiles: { core, tests, config, docs } };
}

function renderPrd(plan, b) {
  const { R, mod, subject, title, prdNo, fault } = plan;
  const nn = pad(prdNo);
  const lastSession = b.sessions[b.sessions.length - 1];
  const lastDay = lastSession ? lastSession.day : b.startDay;
  const lastUpdated = lastSession
    ? `${isoDay(lastSession.day)} ${hhmm(lastSession.to)}`
    : `${isoDay(b.startDay)} 09:00`;
  const eta = b.status === 'Completed' ? isoDay(lastDay) : isoDay(lastDay + R.int(3, 40));
  const L = [];
  L.push(`# Feature: ${title} (PRD ${nn})`, '');
  plan.prdDoc = `prd/${nn}_${title.replace(/[^A-Za-z0-9]+/g, '_')}.md`;
  L.push(`**PRD:** \`${plan.prdDoc}\``, '');
  L.push(`**Status:** ${b.status}`, '');
  L.push(`**Started:** ${isoDay(b.startDay)}`, '');
  L.push(
    `**Agent Sessions:** ${b.sessions.length + (fault === 'sessions' ? (b.sessions.length > 0 && R.chance(0.5) ? -1 : 1) : 0)}`,
    '',
  );
  L.push(`**Last Updated:** ${lastUpdated}`, '');
  L.push(
    `**Estimated Completion:** ${fault === 'placeholder' && plan.placeholderKind === 'eta' ? 'YYYY-MM-DD' : eta}`,
    '',
  );
  L.push('---', '', '## Context', '');
  L.push(
    `${subject} ${plan.aspect.toLowerCase()} was requested by ${R.int(3, 40)} customers this quarter. Today the ${mod} module does this inline in the request path, so failures are invisible and retries manual.`,
    '',
  );
  L.push(
    `- **Goal:** ${R.pick(['at-least-once processing', 'no manual support tickets', 'p99 under 250 ms', 'a full audit trail'])} for ${subject.toLowerCase()} ${plan.aspect.toLowerCase()}.`,
  );
  L.push(
    `- **Approach:** a \`${mod}_jobs\` table drained by the existing \`jobs\` deployment; chosen over a new service to reuse deploys and alerts.`,
  );
  L.push(
    `- **Constraint:** the triggering request must not wait on the work; scale it with \`${mod.toUpperCase()}_CONCURRENCY\`.`,
    '',
  );
  L.push('---', '', '## Tasks', '');
  b.phases.forEach((ph, p) => {
    L.push(`### Phase ${p + 1}: ${ph.name}`, '');
    for (const t of ph.tasks) {
      const box = t.done ? '[x]' : t.deferred ? '[~]' : '[ ]';
      L.push(
        `- ${box} Task ${t.id}: ${t.text}${t.done ? ' ✓' : t.inProgress ? ' (IN PROGRESS)' : t.deferred ? ' (deferred to a follow-up PRD)' : ''}`,
      );
      for (const s of t.subs) L.push(`  - ${s.done ? '[x]' : '[ ]'} Subtask ${s.id}: ${s.text}${s.done ? ' ✓' : ''}`);
    }
    L.push('');
  });
  L.push('---', '', '## Progress Summary', '');
  const pct = (d, t) => (t === 0 ? 0 : Math.round((100 * d) / t));
  let D = 0;
  let T = 0;
  const faultyPhase = fault === 'progress' ? R.int(0, b.phases.length - 1) : -1;
  b.phases.forEach((ph, p) => {
    const t = ph.tasks.length;
    let d = ph.tasks.filter((x) => x.done).length;
    D += d;
    T += t;
    if (p === faultyPhase) d = d < t ? d + 1 : d - 1; // the summary was not updated (or updated ahead of the boxes)
    L.push(`- **Phase ${p + 1}:** ${pct(d, t)}% complete (${d}/${t} tasks done)`);
  });
  L.push(`- **Overall:** ${pct(D, T)}% complete (${D}/${T} tasks done)`, '');
  L.push('---', '', '## Blockers', '', '**Current Blockers:**');
  const open = b.all.filter((t) => !t.done);
  if (b.status === 'Blocked' || (b.status === 'In Progress' && R.chance(0.3))) {
    const blocked = open[0] ?? b.all[0];
    L.push(
      `1. ${R.pick(['Schema change not yet approved by the data team', 'Staging environment lacks the new queue', 'Waiting on security review of the token format', 'Vendor sandbox is down for maintenance'])} - Blocking Task ${blocked.id}`,
    );
    L.push(`   - **Severity:** ${R.pick(['Critical', 'Important', 'Minor'])}`);
    L.push(`   - **Status:** ${R.pick(['Investigating', 'Waiting'])}`);
    L.push(`   - **Resolution:** ${R.pick(PEOPLE)} is following up; expected ${isoDay(lastDay + R.int(1, 10))}`);
  } else L.push('- None');
  L.push('', '**Resolved Blockers:**');
  if (R.chance(0.5))
    L.push(
      `- ${R.pick(['Staging database too old for SKIP LOCKED', 'Missing IAM permission for the bucket', 'Flaky CI runner image'])} - Resolved on ${isoDay(b.startDay + R.int(0, 3))} by ${R.pick(['upgrading staging', 'adding the policy', 'pinning the image'])}`,
    );
  else L.push('- None');
  L.push('', '---', '', '## Key Files', '');
  L.push(
    '**Core Implementation:**',
    ...b.keyFiles.core,
    '',
    '**Tests:**',
    ...b.keyFiles.tests,
    '',
    '**Configuration:**',
    ...b.keyFiles.config,
    '',
    '**Documentation:**',
    ...b.keyFiles.docs,
    '',
  );
  L.push('---', '', '## Decisions Made', '');
  const decisions = R.sample(
    [
      'Postgres table as the queue instead of Redis Streams',
      'Full jitter rather than equal jitter',
      'Cursor pagination instead of offsets',
      'Store only overrides, not the full matrix',
      'Sign tokens with HMAC instead of storing them',
    ],
    R.int(1, 2),
  );
  for (let k = 1; k <= decisions.length; k++) {
    L.push(`${k}. **Decision:** ${decisions[k - 1]}`);
    L.push(`   - **Date:** ${isoDay(b.startDay + k - 1)}`);
    L.push(
      `   - **Rationale:** ${R.pick(['survives a cache flush and shares the transaction', 'avoids a thundering herd after an outage', 'stable under concurrent inserts', 'most users never change a setting'])}`,
    );
    L.push(
      `   - **Impact:** ${R.pick(['about 40 extra writes per second on the primary', 'attempt times are given as ranges in the docs', 'one more index on the table'])}`,
      '',
    );
  }
  L.push('---', '', '## Technical Notes', '');
  L.push(
    '**Key Patterns Used:**',
    `- Transactional outbox: the job row is written with the domain change (\`src/${mod}/queue.ts\`)`,
    '',
  );
  L.push(
    '**Dependencies Added:**',
    R.chance(0.7) ? '- None' : `- \`p-limit@5\` - bounded concurrency in the worker`,
    '',
  );
  L.push(
    '**Database Changes:**',
    `- Migration \`${isoDay(b.startDay).replace(/-/g, '')}_add_${mod}_jobs\` - new table and partial index`,
    '',
  );
  L.push('**Performance Considerations:**', `- p99 unchanged at ${R.int(120, 240)} ms on staging`, '');
  L.push('---', '', '## Testing Status', '');
  // A done ledger meets its coverage target (completion-gate compares "Coverage: N% (target: M%)").
  const cov =
    plan.fault === 'placeholder' && plan.placeholderKind === 'coverage'
      ? 'XX'
      : String(b.status === 'Completed' ? R.int(90, 98) : R.int(60, 98));
  L.push(
    '**Unit Tests:**',
    `- Coverage: ${cov}% (target: 90%)`,
    `- Files: \`tests/unit/${mod}/*.test.ts\``,
    `- Status: ${b.status === 'Completed' ? 'Complete' : b.status === 'Not Started' ? 'Not Started' : 'In Progress'}`,
    '',
  );
  L.push(
    '**Integration Tests:**',
    `- Coverage: enqueue, claim under concurrent workers${b.status === 'Completed' ? ', replay' : '; replay not yet'}`,
    `- Files: \`tests/integration/${mod}/flow.test.ts\``,
    `- Status: ${b.status === 'Completed' ? 'Complete' : 'In Progress'}`,
    '',
  );
  L.push('**Manual Testing:**');
  const manualDone = b.status === 'Completed' ? MANUAL.length : b.status === 'Not Started' ? 0 : R.int(0, 3);
  MANUAL.forEach((m, k) => L.push(`- ${k < manualDone ? '[x]' : '[ ]'} ${m}`));
  L.push('', '---', '', '## Next Session Priorities', '', '**Immediate Next Steps (Start Here):**');
  if (b.status === 'Completed') L.push('1. None: feature shipped; follow-ups are tracked in the Notes');
  else open.slice(0, 3).forEach((t, k) => L.push(`${k + 1}. Task ${t.id}: ${t.text}`));
  L.push(
    '',
    '**After That:**',
    `- Review ${mod} dashboards with ${R.pick(PEOPLE)}`,
    '',
    '**Before Marking Complete:**',
  );
  const beforeDone = b.status === 'Completed' ? CHECKS_BEFORE_COMPLETE.length : R.int(0, 2);
  CHECKS_BEFORE_COMPLETE.forEach((c, k) => L.push(`- ${k < beforeDone ? '[x]' : '[ ]'} ${c}`));
  L.push('', '---', '', '## Session Log', '');
  if (b.sessions.length === 0) L.push('No sessions yet.', '');
  b.sessions.forEach((s, k) => {
    L.push(`**Session ${k + 1} (${isoDay(s.day)} ${hhmm(s.from)} - ${hhmm(s.to)}):**`);
    L.push(`- Completed: ${s.completed.length > 0 ? s.completed.join(', ') : 'read the PRD, planned the next steps'}`);
    L.push(
      `- Issues encountered: ${R.pick(['none', 'flaky test; fixed by injecting the clock', 'staging was down for an hour'])}`,
    );
    L.push(`- Decisions made: ${R.pick(['none', 'see Decisions Made', 'keep the old path behind a flag'])}`);
    L.push(`- Next: ${k === b.sessions.length - 1 ? 'see Immediate Next Steps' : 'continue with the next task'}`, '');
  });
  L.push('---', '', '## Git Commits', '');
  if (b.commits.length === 0) L.push('None yet.');
  for (const c of b.commits) {
    const sha =
      plan.invented === c
        ? plan.inventedSha
        : c.shaStyle === 'full'
          ? c.sha
          : c.shaStyle === 'long'
            ? c.sha.slice(0, Math.max(c.abbrev.length, 12))
            : c.abbrev;
    let msg = c.subjectHasTag ? c.subject.slice(0, -(c.tag.length + 1)) : c.subject;
    if (c.listStyle === 'short' && msg.lastIndexOf(' ', 28) > 12)
      msg = `${msg.slice(0, msg.lastIndexOf(' ', 28)).trimEnd()}…`;
    else if (c.listStyle === 'case') msg = msg.charAt(0).toUpperCase() + msg.slice(1);
    L.push(`- \`${sha}\` - ${msg} ${c.tag}`);
  }
  L.push('', '---', '', '## Notes', '');
  L.push(`- The old inline path stays behind the \`${mod}_v2\` flag until the last phase is done.`);
  L.push(`- Related: PRD ${pad(R.int(1, 99))} reuses the same outbox pattern.`);
  return `${L.join('\n')}\n`;
}

function renderFeature(plan) {
  const { R, mod, subject, title, fault } = plan;
  const status = R.weighted([
    ['In Progress', 45],
    ['Completed', 25],
    ['In Review', 15],
    ['Planning', 10],
    ['Blocked', 5],
  ]);
  const created = R.int(0, 760);
  const logDays = [created];
  const logCount = status === 'Planning' ? 1 : R.int(2, 4);
  for (let k = 1; k < logCount; k++) logDays.push(logDays[k - 1] + R.int(2, 9));
  const updated = logDays[logDays.length - 1];
  const done = status === 'Completed';
  const some = (list, p) => list.map((item) => [done || (status !== 'Planning' && R.chance(p)), item]);
  const box = ([d, item]) => `- ${d ? '[x]' : '[ ]'} ${item}`;
  const L = [];
  L.push(`# ${title}`, '');
  L.push(`**Branch:** feat/${slug(title)}`);
  L.push(
    `**Summary:** Lets ${R.pick(['workspace admins', 'support agents', 'customers', 'operators'])} manage ${subject.toLowerCase()} ${plan.aspect.toLowerCase()} without a support ticket or a manual script.`,
  );
  L.push(`**Status:** ${status}`);
  L.push(`**Created:** ${isoDay(created)}`);
  L.push(
    `**Updated:** ${fault === 'placeholder' && plan.placeholderKind === 'updated' ? 'YYYY-MM-DD' : isoDay(updated)}`,
    '',
  );
  L.push('## Context', '', '### Problem Statement');
  L.push(
    `Today ${subject.toLowerCase()} ${plan.aspect.toLowerCase()} is handled by hand: support runs \`scripts/${mod}_fix.ts\` for every large customer (${R.int(10, 60)} tickets last quarter). The script has no validation and once touched the wrong workspace.`,
    '',
  );
  L.push(
    '### Success Criteria',
    ...some(
      [
        `Admins finish the flow without contacting support`,
        `Tickets tagged \`${mod}\` drop by half within a month`,
        'The manual script is no longer needed',
      ],
      0.4,
    ).map(box),
    '',
  );
  L.push(
    '### Acceptance Criteria',
    ...some(
      [
        `Admin can start the ${plan.aspect.toLowerCase()} flow from settings`,
        'Invalid input is listed with a reason before anything is sent',
        'Re-running the same request changes nothing',
      ],
      0.4,
    ).map(box),
    '',
  );
  L.push('## Technical Approach', '', '### Architecture Changes');
  L.push(`A new \`${mod}\` job type runs in the existing worker pool; the web request only enqueues and returns.`, '');
  L.push(
    '### Implementation Plan',
    `1. \`${subject.replace(/\s+/g, '')}Job\` model and enqueue endpoint`,
    '2. Validation with per-row errors',
    '3. Preview and confirm step',
    '4. Batched execution with idempotency keys',
    '',
  );
  L.push('### Dependencies', '- `csv-parse` 5.x: streaming parser; already used by the reporting service', '');
  L.push(
    '### Risks & Mitigations',
    '- **Large inputs time out the web request**',
    '  - *Mitigation*: validate in a background job',
    '- **Duplicate work on retry**',
    '  - *Mitigation*: idempotency key per job and item',
    '',
  );
  L.push('## Progress Log', '');
  const headings = ['Initial Planning', 'Model and endpoint', 'Validation', 'Preview screen', 'Batched execution'];
  logDays.forEach((d, k) => {
    const heading =
      fault === 'placeholder' && plan.placeholderKind === 'status-update' && k === logDays.length - 1
        ? '[Status Update]'
        : headings[k];
    L.push(
      `### ${isoDay(d)} - ${heading}`,
      `- ${k === 0 ? 'Created feature ledger' : `Merged step ${k} behind the \`${mod}_v2\` flag`}`,
      `- ${R.pick(['Agreed limits with product', 'Found an encoding edge case; now handled', 'Validation runs in 3 s for 5,000 rows'])}`,
      '',
    );
  });
  L.push('## Technical Decisions', '', '### Decision 1: Validate in a background job, not in the request');
  L.push(
    '**Context**: validation of large inputs took up to 20 s in the first prototype  ',
    '**Options**: synchronous with a longer timeout; background job with polling  ',
    '**Decision**: background job with polling every 2 s  ',
    '**Reasoning**: polling reuses the existing job status endpoint  ',
    '**Consequences**: the preview appears a few seconds after submit',
    '',
  );
  L.push(
    '## Testing Strategy',
    '',
    '### Unit Tests',
    ...some(['Validation of missing and malformed fields', 'Idempotency key collisions'], 0.5).map(box),
    '',
  );
  L.push(
    '### Integration Tests',
    ...some(['End-to-end run against local S3', 'Resume a job killed halfway'], 0.4).map(box),
    '',
  );
  L.push(
    '### Manual Testing',
    ...some(['Run the flow with a file exported from Excel', 'Run the flow on a workspace with 10k users'], 0.3).map(
      box,
    ),
    '',
  );
  L.push(
    '## Documentation Updates',
    '',
    ...some(['API documentation', 'User documentation', 'Code comments', 'Architecture docs'], 0.4).map(box),
    '',
  );
  L.push(
    '## Deployment Notes',
    '',
    '### Environment Requirements',
    `- \`${mod.toUpperCase()}_MAX_ROWS=5000\` in all environments`,
    '',
  );
  L.push(
    '### Rollback Plan',
    'Steps to rollback if issues are discovered:',
    `1. Turn off the \`${mod}_v2\` flag`,
    '2. Let running jobs finish or cancel them',
    '',
  );
  L.push(
    '## Review & Feedback',
    '',
    '### Code Review Checklist',
    ...some(
      [
        'Code follows project patterns',
        'Tests are comprehensive',
        'Performance is acceptable',
        'Security considerations addressed',
      ],
      0.5,
    ).map(box),
    '',
  );
  L.push(
    '### Stakeholder Feedback',
    `- Support (${R.pick(PEOPLE)}): wants the error list to keep the original row order`,
    '',
  );
  L.push(
    '## Completion',
    '',
    '### Final Status',
    ...[
      'All acceptance criteria met',
      'Tests passing',
      'Documentation updated',
      'Code reviewed and approved',
      'Deployed to production',
    ].map((x) => box([done, x])),
    '',
  );
  L.push('### Lessons Learned', '- Collect sample inputs from customers early', '');
  L.push('### Follow-up Items', `- [ ] Support larger ${plan.aspect.toLowerCase()} runs by chunking`, '');
  L.push(
    '---',
    '',
    `*This ledger tracks the development of ${title}. Update it regularly with progress, decisions, and learnings.*`,
  );
  return { text: `${L.join('\n')}\n`, status };
}

// ---------------------------------------------------------- fast-import ----

function runFastImport(repo, env, args, produce) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet', ...args], {
      cwd: repo,
      env,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}: ${stderr.slice(0, 2000)}`)),
    );
    (async () => {
      for (const chunk of produce()) {
        if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })().catch(reject);
  });
}

const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
const ident = ([name, email], time) => `${name} <${email}> ${time} +0000`;

/**
 * Generates the corpus at `repo` (created). Returns what the benchmark needs:
 * ledger paths, which are faulted and how, and counts.
 * `only` makes every ledger of that format, clean (the 1-ledger repository of the hook scenario).
 * @param {{ repo: string, n: number, seed: number, env: NodeJS.ProcessEnv, only?: string }} options
 */
export async function generateCorpus({ repo, n, seed, env, only }) {
  const t0 = performance.now();
  const phases = [];
  const phase = (name) => phases.push([name, Math.round(performance.now() - t0)]);
  await mkdir(repo, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  git('init', '-q', '-b', 'main');
  git('config', 'gc.auto', '0');
  git('config', 'core.autocrlf', 'false');

  const files = codeBase(n, seed);
  phase('code base');
  const plans = [];
  for (let i = 0; i < n; i++) plans.push(planLedger(i, n, seed, only));
  for (const plan of plans) {
    if (plan.fault === 'placeholder')
      plan.placeholderKind =
        plan.format === 'prd' ? plan.R.pick(['eta', 'coverage']) : plan.R.pick(['updated', 'status-update']);
    if (plan.format === 'prd') plan.built = buildPrd(plan, files);
    // A fault needs something to act on; otherwise the ledger stays clean.
    if (plan.fault === 'sha' && plan.built.commits.length === 0) plan.fault = null;
  }

  phase('ledger plans');
  // Stream 1: the code base, then every linked commit in time order.
  const commits = plans.flatMap((p) => (p.built ? p.built.commits : []));
  commits.sort((a, b) => a.time - b.time);
  const baseTime = EPOCH - 86400;
  await runFastImport(repo, env, ['--export-marks=' + join(repo, '.git', 'bench-marks')], function* () {
    let mark = 1;
    let out = '';
    for (const f of files) {
      f.mark = mark++;
      out += `blob\nmark :${f.mark}\n${data(f.content)}`;
      if (out.length > 1 << 20) {
        yield out;
        out = '';
      }
    }
    out += `commit refs/heads/main\nmark :${mark++}\nauthor ${ident(AUTHORS[2], baseTime)}\ncommitter ${ident(AUTHORS[2], baseTime)}\n${data('chore: import the application code base\n')}`;
    for (const f of files) out += `M 100644 :${f.mark} ${f.path}\n`;
    out += '\n';
    const contents = new Map(files.map((f) => [f.path, f.content]));
    for (const c of commits) {
      c.mark = mark++;
      const body = `${c.subject}\n\nRefs ${c.tag.slice(1, -1)}.\n`;
      out += `commit refs/heads/main\nmark :${c.mark}\nauthor ${ident(c.author, c.time)}\ncommitter ${ident(c.author, c.time)}\n${data(body)}`;
      const before = c.touches && contents.get(c.touches);
      if (before !== undefined && before !== null) {
        // Appended, so that line numbers other ledgers cite stay inside the file.
        const after = `${before}// ${c.tag.slice(1, -1)}\n`;
        contents.set(c.touches, after);
        out += `M 100644 inline ${c.touches}\n${data(after)}`;
      }
      out += '\n';
      if (out.length > 1 << 20) {
        yield out;
        out = '';
      }
    }
    yield out;
  });

  phase('fast-import history');
  // Real SHAs from the marks; abbreviations as `git log --abbrev=7` prints them
  // (unique among all objects now; commits can never become ambiguous with each other later).
  const byMark = new Map();
  for (const line of (await readFile(join(repo, '.git', 'bench-marks'), 'utf8')).split('\n')) {
    const [m, sha] = line.split(' ');
    if (sha) byMark.set(Number(m.slice(1)), sha);
  }
  const abbrev = new Map();
  for (const line of git('log', '--abbrev=7', '--format=%H %h', 'main').split('\n')) {
    const [full, short] = line.split(' ');
    if (full) abbrev.set(full, short);
  }
  const prefixes7 = new Set([...abbrev.keys()].map((s) => s.slice(0, 7)));
  for (const c of commits) {
    c.sha = byMark.get(c.mark);
    c.abbrev = abbrev.get(c.sha);
    if (!c.sha || !c.abbrev) throw new Error(`commit mark :${c.mark} has no SHA`);
    // Never write a template example SHA by accident.
    if (/^(abc1234|def5678|ghi9012)$/.test(c.abbrev)) c.abbrev = c.sha.slice(0, 8);
  }

  phase('abbreviations');
  // Ledger texts.
  const ledgers = [];
  for (const plan of plans) {
    let text;
    let status;
    let path;
    if (plan.format === 'prd') {
      if (plan.fault === 'sha') {
        plan.invented = plan.built.commits[plan.R.int(0, plan.built.commits.length - 1)];
        let s;
        do s = Array.from({ length: 7 }, () => '0123456789abcdef'[plan.R.int(0, 15)]).join('');
        while (prefixes7.has(s) || !/[a-f]/.test(s) || !/[0-9]/.test(s) || /^(abc1234|def5678)$/.test(s));
        plan.inventedSha = s;
      }
      text = renderPrd(plan, plan.built);
      status = plan.built.status;
      path = `ledgers/prd/${pad(plan.prdNo, 5)}-${slug(plan.title)}.md`;
    } else if (plan.format !== 'feature') {
      ({ text, status, path } = renderFamily(plan, { isoDay, slug, pad, VERBS, THINGS, SUBTHINGS, PEOPLE }));
    } else {
      ({ text, status } = renderFeature(plan));
      path = `.ai/ledgers/${pad(plan.prdNo, 5)}-${slug(plan.title)}.md`;
    }
    ledgers.push({
      path,
      format: plan.format,
      status,
      fault: plan.fault,
      bytes: Buffer.byteLength(text),
      text,
      prdDoc: plan.format === 'prd' ? plan.prdDoc : undefined,
    });
  }

  phase('ledger texts');
  // Stream 2: one commit adding every ledger on top of the history.
  const lastTime = commits.length > 0 ? commits[commits.length - 1].time + 3600 : baseTime + 3600;
  await runFastImport(repo, env, [], function* () {
    let out = `commit refs/heads/main\nauthor ${ident(AUTHORS[0], lastTime)}\ncommitter ${ident(AUTHORS[0], lastTime)}\n${data('docs: feature ledgers\n')}from refs/heads/main^0\n`;
    for (const l of ledgers) {
      out += `M 100644 inline ${l.path}\n${data(l.text)}`;
      if (l.prdDoc)
        out += `M 100644 inline ${l.prdDoc}\n${data(`# PRD: ${l.prdDoc.slice(4, -3).replace(/_/g, ' ')}\n`)}`;
      if (out.length > 1 << 20) {
        yield out;
        out = '';
      }
    }
    yield `${out}\n`;
  });
  phase('fast-import ledgers');
  // Parallel checkout: on this kind of VM it writes the ~15k files several times faster.
  git(
    '-c',
    `checkout.workers=${Math.max(2, cpus().length)}`,
    '-c',
    'checkout.thresholdForParallelism=100',
    'reset',
    '--hard',
    '-q',
  );
  phase('checkout');
  const generateMs = performance.now() - t0;

  const count = (pred) => ledgers.filter(pred).length;
  return {
    repo,
    n,
    generateMs,
    generatePhases: phases,
    ledgers: ledgers.map(({ text, ...rest }) => rest),
    commits: commits.length,
    sourceFiles: files.length,
    prd: count((l) => l.format === 'prd'),
    feature: count((l) => l.format === 'feature'),
    families: Object.fromEntries(FAMILIES.map((f) => [f, count((l) => l.format === f)])),
    faulted: count((l) => l.fault),
    avgBytes: Math.round(ledgers.reduce((s, l) => s + l.bytes, 0) / Math.max(1, ledgers.length)),
    /** A clean prd ledger In Progress (else any clean ledger: a 1-ledger repository), for the pre-commit scenario. */
    hookLedger: (
      ledgers.find((l) => l.format === 'prd' && !l.fault && l.status === 'In Progress') ?? ledgers.find((l) => !l.fault)
    )?.path,
  };
}

/** Which rule a planted fault must produce. */
export const FAULT_RULE = {
  progress: 'progress-math',
  sessions: 'session-count',
  sha: 'commit-exists',
  placeholder: 'placeholders',
};
