#!/usr/bin/env node
// ledgerlint benchmark (`npm run bench`). Run by hand; its results are committed
// in bench/RESULTS.md. Not part of the tests or CI.
//
//   npm run bench                          # N = 20, 100, 200, 2,000, 10,000; writes bench/RESULTS.md
//   npm run bench -- --quick               # N = 20, 100, 200 only; prints the table, writes nothing
//   npm run bench -- --sizes 1000 --out /tmp/r.md
//
// Options: --sizes a,b,…  --quick  --seed <int>  --runs <n> (overrides 5 at N<10,000 / 3 at N>=10,000)
//          --hook-reps <n> (15)  --timeout <seconds per command> (600)  --keep (keep the temp dir)
//          --out <file> (where to write the report; default bench/RESULTS.md for the default sizes only)
//
// For each N it generates a corpus (see corpus.mjs) in a temporary git repository and
// measures, in that repository: (1) a full ledgerlint check, (2) a warm re-run with
// --cache (if the CLI has it), (3) markdownlint-cli2 on the same files with its default
// rules, (4) the pre-commit hook (`ledgerlint --staged` with one staged ledger) against a
// bare `node -e ''`, also in a 1-ledger repository, (5) rumdl, the fast reference, if
// $BENCH_RUMDL names its binary or `rumdl` is on PATH (never a dependency of the project:
// e.g. `npm install --prefix /tmp/bench-tools rumdl`, then
// BENCH_RUMDL=/tmp/bench-tools/node_modules/@rumdl/cli-linux-x64/rumdl). Wall time is the median of several runs; peak memory is the summed
// resident set of the command's whole process tree (bench/measure.mjs); git processes from ledgerlint's --debug line and, independently, from a
// `git` wrapper put first in PATH. Nothing in the repository is written except the report.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAULT_RULE, generateCorpus } from './corpus.mjs';
import { FAMILY_DIRS, FAMILY_GLOBS } from './families.mjs';
import { GNU_TIME, killCurrent, makeGitWrapper, median, runMeasured } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
/** The CLI measured: a copy of dist/ taken when the run starts (set in main), so a rebuild during the run cannot mix two builds. */
let CLI = join(DIST, 'cli.js');
const MDL = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const NODE = process.execPath;
const DEFAULT_SIZES = [20, 100, 200, 2000, 10000];
const QUICK_SIZES = [20, 100, 200];
/** Repository sizes where only the pre-commit hook is measured (the issue asks for a 1-ledger repository). */
const HOOK_ONLY_SIZES = [1];
const LEDGER_DIRS = ['ledgers', '.ai/ledgers', ...FAMILY_DIRS];
const MDL_GLOBS = ['ledgers/**/*.md', '.ai/ledgers/*.md', ...FAMILY_GLOBS];
/** Targets of issue 15: full check / markdownlint-cli2 at most this, by N. */
const speedTarget = (n) => (n >= 2000 ? 0.5 : 1.0);

// ------------------------------------------------------------- options ----

function parseArgs(argv) {
  const o = {
    sizes: DEFAULT_SIZES,
    seed: 20240601,
    runs: null,
    hookReps: 15,
    timeout: 600,
    keep: false,
    out: undefined,
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const value = () => {
      const v = argv[++k];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (v, name) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: expected a positive integer, got ${v}`);
      return n;
    };
    if (a === '--sizes')
      o.sizes = value()
        .split(',')
        .map((s) => int(s.trim().replace(/_/g, ''), '--sizes'));
    else if (a === '--quick') o.sizes = QUICK_SIZES;
    else if (a === '--seed') o.seed = int(value(), '--seed');
    else if (a === '--runs') o.runs = int(value(), '--runs');
    else if (a === '--hook-reps') o.hookReps = int(value(), '--hook-reps');
    else if (a === '--timeout') o.timeout = int(value(), '--timeout');
    else if (a === '--out') o.out = value();
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(1, 13)
          .map((l) => l.replace(/^\/\/ ?/, ''))
          .join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  const isDefault = o.sizes.join() === DEFAULT_SIZES.join();
  if (o.out === undefined) o.out = isDefault ? join(ROOT, 'bench', 'RESULTS.md') : null;
  return o;
}

// ------------------------------------------------------------- helpers ----

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts }).trim();
const fmtS = (ms) =>
  ms == null
    ? 'n/a'
    : ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${Math.round(ms)} ms`;
const fmtMB = (kb) => (kb == null ? 'n/a' : `${Math.round(kb / 1024)} MB`);
const fmtN = (n) => n.toLocaleString('en-US');
const fmtCores = (list) => {
  const m = median(list ?? []);
  return m == null ? 'n/a' : m.toFixed(2);
};
const log = (...a) => console.error('[bench]', ...a);

/** rumdl's binary: $BENCH_RUMDL, else \`rumdl\` on PATH; null when neither runs. */
function findRumdl() {
  for (const path of [process.env.BENCH_RUMDL, 'rumdl'].filter(Boolean)) {
    try {
      return { path, version: sh(path, ['--version']).replace(/^rumdl /, '') };
    } catch {}
  }
  return null;
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const os = existsSync('/etc/os-release')
    ? /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    : null;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const mdlPkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8'));
  const fingerprint = distFingerprint();
  let commit = 'unknown';
  let dirty = '';
  try {
    commit = sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
    dirty = sh('git', ['-C', ROOT, 'status', '--porcelain', '--', 'dist', 'src']);
  } catch {}
  return {
    cpu: model,
    cores: cpus().length,
    ramGB: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    git: sh('git', ['--version']).replace(/^git version /, ''),
    os: `${os ?? process.platform} (kernel ${release()})`,
    distFingerprint: fingerprint,
    ledgerlint: `${pkg.version}, commit ${commit}${dirty ? ' plus uncommitted changes in dist/ or src/' : ''}; dist/ fingerprint ${fingerprint} (sha256 of its files)`,
    markdownlint: `markdownlint-cli2 ${mdlPkg.version}`,
  };
}

/** 1-minute load average: other work on the machine skews the timings. */
function loadavg() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return 'n/a';
  }
}

/** A fingerprint of a dist/ directory (what is being measured). */
function distFingerprint(dist = DIST) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(relative(dist, p)).update('\0').update(readFileSync(p));
    }
  };
  walk(dist);
  return hash.digest('hex').slice(0, 12);
}

