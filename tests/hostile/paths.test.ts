/**
 * Ids, refs, file names and --pack never make the tools read or write outside
 * the pack or the state directory: `../`, absolute paths, Windows-style
 * separators, NUL, symlinked files and directories pointing out, a link loop,
 * a FIFO. Outside the pack sits a canary: valid pack files whose text holds a
 * secret marker. An attempt escaped if the marker reaches any output, or if
 * anything outside the pack and the state directory changed. Every attempt
 * must end in a finding or one clear error line (exit 1 or 2), never exit 70.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../reliability/figures.js';
import { packFrom, runCli, type CliResult } from './packs.js';

const SECRET = 'CANARY-7f3a-SECRET';
const HEAD = (id: string) => `---\nid: ${id}\ntitle: ${SECRET} title\nsummary: ${SECRET} summary\n---\n\n## Probability {#probability}\n\n${SECRET} body. probability\n`;

let outside = '';
let snapshot = '';
const attempts: { name: string; escaped: boolean; runs: number }[] = [];

/** Every file outside the pack that an escape could read or write, with its content. */
function outsideState(): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return [p, ...walk(p)];
      if (e.isFIFO() || e.isSymbolicLink()) return [p];
      return [`${p} ${statSync(p).mtimeMs} ${readFileSync(p, 'utf8')}`];
    });
  return walk(outside).join('\n');
}

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'lm-outside-'));
  mkdirSync(join(outside, 'content'));
  mkdirSync(join(outside, 'quizzes'));
  for (const lang of ['en', 'zh']) writeFileSync(join(outside, 'content', `basics.${lang}.md`), HEAD('basics'));
  writeFileSync(join(outside, 'secret.en.md'), HEAD('secret'));
  writeFileSync(join(outside, 'content', 'glossary.yaml'), `terms:\n  - id: secret\n    term: { en: ${SECRET}, zh: ${SECRET} }\n    definition: { en: ${SECRET}, zh: ${SECRET} }\n    ref: basics\n`);
  writeFileSync(join(outside, 'quizzes', 'basics.yaml'), `id: basics\ntitle: ${SECRET}\ntopic: basics\npass: 0.5\nquestions:\n  - id: s\n    type: truefalse\n    ref: basics\n    prompt: { en: ${SECRET}, zh: ${SECRET} }\n    answer: true\n    explain: { en: ${SECRET}, zh: ${SECRET} }\n`);
  writeFileSync(join(outside, 'content', 'course.yaml'), `id: secret\ntitle: ${SECRET}\nlanguages: [en, zh]\nchapters: [basics]\ntopics: { basics: ${SECRET} }\n`);
  snapshot = outsideState();
});

afterAll(() => {
  // Each command run against an escape is one try.
  recordFigure({ kind: 'paths', what: `${attempts.length} escapes (ids, refs, names, symlinks, --pack)`, tried: attempts.reduce((n, a) => n + a.runs, 0), escaped: attempts.filter((a) => a.escaped).reduce((n, a) => n + a.runs, 0) });
  rmSync(outside, { recursive: true, force: true });
});

/** Runs the commands of one attempt and judges it. */
async function attempt(name: string, runs: [Parameters<typeof runCli>[0], string[]][], opts: { allowOk?: boolean } = {}): Promise<CliResult[]> {
  const results: CliResult[] = [];
  const state = mkdtempSync(join(tmpdir(), 'lm-state-'));
  for (const [bin, argv] of runs) results.push(await runCli(bin, argv, { state, cwd: outside }));
  const leaked = results.some((r) => r.stdout.includes(SECRET) || r.stderr.includes(SECRET));
  const changed = outsideState() !== snapshot;
  attempts.push({ name, escaped: leaked || changed, runs: results.length });
  expect(leaked, `${name}: the canary's text reached the output`).toBe(false);
  expect(changed, `${name}: something outside the pack changed`).toBe(false);
  for (const r of results) {
    expect(r.stderr, name).not.toMatch(/internal error|^\s+at /m);
    if (!opts.allowOk) expect(r.code === 0 ? r.stdout : r.stderr.split('\n')[0], name).toBeTruthy();
    expect([0, 1, 2], `${name}: ${r.stderr}`).toContain(r.code);
  }
  return results;
}

