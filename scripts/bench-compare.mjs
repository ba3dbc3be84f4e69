#!/usr/bin/env node
// `npm run bench:compare -- DIR...`: the start-up rows of `npm run bench`
// (and lint on a generated pack) timed on several built checkouts at once,
// interleaved run by run with each other and with `node -e 0`, so that
// load moves every build alike. What a change cost or bought is the
// difference between two builds' medians in the same run. Each DIR is a
// checkout with `dist/` built (`git worktree add DIR COMMIT && cd DIR &&
// npm ci`); `.` is this one. It reports and never fails: exit 0, 1 when a
// DIR has no dist/, 2 on a bad option. See docs/performance.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeAnswers } from './bench/answers.mjs';
import { runOnce } from './bench/measure.mjs';
import { startupRows } from './bench/rows.mjs';
import { formatMs, markdownTable, summarize } from './bench/stats.mjs';
import { generatePack, writePack } from './gen-pack.mjs';

const USAGE = `usage: npm run bench:compare -- [options] DIR...
  DIR...           built checkouts to compare, oldest first ('.' is this one)
  --runs N         timed runs per row and build (default 10), after --warmup N (default 2)
  --only IDS       only rows whose id contains one of these (comma-separated): version, help, show,
                   show-cold, show-color, search, quiz, lint, lint-cold, lint-N
  --sizes LIST     also lm-lint --no-cache on generated packs of these sizes (e.g. 100); none by default
  --json           print the results as JSON instead of the table
`;

// The bench's 1,000-line history row needs hundreds of quiz runs per build; the plain quiz row stands for it here.
const SKIP = new Set(['quiz-history']);

function options(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      only: { type: 'string' },
      sizes: { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const count = (name, min) => {
    if (!/^\d+$/.test(values[name]) || Number(values[name]) < min) throw new Error(`--${name} must be a whole number >= ${min}`);
    return Number(values[name]);
  };
  const sizes = values.sizes === '' ? [] : values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error('--sizes must be whole numbers >= 1, comma-separated');
  if (!values.help && positionals.length === 0) throw new Error('name at least one built checkout');
  return {
    help: values.help,
    dirs: positionals.map((d) => resolve(d)),
    runs: count('runs', 1),
    warmup: count('warmup', 0),
    only: values.only?.split(',').map((s) => s.trim()).filter(Boolean),
    sizes,
    json: values.json,
  };
}

/** A checkout's name in the report: its commit, when it is a git checkout. */
function labelOf(dir) {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return basename(dir);
  }
}

/** Every build's rows, each build with its own HOME, state and caches (builds may keep different things under the same names). */
function buildsOf(opts, work, packs) {
  return opts.dirs.map((root, i) => {
    const own = join(work, `build-${i}`);
    for (const d of ['home', 'state']) mkdirSync(join(own, d), { recursive: true });
    const env = (lang = 'en_US.UTF-8') => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(own, 'home'), LANG: lang, TERM: 'xterm-256color', LM_STATE_DIR: join(own, 'state') });
    const answersFile = join(own, 'answers.json');
    const quiz = join(root, 'quizzes', 'stages.yaml');
    if (existsSync(quiz)) writeAnswers(quiz, answersFile);
    else writeFileSync(answersFile, '{}\n');
    const rows = startupRows({ root, env, answersFile, historyState: join(own, 'state') }).filter((r) => !SKIP.has(r.id));
    for (const [n, dir] of packs) {
      rows.push({ id: `lint-${n}`, label: `lm-lint --no-cache on N = ${n}`, cmd: { file: process.execPath, args: [join(root, 'bin', 'lm-lint.js'), '--no-cache', dir], env: env(), cwd: root }, okCodes: [0, 1] });
    }
    return { root, label: labelOf(root), rows, env };
  });
}

/**
 * One row on every build: each round runs `node -e 0` and every build's
 * command once, the order rotated each round so no build always goes first.
 */
