import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPack } from '../../../src/lint/fixer.js';
import { MINI, lint, packFrom, where } from '../helpers.js';

const ZH = `---
id: basics
title: 基础GPT
summary: 语言模型的基本概念。
---

导言。

## 概率 {#probability}

语言模型给词序列分配**概率**。中文English混排。

- 列表里的GPT模型

> 引用里的GPT模型

\`代码GPT中文\` 和网址 https://example.com/GPT中 不检查，图片 ![图GPT](a.png) 也不查。

\`\`\`text
代码块GPT中文
\`\`\`

| 表头 | 单元格GPT |
| --- | --- |
| 2024年 | 3月5日 |

## 词元 {#tokens}

文本先被切分成词元（token）。**加粗English**后面。
`;

describe('zh-spacing', () => {
  it('reports each pair in Chinese prose at its column, never in code, URLs, images or front matter keys', async () => {
    const root = packFrom(MINI, { 'content/basics.zh.md': ZH });
    expect(where(await lint(root, ['zh-spacing']))).toEqual([
      'content/basics.zh.md:3:9 zh-spacing',
      'content/basics.zh.md:11:19 zh-spacing',
      'content/basics.zh.md:11:26 zh-spacing',
      'content/basics.zh.md:13:6 zh-spacing',
      'content/basics.zh.md:13:9 zh-spacing',
      'content/basics.zh.md:15:6 zh-spacing',
      'content/basics.zh.md:15:9 zh-spacing',
      'content/basics.zh.md:23:10 zh-spacing',
      'content/basics.zh.md:29:21 zh-spacing',
      'content/basics.zh.md:29:28 zh-spacing',
    ]);
  });

  it('fixes them with spaces outside emphasis, and a second fix changes nothing', async () => {
    const root = packFrom(MINI, { 'content/basics.zh.md': ZH });
    const { changes, result } = await fixPack(root);
    const after = changes[0]!.after;
    expect(after).toContain('title: 基础 GPT\n');
    expect(after).toContain('中文 English 混排');
    expect(after).toContain('**加粗 English** 后面');
    expect(after).toContain('`代码GPT中文`');
    expect(after).toContain('代码块GPT中文');
    expect(after).toContain('https://example.com/GPT中');
    expect(after).toContain('![图GPT](a.png)');
    expect(result.findings.filter((f) => f.rule === 'zh-spacing')).toEqual([]);
  });

  it('checks the zh values of YAML fields, not keys or English values', async () => {
    const quiz = readFileSync(join(MINI, 'quizzes/basics.yaml'), 'utf8')
      .replace('prompt: { zh: 语言模型给词序列分配什么？, en: What does a language model assign to word sequences? }', 'prompt: { zh: 模型给GPT分配什么？, en: Does GPT2 assign a word2vec? }');
    const root = packFrom(MINI, { 'quizzes/basics.yaml': quiz });
    expect(await lint(root, ['zh-spacing'])).toMatchObject([
      { at: 'quizzes/basics.yaml:10:21', severity: 'warning', message: "add a space in '给G' between Chinese and Latin letters or digits", fixable: true },
      { at: 'quizzes/basics.yaml:10:24' },
    ]);
  });

  it('leaves English chapters alone', async () => {
    const en = readFileSync(join(MINI, 'content/basics.en.md'), 'utf8').replace('Intro.', 'Intro 中文English.');
    expect(await lint(packFrom(MINI, { 'content/basics.en.md': en }), ['zh-spacing'])).toEqual([]);
  });

  it('is quiet on well-spaced Chinese', async () => {
    expect(await lint(MINI, ['zh-spacing'])).toEqual([]);
  });
});
