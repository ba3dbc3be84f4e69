import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/lint.js';
import { run } from '../../src/cli/run.js';
import { listRules } from '../../src/lint/list-rules.js';
import { RULES } from '../../src/lint/registry.js';
import { displayWidth } from '../../src/text/width.js';
import { memoryIo } from '../helpers/io.js';
import { FIXTURES, MINI, packFrom } from './helpers.js';

const DEFECTS = join(FIXTURES, 'lint-defects');

async function lintCli(argv: string[], opts: { env?: Record<string, string>; cwd?: string } = {}) {
  const io = memoryIo({ env: opts.env ?? {}, cwd: opts.cwd ?? FIXTURES });
  const code = await run('lm-lint', (i) => main(argv, i), io);
  return { code, out: io.out(), err: io.err() };
}

const withWarning = () => {
  const zh = readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8').replace('导言。', '导言GPT。');
  return packFrom(MINI, { 'content/basics.zh.md': zh });
};

describe('lm-lint exit codes', () => {
  it('exits 0 and prints nothing for a clean pack', async () => {
    expect(await lintCli(['mini'])).toEqual({ code: 0, out: '', err: '' });
  });

  it('exits 1 on errors, with paths relative to the working directory', async () => {
    const { code, out } = await lintCli(['lint-defects']);
    expect(code).toBe(1);
    expect(out).toMatch(/^  lint-defects\/content\/basics\.zh\.md:17:1 +error +section '空小节' is empty +empty-section$/m);
    expect(out).toMatch(/✖ 28 errors, 16 warnings\n  15 fixable with --fix\n$/);
  });

  it('exits 0 on warnings alone, and 1 when they exceed --max-warnings', async () => {
    const root = withWarning();
    expect((await lintCli([root])).code).toBe(0);
    expect((await lintCli([root, '--max-warnings', '1'])).code).toBe(0);
    expect((await lintCli([root, '--max-warnings', '0'])).out).toContain('add a space');
    const over = await lintCli([root, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.err).toBe('lm-lint: too many warnings (1, at most 0 allowed by --max-warnings)\n');
  });

  it.each([
    [['--max-warnings', '-1'], '--max-warnings must be a whole number'],
    [['--format', 'xml'], "'xml' is invalid"],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--frobnicate'], "unknown option '--frobnicate'"],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const { code, err } = await lintCli(['mini', ...args]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('exits 2 for a path that is not a directory or not a pack, and still lints the other packs', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'lm-empty-'));
    const { code, out, err } = await lintCli(['mini/content/course.yaml', empty, 'lint-defects', 'no-such-dir']);
    expect(code).toBe(2);
    expect(err).toBe(
      [
        'lm-lint: cannot lint mini/content/course.yaml: not a directory',
        `lm-lint: cannot lint ${empty}: no content/course.yaml (is this a course pack?)`,
        'lm-lint: cannot lint no-such-dir: not a directory',
        '',
      ].join('\n'),
    );
    expect(out).toContain('lint-defects/quizzes/second.yaml:8:10');
  });
});

describe('.lm-lint.yaml', () => {
  it('a configuration that cannot be used: one line with file:line:col, exit 2, nothing fixed', async () => {
    const root = packFrom(MINI, { '.lm-lint.yaml': 'rules:\n  zh-spacng: error\n', 'content/basics.zh.md': readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8').replace('导言。', '导言GPT。') });
    const before = readFileSync(join(root, 'content/basics.zh.md'), 'utf8');
    const { code, out, err } = await lintCli([root, '--fix'], { cwd: root });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("lm-lint: .lm-lint.yaml:2:3: rule 'zh-spacng' is not an lm-lint rule (did you mean 'zh-spacing'?); see lm-lint --list-rules\n");
    expect(readFileSync(join(root, 'content/basics.zh.md'), 'utf8')).toBe(before);
  });

  it('its severities apply, and the cache sees an edit to it', async () => {
    const root = withWarning();
    expect((await lintCli([root])).code).toBe(0);
    writeFileSync(join(root, '.lm-lint.yaml'), 'rules: { zh-spacing: error }\n');
    const { code, out } = await lintCli([root]);
    expect(code).toBe(1);
    expect(out).toMatch(/error +add a space in '言G'/);
  });
});

describe('which packs', () => {
  it('lints several packs in one run', async () => {
    const { code, out } = await lintCli(['mini', 'lint-defects', 'lint-third-party']);
    expect(code).toBe(1);
    expect(out).toContain('✖ 28 errors, 16 warnings');
  });

  it('lints --pack, else LM_PACK, when no argument is given', async () => {
    expect((await lintCli(['--pack', 'lint-defects'])).code).toBe(1);
    expect((await lintCli([], { env: { LM_PACK: DEFECTS } })).code).toBe(1);
    expect((await lintCli(['--pack', 'mini'], { env: { LM_PACK: DEFECTS } })).code).toBe(0);
  });

  it('lints the built-in course when nothing names a pack', async () => {
    expect(await lintCli([])).toMatchObject({ code: 0, out: '' });
  });
});

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run prints a unified diff and changes nothing', async () => {
    const root = withWarning();
    const before = readFileSync(join(root, 'content/basics.zh.md'), 'utf8');
    const { code, out, err } = await lintCli([root, '--fix-dry-run'], { cwd: root });
    expect(code).toBe(0);
    expect(out).toContain('--- a/content/basics.zh.md\n+++ b/content/basics.zh.md\n');
    expect(out).toContain('-导言GPT。\n+导言 GPT。\n');
    expect(err).toBe('lm-lint: --fix would change 1 file\n');
    expect(readFileSync(join(root, 'content/basics.zh.md'), 'utf8')).toBe(before);
  });

  it('--fix writes the fixed file, keeps its mode, and reports what is left', async () => {
    const root = withWarning();
    const file = join(root, 'content/basics.zh.md');
    const mode = statSync(file).mode;
    const { code, out, err } = await lintCli([root, '--fix']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toBe('lm-lint: fixed 1 file\n');
    expect(readFileSync(file, 'utf8')).toContain('导言 GPT。');
    expect(statSync(file).mode).toBe(mode);
    expect((await lintCli([root, '--fix'])).err).toBe('lm-lint: nothing to fix\n');
  });
});