const everyReader = (pack: string): [Parameters<typeof runCli>[0], string[]][] => [
  ['lm-explain', ['--pack', pack, '--no-pager']],
  ['lm-explain', ['show', 'basics', '--pack', pack, '--no-pager', '--lang', 'en']],
  ['lm-explain', ['show', 'basics', '--raw', '--pack', pack, '--lang', 'en']],
  ['lm-explain', ['search', 'probability', '--pack', pack, '--lang', 'en']],
  ['lm-explain', ['term', SECRET, '--pack', pack, '--lang', 'en']],
  ['lm-quiz', ['list', '--pack', pack, '--lang', 'en']],
  ['lm-quiz', ['all', '--answers', '-', '--pack', pack, '--lang', 'en']],
  ['lm-lint', [pack, '--format', 'json']],
  ['lm-lint', ['--fix', pack]],
];

describe('ids and refs from the command line', () => {
  const targets = ['../secret', '../../outside/secret', `${'../'.repeat(12)}etc/passwd`, '/etc/passwd', '..\\..\\secret', 'C:\\Windows\\win.ini', 'basics\u0000../../x', '%2e%2e%2fsecret', 'basics/../../secret', '.', '..', '~', 'basics#../../secret', 'basics#/etc/passwd'];
  it.each(targets)('show %j is a clear usage error', async (target) => {
    const [r] = await attempt(`show ${JSON.stringify(target)}`, [['lm-explain', ['show', target, '--pack', packFrom('mini'), '--lang', 'en']]]);
    expect(r!.code).toBe(2);
    expect(r!.stderr.trim().split('\n')[0]).toMatch(/^lm-explain: /);
  });

  it.each(targets)('lm-quiz %j is a clear usage error', async (target) => {
    const [r] = await attempt(`lm-quiz ${JSON.stringify(target)}`, [['lm-quiz', [target, '--answers', '-', '--pack', packFrom('mini'), '--lang', 'en']]]);
    expect(r!.code).toBe(2);
  });

  it.each(['../en', '/etc', 'en/../../x', 'en\u0000'])('--lang %j is refused', async (lang) => {
    const [r] = await attempt(`--lang ${JSON.stringify(lang)}`, [['lm-explain', ['show', 'basics', '--pack', packFrom('mini'), '--lang', lang]]]);
    expect(r!.code).toBe(2);
  });
});

describe('ids, refs and names inside the pack', () => {
  const course = (chapters: string) => `id: mini\ntitle: Mini\nlanguages: [en, zh]\nchapters: ${chapters}\ntopics: { basics: Basics }\n`;
  it.each([
    ['a chapter id with ../', { 'content/course.yaml': course('[basics, "../secret"]') }],
    ['an absolute chapter id', { 'content/course.yaml': course(`[basics, "${'/tmp/x'}"]`) }],
    ['a chapter id with \\', { 'content/course.yaml': course('[basics, "..\\\\secret"]') }],
    ['a chapter id with NUL', { 'content/course.yaml': course('[basics, "secret\\0"]') }],
    ['a language with ../', { 'content/course.yaml': 'id: mini\ntitle: Mini\nlanguages: [en, "../x"]\nchapters: [basics]\ntopics: { basics: Basics }\n' }],
    ['a ref with ../', { 'content/glossary.yaml': 'terms:\n  - id: t\n    term: { en: T, zh: T }\n    definition: { en: D, zh: D }\n    ref: ../secret\n' }],
    ['an absolute ref', { 'content/glossary.yaml': 'terms:\n  - id: t\n    term: { en: T, zh: T }\n    definition: { en: D, zh: D }\n    ref: /etc/passwd\n' }],
    ['a section anchor with ../', { 'content/basics.en.md': '---\nid: basics\ntitle: B\nsummary: S\n---\n\n## P {#../../secret}\n\nText.\n' }],
    ['a chapter file named with \\', { 'content/..\\secret.en.md': HEAD('secret') }],
    ['a front-matter id with ../', { 'content/basics.en.md': HEAD('../secret').replace(SECRET, 'x').replace(SECRET, 'x').replace(SECRET, 'x') }],
  ])('%s is a finding', async (name, files) => {
    await attempt(name, everyReader(packFrom('mini', files)), { allowOk: true });
  });
});

