import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { modelsCommand } from '../../src/reader/models.js';
import { searchCommand } from '../../src/reader/search.js';
import { termCommand } from '../../src/reader/term.js';
import { timelineCommand } from '../../src/reader/timeline.js';
import { displayWidth } from '../../src/text/width.js';
import { reader, text } from './helpers.js';

describe('search', () => {
  test('title and term hits come first, then text hits, each with chapter#section and a snippet', () => {
    const out = text(searchCommand({ query: 'markov' }, reader().ctx()));
    const refs = out.split('\n').filter((l) => /^\S+#?\S*  /.test(l));
    expect(refs[0]).toBe('stages#slm  Markov assumption  (term)');
    expect(refs[1]).toBe('stages#slm  Statistical language models  (chapter)');
    expect(out).toContain('  A statistical language model relies on the Markov assumption');
  });

  test('English matches whole words, case-insensitively', () => {
    expect(text(searchCommand({ query: 'TOKENS' }, reader().ctx()))).toContain('basics#tokens  Tokens  (chapter)');
    const miss = searchCommand({ query: 'toke' }, reader().ctx());
    expect(miss).toEqual({ text: "No matches for 'toke'.\nTerms close to it: token\n", exitCode: 1 });
  });

  test('Chinese matches substrings, in the Chinese text', () => {
    const out = text(searchCommand({ query: '向量' }, reader({ lang: 'zh' }).ctx()));
    expect(out).toContain('stages#nlm  神经语言模型  (章节)');
    expect(out).toContain('神经语言模型用词向量表示词。');
  });

  test('matches are highlighted when colour is on', () => {
    const out = text(searchCommand({ query: '向量' }, reader({ lang: 'zh', color: 'always' }).ctx()));
    expect(out).toContain('\u001b[30m\u001b[43m向量');
  });

  test('an empty query is a usage error', () => {
    expect(() => searchCommand({ query: '  ' }, reader().ctx())).toThrow(UsageError);
  });
});

describe('term', () => {
  test.each(['token', 'Tokens', '词元', 'token '])('finds a term by name or alias in either language: %s', (word) => {
    const out = termCommand({ term: word }, reader().ctx());
    expect(out).toBe('# token (词元)\nAlso: tokens\n\nThe unit of text a model reads.\n\nRead more: lm-explain show basics#tokens\n');
  });

  test('in Chinese', () => {
    expect(termCommand({ term: 'markov assumption' }, reader({ lang: 'zh' }).ctx())).toBe(
      '# 马尔可夫假设（Markov assumption）\n\n预测下一个词时只看最近的几个词。\n\n详见：lm-explain show stages#slm\n',
    );
  });

  test('a near miss suggests the closest terms', () => {
    expect(() => termCommand({ term: 'tokn' }, reader().ctx())).toThrow("unknown term 'tokn'; did you mean 'token'?");
    expect(() => termCommand({ term: 'markov' }, reader().ctx())).toThrow("did you mean 'Markov assumption'?");
  });
});

describe('models', () => {
  test('a table with parameters in the reader\'s language and a log-scale chart', () => {
    const out = modelsCommand({}, reader({ lang: 'zh' }).ctx());
    expect(out).toMatch(/^GPT-3 +\| OpenAI +\| 2020 \| 1750 亿$/m);
    expect(out).toMatch(/^GPT-4 +\| OpenAI +\| 2023 \|  未公开$/m);
    expect(out).toMatch(/^BERT +#+ 3\.4 亿$/m);
    expect(out).toMatch(/^GPT-4 +未公开，不绘制$/m);
    const en = modelsCommand({}, reader().ctx());
    expect(en).toMatch(/^GPT-3 +\| OpenAI +\| 2020 \| +175B$/m);
    expect(en).toMatch(/^BERT +\| Google +\| 2018 \| +340M$/m);
  });

  test('bars grow with the logarithm of the count', () => {
    const out = modelsCommand({}, reader().ctx());
    const bar = (name: string) => new RegExp(`^${name} +(#+) `, 'm').exec(out)![1]!.length;
    expect(bar('GPT-3')).toBeGreaterThan(bar('GLM-130B'));
    expect(bar('GLM-130B')).toBeGreaterThan(bar('BERT'));
    expect(bar('BERT')).toBeGreaterThan(0);
  });

  test('--origin filters the table and the chart', () => {
    const out = modelsCommand({ origin: 'china' }, reader().ctx());
    expect(out).toContain('# Named models · China');
    expect(out).toContain('ERNIE Bot');
    expect(out).not.toContain('GPT-3');
  });

  test.each([20, 40, 60, 80, 120])('fits %i columns', (width) => {
    for (const lang of ['zh', 'en']) {
      const out = modelsCommand({}, reader({ lang, width }).ctx());
      for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('timeline', () => {
  test('every stage with its period, key idea, models and reference', () => {
    const out = timelineCommand({}, reader({ lang: 'zh' }).ctx());
    expect(out).toContain(' o  统计语言模型（SLM）  20 世纪 90 年代\n |  核心思路：基于马尔可夫假设统计词语搭配。\n |  局限：上下文很短；维数灾难。\n |  代表模型：二元模型、三元模型\n |  详见：lm-explain show stages#slm\n |\n');
    expect(out.trimEnd().split('\n').pop()).toBe('    详见：lm-explain show stages#llm');
  });
});
