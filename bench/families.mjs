// Generators for the ledger families other than prd and feature: spec-kit tasks,
// Kiro tasks, Backlog.md tasks, BMAD stories, GSD roadmaps and states, and agent
// progress logs. Written from the shape each builtin profile describes
// (src/core/profiles/builtin/), not copied from real files. Each ledger is clean:
// its boxes, counts and dates agree, so any finding on one is a false positive.
//
// Every generator takes (plan, ctx) where plan has R (random tools), mod, subject,
// title, prdNo and ctx has isoDay, slug, pad, VERBS, THINGS, SUBTHINGS, PEOPLE; it
// returns { path, text, status }.

export const FAMILIES = ['speckit', 'kiro', 'backlog', 'bmad', 'gsd-roadmap', 'gsd-state', 'progress'];

/** Directories and globs holding these families (for the CLI and for markdownlint-cli2). */
export const FAMILY_DIRS = ['specs', '.kiro', 'backlog', 'docs/stories', 'modules', 'agents'];
export const FAMILY_GLOBS = [
  'specs/**/*.md',
  '.kiro/**/*.md',
  'backlog/**/*.md',
  'docs/stories/**/*.md',
  'modules/**/*.md',
  'agents/**/*.md',
];

const box = (done, text) => `- [${done ? 'x' : ' '}] ${text}`;

function tasks(plan, ctx, count) {
  const { R, mod, subject } = plan;
  return Array.from({ length: count }, () => `${R.pick(ctx.VERBS)} ${R.pick(ctx.THINGS)(mod, subject)}`);
}

/** How far along: a fraction of the boxes ticked, in order (earlier work is done first). */
function progress(R) {
  return R.weighted([
    [0, 10],
    [0.3, 25],
    [0.6, 30],
    [1, 35],
  ]);
}

function speckit(plan, ctx) {
  const { R, mod, title, prdNo } = plan;
  const share = progress(R);
  const phaseNames = [
    'Setup',
    'Foundational',
    `User Story 1 - ${title}`,
    'User Story 2 - Reporting',
    'Polish & Cross-Cutting Concerns',
  ].slice(0, R.int(3, 5));
  const all = phaseNames.map((name, p) => ({
    name,
    items: tasks(plan, ctx, R.int(2, 5)).map((t, k) => ({ t, p, k })),
  }));
  const flat = all.flatMap((ph) => ph.items);
  const doneCount = Math.round(flat.length * share);
  let id = 0;
  const L = [
    `# Tasks: ${title}`,
    '',
    `**Input**: Design documents from \`/specs/${ctx.pad(prdNo, 3)}-${ctx.slug(title)}/\``,
    '**Prerequisites**: plan.md (required), spec.md, data-model.md',
    '',
  ];
  L.push(
    '## Format: `[ID] [P?] [Story] Description`',
    '',
    '- **[P]**: Can run in parallel (different files, no dependencies)',
    '- **[Story]**: Which user story this task belongs to (e.g. US1, US2)',
    '',
  );
  L.push('## Path Conventions', '', `- Source in \`src/${mod}/\`, tests in \`tests/${mod}/\``, '');
  for (const [p, ph] of all.entries()) {
    L.push(`## Phase ${p + 1}: ${ph.name}`, '');
    if (p >= 2)
      L.push(
        `**Goal**: ${ph.name.replace(/^User Story \d+ - /, '')} works end to end`,
        '',
        `**Independent Test**: run the ${mod} suite on a fresh database`,
        '',
      );
    for (const it of ph.items) {
      id++;
      const tags = `${R.chance(0.4) ? ' [P]' : ''}${p >= 2 ? ` [US${p - 1}]` : ''}`;
      L.push(box(id <= doneCount, `T${ctx.pad(id, 3)}${tags} ${it.t} in src/${mod}/${ctx.slug(it.t).slice(0, 24)}.ts`));
    }
    L.push('', `**Checkpoint**: phase ${p + 1} complete and verified`, '');
  }
  L.push(
    '## Dependencies & Execution Order',
    '',
    '- Setup has no dependencies; Foundational blocks all user stories',
    '- User stories can proceed in parallel once Foundational is done',
    '',
  );
  L.push('## Parallel Opportunities', '', '- Tasks marked [P] in the same phase touch different files', '');
  L.push(
    '## Notes',
    '',
    '- Commit after each task or logical group',
    '- Stop at any checkpoint to validate the story on its own',
    '',
  );
  return {
    path: `specs/${ctx.pad(prdNo, 5)}-${ctx.slug(title)}/tasks.md`,
    text: L.join('\n'),
    status: share === 1 ? 'Completed' : 'In Progress',
  };
}

