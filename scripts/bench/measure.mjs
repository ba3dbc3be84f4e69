// Whole-process measurements: wall time of one spawned command as the
// parent sees it (fork, exec, Node start-up, the command, exit), runs of a
// command interleaved with a baseline, and peak RSS through /usr/bin/time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `fresh`: environment variables each run points at a new, empty directory
 * (a first run: no compile cache, no lm-lint cache), made before the clock starts.
 * `before`: called before each run (and the RSS run), outside the clock (e.g. to remove a snapshot).
 * @typedef {{ file: string, args: string[], env: Record<string, string>, cwd: string, input?: string, fresh?: string[], before?: () => void }} Command
 * @typedef {{ ms: number, code: number | null, signal: string | null, stderr: string }} Run
 */

const MAX_OUTPUT = 512 * 1024 * 1024;

/** Runs `cmd` once with stdout and stderr piped (as in `cmd | less`), timing it from spawn to exit. */
export function runOnce(cmd) {
  cmd.before?.();
  const empty = cmd.fresh?.length ? mkdtempSync(join(tmpdir(), 'lm-bench-fresh-')) : undefined;
  const env = empty ? { ...cmd.env, ...Object.fromEntries(cmd.fresh.map((name) => [name, join(empty, name)])) } : cmd.env;
  try {
    return timedRun(cmd, env);
  } finally {
    if (empty) rmSync(empty, { recursive: true, force: true });
  }
}

function timedRun(cmd, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd.file, cmd.args, {
    env,
    cwd: cmd.cwd,
    input: cmd.input ?? '',
    maxBuffer: MAX_OUTPUT,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) return { ms, code: null, signal: null, stderr: String(result.error.message) };
  return { ms, code: result.status, signal: result.signal, stderr: result.stderr.toString('utf8') };
}

/**
 * Times `cmd` and `baseline` in pairs, alternating which goes first so that
 * drift (thermal, caches, other load) falls on both alike. Warm-up pairs are
 * run first and discarded. Returns every timed run of each.
 */
export function timeInterleaved(cmd, baseline, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) {
    runOnce(baseline);
    runOnce(cmd);
  }
  const cmdRuns = [];
  const baseRuns = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      baseRuns.push(runOnce(baseline));
      cmdRuns.push(runOnce(cmd));
    } else {
      cmdRuns.push(runOnce(cmd));
      baseRuns.push(runOnce(baseline));
    }
  }
  return { cmdRuns, baseRuns };
}

export const TIME_BIN = '/usr/bin/time';

/** Whether GNU time is installed (it reports a child's peak RSS; Node cannot for one child). */
export function hasTimeBin() {
  if (!existsSync(TIME_BIN)) return false;
  const probe = spawnSync(TIME_BIN, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}

/** Peak resident set size of one run of `cmd`, in KiB, or undefined when it cannot be measured. */
export function peakRssKiB(cmd) {
  const dir = mkdtempSync(join(tmpdir(), 'lm-bench-rss-'));
  const out = join(dir, 'time.txt');
  try {
    cmd.before?.();
    spawnSync(TIME_BIN, ['-f', '%M', '-o', out, cmd.file, ...cmd.args], {
      env: cmd.env,
      cwd: cmd.cwd,
      input: cmd.input ?? '',
      maxBuffer: MAX_OUTPUT,
    });
    // On a non-zero exit GNU time writes "Command exited with non-zero status N" first; the figure is the last line.
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    return /^\d+$/.test(last) ? Number(last) : undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (KiB) and CPU time (user + system, ms) of one run of `cmd` (after its `before`), from GNU time; undefined fields when not measured. */
export function rssAndCpu(cmd) {
  const dir = mkdtempSync(join(tmpdir(), 'lm-bench-rss-'));
  const out = join(dir, 'time.txt');
  try {
    cmd.before?.();
    spawnSync(TIME_BIN, ['-f', '%M %U %S', '-o', out, cmd.file, ...cmd.args], { env: cmd.env, cwd: cmd.cwd, input: cmd.input ?? '', maxBuffer: MAX_OUTPUT });
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    return m ? { kib: Number(m[1]), cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000) } : {};
  } catch {
    return {};
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first non-empty line of a command's stderr, shortened, to explain an n/a. */
export function firstLine(text, max = 100) {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