describe('output', () => {
  it('--list-rules prints every rule with severity and fixability', async () => {
    const { code, out } = await lintCli(['--list-rules']);
    expect(code).toBe(0);
    for (const rule of RULES) expect(out).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.severity} +${rule.meta.fixable ? 'yes' : '-'} `, 'm'));
  });

  it('--list-rules fits a narrow terminal: at 30 columns no line is wider (the aligned columns were 34-42)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const lines = listRules(RULES, lang, 30).trimEnd().split('\n');
      for (const line of lines) expect(displayWidth(line), `${lang}: ${line}`).toBeLessThanOrEqual(30);
      for (const rule of RULES) {
        const at = lines.indexOf(rule.meta.id);
        expect(at, rule.meta.id).toBeGreaterThan(-1);
        expect(lines[at + 1]).toMatch(new RegExp(`^ {4}${lang === 'en' ? rule.meta.severity : rule.meta.severity === 'error' ? '错误' : '警告'}  ${rule.meta.fixable ? (lang === 'en' ? 'yes' : '是') : '-'}  \\S`));
      }
    }
    expect(listRules(RULES, 'en', 80)).toMatch(/^file {2,}error {4,}- {2,}\S/m);
  });

  it('speaks Chinese under a Chinese locale', async () => {
    const { out } = await lintCli(['lint-defects'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(out).toMatch(/basics\.zh\.md:17:1 +错误 +小节“空小节”是空的 +empty-section/);
    expect(out).toContain('✖ 28 个错误，16 个警告');
  });

  it('--lang zh wins over the locale', async () => {
    const { out } = await lintCli(['lint-defects', '--lang', 'zh'], { env: { LANG: 'en_US.UTF-8' } });
    expect(out).toContain('✖ 28 个错误，16 个警告');
  });

  it('--format json prints every finding of the report as JSON, and only that', async () => {
    const { code, out } = await lintCli(['lint-defects', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { version: number; findings: { file: string; line: number; severity: string; rule: string; fixable: boolean }[]; errorCount: number; warningCount: number; fixableCount: number };
    expect(report).toMatchObject({ version: 1, errorCount: 28, warningCount: 16, fixableCount: 15 });
    expect(report.findings).toHaveLength(44);
    expect(report.findings).toContainEqual(expect.objectContaining({ file: 'lint-defects/content/basics.zh.md', line: 17, severity: 'error', rule: 'empty-section' }));
  });

  it('--format sarif prints one SARIF run with the rules and a result per finding', async () => {
    const { out } = await lintCli(['lint-defects', '--format', 'sarif']);
    const sarif = JSON.parse(out) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run!.results).toHaveLength(44);
    expect(run!.results.filter((r) => r.level === 'error')).toHaveLength(28);
    expect(run!.tool.driver.rules.map((r) => r.id)).toContain('empty-section');
    expect(new Set(run!.results.map((r) => r.ruleId)).has('empty-section')).toBe(true);
  });

  it('--format github prints workflow commands', async () => {
    const { out } = await lintCli(['lint-defects', '--format', 'github']);
    expect(out.split('\n').filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(out).toContain(`::warning file=${relative(FIXTURES, join(DEFECTS, 'content/basics.zh.md'))},line=25,col=3,`);
  });

  it('never prints a stack trace for hostile input', async () => {
    const root = packFrom(MINI, { 'content/course.yaml': 'id: [' });
    writeFileSync(join(root, 'quizzes', 'basics.yaml'), Buffer.from([0xff, 0xfe]));
    const { code, out, err } = await lintCli([root]);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).not.toMatch(/\n\s+at /);
  });
});