function kiro(plan, ctx) {
  const { R, mod, title, prdNo } = plan;
  const share = progress(R);
  const top = tasks(plan, ctx, R.int(3, 7));
  const L = [
    '# Implementation Plan',
    '',
    `Convert the ${title.toLowerCase()} design into coding steps. Each step builds on the previous one.`,
    '',
  ];
  let doneBefore = Math.round(top.length * share);
  for (const [k, t] of top.entries()) {
    const done = k < doneBefore;
    const subs = R.chance(0.5) ? tasks(plan, ctx, R.int(2, 3)) : [];
    L.push(box(done, `${k + 1}. ${t}`));
    for (const [j, s] of subs.entries()) {
      const optional = !done && R.chance(0.2);
      L.push(`  - [${done ? 'x' : ' '}]${optional ? '*' : ''} ${k + 1}.${j + 1} ${s}`);
      L.push(`    - Write unit tests for ${ctx.slug(s).replace(/-/g, ' ')}`);
      L.push(`    - _Requirements: ${k + 1}.${j + 1}, ${R.int(1, 6)}.${R.int(1, 4)}_`);
    }
    if (subs.length === 0) L.push(`  - Touches \`src/${mod}/\``, `  - _Requirements: ${R.int(1, 6)}.${R.int(1, 4)}_`);
    L.push('');
  }
  if (doneBefore > top.length) doneBefore = top.length;
  return {
    path: `.kiro/specs/${ctx.pad(prdNo, 5)}-${ctx.slug(title)}/tasks.md`,
    text: L.join('\n'),
    status: share === 1 ? 'Completed' : 'In Progress',
  };
}

function backlog(plan, ctx) {
  const { R, mod, subject, title, prdNo } = plan;
  const share = progress(R);
  const status = share === 1 ? 'Done' : share === 0 ? 'To Do' : 'In Progress';
  const created = R.int(0, 700);
  const updated = created + R.int(0, 30);
  const ac = tasks(plan, ctx, R.int(2, 6));
  const doneCount = Math.round(ac.length * share);
  const L = [
    '---',
    `id: task-${prdNo}`,
    `title: ${title}`,
    `status: ${status}`,
    `assignee: ['@${R.pick(ctx.PEOPLE).toLowerCase()}']`,
    `created_date: '${ctx.isoDay(created)} 10:${ctx.pad(R.int(0, 59))}'`,
    `updated_date: '${ctx.isoDay(updated)} 16:${ctx.pad(R.int(0, 59))}'`,
    `labels: [${mod}, backend]`,
    'dependencies: []',
    '---',
    '',
  ];
  L.push(
    '## Description',
    '',
    `<!-- SECTION:DESCRIPTION:BEGIN -->`,
    `${subject} needs ${title.toLowerCase()} so that support stops handling it by hand.`,
    `<!-- SECTION:DESCRIPTION:END -->`,
    '',
  );
  L.push(
    '## Acceptance Criteria',
    '<!-- AC:BEGIN -->',
    ...ac.map((t, k) => box(k < doneCount, `#${k + 1} ${t}`)),
    '<!-- AC:END -->',
    '',
  );
  L.push(
    '## Implementation Plan',
    '',
    `1. Read the current ${mod} code path`,
    '2. Add the new behaviour behind a flag',
    '3. Turn the flag on in staging',
    '',
  );
  if (share > 0)
    L.push('## Implementation Notes', '', `Started with the ${mod} service; the flag is \`${mod}_v2\`.`, '');
  return {
    path: `backlog/tasks/task-${prdNo} - ${title.replace(/[^A-Za-z0-9 ]/g, '')}.md`,
    text: L.join('\n'),
    status,
  };
}

