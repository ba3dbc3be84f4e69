import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFrom } from '../lint/helpers.js';
import { ROOT, runBin } from '../helpers/run-bin.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures');

describe('lm-lint (built binary)', () => {
  it('passes the built-in course with no output', () => {
    expect(runBin('lm-lint', [])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports the planted defects at file:line:col and exits 1', () => {
    const { code, stdout, stderr } = runBin('lm-lint', ['tests/fixtures/lint-defects']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^  tests\/fixtures\/lint-defects\/quizzes\/basics\.yaml:9:35 +error +evidence 'assigns a certainty' does not occur in basics#probability \(en\) +evidence-grounded$/m);
    expect(stdout).toMatch(/✖ 28 errors, 16 warnings\n  15 fixable with --fix\n$/);
  });

  it('passes a third-party pack and lints several packs in one run', () => {
    expect(runBin('lm-lint', ['tests/fixtures/lint-third-party', 'tests/fixtures/mini'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 with one line for a path that is not a pack', () => {
    const { code, stdout, stderr } = runBin('lm-lint', ['package.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('lm-lint: cannot lint package.json: not a directory\n');
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = runBin('lm-lint', ['--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes GitHub annotations, capped at 10 errors', () => {
    const { stdout } = runBin('lm-lint', ['--format', 'github', 'tests/fixtures/lint-defects']);
    const lines = stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error file=tests/fixtures/lint-defects/'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines).toContain('::notice title=lm-lint::24 more findings are not shown as annotations (GitHub shows at most 10 errors and 10 warnings); run lm-lint locally or use --format sarif for all of them');
  });

  it('writes SARIF and JSON that parse', () => {
    const sarif = JSON.parse(runBin('lm-lint', ['--format', 'sarif', 'tests/fixtures/lint-defects']).stdout);
    expect(sarif.runs[0].results).toHaveLength(44);
    const json = JSON.parse(runBin('lm-lint', ['--format', 'json', 'tests/fixtures/lint-defects']).stdout);
    expect(json).toMatchObject({ errorCount: 28, warningCount: 16, fixableCount: 15 });
  });

  it('fixes Chinese typography in place with --fix; --fix-dry-run only shows the diff', () => {
    const zh = readFileSync(join(FIXTURES, 'mini', 'content', 'basics.zh.md'), 'utf8').replace('导言。', '导言:GPT模型!!');
    const root = packFrom(join(FIXTURES, 'mini'), { 'content/basics.zh.md': zh });
    const dry = runBin('lm-lint', ['--fix-dry-run', root]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('-导言:GPT模型!!\n+导言：GPT 模型！\n');
    expect(readFileSync(join(root, 'content', 'basics.zh.md'), 'utf8')).toBe(zh);
    const fix = runBin('lm-lint', ['--fix', root]);
    expect(fix).toEqual({ code: 0, stdout: '', stderr: 'lm-lint: fixed 1 file\n' });
    expect(readFileSync(join(root, 'content', 'basics.zh.md'), 'utf8')).toContain('导言：GPT 模型！\n');
  });

  it('survives hostile files without a stack trace', () => {
    const root = packFrom(join(FIXTURES, 'mini'), { 'content/glossary.yaml': 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n' });
    writeFileSync(join(root, 'content', 'models.yaml'), Buffer.alloc(3 * 1024 * 1024, 'x'));
    const { code, stdout, stderr } = runBin('lm-lint', [root]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/^\s+at /m);
    expect(stdout).toContain('models.yaml:1:1');
    expect(stdout).toContain('glossary.yaml:1:1');
  });

  it('lists its rules', () => {
    const { code, stdout } = runBin('lm-lint', ['--list-rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^zh-spacing +warning +yes +/m);
  });
});
