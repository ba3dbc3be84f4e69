// What the benchmark measures: the start-up rows and the scale rows of
// issue #14, each a command with its targets, and the derived rows that
// compare two measured rows (scaling, lm-lint against markdownlint-cli2,
// the big pack against the built-in one).
import { join } from 'node:path';
import { formatKiB, formatMs } from './stats.mjs';

const times = (v) => `${v.toFixed(2)}×`;

/** The figure must be at most `max` times Node's own start-up, measured in the same runs. */
const nodeRatio = (max) => ({ metric: 'ratio', label: `×node ≤ ${max}`, max, format: times });
const seconds = (max) => ({ metric: 'median', label: `≤ ${max} s`, max: max * 1000, format: formatMs });
const rssBelow = (mib) => ({ metric: 'rss', label: `RSS < ${mib} MiB`, max: mib * 1024, strict: true, format: formatKiB });
const atMost = (label, max, strict = false) => ({ label, max, strict, format: (v) => v.toFixed(2) });

/**
 * @typedef {import('./measure.mjs').Command} Command
 * `kind` picks the run count: 'startup' rows are short and run many times, 'scale' rows fewer.
 * @typedef {{ id: string, label: string, cmd: Command, okCodes: number[], targets: object[], kind: 'startup' | 'scale' }} TimedRow
 * @typedef {{ id: string, label: string, inputs: [string, string], target: object }} DerivedRow
 */

/**
 * @param {{ root: string, env: (lang?: string) => Record<string, string>, answersFile: string }} ctx
 * @returns {TimedRow[]}
 */
export function startupRows(ctx) {
  const bin = (name, args, lang, extra = {}) => ({ file: process.execPath, args: [join(ctx.root, 'bin', `${name}.js`), ...args], env: { ...ctx.env(lang), ...extra }, cwd: ctx.root });
  // A first run: Node's compile cache and lm-lint's cache both empty.
  const cold = (cmd) => ({ ...cmd, fresh: ['NODE_COMPILE_CACHE', 'XDG_CACHE_HOME'] });
  const row = (id, label, cmd, max, okCodes = [0]) => ({ id, label, cmd, okCodes, targets: [nodeRatio(max)], kind: 'startup' });
  const quizArgs = ['stages', '-n', '15', '--seed', '1', '--answers', ctx.answersFile, '--json'];
  return [
    row('version', 'lm-explain --version', bin('lm-explain', ['--version']), 1.3),
    row('help', 'lm-quiz --help', bin('lm-quiz', ['--help']), 1.3),
    row('show', 'lm-explain show stages (piped)', bin('lm-explain', ['show', 'stages']), 2),
    row('show-cold', 'lm-explain show stages, first run (empty caches)', cold(bin('lm-explain', ['show', 'stages'])), 4),
    row('show-color', 'lm-explain show stages --color always --width 80', bin('lm-explain', ['show', 'stages', '--color', 'always', '--width', '80']), 2),
    row('search', 'lm-explain search 注意力 (LANG=zh_CN)', bin('lm-explain', ['search', '注意力'], 'zh_CN.UTF-8'), 2),
    row('quiz', 'lm-quiz stages -n 15 --answers FILE --json', bin('lm-quiz', quizArgs), 2.5),
    row('quiz-history', 'the same with a 1,000-line history', bin('lm-quiz', quizArgs, undefined, { LM_STATE_DIR: ctx.historyState }), 2.5),
    row('lint', 'lm-lint (built-in course)', bin('lm-lint', []), 2.5),
    row('lint-cold', 'lm-lint (built-in course), first run (empty caches)', cold(bin('lm-lint', [])), 6),
  ];
}

/**
 * Rows computed from two startup rows. `paired`: the two commands are timed again together, run
 * by run, and the figure is the ratio of those medians: two rows measured minutes apart on a
 * shared machine differ by a third with no change at all (a 1,000-line history read 1.37 × the
 * quiz without one in the Node 20 run and 1.00 in the Node 22 run minutes later; paired, 1.03
 * and 1.04).
 */