function compareRow(id, builds, opts) {
  const cmds = builds.map((b) => b.rows.find((r) => r.id === id));
  const baseline = { file: process.execPath, args: ['-e', '0'], env: builds[0].env(), cwd: builds[0].root };
  const entries = [baseline, ...cmds.map((c) => c?.cmd)];
  const times = entries.map(() => []);
  const codes = entries.map(() => new Set());
  for (let round = 0; round < opts.warmup + opts.runs; round++) {
    for (let k = 0; k < entries.length; k++) {
      const j = (k + round) % entries.length;
      if (!entries[j]) continue;
      const run = runOnce(entries[j]);
      if (round >= opts.warmup) {
        times[j].push(run.ms);
        codes[j].add(run.code);
      }
    }
  }
  const base = summarize(times[0]);
  const label = cmds.find(Boolean)?.label ?? id;
  const results = builds.map((b, i) => {
    const cmd = cmds[i];
    if (!cmd) return { build: b.label, status: 'n/a', note: 'no such row' };
    const bad = [...codes[i + 1]].filter((c) => !cmd.okCodes.includes(c));
    if (bad.length) return { build: b.label, status: 'n/a', note: `exit ${bad.join(', ')}` };
    const t = summarize(times[i + 1]);
    return { build: b.label, status: 'ok', ...t, ratio: t.median / base.median };
  });
  return { id, label, base, results, load: os.loadavg()[0] };
}

function table(compared, builds) {
  const columns = [{ title: 'row' }, { title: 'node -e 0', align: 'right' }, ...builds.flatMap((b, i) => [{ title: `${b.label} median (min–max)`, align: 'right' }, { title: '× node', align: 'right' }, ...(i > 0 ? [{ title: 'Δ', align: 'right' }] : [])]), { title: 'load', align: 'right' }];
  const rows = compared.map((c) => [
    c.label,
    formatMs(c.base.median),
    ...c.results.flatMap((r, i) => {
      const prev = c.results[i - 1];
      const delta = i === 0 ? [] : [r.status === 'ok' && prev.status === 'ok' ? signed(r.median - prev.median) : ''];
      if (r.status !== 'ok') return [`n/a (${r.note})`, '', ...delta];
      return [`${formatMs(r.median)} (${formatMs(r.min)}–${formatMs(r.max)})`, `${r.ratio.toFixed(2)}×`, ...delta];
    }),
    c.load.toFixed(2),
  ]);
  return markdownTable(columns, rows);
}

const signed = (ms) => `${ms >= 0 ? '+' : '−'}${formatMs(Math.abs(ms))}`;

function main(argv) {
  let opts;
  try {
    opts = options(argv);
  } catch (error) {
    process.stderr.write(`bench:compare: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  for (const dir of opts.dirs) {
    if (!existsSync(join(dir, 'dist', 'lm-explain.js'))) {
      process.stderr.write(`bench:compare: ${join(dir, 'dist', 'lm-explain.js')} is missing; build that checkout first (npm ci or npm run build)\n`);
      return 1;
    }
  }
  const work = mkdtempSync(join(os.tmpdir(), 'lm-bench-compare-'));
  try {
    const packs = new Map(opts.sizes.map((n) => [n, writePack(join(work, `pack-${n}`), generatePack({ chapters: n, seed: 'bench' }).files)]));
    const builds = buildsOf(opts, work, packs);
    const ids = [...new Set(builds.flatMap((b) => b.rows.map((r) => r.id)))].filter((id) => !opts.only || opts.only.some((part) => id.includes(part)));
    if (ids.length === 0) {
      process.stderr.write('bench:compare: no row matches --only\n');
      return 2;
    }
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    const compared = ids.map((id) => {
      process.stderr.write(`bench:compare: ${id}: ${opts.runs} rounds after ${opts.warmup} warm-up\n`);
      return compareRow(id, builds, opts);
    });
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ node: process.version, builds: builds.map((b) => ({ label: b.label, root: b.root })), rows: compared }, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(
      [
        `Node ${process.version}, ${os.availableParallelism()} cores; load average ${load} at start, ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at end.`,
        `${opts.runs} rounds per row after ${opts.warmup} warm-up; a round runs \`node -e 0\` and each build once, in rotated order. Medians of whole-process wall time; × node = median ÷ the median of \`node -e 0\` in the same rounds; Δ = median − the previous build's median; load = 1-minute load average when the row ended.`,
        `Builds: ${builds.map((b) => `${b.label} (${b.root})`).join(', ')}.`,
        '',
        table(compared, builds),
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
