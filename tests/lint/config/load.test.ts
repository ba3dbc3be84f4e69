import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../src/lint/config/load.js';
import { RULES, ruleById } from '../../../src/lint/registry.js';
import type { Rule } from '../../../src/lint/rule.js';

/** A rule that declares options, as the quiz-quality rules do. */
const WITH_OPTIONS: Rule = {
  meta: { id: 'with-options', severity: 'warning', description: { en: 'a rule with options', zh: '有选项的规则' }, fixable: false, options: z.object({ max: z.number().int().default(3) }) },
  check: () => {},
};
const rules = [...RULES, WITH_OPTIONS];
const parse = (text: string) => parseConfig('.lm-lint.yaml', '/p/.lm-lint.yaml', text, rules);
const zh = (id: string) => ruleById(id)!;

describe('.lm-lint.yaml', () => {
  it('without a file: the default preset (zh-cjk-space off, conventions as documented)', () => {
    const loaded = loadConfig(mkdtempSync(join(tmpdir(), 'lm-cfg-')), rules);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.config.file).toBeUndefined();
    expect(loaded.config.severity(zh('zh-cjk-space'))).toBe('off');
    expect(loaded.config.severity(zh('zh-spacing'))).toBe('warning');
    expect(loaded.config.conventions).toMatchObject({ 'code-spacing': 'keep', 'unit-spacing': 'any', 'bracket-width': 'full', units: '年月日号天时分秒周' });
    expect(loaded.config.options(WITH_OPTIONS)).toEqual({ max: 3 });
  });

  it('reads the preset, then the conventions and rules over it', () => {
    const r = parse('preset: zhlint\nconventions: { bracket-width: full }\nrules:\n  zh-spacing: error\n  zh-cjk-space: off\n  with-options: { severity: error, options: { max: 5 } }\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.conventions['bracket-width']).toBe('full');
    expect(r.config.conventions['quote-style']).toBe('curly'); // from the preset
    expect(r.config.severity(zh('zh-spacing'))).toBe('error');
    expect(r.config.severity(zh('zh-cjk-space'))).toBe('off');
    expect(r.config.severity(WITH_OPTIONS)).toBe('error');
    expect(r.config.options(WITH_OPTIONS)).toEqual({ max: 5 });
  });

  it.each([
    ['rules:\n  zh-spacng: error\n', '.lm-lint.yaml:2:3: rule \'zh-spacng\' is not an lm-lint rule (did you mean \'zh-spacing\'?); see lm-lint --list-rules'],
    ['preset: chicago\n', ".lm-lint.yaml:1:9: "],
    ['conventions:\n  code-spacing: sometimes\n', '.lm-lint.yaml:2:17: '],
    ['rules:\n  zh-spacing: { options: { a: 1 } }\n', ".lm-lint.yaml:2:3: rule 'zh-spacing' takes no options"],
    ['rules:\n  with-options: { options: { max: 1.5 } }\n', ".lm-lint.yaml:2:3: rule 'with-options': option max: "],
    ['rules: [\n', '.lm-lint.yaml:'],
    ['colour: red\n', ".lm-lint.yaml:1:1: unknown key 'colour'"],
  ])('refuses %j with one message at its place', (text, start) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.startsWith(start)).toBe(true);
    expect(r.message).not.toContain('\n');
  });

  it('speaks Chinese when asked', () => {
    const r = parseConfig('.lm-lint.yaml', '/p/.lm-lint.yaml', 'rules:\n  zh-spacng: error\n', rules, 'zh');
    expect(r.ok ? '' : r.message).toBe('.lm-lint.yaml:2:3: 规则“zh-spacng”不是 lm-lint 的规则（是不是“zh-spacing”？）；见 lm-lint --list-rules');
  });

  it('an empty file is the default', () => {
    expect(parse('').ok).toBe(true);
    expect(parse('# nothing yet\n').ok).toBe(true);
  });

  it('a pack may use .lm-lint.yml; a file that cannot be read is an error', () => {
    const root = mkdtempSync(join(tmpdir(), 'lm-cfg-'));
    writeFileSync(join(root, '.lm-lint.yml'), 'rules: { zh-spacing: off }\n');
    const loaded = loadConfig(root, rules);
    expect(loaded.ok && loaded.config.severity(zh('zh-spacing'))).toBe('off');
  });
});
