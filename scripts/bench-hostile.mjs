#!/usr/bin/env node
// `npm run bench:hostile [-- --runs N] [--sizes 1,10,100] [--chapters 1000,10000,100000] [--quick] [--history-only]`:
// the figures of issue #20. Whole-process wall time (min / median / max of N
// runs, each interleaved with `node -e 0`, and the ratio of the medians), and
// peak RSS and CPU time (/usr/bin/time, one extra run) for
//   - search, show and lm-lint on one chapter of 1 MB and 2 MB (plain words,
//     and Markdown links),
//   - list, search, show and the home screen on packs of 1,000, 10,000 and
//     100,000 tiny chapters, and search on one with an invalid glossary, and
//   - lm-quiz stats, history and a quiz start on a history of 1, 10 and 100 MB,
//     each as a first run (no history index beside the log: every run starts
//     without one) and as a later run (the index there, a few KB behind).
// --quick: one run, a 1 MB history, packs of 1,000 and 10,000 chapters.
// --history-only: the history rows alone.
// Prints a Markdown table and the load average; reports, never fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeHistoryLog } from './bench/history-log.mjs';
import { hasTimeBin, rssAndCpu, timeInterleaved } from './bench/measure.mjs';
import { writeTinyPack } from './bench/tiny-pack.mjs';
import { formatKiB, formatMs, summarize } from './bench/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    sizes: { type: 'string' },
    chapters: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'history-only': { type: 'boolean', default: false },
  },
});
const numbers = (text) => text.split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
const runs = Math.max(1, Number(values.runs ?? (values.quick ? 1 : 3)) || 3);
const sizes = numbers(values.sizes ?? (values.quick ? '1' : '1,10,100'));
const chapterCounts = numbers(values.chapters ?? (values.quick ? '1000,10000' : '1000,10000,100000'));
const work = mkdtempSync(join(os.tmpdir(), 'lm-bench-hostile-'));
const progress = (text) => process.stderr.write(`bench: ${text}\n`);

const env = (state) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: work, LANG: 'en_US.UTF-8', TERM: 'dumb', LM_STATE_DIR: state, LM_NO_CACHE: '1' });
const bin = (name, args, state = join(work, 'state')) => ({ file: process.execPath, args: [join(ROOT, 'bin', `${name}.js`), ...args], env: env(state), cwd: ROOT });

function chapterPack(name, body) {
  const dir = join(work, name);
  cpSync(join(ROOT, 'tests', 'fixtures', 'reader'), dir, { recursive: true });
  writeFileSync(join(dir, 'content', 'stages.en.md'), `---\nid: stages\ntitle: Four stages\nsummary: s\n---\n\nintro\n\n## Big {#big}\n\n${body}\n`);
  return dir;
}

