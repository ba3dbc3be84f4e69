/**
 * The package as users get it: `npm pack` (which runs `prepare`: the build
 * and the type declarations), the tarball's contents, publint, an install
 * into a temporary global prefix, the three binaries run from there against
 * the built-in course and a pack outside the repository, `npx` from the
 * tarball, and the programmatic API imported (and type-checked) from the
 * installed package. Only the npm registry is needed, and with a warm npm
 * cache (`npm ci` fills it) not even that: installs use --prefer-offline.
 *
 * The pack runs in a copy of the sources (node_modules linked), so builds
 * that other runs make in the working tree cannot change the tarball midway.
 * Slow by nature (about a minute): installing the dependencies dominates.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/run-bin.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BINS = ['lm-explain', 'lm-quiz', 'lm-lint'] as const;
const SLOW = 300_000;

const tmp = mkdtempSync(join(tmpdir(), 'lm-package-'));
const stage = join(tmp, 'stage');
const prefix = join(tmp, 'prefix');
const outside = join(tmp, 'outside');
const pack = join(outside, 'my-pack');
let tarball = '';
const timings: Record<string, number> = {};

/** The environment of an npm run by a user: none of the npm_* variables `npm test` exports. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'INIT_CWD' || (/^npm_/i.test(key) && !/^npm_config_(cache|registry|userconfig|cafile|.*proxy)$/i.test(key))) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function sh(command: string, args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string; what?: string }): SpawnSyncReturns<string> {
  const started = Date.now();
  // npm keeps its own cache (--prefer-offline uses it); the binaries' cache goes to the temporary directory.
  const env = opts.env ?? cleanEnv({ LM_CACHE_DIR: join(tmp, 'lm-cache') });
  const result = spawnSync(command, args, { cwd: opts.cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: SLOW });
  if (opts.what) timings[opts.what] = Date.now() - started;
  return result;
}

function mustSucceed(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** An installed binary, run as a user would: from the prefix's bin, in a directory outside the repository. */
function bin(name: (typeof BINS)[number], args: string[], opts: { env?: Record<string, string>; input?: string } = {}) {
  const env = cleanEnv({
    PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: outside,
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    COLUMNS: '80',
    LM_STATE_DIR: join(tmp, 'state'),
  });
  delete env.LM_PACK;
  Object.assign(env, opts.env);
  const result = spawnSync(join(prefix, 'bin', name), args, { cwd: outside, env, input: opts.input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // The sources a pack needs; node_modules linked, never copied; no dist/ (prepare builds it).
  const skip = new Set(['node_modules', '.git', 'dist', 'coverage', 'tests']);
  cpSync(ROOT, stage, { recursive: true, filter: (src) => !skip.has(basename(src)) && !/^dist\.|\.tgz$/.test(basename(src)) });
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  mkdirSync(join(tmp, 'out'));
  const packed = mustSucceed(sh('npm', ['pack', '--json', '--pack-destination', join(tmp, 'out')], { cwd: stage, what: 'npm pack (build + declarations)' }), 'npm pack');
  tarball = join(tmp, 'out', (JSON.parse(packed) as { filename: string }[])[0]!.filename);
  mustSucceed(
    sh('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: tmp, what: 'npm install -g (tarball)' }),
    'npm install -g',
  );
  mkdirSync(outside, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
}, SLOW);

afterAll(() => {
  console.log(`package test timings (ms): ${JSON.stringify(timings)}`);
  rmSync(tmp, { recursive: true, force: true });
}, SLOW);

describe('the tarball', () => {
  test('holds what users need and nothing else', () => {
    const files = mustSucceed(sh('tar', ['-tzf', tarball], { cwd: tmp }), 'tar').split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const needed of [
      'package.json', 'README.md', 'LICENSE',
      'bin/lm-explain.js', 'bin/lm-quiz.js', 'bin/lm-lint.js',
      'dist/lm-explain.js', 'dist/lm-quiz.js', 'dist/lm-lint.js', 'dist/index.js', 'dist/types/index.d.ts',
      'content/course.yaml', 'content/glossary.yaml', 'schemas/course.schema.json', 'docs/pack-format.md', 'docs/quiz.md',
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('quizzes/'))).toBe(true);
    // The built-in course's parses (scripts/build/seed.mjs), never a lint report.
    expect(new Set(files.filter((f) => f.startsWith('dist/memo/')).map((f) => /^dist\/memo\/[0-9a-f]{16}\/([^/]+)\//.exec(f)?.[1]))).toEqual(new Set(['markdown-tokens-1', 'yaml-1', 'yaml-checked-1']));
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/|dist\/|content\/|quizzes\/|schemas\/|docs\/)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(src|tests|scripts|node_modules)\/|\.ts$(?<!\.d\.ts$)|tsconfig/.test(f))).toEqual([]);
  });

  test('publint finds nothing, not even a suggestion', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const data = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });
});

describe('installed into a global prefix', () => {
  test('--version and --help of each binary', () => {
    for (const name of BINS) {
      const version = bin(name, ['--version']);
      expect(version.code).toBe(0);
      expect(version.stdout).toBe(`${VERSION}\n`);
      const help = bin(name, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: ${name}`);
      expect(help.stdout).toContain('Examples:');
      expect(help.stderr).toBe('');
    }
  });

  test('the built-in course, found inside the installed package: a chapter, a quiz through --answers, a lint', () => {
    const list = bin('lm-explain', ['list', '--json']);
    expect(list.code).toBe(0);
    const chapters = (JSON.parse(list.stdout) as { chapters: { id: string }[] }).chapters;
    expect(chapters.length).toBeGreaterThan(0);
    // The course's parses come in the package (dist/memo): a first run parses nothing, so keeps nothing.
    const firstCache = join(tmp, 'first-run-cache');
    const show = bin('lm-explain', ['show', chapters[0]!.id], { env: { LM_CACHE_DIR: firstCache } });
    expect(show.code).toBe(0);
    expect(show.stdout.length).toBeGreaterThan(200);
    expect(show.stderr).toBe('');
    expect(existsSync(firstCache)).toBe(false);

    const none = bin('lm-quiz', ['all', '--answers', '-', '--json'], { input: '{}' });
    expect(none.code).toBe(0);
    const asked = JSON.parse(none.stdout) as { questions: { key: string; correct: unknown }[]; percent: number };
    expect(asked.questions.length).toBeGreaterThan(0);
    const perfect = Object.fromEntries(asked.questions.map((q) => [q.key, q.correct]));
    const right = bin('lm-quiz', ['all', '--answers', '-', '--json', '--fail-under', '100'], { input: JSON.stringify(perfect) });
    expect(right.code).toBe(0);
    expect((JSON.parse(right.stdout) as { percent: number }).percent).toBe(100);

    const lint = bin('lm-lint', ['--format', 'json', '--max-warnings', '0']);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout)).toMatchObject({ errorCount: 0, warningCount: 0 });
  });

  test('a pack outside the repository: a chapter, a quiz through --answers with --junit, a lint', () => {
    const show = bin('lm-explain', ['--pack', 'my-pack', 'show', 'basics', '--lang', 'en']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Probability');
    const viaEnv = bin('lm-explain', ['show', 'basics#tokens', '--lang', 'zh'], { env: { LM_PACK: pack } });
    expect(viaEnv.code).toBe(0);
    expect(viaEnv.stdout).toContain('词元');

    const answers = join(outside, 'class-a.json');
    writeFileSync(answers, JSON.stringify({ 'what-lm-assigns': 0, 'text-split': false }));
    const quiz = bin('lm-quiz', ['--pack', 'my-pack', 'basics', '--answers', answers, '--junit', 'report.xml', '--fail-under', '100']);
    expect(quiz.code).toBe(1);
    const junit = readFileSync(join(outside, 'report.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites[^>]*tests="2"[^>]*failures="1"/);

    const lint = bin('lm-lint', ['my-pack']);
    expect(lint.code).toBe(0);
    writeFileSync(join(pack, 'content', 'course.yaml'), readFileSync(join(pack, 'content', 'course.yaml'), 'utf8').replace('chapters: [basics]', 'chapters: [basics, missing]'));
    const broken = bin('lm-lint', ['my-pack', '--format', 'github']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^::error file=my-pack\/content\/course\.yaml,line=\d+/m);
  });

  test('the programmatic API, imported from the installed package and type-checked against its declarations', () => {
    const project = join(tmp, 'consumer');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(join(prefix, 'lib', 'node_modules', 'lm-explain'), join(project, 'node_modules', 'lm-explain'), 'dir');
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
    const source = `import { Course, builtinPackDir, formatFindings, lintPack, readPack, type Finding, type LintReport } from 'lm-explain';
const course = Course.open(builtinPackDir());
const report: LintReport = await lintPack(process.argv[2]!);
const findings: Finding[] = report.findings;
const whole = readPack(report.root);
console.log(JSON.stringify({ builtin: builtinPackDir(), chapters: course.chapterIds.length, errors: report.errorCount, findings: findings.length, parsed: whole.chapters.length, github: formatFindings(findings, 'github') }));
`;
    writeFileSync(join(project, 'use.ts'), source);
    // The README's example, as written there.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Programmatic use[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain("from 'lm-explain'");
    writeFileSync(join(project, 'readme-example.ts'), example!);
    cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), join(project, 'my-pack'), { recursive: true });
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const flags = ['--outDir', 'out', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), '--skipLibCheck', 'false'];
    mustSucceed(sh(process.execPath, [tsc, ...flags, 'use.ts', 'readme-example.ts'], { cwd: project, what: 'tsc against the installed types' }), 'tsc use.ts');
    const fromReadme = mustSucceed(sh(process.execPath, [join('out', 'readme-example.js')], { cwd: project }), 'the README example');
    expect(fromReadme).toMatch(/^0 0\n/);
    expect(fromReadme).toContain('"version": "2.1.0"');
    const out = JSON.parse(mustSucceed(sh(process.execPath, [join('out', 'use.js'), join(ROOT, 'tests', 'fixtures', 'lint-defects')], { cwd: project }), 'node use.mjs')) as Record<string, unknown>;
    expect(out.builtin).toBe(join(prefix, 'lib', 'node_modules', 'lm-explain'));
    expect(out.chapters).toBeGreaterThan(0);
    expect(out.errors).toBeGreaterThan(0);
    expect(out.parsed).toBeGreaterThan(0);
    expect(out.github).toMatch(/^::error /m);
  }, SLOW); // tsc over the installed declarations: well over the default timeout on a loaded machine
});

test('npx --package TARBALL runs each binary', () => {
  const cache = join(tmp, 'npx-home');
  mkdirSync(cache);
  for (const name of BINS) {
    const result = sh('npx', ['--yes', '--prefer-offline', '--package', tarball, name, '--version'], { cwd: cache, what: `npx ${name}` });
    expect(mustSucceed(result, `npx ${name}`)).toBe(`${VERSION}\n`);
  }
  expect(existsSync(join(cache, 'node_modules'))).toBe(false);
}, SLOW);
