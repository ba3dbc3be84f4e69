#!/usr/bin/env node
// `npm run bench`: whole-process timings of the built binaries, each run
// interleaved with `node -e 0` so every figure is also a ratio to Node's own
// start-up measured in the same run; peak RSS through /usr/bin/time; the
// scale rows on generated packs. Prints one table with the targets of issue
// #14, and the load average beside each row. It reports and never fails: exit 0, unless it cannot run at all.
// See docs/performance.md.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeAnswers } from './bench/answers.mjs';
import { firstLine, hasTimeBin, peakRssKiB, runOnce, timeInterleaved } from './bench/measure.mjs';
import { derive, notes, resultsTable, summaryLine } from './bench/report.mjs';
import { floorRows } from './bench/floor.mjs';
import { scaleRows, startupDerived, startupRows } from './bench/rows.mjs';
import { summarize, ratio } from './bench/stats.mjs';
import { generatePack, writePack } from './gen-pack.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `usage: npm run bench -- [options]
  --runs N         timed runs per start-up row (default 10), after --warmup N (default 2)
  --scale-runs N   timed runs per scale row (default 3; the exit-code check run is their warm-up)
  --quick          3 runs, 1 warm-up, 1 scale run: a fast look, noisier figures
  --only IDS       only rows whose id contains one of these (comma-separated), e.g. show,lint-2000
  --no-scale       skip the generated packs (start-up rows only)
  --scale          only the scale rows (their derived rows need show and search too)
  --sizes LIST     pack sizes for the scale rows (default 100,1000,2000)
  --seed S         seed of the generated packs (default bench)
  --json           print the results as JSON instead of the table
  --keep           keep the temporary directory (packs, state, answers)