const rows = [];
try {
  mkdirSync(join(work, 'state'));
  for (const mb of values['history-only'] ? [] : [1, 2]) {
    // Just under the 2 MiB file cap for the 2 MB rows.
    const words = chapterPack(`words-${mb}`, 'word '.repeat(Math.floor((mb * 1e6 - 200) / 5)));
    const links = chapterPack(`links-${mb}`, '[a](http://x) '.repeat(Math.floor((mb * 1e6 - 200) / 14)));
    rows.push({ label: `search word, ${mb} MB chapter of words`, cmd: bin('lm-explain', ['search', 'word', '--pack', words, '--lang', 'en']), max: 2000 });
    rows.push({ label: `show, ${mb} MB chapter of words`, cmd: bin('lm-explain', ['show', 'stages', '--pack', words, '--lang', 'en']), max: 2000 });
    rows.push({ label: `lm-lint --no-cache, ${mb} MB chapter of words`, cmd: bin('lm-lint', ['--no-cache', words]), max: 2000 });
    rows.push({ label: `search a, ${mb} MB chapter of links (${Math.floor((mb * 1e6 - 200) / 14).toLocaleString('en-US')})`, cmd: bin('lm-explain', ['search', 'a', '--pack', links, '--lang', 'en']), max: 2000 });
    rows.push({ label: `show, ${mb} MB chapter of links`, cmd: bin('lm-explain', ['show', 'stages', '--pack', links, '--lang', 'en']), max: 2000 });
    rows.push({ label: `lm-lint --no-cache, ${mb} MB chapter of links`, cmd: bin('lm-lint', ['--no-cache', links]), max: 2000 });
  }
  for (const n of values['history-only'] ? [] : chapterCounts) {
    progress(`writing a pack of ${n} tiny chapters`);
    const pack = writeTinyPack(join(work, `tiny-${n}`), n);
    const count = n.toLocaleString('en-US');
    // Work proportional to the pack is fine, seconds per thousand chapters are not: 1 s, and 0.1 s per 1,000.
    const max = 1000 + n / 10;
    const id = `c${n}`;
    rows.push({ label: `list, ${count} tiny chapters`, cmd: bin('lm-explain', ['list', '--pack', pack, '--lang', 'en']), max });
    rows.push({ label: `search idea (${count} results), ${count} tiny chapters`, cmd: bin('lm-explain', ['search', 'idea', '--pack', pack, '--lang', 'en']), max });
    rows.push({ label: `home screen, ${count} tiny chapters`, cmd: bin('lm-explain', ['--pack', pack, '--lang', 'en']), max });
    rows.push({ label: `show ${id}, ${count} tiny chapters`, cmd: bin('lm-explain', ['show', id, '--pack', pack, '--lang', 'en']), max: 2000 });
    const bad = writeTinyPack(join(work, `tiny-bad-${n}`), n, { badGlossary: true });
    rows.push({ label: `search, invalid glossary, ${count} tiny chapters`, cmd: bin('lm-explain', ['search', 'idea', '--pack', bad, '--lang', 'en']), max: 2000 });
  }
  const answers = join(work, 'answers.json');
  writeFileSync(answers, '{}\n');
  for (const mb of sizes) {
    const state = join(work, `history-${mb}`);
    mkdirSync(state);
    const attempts = writeHistoryLog(join(state, 'quiz-log.jsonl'), mb * 1e6);
    const note = `${mb} MB history (${attempts.toLocaleString('en-US')} attempts)`;
    const index = join(state, 'quiz-log.index');
    const stats = bin('lm-quiz', ['stats', '--lang', 'en'], state);
    const first = (cmd) => ({ ...cmd, before: () => rmSync(index, { force: true }) });
    // `stats` leaves an index; `history` and the quiz only carry one on.
    const later = (cmd) => ({ ...cmd, before: () => existsSync(index) || spawnSync(stats.file, stats.args, { env: stats.env, cwd: stats.cwd, stdio: 'ignore' }) });
    // Each quiz run saves its attempt: the log grows by about 3 KB a run, which does not change its size class.
    const commands = [
      ['lm-quiz stats', stats],
      ['lm-quiz history', bin('lm-quiz', ['history', '--lang', 'en'], state)],
      ['lm-quiz stages -n 3 --answers --json (start to end)', bin('lm-quiz', ['stages', '-n', '3', '--seed', '1', '--answers', answers, '--json', '--lang', 'en'], state)],
    ];
    for (const [what, cmd] of commands) {
      rows.push({ label: `${what}, ${note}, first run`, cmd: first(cmd), max: 3000, rss: 200 * 1024 });
      rows.push({ label: `${what}, ${note}, later run`, cmd: later(cmd), max: 3000, rss: 200 * 1024 });
    }
  }
  const baseline = { file: process.execPath, args: ['-e', '0'], env: env(join(work, 'state')), cwd: ROOT };
  const rss = hasTimeBin();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const lines = ['| What | min | median | max | × node | CPU | peak RSS | target |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    progress(row.label);
    const { cmdRuns, baseRuns } = timeInterleaved(row.cmd, baseline, { runs, warmup: 1 });
    const t = summarize(cmdRuns.map((r) => r.ms));
    const base = summarize(baseRuns.map((r) => r.ms));
    const codes = [...new Set(cmdRuns.map((r) => r.code))].join(',');
    const { kib, cpuMs } = rss ? rssAndCpu(row.cmd) : {};
    const met = t.median < row.max && (row.rss === undefined || kib === undefined || kib < row.rss);
    const target = `${met ? '✓' : '✗'} < ${row.max / 1000} s${row.rss ? `, < ${row.rss / 1024} MiB` : ''}`;
    const cpu = cpuMs === undefined ? 'n/a' : formatMs(cpuMs);
    lines.push(`| ${row.label} (exit ${codes}) | ${formatMs(t.min)} | ${formatMs(t.median)} | ${formatMs(t.max)} | ${(t.median / base.median).toFixed(1)}× | ${cpu} | ${formatKiB(kib)} | ${target} |`);
  }
  process.stdout.write(
    `Machine: ${os.availableParallelism()} cores, Node ${process.version}; load average at start ${load}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n` +
      `Runs: ${runs} after 1 warm-up, each interleaved with \`node -e 0\`; × node = median ÷ median of node -e 0; CPU (user + system) and peak RSS from one more run.\n\n${lines.join('\n')}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
