import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPack } from '../../../src/lint/fixer.js';
import { MINI, lint, packFrom } from '../helpers.js';

const ZH = `---
id: basics
title: 基础
summary: 语言模型的基本概念.
---

## 概率 {#probability}

语言模型给词序列分配概率,对吗? 见 \`f(a,b)\` 和 https://example.com/?a=1,2 这两处不改.

## 词元 {#tokens}

文本先被切分成词元(token).
`;

describe('zh-punctuation', () => {
  it('reports half-width punctuation after Chinese at its column, not in code or URLs (parentheses are zh-bracket-width’s; the `.` after `)` shows once `)` is full-width)', async () => {
    const root = packFrom(MINI, { 'content/basics.zh.md': ZH });
    expect(await lint(root, ['zh-punctuation'])).toEqual([
      expect.objectContaining({ at: 'content/basics.zh.md:4:19', message: "use full-width '。' instead of '.' in Chinese text", fixable: true }),
      expect.objectContaining({ at: 'content/basics.zh.md:9:13', message: "use full-width '，' instead of ',' in Chinese text" }),
      expect.objectContaining({ at: 'content/basics.zh.md:9:16', message: "use full-width '？' instead of '?' in Chinese text" }),
      expect.objectContaining({ at: 'content/basics.zh.md:9:63' }),
    ]);
  });

  it('fixes them, swallowing the space after a full-width mark, and leaves code and URLs as they were', async () => {
    const root = packFrom(MINI, { 'content/basics.zh.md': ZH });
    const { changes } = await fixPack(root);
    expect(changes[0]!.after).toBe(ZH.replace('概念.', '概念。').replace('概率,对吗? 见', '概率，对吗？见').replace('不改.', '不改。').replace('词元(token).', '词元（token）。'));
  });

  it('only edits inside zh YAML values', async () => {
    const quiz = readFileSync(join(MINI, 'quizzes/basics.yaml'), 'utf8').replace('explain: { zh: 是的。, en: Yes. }', 'explain: { zh: "是的,没错!", en: "Yes, indeed!" }');
    const root = packFrom(MINI, { 'quizzes/basics.yaml': quiz });
    const { changes } = await fixPack(root);
    expect(changes.map((c) => c.after)).toEqual([quiz.replace('"是的,没错!"', '"是的，没错！"')]);
  });

  it('is quiet on full-width Chinese punctuation', async () => {
    expect(await lint(MINI, ['zh-punctuation'])).toEqual([]);
  });
});

describe('zh-punctuation and GB/T 7714 references', () => {
  const REF = '[1] 张三, 李四. 语言模型导论[M]. 北京: 科学出版社, 2020: 12-30.';

  it('leaves a reference line alone while citations is exempt (the default)', async () => {
    const { zhCase } = await import('./zh-helpers.js');
    expect((await zhCase('zh-punctuation', REF)).at).toEqual([]);
    expect((await zhCase('zh-bracket-width', '[2] 王五. 模型(第2版)[M]. 上海: 出版社, 2021.')).at).toEqual([]);
  });

  it('checks it with citations: check', async () => {
    const { zhCase } = await import('./zh-helpers.js');
    expect((await zhCase('zh-punctuation', REF, 'conventions: { citations: check }\n')).at.length).toBeGreaterThan(0);
  });
});
