/**
 * Limits are findings, never crashes: a YAML alias bomb is refused quickly;
 * files over 2 MiB, YAML nested more than 64 levels and Markdown nested more
 * than 64 levels are refused with one finding each, by every loader, and
 * the commands that meet them exit 1 with that finding instead of an
 * internal error.
 */
import { describe, expect, it } from 'vitest';
import { loadChapter, loadGlossary, loadManifest, loadModels, loadQuizzes, loadTimeline } from '../../src/course/load.js';
import { MAX_NESTING } from '../../src/course/nesting.js';
import { readPack } from '../../src/course/pack-model.js';
import { parseYaml } from '../../src/course/yaml-source.js';
import { packFrom, runCli } from './packs.js';

const YAML_FILES: Record<string, (root: string) => { findings: { rule: string; message: string }[] } | undefined> = {
  'content/course.yaml': loadManifest,
  'content/glossary.yaml': loadGlossary,
  'content/models.yaml': loadModels,
  'content/timeline.yaml': loadTimeline,
  'quizzes/basics.yaml': (root) => loadQuizzes(root)[0],
};

const flow = (n: number) => `terms: ${'['.repeat(n)}${']'.repeat(n)}\n`;
const block = (n: number) => `terms:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2 + 2)}- `).join('\n')}x\n`;

describe('YAML limits', () => {
  it('refuses an alias bomb quickly, as a finding', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const root = packFrom('mini', { 'content/glossary.yaml': `${levels.join('\n')}\n` });
    // No wall-clock assertion (the machine may be busy): an alias bomb that were expanded would not
    // finish within the test's timeout at all, and the finding shows it was refused before that.
    const value = loadGlossary(root);
    expect(value?.findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(value?.findings[0]?.message).toMatch(/alias/i);
  });

  it('refuses a chapter over 2 MiB with one file finding, and the reader says so', async () => {
    const root = packFrom('mini', { 'content/basics.en.md': `---\nid: basics\ntitle: B\nsummary: S\n---\n\n${'word '.repeat(450_000)}\n` });
    expect(loadChapter(root, 'basics', 'en').findings.map((f) => [f.rule, f.message])).toEqual([['file', 'is 2.1 MiB; files over 2 MiB are not read']]);
    const r = await runCli('lm-explain', ['show', 'basics', '--pack', root, '--lang', 'en', '--no-pager']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/basics\.en\.md:1:1 +error +is 2\.1 MiB; files over 2 MiB are not read +file/);
  });

  it.each(Object.keys(YAML_FILES))('refuses %s over 2 MiB with one file finding', (path) => {
    const root = packFrom('mini', { [path]: `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    const doc = YAML_FILES[path]!(root);
    expect(doc?.findings.map((f) => [f.rule, f.message])).toEqual([['file', 'is 2.0 MiB; files over 2 MiB are not read']]);
  });

  it.each(Object.keys(YAML_FILES))('refuses %s nested deeper than the cap, flow or block', (path) => {
    for (const text of [flow(5000), block(600), flow(100_000), `x: ${'{a: '.repeat(200)}1${'}'.repeat(200)}\n`]) {
      const root = packFrom('mini', { [path]: text });
      const value = YAML_FILES[path]!(root);
      expect(value?.findings.map((f) => [f.rule, f.message])).toEqual([['yaml-syntax', `nested more than ${MAX_NESTING} levels deep; not read`]]);
    }
  });

  it('accepts nesting up to the cap', () => {
    expect(parseYaml('/x.yaml', `${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}\n`).findings).toEqual([]);
    expect(parseYaml('/x.yaml', `${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}\n`).findings).toHaveLength(1);
  });

  it('checks front matter too, and stays usable after refusing (no damaged parser state)', () => {
    const root = packFrom('mini', { 'content/basics.en.md': `---\nid: ${'['.repeat(3000)}\n---\n\n## A {#a}\n` });
    const doc = loadChapter(root, 'basics', 'en');
    expect(doc.findings.map((f) => f.message)).toContain(`nested more than ${MAX_NESTING} levels deep; not read`);
    // Before the cap, a stack overflow inside the YAML composer could leave V8 unable to compile
    // regular expressions (a fatal "RegExpCompiler Allocation failed" on the next file).
    for (let i = 0; i < 5; i++) expect(parseYaml('/y.yaml', block(1000)).findings).toHaveLength(1);
    expect(parseYaml('/z.yaml', 'a: [1, 2]\n').value).toEqual({ a: [1, 2] });
  });

  it('never lets the yaml package write warnings to stderr (they would carry pack text)', () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    const parsed = parseYaml('/k.yaml', '? [ "\\e]0;title\\a" ]\n: value\n');
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        process.off('warning', listen);
        expect(parsed.findings).toEqual([]);
        expect(warnings).toEqual([]);
        resolve();
      }),
    );
  });
});