export const startupDerived = [{ id: 'quiz-history-vs-quiz', label: 'quiz with a 1,000-line history ÷ without (paired)', inputs: ['quiz-history', 'quiz'], target: atMost('≤ 1.25', 1.25), paired: true }];

/**
 * @param {{ root: string, env: (lang?: string) => Record<string, string>, packs: Map<number, string>,
 *   markdownlint: { bin: string, config: string } }} ctx
 * @returns {{ timed: TimedRow[], derived: DerivedRow[] }}
 */
export function scaleRows(ctx) {
  const sizes = [...ctx.packs.keys()];
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  const bin = (name, args, lang) => ({ file: process.execPath, args: [join(ctx.root, 'bin', `${name}.js`), ...args], env: ctx.env(lang), cwd: ctx.root });
  const timed = [];
  const derived = [];
  for (const [n, dir] of ctx.packs) {
    const targets = n === 2000 ? [seconds(5), rssBelow(400)] : [];
    // Exit 1 means the linter ran and found problems: timed, and flagged in the notes.
    // --no-cache: every run lints every file (the report cache would replay the first run's report).
    timed.push({ id: `lint-${n}`, label: `lm-lint --no-cache on N = ${n}`, cmd: bin('lm-lint', ['--no-cache', dir]), okCodes: [0, 1], targets, kind: 'scale' });
    timed.push({
      id: `markdownlint-${n}`,
      label: `markdownlint-cli2 on N = ${n}`,
      cmd: { file: process.execPath, args: [ctx.markdownlint.bin, 'content/*.md', '--config', ctx.markdownlint.config], env: ctx.env(), cwd: dir },
      okCodes: [0, 1],
      targets: [],
      kind: 'scale',
    });
    derived.push({ id: `lint-vs-markdownlint-${n}`, label: `lm-lint ÷ markdownlint-cli2, N = ${n}`, inputs: [`lint-${n}`, `markdownlint-${n}`], target: atMost('≤ 0.5', 0.5) });
  }
  if (largest > smallest) {
    const bound = Math.round(1.1 * (largest / smallest) * 100) / 100;
    derived.unshift({ id: 'lint-scaling', label: `lm-lint t(${largest}) ÷ t(${smallest})`, inputs: [`lint-${largest}`, `lint-${smallest}`], target: atMost(`≤ ${bound}`, bound) });
  }
  const big = ctx.packs.get(largest);
  // The same pack with the report cache on, as a second run of lm-lint on an unchanged pack sees it.
  timed.push({ id: `lint-${largest}-cached`, label: `lm-lint on N = ${largest} (report cached)`, cmd: bin('lm-lint', [big]), okCodes: [0, 1], targets: [], kind: 'scale' });
  const middle = `lesson-${String(Math.ceil(largest / 2)).padStart(Math.max(4, String(largest).length), '0')}`;
  timed.push({ id: `show-${largest}`, label: `lm-explain show ${middle} on N = ${largest}`, cmd: bin('lm-explain', ['show', middle, '--pack', big]), okCodes: [0], targets: [], kind: 'startup' });
  timed.push({ id: `search-${largest}`, label: `lm-explain search 注意力 on N = ${largest}`, cmd: bin('lm-explain', ['search', '注意力', '--pack', big], 'zh_CN.UTF-8'), okCodes: [0], targets: [], kind: 'startup' });
  derived.push({ id: `show-${largest}-vs-builtin`, label: `show on N = ${largest} ÷ built-in`, inputs: [`show-${largest}`, 'show'], target: atMost('≤ 2', 2) });
  derived.push({ id: `search-${largest}-vs-builtin`, label: `search on N = ${largest} ÷ built-in`, inputs: [`search-${largest}`, 'search'], target: atMost('≤ 2', 2) });
  return { timed, derived };
}