function bmad(plan, ctx) {
  const { R, mod, subject, title, prdNo } = plan;
  const share = progress(R);
  const status = share === 1 ? 'Done' : share === 0 ? 'Approved' : 'InProgress';
  const epic = Math.floor(prdNo / 10) + 1;
  const story = (prdNo % 10) + 1;
  const work = tasks(plan, ctx, R.int(2, 5));
  const doneCount = Math.round(work.length * share);
  const L = [
    `# Story ${epic}.${story}: ${title}`,
    '',
    '## Status',
    '',
    status,
    '',
    '## Story',
    '',
    `**As a** ${subject.toLowerCase()} admin,`,
    `**I want** ${title.toLowerCase()},`,
    '**so that** I stop fixing it by hand.',
    '',
  ];
  L.push('## Acceptance Criteria', '', ...work.map((t, k) => `${k + 1}. ${t} works for every workspace`), '');
  L.push('## Tasks / Subtasks', '');
  for (const [k, t] of work.entries()) {
    L.push(box(k < doneCount, `Task ${k + 1}: ${t} (AC: ${k + 1})`));
    L.push(`  ${box(k < doneCount, `Add tests in tests/${mod}/`)}`);
  }
  L.push(
    '',
    '## Dev Notes',
    '',
    `- The ${mod} module owns this; see \`src/${mod}/\``,
    '',
    '### Testing',
    '',
    `- Unit tests beside the code in \`tests/${mod}/\``,
    '',
  );
  L.push(
    '## Change Log',
    '',
    '| Date | Version | Description | Author |',
    '|---|---|---|---|',
    `| ${ctx.isoDay(R.int(0, 700))} | 1.0 | Story drafted | ${R.pick(ctx.PEOPLE)} |`,
    '',
  );
  L.push(
    '## Dev Agent Record',
    '',
    '### Agent Model Used',
    '',
    'claude-sonnet-4',
    '',
    '### Completion Notes List',
    '',
    share === 1 ? '- All tasks done, tests green' : '- Work in progress',
    '',
    '### File List',
    '',
    `- src/${mod}/index.ts`,
    '',
  );
  L.push('## QA Results', '', share === 1 ? 'PASS' : 'Not reviewed yet', '');
  return { path: `docs/stories/${epic}.${story}.${ctx.pad(prdNo, 5)}.story.md`, text: L.join('\n'), status };
}

function gsdRoadmap(plan, ctx) {
  const { R, mod, title, prdNo } = plan;
  const phases = Array.from({ length: R.int(3, 5) }, (_, p) => ({
    name: `${R.pick(ctx.VERBS)} ${mod} ${['foundation', 'core', 'integration', 'polish', 'launch'][p]}`,
    plans: R.int(1, 4),
  }));
  const current = R.int(0, phases.length);
  for (const [p, ph] of phases.entries()) ph.done = p < current ? ph.plans : p === current ? R.int(0, ph.plans - 1) : 0;
  const L = [
    `# Roadmap: ${title}`,
    '',
    '## Overview',
    '',
    `From nothing to ${title.toLowerCase()} in ${phases.length} phases.`,
    '',
    '## Phases',
    '',
  ];
  for (const [p, ph] of phases.entries())
    L.push(box(ph.done === ph.plans, `**Phase ${p + 1}: ${ph.name}** - ${ph.plans} plans`));
  L.push('', '## Phase Details', '');
  for (const [p, ph] of phases.entries()) {
    L.push(
      `### Phase ${p + 1}: ${ph.name}`,
      `**Goal**: ${ph.name} is usable`,
      `**Depends on**: ${p === 0 ? 'Nothing (first phase)' : `Phase ${p}`}`,
      '**Success Criteria** (what must be TRUE):',
      `  1. ${ph.name} passes its tests`,
      `**Plans**: ${ph.plans} plans`,
      '',
      'Plans:',
    );
    for (let k = 0; k < ph.plans; k++)
      L.push(
        box(
          k < ph.done,
          `${ctx.pad(p + 1)}-${ctx.pad(k + 1)}: ${R.pick(ctx.VERBS)} ${R.pick(ctx.THINGS)(mod, plan.subject)}`,
        ),
      );
    L.push('');
  }
  L.push(
    '## Progress',
    '',
    '| Phase | Plans Complete | Status | Completed |',
    '|-------|----------------|--------|-----------|',
  );
  for (const [p, ph] of phases.entries())
    L.push(
      `| ${p + 1}. ${ph.name} | ${ph.done}/${ph.plans} | ${ph.done === ph.plans ? 'Complete' : ph.done > 0 ? 'In progress' : 'Not started'} | ${ph.done === ph.plans ? ctx.isoDay(R.int(0, 700)) : '-'} |`,
    );
  L.push('');
  return {
    path: `modules/${ctx.pad(prdNo, 5)}-${ctx.slug(title)}/.planning/ROADMAP.md`,
    text: L.join('\n'),
    status: current === phases.length ? 'Completed' : 'In Progress',
  };
}