describe('links and special files', () => {
  const linked = (make: (pack: string) => void): string => {
    const pack = packFrom('mini');
    make(pack);
    return pack;
  };
  it.each([
    ['a chapter linked to a file outside', (p: string) => (rmSync(join(p, 'content/basics.en.md')), symlinkSync(join(outside, 'secret.en.md'), join(p, 'content/basics.en.md')))],
    ['a chapter linked by a relative ../ path', (p: string) => (rmSync(join(p, 'content/basics.zh.md')), symlinkSync(join('..', '..', '..', outside, 'content', 'basics.zh.md'), join(p, 'content/basics.zh.md')))],
    ['the glossary linked outside', (p: string) => symlinkSync(join(outside, 'content', 'glossary.yaml'), join(p, 'content/glossary.yaml'))],
    ['the manifest linked outside', (p: string) => (rmSync(join(p, 'content/course.yaml')), symlinkSync(join(outside, 'content', 'course.yaml'), join(p, 'content/course.yaml')))],
    ['a quiz linked outside', (p: string) => (rmSync(join(p, 'quizzes/basics.yaml')), symlinkSync(join(outside, 'quizzes', 'basics.yaml'), join(p, 'quizzes/basics.yaml')))],
    ['the quizzes directory linked outside', (p: string) => (rmSync(join(p, 'quizzes'), { recursive: true }), symlinkSync(join(outside, 'quizzes'), join(p, 'quizzes')))],
    ['the content directory linked outside', (p: string) => (rmSync(join(p, 'content'), { recursive: true }), symlinkSync(join(outside, 'content'), join(p, 'content')))],
    ['a chapter linked to /etc/passwd', (p: string) => (rmSync(join(p, 'content/basics.en.md')), symlinkSync('/etc/passwd', join(p, 'content/basics.en.md')))],
    ['a link loop', (p: string) => (rmSync(join(p, 'content/basics.en.md')), symlinkSync(join(p, 'content/basics.en.md'), join(p, 'content/basics.en.md')))],
    ['a FIFO as the glossary (would block a read forever)', (p: string) => execFileSync('mkfifo', [join(p, 'content/glossary.yaml')])],
    ['a directory as a chapter', (p: string) => (rmSync(join(p, 'content/basics.en.md')), mkdirSync(join(p, 'content/basics.en.md')))],
  ])('%s is a finding, never read', async (name, make) => {
    await attempt(name, everyReader(linked(make)), { allowOk: true });
  });

  it('a link inside the pack to another file of the pack is read', async () => {
    const pack = linked((p) => (rmSync(join(p, 'content/basics.en.md')), symlinkSync(join(p, 'content/basics.zh.md'), join(p, 'content/basics.en.md'))));
    const r = await runCli('lm-explain', ['show', 'basics', '--pack', pack, '--lang', 'en', '--no-pager']);
    expect(r.code).toBe(0);
  });
});

describe('--pack', () => {
  it.each([
    ['an empty --pack', ['--pack', '']],
    ['a --pack that does not exist', ['--pack', '/nonexistent/pack']],
    ['a --pack that is a file', ['--pack', '/etc/passwd']],
    ['a --pack with NUL', ['--pack', 'pack\u0000/../..']],
    ['a --pack of Windows-style ../', ['--pack', '..\\..\\..']],
    ['a --pack with no content/', ['--pack', '/']],
  ])('%s is one clear line', async (name, args) => {
    const results = await attempt(name, [['lm-explain', [...args, '--no-pager']], ['lm-quiz', ['list', ...args]], ['lm-lint', args]]);
    for (const r of results) {
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^lm-(explain|quiz|lint): /);
    }
  });

  it('the canary directory given as --pack is read, as asked, and nothing beside it', async () => {
    const r = await runCli('lm-explain', ['show', 'basics', '--pack', outside, '--lang', 'en', '--no-pager']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(SECRET);
  });
});
