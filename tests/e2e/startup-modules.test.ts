/**
 * What a run served by the caches loads, checked by name, not by time
 * (docs/performance.md, issue #6): a preload records Node's modules and our
 * bundle files at exit. A second `show`, `search` or quiz over unchanged files
 * hashes nothing and renders nothing, so it loads no node:crypto, no lazy
 * group (YAML, zod, marked, Inquirer...), and, writing to a pipe, none of the
 * stream or terminal modules of process.stdout.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RACY_MS } from '../../src/cache/read-log.js';
import { listDir } from '../../src/course/pack-files.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';

let dir: string;
let preload: string;
const cacheHome = () => join(dir, 'cache');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lm-modules-'));
  preload = join(dir, 'preload.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.LM_TEST_MODULES, JSON.stringify({ node: process.moduleLoadList, files: Object.keys(require.cache) })));\n`,
  );
  // Hashes are remembered by stamp only for files older than RACY_MS (src/cache/read-log.ts): a fresh clone's may be younger.
  const files = ['content', 'quizzes'].flatMap((sub) => listDir(ROOT, sub).map((name) => join(ROOT, sub, name)));
  const newest = Math.max(...files.map((f) => Math.max(statSync(f).mtimeMs, statSync(f).ctimeMs)));
  const wait = newest + RACY_MS + 200 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loaded(name: 'lm-explain' | 'lm-quiz' | 'lm-lint', args: string[], stateDir: string, input?: string) {
  const out = join(dir, 'modules.json');
  const result = runBin(name, args, { stateDir, input, env: { NODE_OPTIONS: `--require ${preload}`, LM_TEST_MODULES: out, XDG_CACHE_HOME: cacheHome() } });
  expect(result.code, result.stderr).toBeLessThanOrEqual(1);
  const { node, files } = JSON.parse(readFileSync(out, 'utf8')) as { node: string[]; files: string[] };
  return { node: node.map((m) => m.replace(/^NativeModule /, '')), files: files.map((f) => f.slice(ROOT.length + 1)) };
}

const HEAVY_NODE = ['crypto', 'zlib', 'net', 'tty', 'stream', 'os'];

describe('a run served by the caches', () => {
  it.each([
    ['lm-explain', ['show', 'stages']],
    ['lm-explain', ['show', 'stages', '--color', 'always', '--width', '80']],
    ['lm-explain', ['search', 'attention']],
    ['lm-explain', ['--version']],
    ['lm-quiz', ['--help']],
  ] as const)('%s %j loads no node:crypto, no lazy group and no stream machinery', (name, args) => {
    const state = tempStateDir();
    for (let i = 0; i < 2; i++) loaded(name, [...args], state); // the first fills the caches
    const { node, files } = loaded(name, [...args], state);
    expect(node.filter((m) => HEAVY_NODE.includes(m))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/lazy/'))).toEqual([]);
  });

  it('a quiz answered from a file loads no node:crypto and no prompts', () => {
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, '{}\n'); // every question unanswered: still a whole run, history written
    const state = tempStateDir();
    const args = ['stages', '-n', '3', '--seed', '1', '--answers', answers, '--json'];
    for (let i = 0; i < 2; i++) loaded('lm-quiz', args, state);
    const { node, files } = loaded('lm-quiz', args, state);
    expect(node.filter((m) => HEAVY_NODE.includes(m))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/lazy/prompts') || f.startsWith('dist/lazy/course-parse'))).toEqual([]);
  });
});