`;

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'scale-runs': { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-scale': { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '100,1000,2000' },
      seed: { type: 'string', default: 'bench' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const count = (name, fallback, min) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`--${name} must be a whole number >= ${min}`);
    return Number(raw);
  };
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error('--sizes must be whole numbers >= 1, comma-separated');
  return {
    help: values.help,
    runs: count('runs', values.quick ? 3 : 10, 1),
    warmup: count('warmup', values.quick ? 1 : 2, 0),
    scaleRuns: count('scale-runs', values.quick ? 1 : 3, 1),
    scaleWarmup: 0,
    only: values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    startup: !values.scale,
    scale: !values['no-scale'],
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    seed: values.seed,
    json: values.json,
    keep: values.keep,
  };
}

const progress = (text) => process.stderr.write(`bench: ${text}\n`);

function machine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0].toFixed(2);
  return `${cpu}, ${os.availableParallelism()} cores (nproc), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${load} at start`;
}

/** Times one row: checks its exit code once, then runs it interleaved with the baseline. */
function measure(row, baseline, opts, rss) {
  const probe = runOnce(row.cmd);
  if (!row.okCodes.includes(probe.code)) {
    return { ...row, status: 'n/a', code: probe.code, note: `n/a (exit ${probe.code ?? probe.signal}): ${firstLine(probe.stderr) || 'no message'}` };
  }
  const [runs, warmup] = row.kind === 'scale' ? [opts.scaleRuns, opts.scaleWarmup] : [opts.runs, opts.warmup];
  progress(`${row.label}: ${runs} runs after ${warmup} warm-up`);
  const { cmdRuns, baseRuns } = timeInterleaved(row.cmd, baseline, { runs, warmup });
  const t = summarize(cmdRuns.map((r) => r.ms));
  const base = summarize(baseRuns.map((r) => r.ms));
  const codes = [...new Set(cmdRuns.map((r) => r.code))];
  let note;
  if (codes.length > 1) note = `exit codes varied between runs: ${codes.join(', ')}`;
  else if (probe.code !== 0) note = `ran with exit ${probe.code} (findings): ${firstLine(probe.stderr) || 'see its output'}`;
  return { ...row, status: 'ok', code: probe.code, note, ...t, baseMedian: base.median, baseRuns: baseRuns.map((r) => r.ms), ratio: ratio(t.median, base.median), load: os.loadavg()[0], rssKiB: rss ? peakRssKiB(row.cmd) : undefined };
}

function main(argv) {
  let opts;
  try {
    opts = options(argv);
  } catch (error) {
    process.stderr.write(`bench: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  for (const name of ['lm-explain', 'lm-quiz', 'lm-lint']) {
    if (!existsSync(join(ROOT, 'dist', `${name}.js`))) {
      process.stderr.write(`bench: dist/${name}.js is missing; run \`npm run build\` first\n`);
      return 1;
    }
  }
  const work = mkdtempSync(join(os.tmpdir(), 'lm-bench-'));
  try {
    return run(opts, work);
  } finally {
    if (opts.keep) progress(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function run(opts, work) {
  const home = join(work, 'home');
  const state = join(work, 'state');
  mkdirSync(home);
  mkdirSync(state);
  const env = (lang = 'en_US.UTF-8') => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: lang, TERM: 'xterm-256color', LM_STATE_DIR: state });
  const baseline = { file: process.execPath, args: ['-e', '0'], env: env(), cwd: ROOT };
  const answersFile = join(work, 'answers.json');
  const stagesQuiz = join(ROOT, 'quizzes', 'stages.yaml');
  if (existsSync(stagesQuiz)) writeAnswers(stagesQuiz, answersFile);
  else writeFileSync(answersFile, '{}\n');

  const wanted = (id) => !opts.only || opts.only.some((part) => id.includes(part));
  const historyState = join(work, 'state-history');
  mkdirSync(historyState);
  let timed = opts.startup || opts.scale ? startupRows({ root: ROOT, env, answersFile, historyState }) : [];
  if (!opts.startup) timed = timed.filter((r) => r.id === 'show' || r.id === 'search');
  else timed.push(...floorRows({ root: ROOT, work, env }));
  if (timed.some((r) => r.id === 'quiz-history' && wanted(r.id))) fillHistory(timed.find((r) => r.id === 'quiz-history').cmd, historyState);
  let derived = opts.startup ? [...startupDerived] : [];
  let generation = '';
  if (opts.scale) {
    const packs = new Map();
    const started = performance.now();
    for (const n of opts.sizes) {
      if (!opts.only || opts.only.some((part) => `lint-${n} markdownlint-${n} show-${n} search-${n}`.includes(part))) {
        packs.set(n, writePack(join(work, `pack-${n}`), generatePack({ chapters: n, seed: opts.seed }).files));
      }
    }
    if (packs.size > 0) {
      generation = `Generated packs: N = ${[...packs.keys()].join(', ')} (seed ${opts.seed}) in ${Math.round(performance.now() - started)} ms.`;
      const config = join(work, 'bench.markdownlint-cli2.jsonc');
      writeFileSync(config, '{ "config": { "MD013": false } }\n');
      const scale = scaleRows({ root: ROOT, env, packs, markdownlint: { bin: join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), config } });
      timed = [...timed, ...scale.timed];
      derived = [...derived, ...scale.derived];
    }
  }
  timed = timed.filter((r) => wanted(r.id));
  if (timed.length === 0) {
    process.stderr.write('bench: no row matches --only\n');
    return 2;
  }

  const rss = hasTimeBin();
  const results = timed.map((row) => measure(row, baseline, opts, rss));
  const byId = new Map(results.map((r) => [r.id, r]));
  const derivedResults = derived.filter((row) => row.inputs.every((id) => byId.has(id))).map((row) => (row.paired ? pairedRatio(row, byId, opts) : derive(row, byId)));
  const allBase = results.flatMap((r) => r.baseRuns ?? []);
  const base = allBase.length ? { ...summarize(allBase), rssKiB: rss ? peakRssKiB(baseline) : undefined } : undefined;

  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ machine: machine(), options: opts, baseline: base, rows: [...results, ...derivedResults] }, (k, v) => (k === 'cmd' || k === 'baseRuns' ? undefined : v), 2)}\n`);
    return 0;
  }
  const runsText = `${opts.runs} runs after ${opts.warmup} warm-up per start-up row, ${opts.scaleRuns} per scale row (after the exit-code check run)`;
  const lines = [
    `Machine: ${machine()}`,
    `Runs: ${runsText}; medians of whole-process wall time; × node = median ÷ median of \`node -e 0\` interleaved in the same runs; load = 1-minute load average when the row ended.`,
    rss ? 'Peak RSS: /usr/bin/time -f %M, one extra run per row.' : 'Peak RSS: n/a (/usr/bin/time is not installed; `apt-get install time`).',
  ];
  const load = os.loadavg()[0];
  if (load > os.availableParallelism()) {
    lines.push(`Warning: the machine is busy (load average ${load.toFixed(2)} on ${os.availableParallelism()} cores); absolute times are inflated and noisy, ratios less so.`);
  }
  if (generation) lines.push(generation);
  lines.push('', resultsTable(base, [...results, ...derivedResults]), '');
  const extra = notes([...results, ...derivedResults]);
  if (extra.length) lines.push('Notes:', ...extra.map((n) => `- ${n}`), '');
  lines.push(summaryLine([...results, ...derivedResults]));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** A derived row whose two commands are timed again together, alternating which goes first: the ratio of their medians in the same runs. */
function pairedRatio(row, byId, opts) {
  const result = derive(row, byId);
  if (result.missing) return result;
  const [a, b] = row.inputs.map((id) => byId.get(id));
  progress(`${row.label}: ${opts.runs} paired runs after ${opts.warmup} warm-up`);
  const { cmdRuns, baseRuns } = timeInterleaved(a.cmd, b.cmd, { runs: opts.runs, warmup: opts.warmup });
  return { ...result, value: ratio(summarize(cmdRuns.map((r) => r.ms)).median, summarize(baseRuns.map((r) => r.ms)).median) };
}

/** Runs the quiz until its history has at least 1,000 lines. */
function fillHistory(cmd, state) {
  const log = join(state, 'quiz-log.jsonl');
  const lines = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);
  progress('filling a quiz history of 1,000 lines');
  for (let i = 0; i < 500 && lines() < 1000; i++) runOnce(cmd);
  if (lines() < 1000) throw new Error(`the quiz history has ${lines()} lines after 500 runs`);
}

process.exitCode = main(process.argv.slice(2));
