// Running one measured command: wall time (hrtime in this process), peak memory,
// exit code and output, with a hard timeout that kills the whole process group.
// Peak memory is the larger of GNU time's %M (the largest resident set of any one
// process, in KB) and the peak of the summed resident sets of the whole process
// group sampled every 100 ms: ledgerlint lints in child processes, which %M alone
// would count one at a time.

import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  chmodSync,
  mkdirSync,
} from 'node:fs';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

/** The child running now, so a signal handler can kill it. */
let current = null;
export function killCurrent() {
  if (current?.pid) {
    try {
      process.kill(-current.pid, 'SIGKILL');
    } catch {}
  }
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, scratch: string, timeoutMs: number, rss?: boolean, label?: string }} o
 * @returns {Promise<{ ms: number, rssKB: number | null, groupKB: number | null, code: number | null, signal: string | null, timedOut: boolean, stdoutFile: string, stderr: string }>}
 */
export function runMeasured(cmd, args, o) {
  const stdoutFile = join(o.scratch, 'last.stdout');
  const stderrFile = join(o.scratch, 'last.stderr');
  const rssFile = join(o.scratch, 'last.rss');
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const useTime = o.rss !== false && existsSync(GNU_TIME);
  if (useTime) writeFileSync(rssFile, '');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const cpuBefore = busyJiffies();
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: o.cwd, env: o.env, stdio: ['ignore', out, err], detached: true });
    current = child;
    let groupKB = null;
    const sampler = useTime
      ? setInterval(() => {
          const kb = groupRssKB(child.pid);
          if (kb !== null) groupKB = Math.max(groupKB ?? 0, kb);
        }, 100)
      : null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, o.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      current = null;
      closeSync(out);
      closeSync(err);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      current = null;
      closeSync(out);
      closeSync(err);
      const cpuAfter = busyJiffies();
      let rssKB = null;
      let cpuS = null;
      if (useTime) {
        // GNU time writes "Command exited with non-zero status N" before the values when the exit code is not 0.
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const [kb, user, sys] = lines[lines.length - 1].split(' ').map(Number);
        if (Number.isFinite(kb) && kb > 0) rssKB = Math.max(kb, groupKB ?? 0);
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuS = user + sys;
      }
      // CPU used by other processes on the machine meanwhile, in cores (busy time of all CPUs minus the command's own).
      const otherCores =
        cpuS !== null && cpuBefore !== null && cpuAfter !== null
          ? Math.max(0, (cpuAfter - cpuBefore) / 100 - cpuS) / (ms / 1000)
          : null;
      resolve({
        ms,
        rssKB,
        groupKB,
        cpuS,
        otherCores,
        code,
        signal,
        timedOut,
        stdoutFile,
        stderr: readFileSync(stderrFile, 'utf8'),
      });
    });
  });
}

/**
 * A directory holding a `git` that logs each invocation (one line, its
 * arguments) to $BENCH_GIT_LOG and then execs the real git.
 */
export function makeGitWrapper(dir, realGit) {
  mkdirSync(dir, { recursive: true });
  const script = join(dir, 'git');
  writeFileSync(
    script,
    `#!/bin/sh\nprintf '%s\\n' "git $*" >> "$BENCH_GIT_LOG"\nexec '${realGit.replace(/'/g, `'\\''`)}' "$@"\n`,
  );
  chmodSync(script, 0o755);
  return dir;
}

/** Summed resident set (KB) of the processes in process group pgid, from /proc; null where there is none. */
function groupRssKB(pgid) {
  let pids;
  try {
    pids = readdirSync('/proc');
  } catch {
    return null;
  }
  let pages = 0;
  for (const pid of pids) {
    if (pid.charCodeAt(0) < 48 || pid.charCodeAt(0) > 57) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After "pid (comm) ": state ppid pgrp … with rss the 22nd of those fields.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) pages += Number(fields[21]);
    } catch {}
  }
  return (pages * 4096) / 1024;
}

/** Busy jiffies (1/100 s) of all CPUs so far, from /proc/stat; null where there is none. */
function busyJiffies() {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number);
    return user + nice + system + irq + softirq + steal;
  } catch {
    return null;
  }
}

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
