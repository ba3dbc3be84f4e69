// Measures lm-lint's Chinese typography on real text that stays outside the project.
//
//   node scripts/zh-typography.mjs <corpus-dir> [--preset NAME] [--out DIR] [--sample N] [--seed S] [--autocorrect DIR]
//
// <corpus-dir> holds zh-docs/*.md (real Chinese Markdown) and zhlint-cases/cases.json (zhlint's string
// cases). For zh-docs it builds a throw-away pack (one chapter a file), then reports:
//   - damage: `--fix` must keep every file's Markdown shape (only text tokens may change); the changed
//     lines are written to <out>/changed-lines.txt for reading by hand;
//   - idempotence: a second --fix on the fixed pack changes nothing;
//   - speed: the typography rules over the whole corpus (min/median/max of 5 runs, beside `node -e 0`);
//   - a seeded random sample of typography findings, with their lines, to <out>/sample.txt.
// For zhlint-cases it fixes each of the 94 default-rule string cases under `preset: zhlint` and counts
// the outputs equal to zhlint's expected output, listing the others.
// With --autocorrect DIR (a directory where `autocorrect-node` is installed) it also runs autocorrect's
// formatter on zh-docs and reports its damage (same shape check) and speed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { preset: { type: 'string' }, out: { type: 'string' }, sample: { type: 'string', default: '50' }, seed: { type: 'string', default: '19' }, autocorrect: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/zh-typography.mjs <corpus-dir> [--out DIR] [--sample N] [--seed S] [--autocorrect DIR]');
  process.exit(2);
}
const corpus = resolve(positionals[0]);
const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'zh-typography-')));
mkdirSync(out, { recursive: true });

// The linter, from source (as scripts/schemas.mjs does), so the measurement needs no special build.
const bundle = await build({
  stdin: {
    contents: `export { fixPack, applyEdits } from './src/lint/fixer.ts';
      export { lintPack } from './src/lint/runner.ts';
      export { RULES } from './src/lint/registry.ts';
      export { loadLexer } from './src/lint/markdown/lexer.ts';
      export { shapeDifference } from './src/lint/markdown/shape.ts';`,
    resolveDir: resolve(import.meta.dirname, '..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  write: false,
});
const tmp = new URL(`../node_modules/.cache/zh-typography-${process.pid}.mjs`, import.meta.url);
mkdirSync(new URL('../node_modules/.cache', import.meta.url), { recursive: true });
writeFileSync(tmp, bundle.outputFiles[0].text);
const lm = await import(tmp.href);
const lex = await lm.loadLexer();
const TYPO = lm.RULES.filter((r) => r.meta.id.startsWith('zh-'));

const FRONT = (id) => `---\nid: ${id}\ntitle: ${id}\nsummary: 语料。\n---\n`;

/** A pack with one zh chapter per Markdown text; returns its root and the chapter files. */
function makePack(docs, config) {
  const root = mkdtempSync(join(tmpdir(), 'zh-corpus-pack-'));
  mkdirSync(join(root, 'content'));
  const ids = docs.map((_, i) => `doc-${String(i).padStart(3, '0')}`);
  writeFileSync(join(root, 'content', 'course.yaml'), `id: corpus\ntitle: 语料\nlanguages: [zh]\nchapters: [${ids.join(', ')}]\n`);
  if (config) writeFileSync(join(root, '.lm-lint.yaml'), config);
  const files = docs.map((doc, i) => {
    const file = join(root, 'content', `${ids[i]}.zh.md`);
    // A text with its own front matter keeps it, with the chapter's keys added.
    const own = /^---\n/.test(doc.text);
    writeFileSync(file, own ? FRONT(ids[i]).replace(/---\n$/, '') + doc.text.slice(4) : FRONT(ids[i]) + doc.text);
    return file;
  });
  return { root, files };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[s.length >> 1], max: s.at(-1) };
};
const fmt = ({ min, median, max }) => `min ${min.toFixed(0)} ms, median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms`;
function timeNode() {
  const xs = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    xs.push(performance.now() - t);
  }
  return stats(xs);
}

// ---- zh-docs ----
const docsDir = join(corpus, 'zh-docs');
const docs = readdirSync(docsDir)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(docsDir, name), 'utf8') }));
const pack = makePack(docs, values.preset ? `preset: ${values.preset}\n` : undefined);
const lines = docs.reduce((n, d) => n + d.text.split('\n').length, 0);
const chars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(`zh-docs (preset: ${values.preset ?? 'none'}): ${docs.length} files, ${lines} lines, ${chars} characters`);

const fixed = await lm.fixPack(pack.root, { lang: 'en' });
const after = new Map(fixed.changes.map((c) => [c.file, c.after]));
let changedLines = 0;
let damaged = 0;
const changedReport = [];
docs.forEach((doc, i) => {
  const file = pack.files[i];
  const before = FRONT('x') + doc.text;
  const text = after.get(file);
  if (text === undefined) return;
  const body = text.slice(text.indexOf('\n---\n') + 5);
  const a = doc.text.split('\n');
  const b = body.split('\n');
  if (a.length !== b.length) changedReport.push(`${doc.name}: line count changed ${a.length} -> ${b.length}`);
  const diff = lm.shapeDifference(lex, doc.text, body);
  if (diff) {
    damaged++;
    changedReport.push(`${doc.name}: SHAPE CHANGED: ${diff}`);
  }
  for (let l = 0; l < Math.min(a.length, b.length); l++) {
    if (a[l] === b[l]) continue;
    changedLines++;
    changedReport.push(`${doc.name}:${l + 1}\n  - ${a[l]}\n  + ${b[l]}`);
  }
  void before;
});
writeFileSync(join(out, 'changed-lines.txt'), changedReport.join('\n') + '\n');
console.log(`--fix: ${fixed.changes.length} files changed, ${changedLines} lines changed, ${damaged} files whose Markdown shape changed (${fixed.passes} passes); lines in ${join(out, 'changed-lines.txt')}`);