/** Environment for everything run in the corpus: no inherited repository state, an empty HOME (no global git config), no colour. */
function cleanEnv(home) {
  const env = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GIT_') && k !== 'FORCE_COLOR' && !k.startsWith('npm_')) env[k] = v;
  return { ...env, HOME: home, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
}

/** "ledgerlint: 1000 ledgers checked, 4 git processes" and the phase timings, from --debug. */
function parseDebug(stderr) {
  const m = /ledgerlint: (\d+) ledgers checked, (\d+) git process/.exec(stderr);
  const t = /ms since start: (.+)/.exec(stderr);
  const phases = t
    ? t[1].split(', ').map((p) => {
        const i = p.lastIndexOf(' ');
        return [p.slice(0, i), Number(p.slice(i + 1))];
      })
    : null;
  return { ledgers: m ? Number(m[1]) : null, git: m ? Number(m[2]) : null, phases };
}

function countFindings(jsonText) {
  const results = JSON.parse(jsonText);
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount ?? 0;
    warnings += r.warningCount ?? 0;
  }
  return { files: results.length, errors, warnings, results };
}

// ---------------------------------------------------------- scenarios ----

async function benchSize(n, o, ctx, hookOnly = false) {
  const { tmp, env, timeoutMs, wrapDir } = ctx;
  const repo = join(tmp, `corpus-${n}`);
  const scratch = join(tmp, 'scratch');
  log(`N=${fmtN(n)}: generating the corpus…`);
  const corpus = await generateCorpus({ repo, n, seed: o.seed, env, only: hookOnly ? 'prd' : undefined });
  try {
    corpus.diskUsage = sh('du', ['-sh', '.git', '.'], { cwd: repo })
      .split('\n')
      .map((l) => l.split('\t')[0])
      .join(' / ');
  } catch {}
  log(
    `N=${fmtN(n)}: ${corpus.prd} prd + ${corpus.feature} feature ledgers (${corpus.faulted} faulted, ${corpus.avgBytes} B avg), ${fmtN(corpus.commits)} linked commits, ${corpus.sourceFiles} source files, in ${fmtS(corpus.generateMs)}`,
  );
  const runs = o.runs ?? (n >= 10000 ? 3 : 5);
  const run = (cmd, args, extra = {}) => runMeasured(cmd, args, { cwd: repo, env, scratch, timeoutMs, ...extra });
  const out = {
    n,
    runs,
    corpus: { ...corpus, ledgers: undefined, repo: undefined },
    problems: [],
    loadBefore: loadavg(),
  };

  /** One run under the git wrapper: how many git processes, and which (the wrapper costs ~1 ms per git call; these runs are not timed). */
  const wrapped = async (args, rss = false) => {
    const logFile = join(tmp, 'git-calls.log');
    writeFileSync(logFile, '');
    const r = await run(NODE, args, { env: { ...env, PATH: `${wrapDir}:${env.PATH}`, BENCH_GIT_LOG: logFile }, rss });
    const calls = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    return { ...r, count: calls.length, calls };
  };
  const failed = (what, r) => {
    const why = r.timedOut
      ? `timed out after ${o.timeout} s`
      : `exit code ${r.code}${r.signal ? `, signal ${r.signal}` : ''}`;
    out.problems.push(`${what}: ${why}. stderr: ${r.stderr.trim().slice(0, 600)}`);
    log(`N=${fmtN(n)}: ${what} FAILED (${why})`);
  };

  // Only the directories this corpus has (small corpora lack some families; a missing path is a usage error).
  const dirs = LEDGER_DIRS.filter((d) => existsSync(join(repo, d)));
  if (!hookOnly) await benchChecks();
  async function benchChecks() {
    // (1) ledgerlint, full check. First run (untimed, under the git wrapper): correctness of the findings, and a warm-up.
    const llArgs = [CLI, '--format', 'json', '--debug', ...dirs];
    log(`N=${fmtN(n)}: ledgerlint full check (correctness run)…`);
    const first = await wrapped(llArgs, true);
    if (first.code !== 0 && first.code !== 1) failed('ledgerlint full check', first);
    else out.correctness = checkFindings(readFileSync(first.stdoutFile, 'utf8'), corpus, repo);
    out.full = {
      ms: [],
      rssKB: [],
      other: [],
      git: [],
      phases: [],
      wrapperGit: first.count,
      wrapperCalls: first.calls,
      firstRssKB: first.rssKB,
      firstMs: first.ms,
      ledgers: parseDebug(first.stderr).ledgers,
    };

    // (3) markdownlint-cli2 on the same files, default rules. Warm-up run: its counts.
    const mdlConfig = join(tmp, 'markdownlint', '.markdownlint-cli2.jsonc');
    const mdlArgs = [MDL, '--config', mdlConfig, ...MDL_GLOBS];
    const mdlFirst = await run(NODE, mdlArgs);
    const mdlText = readFileSync(mdlFirst.stdoutFile, 'utf8') + mdlFirst.stderr;
    out.mdl = {
      ms: [],
      rssKB: [],
      other: [],
      files: Number(/Linting: (\d+) file/.exec(mdlText)?.[1] ?? NaN),
      findings: Number(/Summary: (\d+) error/.exec(mdlText)?.[1] ?? NaN),
    };
    if (mdlFirst.code !== 0 && mdlFirst.code !== 1) failed('markdownlint-cli2', mdlFirst);
    if (out.mdl.files !== n) out.problems.push(`markdownlint-cli2 linted ${out.mdl.files} files, not ${n}.`);

    // (5) rumdl, the fast reference: default rules, no config file, no cache (every file linted). Warm-up run first.
    const rumdlArgs = ['check', '--no-config', '--no-cache', '--silent', ...dirs];
    if (ctx.rumdl) {
      const u = await run(ctx.rumdl, rumdlArgs);
      if (u.code !== 0 && u.code !== 1) failed('rumdl', u);
      out.rumdl = { ms: [], rssKB: [], other: [] };
    }

    // Timed runs, interleaved so that drift affects both tools alike. If the first
    // ledgerlint run crashed, ledgerlint is not run again (markdownlint-cli2 still is).
    const llOk = first.code === 0 || first.code === 1;
    for (let k = 0; k < runs; k++) {
      if (llOk) {
        log(`N=${fmtN(n)}: timed run ${k + 1}/${runs}: ledgerlint…`);
        const r = await run(NODE, llArgs);
        if (r.code !== 0 && r.code !== 1) failed(`ledgerlint full check, run ${k + 1}`, r);
        else {
          const d = parseDebug(r.stderr);
          out.full.ms.push(r.ms);
          out.full.rssKB.push(r.rssKB);
          out.full.other.push(r.otherCores);
          out.full.git.push(d.git);
          out.full.phases.push(d.phases);
        }
      }
      if (ctx.rumdl) {
        log(`N=${fmtN(n)}: timed run ${k + 1}/${runs}: rumdl…`);
        const u = await run(ctx.rumdl, rumdlArgs);
        if (u.code !== 0 && u.code !== 1) failed(`rumdl, run ${k + 1}`, u);
        else {
          out.rumdl.ms.push(u.ms);
          out.rumdl.rssKB.push(u.rssKB);
          out.rumdl.other.push(u.otherCores);
        }
      }
      log(`N=${fmtN(n)}: timed run ${k + 1}/${runs}: markdownlint-cli2…`);
      const m = await run(NODE, mdlArgs);
      if (m.code !== 0 && m.code !== 1) failed(`markdownlint-cli2, run ${k + 1}`, m);
      else {
        out.mdl.ms.push(m.ms);
        out.mdl.rssKB.push(m.rssKB);
        out.mdl.other.push(m.otherCores);
      }
    }

    // (2) warm re-run with --cache: once to fill the cache, then the timed second runs.
    const cacheFile = join(tmp, `ledgerlint-cache-${n}`);
    const cacheArgs = [CLI, '--format', 'json', '--debug', '--cache', '--cache-location', cacheFile, ...dirs];
    log(`N=${fmtN(n)}: ledgerlint --cache…`);
    const fill = await run(NODE, cacheArgs);
    if (fill.code === 2 && /unknown option/i.test(fill.stderr)) {
      out.warm = { available: false, note: fill.stderr.trim().split('\n')[0] };
    } else if (fill.code !== 0 && fill.code !== 1) {
      failed('ledgerlint --cache (first run)', fill);
      out.warm = { available: false, note: 'the first --cache run failed (see problems)' };
    } else {
      out.warm = { available: true, ms: [], rssKB: [], other: [], git: [] };
      for (let k = 0; k < runs; k++) {
        const r = await run(NODE, cacheArgs);
        if (r.code !== 0 && r.code !== 1) {
          failed(`ledgerlint --cache (warm run ${k + 1})`, r);
          continue;
        }
        out.warm.ms.push(r.ms);
        out.warm.rssKB.push(r.rssKB);
        out.warm.other.push(r.otherCores);
        out.warm.git.push(parseDebug(r.stderr).git);
        if (k === 0) {
          const a = out.correctness ? { errors: out.correctness.errors, warnings: out.correctness.warnings } : null;
          const b = countFindings(readFileSync(r.stdoutFile, 'utf8'));
          out.warm.sameFindings = a ? a.errors === b.errors && a.warnings === b.warnings : null;
          if (a && !out.warm.sameFindings)
            out.problems.push(
              `the warm --cache run reports ${b.errors} errors / ${b.warnings} warnings, the full check ${a.errors} / ${a.warnings}.`,
            );
        }
      }
      out.warm.wrapperGit = (await wrapped(cacheArgs)).count;
    }
  }

  // (4) the pre-commit hook: one modified, staged ledger.
  if (corpus.hookLedger) {
    const file = join(repo, corpus.hookLedger);
    appendFileSync(file, '- Staged copy re-checked by the pre-commit hook benchmark.\n');
    sh('git', ['add', '--', corpus.hookLedger], { cwd: repo, env });
    const hookArgs = [CLI, '--staged'];
    const bareArgs = ['-e', ''];
    out.hook = { ledger: corpus.hookLedger, ms: [], bareMs: [], noCaMs: [], bareNoCaMs: [], reps: o.hookReps };
    // node reads the whole CA bundle at start when NODE_EXTRA_CA_CERTS is set: both commands are also timed without it.
    const noCaEnv = { ...env };
    delete noCaEnv.NODE_EXTRA_CA_CERTS;
    const withCa = env.NODE_EXTRA_CA_CERTS !== undefined;
    log(`N=${fmtN(n)}: pre-commit hook, ${o.hookReps} repetitions…`);
    for (let k = 0; k < 2; k++) {
      await run(NODE, hookArgs, { rss: false });
      await run(NODE, bareArgs, { rss: false });
    }
    for (let k = 0; k < o.hookReps; k++) {
      const h = await run(NODE, hookArgs, { rss: false });
      if (h.code !== 0)
        failed(`ledgerlint --staged, repetition ${k + 1} (expected exit 0: the staged ledger is clean)`, h);
      else out.hook.ms.push(h.ms);
      const b = await run(NODE, bareArgs, { rss: false });
      out.hook.bareMs.push(b.ms);
      if (withCa) {
        const hn = await run(NODE, hookArgs, { rss: false, env: noCaEnv });
        if (hn.code === 0) out.hook.noCaMs.push(hn.ms);
        out.hook.bareNoCaMs.push((await run(NODE, bareArgs, { rss: false, env: noCaEnv })).ms);
      }
    }
    const dbg = await run(NODE, [...hookArgs, '--debug']);
    const d = parseDebug(dbg.stderr);
    out.hook.git = d.git;
    out.hook.checked = d.ledgers;
    out.hook.phases = d.phases;
    out.hook.rssKB = dbg.rssKB;
    out.hook.bareRssKB = (await run(NODE, bareArgs)).rssKB;
    const hookWrapped = await wrapped(hookArgs);
    out.hook.wrapperGit = hookWrapped.count;
    out.hook.wrapperCalls = hookWrapped.calls;
  }

  out.loadAfter = loadavg();
  if (!o.keep) rmSync(repo, { recursive: true, force: true });
  return summarise(out);
}