function gsdState(plan, ctx) {
  const { R, mod, title, prdNo } = plan;
  const total = R.int(3, 6);
  const phase = R.int(1, total);
  const day = R.int(0, 700);
  const L = [
    '# Project State',
    '',
    '## Project Reference',
    '',
    `See: .planning/PROJECT.md (updated ${ctx.isoDay(day)})`,
    '',
    `**Core value:** ${title} without manual steps`,
    `**Current focus:** Phase ${phase}`,
    '',
  ];
  L.push(
    '## Current Position',
    '',
    `Phase: ${phase} of ${total} (${mod} work)`,
    `Plan: 1 of ${R.int(1, 3)} in current phase`,
    'Status: In progress',
    `Last activity: ${ctx.isoDay(day)} - finished the previous plan`,
    '',
  );
  L.push(
    '## Accumulated Context',
    '',
    '### Decisions',
    '',
    `- Phase ${Math.max(1, phase - 1)}: keep the ${mod} API backwards compatible`,
    '',
    '### Pending Todos',
    '',
    'None yet.',
    '',
    '### Blockers/Concerns',
    '',
    'None.',
    '',
  );
  L.push(
    '## Session Continuity',
    '',
    `Last session: ${ctx.isoDay(day)}`,
    `Stopped at: phase ${phase} plan 1`,
    'Resume file: None',
    '',
  );
  return {
    path: `modules/${ctx.pad(prdNo, 5)}-${ctx.slug(title)}/.planning/STATE.md`,
    text: L.join('\n'),
    status: 'In Progress',
  };
}

function agentProgress(plan, ctx) {
  const { R, mod, title, prdNo } = plan;
  const works = tasks(plan, ctx, R.int(2, 5));
  const left = tasks(plan, ctx, R.int(1, 4));
  const day = R.int(0, 700);
  const L = [
    `# Progress: ${title}`,
    '',
    '## Current Status',
    '',
    `Working on ${left[0].toLowerCase()}.`,
    '',
    '## What Works',
    '',
    ...works.map((t) => `- ${t}`),
    '',
    "## What's Left to Build",
    '',
    ...left.map((t) => `- ${t}`),
    '',
  ];
  L.push('## Session Log', '');
  for (let k = 0; k < R.int(1, 4); k++)
    L.push(
      `### Session ${k + 1} (${ctx.isoDay(day + k * 2)})`,
      `- ${R.pick(works)}`,
      `- Tests in tests/${mod}/ pass`,
      '',
    );
  L.push('## Known Issues', '', '- None blocking', '', '## Next Steps', '', `1. ${left[0]}`, '');
  return {
    path: `agents/${ctx.pad(prdNo, 5)}-${ctx.slug(title)}/agent-progress.md`,
    text: L.join('\n'),
    status: 'In Progress',
  };
}

const GENERATORS = {
  speckit,
  kiro,
  backlog,
  bmad,
  'gsd-roadmap': gsdRoadmap,
  'gsd-state': gsdState,
  progress: agentProgress,
};

export function renderFamily(plan, ctx) {
  const out = GENERATORS[plan.format](plan, ctx);
  return { ...out, text: out.text.endsWith('\n') ? out.text : `${out.text}\n` };
}