// Idempotence: --fix on the fixed text changes nothing more.
const overlay = new Map(fixed.changes.map((c) => [c.file, c.after]));
const again = await lm.fixPack(pack.root, { lang: 'en', overlay });
console.log(`second --fix: ${again.changes.length} files changed`);

// Speed: the typography rules over the whole corpus, in process (lexing included), 5 runs.
const node = timeNode();
const runs = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await lm.lintPack(pack.root, { lang: 'en', rules: TYPO });
  runs.push(performance.now() - t);
}
const cli = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [resolve(import.meta.dirname, '..', 'bin', 'lm-lint.js'), '--no-cache', '--format', 'json', pack.root], { encoding: 'utf8' });
  cli.push(performance.now() - t);
}
const load = readFileSync('/proc/loadavg', 'utf8').trim();
console.log(`typography lint, in process: ${fmt(stats(runs))}`);
console.log(`lm-lint binary, all rules, whole corpus: ${fmt(stats(cli))}; node -e 0: ${fmt(node)} (x${(stats(cli).median / node.median).toFixed(1)}); loadavg ${load}`);

// A seeded random sample of typography findings, with the line each is on.
const result = await lm.lintPack(pack.root, { lang: 'en', rules: TYPO });
const findings = result.findings;
let seed = Number(values.seed) >>> 0;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pool = [...findings];
const sample = [];
for (let i = 0; i < Math.min(Number(values.sample), pool.length); i++) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
const byRule = {};
for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
writeFileSync(
  join(out, 'sample.txt'),
  sample
    .map((f, i) => {
      const doc = docs[pack.files.indexOf(f.file)];
      const line = (FRONT('x') + doc.text).split('\n')[f.line - 1];
      return `${i + 1}. ${doc.name}:${f.line - 5}:${f.column} ${f.rule}: ${f.message}\n   ${line}`;
    })
    .join('\n') + '\n',
);
console.log(`typography findings: ${findings.length} (${Object.entries(byRule).map(([r, n]) => `${r} ${n}`).join(', ')}); sample of ${sample.length} in ${join(out, 'sample.txt')}`);

// ---- zhlint's string cases ----
const cases = JSON.parse(readFileSync(join(corpus, 'zhlint-cases', 'cases.json'), 'utf8'));
/** zhlint's 94 string cases under its default rules: the default, no-option and inline modes, and the `undefined`-option ones. */
const chosen = cases.filter((c) => !c.skipped && typeof c.input === 'string' && (c.mode !== 'custom' || /^\s*undefined\b/.test(c.opts ?? '')));
const casePack = makePack(chosen.map((c) => ({ text: c.input })), 'preset: zhlint\n');
const caseFix = await lm.fixPack(casePack.root, { lang: 'en' });
const caseAfter = new Map(caseFix.changes.map((c) => [c.file, c.after]));
let equal = 0;
const unequal = [];
chosen.forEach((c, i) => {
  const text = caseAfter.get(casePack.files[i]);
  const got = text === undefined ? c.input : /^---\n/.test(c.input) ? '---\n' + text.slice(FRONT('x').length - 4) : text.slice(text.indexOf('\n---\n') + 5);
  if (got === c.expected) equal++;
  else unequal.push(`#${cases.indexOf(c)} ${c.test}\n  input:    ${JSON.stringify(c.input)}\n  zhlint:   ${JSON.stringify(c.expected)}\n  lm-lint:  ${JSON.stringify(got)}`);
});
writeFileSync(join(out, 'zhlint-differences.txt'), unequal.join('\n') + '\n');
console.log(`zhlint cases (preset: zhlint): ${equal}/${chosen.length} equal; differences in ${join(out, 'zhlint-differences.txt')}`);

// ---- autocorrect, for comparison ----
if (values.autocorrect) {
  const require = createRequire(join(resolve(values.autocorrect), 'package.json'));
  const ac = require('autocorrect-node');
  let acDamaged = 0;
  let acLines = 0;
  const acReport = [];
  const times = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (const doc of docs) ac.formatFor(doc.text, 'markdown');
    times.push(performance.now() - t);
  }
  for (const doc of docs) {
    const res = ac.formatFor(doc.text, 'markdown');
    const text = typeof res === 'string' ? res : res.out;
    if (text === doc.text) continue;
    const diff = lm.shapeDifference(lex, doc.text, text);
    if (diff) {
      acDamaged++;
      acReport.push(`${doc.name}: SHAPE CHANGED: ${diff}`);
    }
    const a = doc.text.split('\n');
    const b = text.split('\n');
    for (let l = 0; l < Math.min(a.length, b.length); l++) {
      if (a[l] === b[l]) continue;
      acLines++;
      acReport.push(`${doc.name}:${l + 1}\n  - ${a[l]}\n  + ${b[l]}`);
    }
  }
  writeFileSync(join(out, 'autocorrect-changed-lines.txt'), acReport.join('\n') + '\n');
  console.log(`autocorrect: ${acLines} lines changed, ${acDamaged} files whose Markdown shape changed; format of the whole corpus: ${fmt(stats(times))}; lines in ${join(out, 'autocorrect-changed-lines.txt')}`);
}