/** Every clean ledger must have no finding; every faulted one the finding its fault implies. */
function checkFindings(jsonText, corpus, repo) {
  const { results, errors, warnings, files } = countFindings(jsonText);
  const byPath = new Map(results.map((r) => [relative(repo, r.filePath), r.messages]));
  const c = {
    files,
    errors,
    warnings,
    cleanWithFindings: [],
    faultsFound: 0,
    faultsMissed: [],
    faultExtras: [],
    notChecked: [],
  };
  for (const l of corpus.ledgers) {
    const messages = byPath.get(l.path);
    if (!messages) {
      c.notChecked.push(l.path);
      continue;
    }
    if (!l.fault) {
      for (const m of messages) c.cleanWithFindings.push(`${l.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    } else {
      const rule = FAULT_RULE[l.fault];
      if (messages.some((m) => m.ruleId === rule)) c.faultsFound++;
      else c.faultsMissed.push(`${l.path} (${l.fault}: expected ${rule})`);
      for (const m of messages)
        if (m.ruleId !== rule) c.faultExtras.push(`${l.path}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  c.faulted = corpus.faulted;
  return c;
}

function summarise(out) {
  const s = (x) => ({
    median: median(x.ms),
    min: Math.min(...x.ms),
    max: Math.max(...x.ms),
    rssKB: x.rssKB?.length ? Math.max(...x.rssKB.filter(Boolean)) : (x.rssKB ?? null),
  });
  out.fullStats = out.full?.ms.length ? s(out.full) : null;
  out.mdlStats = out.mdl?.ms.length ? s(out.mdl) : null;
  out.rumdlStats = out.rumdl?.ms.length ? s(out.rumdl) : null;
  out.warmStats = out.warm?.available && out.warm.ms.length ? s(out.warm) : null;
  if (out.hook) {
    out.hook.median = median(out.hook.ms);
    out.hook.bareMedian = median(out.hook.bareMs);
    out.hook.ratio = out.hook.median && out.hook.bareMedian ? out.hook.median / out.hook.bareMedian : null;
    out.hook.noCaMedian = median(out.hook.noCaMs);
    out.hook.bareNoCaMedian = median(out.hook.bareNoCaMs);
    out.hook.noCaRatio =
      out.hook.noCaMedian && out.hook.bareNoCaMedian ? out.hook.noCaMedian / out.hook.bareNoCaMedian : null;
  }
  if (out.fullStats) {
    // Phase timings of the run closest to the median.
    const k = out.full.ms.indexOf(
      [...out.full.ms].sort((a, b) => Math.abs(a - out.fullStats.median) - Math.abs(b - out.fullStats.median))[0],
    );
    out.fullStats.phases = out.full.phases[k];
    out.fullStats.gitMax = Math.max(...out.full.git.filter((g) => g != null));
  }
  return out;
}

// -------------------------------------------------------------- report ----

function report(results, hookResults, o, m, commands) {
  const sizes = results.map((r) => r.n);
  const big = results[results.length - 1];
  const small = results[0];
  const col = (f) => results.map(f).join(' | ');
  const head = `| | ${sizes.map((n) => `N = ${fmtN(n)}`).join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|`;
  const perLedger = (ms, n) => (ms == null ? 'n/a' : `${(ms / n).toFixed(2)} ms`);
  const rows = [
    ['**Corpus**', () => ''],
    [
      'ledgers (prd / feature / other families)',
      (r) =>
        `${fmtN(r.n)} (${fmtN(r.corpus.prd)} / ${fmtN(r.corpus.feature)} / ${fmtN(r.n - r.corpus.prd - r.corpus.feature)})`,
    ],
    ['with a planted fault', (r) => fmtN(r.corpus.faulted)],
    ['average ledger size', (r) => `${(r.corpus.avgBytes / 1024).toFixed(1)} KB`],
    [
      'linked commits in the history / source files',
      (r) => `${fmtN(r.corpus.commits)} / ${fmtN(r.corpus.sourceFiles)}`,
    ],
    ['generation time (fast-import + checkout)', (r) => fmtS(r.corpus.generateMs)],
    ['1-minute load average before / after this size', (r) => `${r.loadBefore} / ${r.loadAfter}`],
    [
      'CPU used by other processes during the timed runs (cores, median: ledgerlint / markdownlint-cli2)',
      (r) => `${fmtCores(r.full.other)} / ${fmtCores(r.mdl.other)}`,
    ],
    ['repository size (.git / work tree)', (r) => r.corpus.diskUsage ?? 'n/a'],
    ['**(1) ledgerlint, full check**', () => ''],
    [
      'median wall time (min – max)',
      (r) =>
        r.fullStats
          ? `${fmtS(r.fullStats.median)} (${fmtS(r.fullStats.min)} – ${fmtS(r.fullStats.max)}), ${r.full.ms.length} runs`
          : 'failed',
    ],
    ['per ledger', (r) => perLedger(r.fullStats?.median, r.n)],
    ['peak RSS', (r) => fmtMB(r.fullStats?.rssKB)],
    ['git processes (--debug / PATH wrapper)', (r) => `${r.fullStats?.gitMax ?? 'n/a'} / ${r.full.wrapperGit}`],
    ['ledgers checked (--debug)', (r) => (r.full.ledgers == null ? 'n/a' : fmtN(r.full.ledgers))],
    [
      'findings (errors / warnings)',
      (r) => (r.correctness ? `${fmtN(r.correctness.errors)} / ${fmtN(r.correctness.warnings)}` : 'n/a'),
    ],
    ['**(2) ledgerlint, warm re-run (--cache)**', () => ''],
    [
      'median wall time',
      (r) =>
        r.warm?.available
          ? r.warmStats
            ? `${fmtS(r.warmStats.median)} (${fmtS(r.warmStats.min)} – ${fmtS(r.warmStats.max)}), ${r.warm.ms.length} runs`
            : 'failed'
          : 'not available',
    ],
    [
      'peak RSS / git processes',
      (r) =>
        r.warmStats
          ? `${fmtMB(r.warmStats.rssKB)} / ${Math.max(...r.warm.git)} (wrapper ${r.warm.wrapperGit})`
          : 'not available',
    ],
    ['**(3) markdownlint-cli2, default rules**', () => ''],
    [
      'median wall time (min – max)',
      (r) =>
        r.mdlStats
          ? `${fmtS(r.mdlStats.median)} (${fmtS(r.mdlStats.min)} – ${fmtS(r.mdlStats.max)}), ${r.mdl.ms.length} runs`
          : 'failed',
    ],
    ['per ledger', (r) => perLedger(r.mdlStats?.median, r.n)],
    ['peak RSS', (r) => fmtMB(r.mdlStats?.rssKB)],
    ['files linted / findings', (r) => `${fmtN(r.mdl.files)} / ${fmtN(r.mdl.findings)}`],
    ['**(5) rumdl (fast reference), default rules, no cache**', () => ''],
    [
      'median wall time (min – max)',
      (r) =>
        r.rumdlStats
          ? `${fmtS(r.rumdlStats.median)} (${fmtS(r.rumdlStats.min)} – ${fmtS(r.rumdlStats.max)}), ${r.rumdl.ms.length} runs`
          : 'not available',
    ],
    ['peak RSS', (r) => fmtMB(r.rumdlStats?.rssKB)],
    [
      'ledgerlint / rumdl',
      (r) => (r.rumdlStats && r.fullStats ? `${(r.fullStats.median / r.rumdlStats.median).toFixed(1)}×` : 'n/a'),
    ],
    ['**(4) pre-commit hook, one staged ledger**', () => ''],
    ['`ledgerlint --staged`, median', (r) => (r.hook ? `${fmtS(r.hook.median)} (${r.hook.ms.length} runs)` : 'n/a')],
    ["`node -e ''`, median", (r) => (r.hook ? `${fmtS(r.hook.bareMedian)} (${r.hook.bareMs.length} runs)` : 'n/a')],
    [
      'without NODE_EXTRA_CA_CERTS: hook / bare node',
      (r) =>
        r.hook?.noCaMedian
          ? `${fmtS(r.hook.noCaMedian)} / ${fmtS(r.hook.bareNoCaMedian)} (${r.hook.noCaRatio.toFixed(2)}×)`
          : 'n/a (not set)',
    ],
    ['peak RSS (hook / bare node)', (r) => (r.hook ? `${fmtMB(r.hook.rssKB)} / ${fmtMB(r.hook.bareRssKB)}` : 'n/a')],
    ['git processes (--debug / PATH wrapper)', (r) => (r.hook ? `${r.hook.git} / ${r.hook.wrapperGit}` : 'n/a')],
  ];
  const table = [head, ...rows.map(([name, f]) => `| ${name} | ${col(f)} |`)].join('\n');

  // Targets.
  const ratio = (r) => (r.fullStats && r.mdlStats ? r.fullStats.median / r.mdlStats.median : null);
  const met = (ok) => (ok == null ? 'not measured' : ok ? '**met**' : '**not met**');
  const at = (r) => (r.n === 10000 ? '' : ` (measured at N = ${fmtN(r.n)}, not 10,000)`);
  const gitAll = [...results, ...hookResults]
    .flatMap((r) => [
      r.fullStats?.gitMax,
      r.full?.wrapperGit,
      r.hook?.git,
      r.hook?.wrapperGit,
      ...(r.warm?.git ?? []),
      r.warm?.wrapperGit,
    ])
    .filter((x) => x != null);
  const gitMax = gitAll.length ? Math.max(...gitAll) : null;
  const ratios = results.map((r) => [r.n, ratio(r)]);
  const lin =
    results.length > 1 && small.fullStats && big.fullStats
      ? big.fullStats.median / big.n / (small.fullStats.median / small.n)
      : null;
  const marginal =
    results.length > 1 && small.fullStats && big.fullStats
      ? (big.fullStats.median - small.fullStats.median) / (big.n - small.n)
      : null;
  const at2k = results.find((r) => r.n === 2000) ?? null;
  const hookRows = [...hookResults, ...(at2k ? [at2k] : [])].filter((r) => r.hook);
  const hookCell = (h) =>
    `${h.ratio.toFixed(2)}× (${fmtS(h.median)} / ${fmtS(h.bareMedian)})${h.noCaRatio ? `; without NODE_EXTRA_CA_CERTS ${h.noCaRatio.toFixed(2)}× (${fmtS(h.noCaMedian)} / ${fmtS(h.bareNoCaMedian)})` : ''}`;
  const rumdlCell = (r) => (r.rumdlStats ? `; rumdl ${fmtS(r.rumdlStats.median)}` : '');
  const targets = [
    '| Target | Measured | Result |',
    '|---|---|---|',
    ...results.map(
      (r) =>
        `| full check ≤ ${speedTarget(r.n).toFixed(1)}× markdownlint-cli2 at N = ${fmtN(r.n)} | ${ratio(r) == null ? 'n/a' : `${ratio(r).toFixed(2)}× (${fmtS(r.fullStats.median)} / ${fmtS(r.mdlStats.median)}${rumdlCell(r)})`} | ${met(ratio(r) == null ? null : ratio(r) <= speedTarget(r.n))} |`,
    ),
    ...hookRows.map(
      (r) =>
        `| hook ≤ 3× \`node -e ''\`, ${fmtN(r.n)}-ledger repository | ${r.hook.ratio ? hookCell(r.hook) : 'n/a'} | ${met(r.hook.ratio ? r.hook.ratio <= 3 : null)} |`,
    ),
    `| warm \`--cache\` ≤ 1 s at 10,000 ledgers | ${big.warm?.available ? fmtS(big.warmStats?.median) + at(big) : 'not available (the CLI rejects --cache)'} | ${big.warm?.available ? met(big.warmStats ? big.warmStats.median <= 1000 : null) : 'not measured'} |`,
    `| peak memory (summed over processes) < 512 MB at 10,000 | ${fmtMB(big.fullStats?.rssKB)}${at(big)} | ${met(big.fullStats?.rssKB ? big.fullStats.rssKB < 512 * 1024 : null)} |`,
    `| ≤ 10 git processes per run, any N | at most ${gitMax ?? 'n/a'} (full check, warm re-run, hook, at every N; --debug and PATH wrapper) | ${met(gitMax == null ? null : gitMax <= 10)} |`,
    `| cost linear in N | ${results.map((r) => `${perLedger(r.fullStats?.median, r.n)} at ${fmtN(r.n)}`).join(', ')}${lin ? `; per-ledger ratio ${fmtN(big.n)} vs ${fmtN(small.n)} ${lin.toFixed(2)}; marginal cost ${marginal.toFixed(2)} ms per extra ledger` : ''} | ${lin == null ? 'needs two sizes' : lin <= 1.1 ? '**met** (linear or better)' : '**not met** (worse than linear)'} |`,
  ].join('\n');

  const correctness = results
    .map((r) => {
      const c = r.correctness;
      if (!c) return `- N = ${fmtN(r.n)}: the full check did not produce a report.`;
      const lines = [
        `- N = ${fmtN(r.n)}: ${fmtN(c.files)} ledgers in the report; clean ledgers with findings: **${c.cleanWithFindings.length}**; planted faults reported by the expected rule: **${c.faultsFound} of ${c.faulted}**; other findings on faulted ledgers: ${c.faultExtras.length}; ledgers missing from the report: ${c.notChecked.length}.`,
      ];
      for (const x of [
        ...c.cleanWithFindings.slice(0, 10),
        ...c.faultsMissed.slice(0, 10),
        ...c.faultExtras.slice(0, 10),
        ...c.notChecked.slice(0, 5),
      ])
        lines.push(`  - ${x}`);
      return lines.join('\n');
    })
    .join('\n');
  const problems = results.flatMap((r) => r.problems.map((p) => `- N = ${fmtN(r.n)}: ${p}`));

  const phases = results
    .filter((r) => r.fullStats?.phases)
    .map(
      (r) =>
        `- N = ${fmtN(r.n)}, full check: ${r.fullStats.phases.map(([p, ms]) => `${p} ${ms}`).join(', ')}` +
        (r.hook?.phases
          ? `\n- N = ${fmtN(r.n)}, hook: ${r.hook.phases.map(([p, ms]) => `${p} ${ms}`).join(', ')}`
          : ''),
    )
    .join('\n');
  const gitCalls = big.full.wrapperCalls.map((c) => `    ${c}`).join('\n');
  const hookCalls = (big.hook?.wrapperCalls ?? []).map((c) => `    ${c}`).join('\n');

  const md = `# ledgerlint benchmark results

Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}. Run by hand; not part of the tests or CI.

## Machine

| | |
|---|---|
| CPU | ${m.cpu} |
| Cores | ${m.cores} |
| RAM | ${m.ramGB} GB |
| OS | ${m.os} |
| Node | ${m.node} |
| git | ${m.git} |
| ledgerlint | ${m.ledgerlint} |
| Peer baseline | ${m.markdownlint} |
| Fast reference | rumdl ${m.rumdl} |
| NODE_EXTRA_CA_CERTS | ${m.extraCa ? `set (\`${m.extraCa}\`) in the environment of every measured command; the hook is also timed without it` : 'not set'} |

## Targets

${targets}

## Measurements

Wall time is the median of the timed runs (each a fresh process; warm page cache after an untimed first run); peak RSS is the largest over the timed runs of the summed resident sets of the command and all its child processes (ledgerlint's worker processes and git), sampled every 100 ms, or GNU time's %M (the largest single process) where that is larger.

${table}

## Correctness on the generated corpus

A clean generated ledger must get no finding; each planted fault must be reported by its rule (progress line → progress-math, session count → session-count, invented SHA → commit-exists, placeholder → placeholders).

${correctness}
${m.distNote ? `\n${m.distNote}\n` : ''}${problems.length ? `\n## Problems during the run\n\n${problems.join('\n')}\n` : ''}
## Where the time goes

\`--debug\` phase timings (ms since the process started, run closest to the median):

${phases}

Corpus generation phases (ms since the start, cumulative):

${results.map((r) => `- N = ${fmtN(r.n)}: ${r.corpus.generatePhases.map(([p, ms]) => `${p} ${ms}`).join(', ')}`).join('\n')}

Git processes of one full check at N = ${fmtN(big.n)}, as logged by the PATH wrapper:

${gitCalls || '    (none)'}

Git processes of one \`ledgerlint --staged\` at N = ${fmtN(big.n)} (one staged ledger):

${hookCalls || '    (none)'}

## Corpus

Deterministic (mulberry32 PRNG, seed ${o.seed}; fixed authors, dates and messages, so SHAs are identical on every run). Per size: a temporary git repository built with \`git fast-import\` (one stream: a code base of TypeScript sources, tests and docs in one commit, then every commit the ledgers link to, in time order; commits exported as marks), then a second stream adding the ledgers in one commit, written with the real SHAs (abbreviated as \`git log --abbrev=7\` prints them, some 12 digits or full) and exact subjects, then \`git reset --hard\`. A linked commit changes a file when its work names one (a subtask \`Config in src/config.ts\` and its task's commit append a line to it), as tick-evidence expects; the others change nothing. Each prd ledger's PRD document (\`prd/NN_Title.md\`) is added with the ledgers.

About 64% of the ledgers are prd ledgers (\`ledgers/prd/*.md\`: 2–3 phases, nested tasks with some ticked, a Progress Summary whose numbers are right, a Session Log whose entries match Agent Sessions, Key Files that exist with line ranges inside the files, decisions, Git Commits), 16% feature ledgers (\`.ai/ledgers/*.md\`), and 20% spread evenly over seven other families (bench/families.mjs): spec-kit \`specs/*/tasks.md\`, Kiro \`.kiro/specs/*/tasks.md\`, Backlog.md \`backlog/tasks/*.md\`, BMAD \`docs/stories/*.story.md\`, GSD \`.planning/ROADMAP.md\` and \`STATE.md\` (one \`.planning/\` per module), and \`agent-progress.md\` logs. About 5% of the prd and feature ledgers carry one planted fault: a progress line that disagrees with its boxes, an Agent Sessions count off by one, an invented SHA, or a leftover template placeholder; the other families are clean. Findings on clean ledgers (below) are listed, not hidden: they are rules that grew stricter than the generator. Where a target is not met, bench/LIMITS.md says what limits it, with figures (bench/parse.mjs measures the parse alone).

## Commands

In each corpus repository (\`$REPO\`), with \`LL=$TMP/ledgerlint/dist/cli.js\`, a copy of this checkout's \`dist/\` taken when the run started (fingerprint ${m.distFingerprint}), node ${m.node}, HOME set to an empty directory, \`NO_COLOR=1\`:

${commands.map((c) => `    ${c}`).join('\n')}
`;
  return { md, table, targets };
}

// ---------------------------------------------------------------- main ----

async function main() {
  const o = parseArgs(process.argv.slice(2));
  for (const [what, path] of [
    ['the built CLI (npm run build)', CLI],
    ['markdownlint-cli2 (npm ci)', MDL],
  ]) {
    if (!existsSync(path)) throw new Error(`missing ${what}: ${path}`);
  }
  if (!existsSync(GNU_TIME)) log(`${GNU_TIME} not found: peak memory will not be measured`);
  const realGit = sh('sh', ['-c', 'command -v git']);
  const tmp = mkdtempSync(join(tmpdir(), 'ledgerlint-bench-'));
  // Measure a snapshot of dist/: the checkout may be rebuilt while the benchmark runs.
  cpSync(DIST, join(tmp, 'ledgerlint', 'dist'), { recursive: true });
  CLI = join(tmp, 'ledgerlint', 'dist', 'cli.js');
  const m = machine();
  if (distFingerprint(join(tmp, 'ledgerlint', 'dist')) !== m.distFingerprint)
    throw new Error('dist/ changed while it was being copied; run the benchmark again');
  const cleanup = () => {
    killCurrent();
    if (!o.keep) rmSync(tmp, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      log(`${sig}: cleaning up ${tmp}`);
      cleanup();
      process.exit(130);
    });
  }
  try {
    mkdirSync(join(tmp, 'home'));
    mkdirSync(join(tmp, 'scratch'));
    mkdirSync(join(tmp, 'markdownlint'));
    // Default rules, nothing disabled; the file is named so that --config accepts it.
    writeFileSync(join(tmp, 'markdownlint', '.markdownlint-cli2.jsonc'), '{\n  "config": { "default": true }\n}\n');
    const env = cleanEnv(join(tmp, 'home'));
    const ctx = { tmp, env, timeoutMs: o.timeout * 1000, wrapDir: makeGitWrapper(join(tmp, 'gitwrap'), realGit) };
    log(`sizes ${o.sizes.join(', ')}; temp dir ${tmp}`);
    const rumdl = findRumdl();
    ctx.rumdl = rumdl?.path ?? null;
    m.rumdl = rumdl ? `${rumdl.version} (${rumdl.path})` : 'not available (set BENCH_RUMDL or put rumdl on PATH)';
    m.extraCa = process.env.NODE_EXTRA_CA_CERTS ?? null;
    log(
      `sizes ${o.sizes.join(', ')} (hook only at ${HOOK_ONLY_SIZES.join(', ')}); rumdl: ${m.rumdl}; load ${loadavg()}`,
    );
    const hookResults = [];
    for (const n of HOOK_ONLY_SIZES) hookResults.push(await benchSize(n, o, ctx, true));
    const results = [];
    for (const n of o.sizes) results.push(await benchSize(n, o, ctx));
    const distAfter = distFingerprint();
    const distNote =
      distAfter === m.distFingerprint
        ? ''
        : `dist/ in the checkout was rebuilt during the run (fingerprint ${m.distFingerprint} at the start, ${distAfter} at the end); the numbers are all from the copy taken at the start.`;
    if (distNote) log(distNote);
    m.distNote = distNote;

    const commands = [
      `node bench/run.mjs --sizes ${o.sizes.join(',')} --seed ${o.seed}   # generates each corpus, then runs:`,
      `cd $REPO`,
      `node $LL --format json --debug ${LEDGER_DIRS.join(' ')}   # (1) full check: 1 untimed + ${results.map((r) => `${r.runs} timed at ${fmtN(r.n)}`).join(', ')}`,
      `node $LL --format json --debug --cache --cache-location $TMP/ledgerlint-cache-N ${LEDGER_DIRS.join(' ')}   # (2) once to fill, then timed`,
      `node node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs --config $TMP/markdownlint/.markdownlint-cli2.jsonc '${MDL_GLOBS.join("' '")}'   # (3) config: { "config": { "default": true } }; 1 untimed + timed runs interleaved with (1)`,
      `echo '- …' >> <one clean prd ledger> && git add <it>   # (4) then, interleaved, 2 untimed + ${o.hookReps} timed each:`,
      `node $LL --staged`,
      `node -e ''`,
      `/usr/bin/time -f %M -o $TMP/rss <command>   # peak RSS of the largest process; the report sums the process tree from /proc`,
      `PATH=$TMP/gitwrap:$PATH BENCH_GIT_LOG=$TMP/git-calls.log <ledgerlint command>   # git wrapper: logs each call, then execs ${realGit}`,
    ];
    const { md, table, targets } = report(results, hookResults, o, m, commands);
    console.log(`\n${targets}\n\n${table}\n`);
    for (const r of results) {
      const c = r.correctness;
      if (c)
        console.log(
          `N=${fmtN(r.n)}: clean ledgers with findings: ${c.cleanWithFindings.length}; planted faults found: ${c.faultsFound}/${c.faulted}; extra findings on faulted ledgers: ${c.faultExtras.length}`,
        );
      for (const p of r.problems) console.log(`N=${fmtN(r.n)}: problem: ${p}`);
    }
    if (o.out) {
      writeFileSync(o.out, md);
      log(`wrote ${o.out}`);
    } else log('no report written (custom --sizes without --out)');
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error?.stack ?? error}`);
  process.exitCode = 1;
});