const HEAD = '---\nid: basics\ntitle: Basics\nsummary: s\n---\n\nIntro.\n\n## Probability {#probability}\n\n';
/** Markdown nested past the cap, and the line where the cap is passed. */
const DEEP_MARKDOWN: Record<string, [string, number]> = {
  blockquotes: [`${'>'.repeat(20_000)} deep\n`, 11],
  'spaced blockquotes': [`${'> '.repeat(3000)}deep\n`, 11],
  'nested lists': [`${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`, 76],
  'compact lists': [`${'- '.repeat(3000)}x\n`, 11],
  emphasis: [`${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`, 11],
  'spaced emphasis': [`${'*a '.repeat(3000)}x${' a*'.repeat(3000)}\n`, 11],
  brackets: [`${'['.repeat(20_000)}x${']'.repeat(20_000)}\n`, 11],
  'brackets over lines': [`${'[x\n'.repeat(100)}\n`, 75],
};

describe('Markdown limits', () => {
  it.each(Object.keys(DEEP_MARKDOWN))('refuses %s nested past the cap with one finding', (kind) => {
    const [markdown, line] = DEEP_MARKDOWN[kind]!;
    const root = packFrom('mini', { 'content/basics.en.md': HEAD + markdown });
    const value = loadChapter(root, 'basics', 'en');
    expect('text' in value).toBe(false);
    expect(value.findings.map((f) => [f.rule, f.line])).toEqual([['file', line]]);
    expect(value.findings[0]!.message).toMatch(/^Markdown nested more than 64 levels deep/);
  });

  it('reads real Markdown of modest depth, and nesting inside code', () => {
    const ok = `> a\n> > b\n\n- a\n  - b\n    - **c _d_ [e](f)**\n\n\`\`\`\n${'>'.repeat(500)}\n${'['.repeat(500)}\n\`\`\`\n\n\`${'['.repeat(100)}\`\n\n\\[\\[\\[ ${'\\['.repeat(100)}\n`;
    const root = packFrom('mini', { 'content/basics.en.md': HEAD + ok });
    const doc = loadChapter(root, 'basics', 'en');
    expect(doc.findings).toEqual([]);
    expect('text' in doc).toBe(true);
  });

  it('every command that meets such a chapter exits 1 with the finding, never an internal error (was exit 70)', async () => {
    const root = packFrom('mini', { 'content/basics.en.md': HEAD + DEEP_MARKDOWN.blockquotes![0], 'content/basics.zh.md': HEAD + DEEP_MARKDOWN.emphasis![0] });
    for (const argv of [['show', 'basics'], ['show', 'basics#probability'], ['search', 'x'], ['list']]) {
      for (const lang of ['en', 'zh']) {
        const r = await runCli('lm-explain', [...argv, '--pack', root, '--lang', lang, '--no-pager']);
        expect(r.code, `${argv.join(' ')} --lang ${lang}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toMatch(lang === 'en' ? /basics\.(en|zh)\.md:11:1 +error +Markdown nested more than 64 levels deep/ : /basics\.(en|zh)\.md:11:1 +错误 +Markdown 嵌套超过 64 层/);
        expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
      }
    }
    const lint = await runCli('lm-lint', [root, '--format', 'json']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).not.toMatch(/internal error|Maximum call stack/);
    expect(JSON.parse(lint.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('file');
  });

  it('the whole pack reader lists the refused chapter among the findings, not the chapters', () => {
    const root = packFrom('mini', { 'content/basics.en.md': HEAD + DEEP_MARKDOWN.brackets![0] });
    const pack = readPack(root);
    expect(pack.chapters.map((c) => `${c.chapterId}.${c.lang}`)).toEqual(['basics.zh']);
    expect(pack.findings.filter((f) => f.rule === 'file')).toHaveLength(1);
  });
});
