import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPack } from '../../../src/lint/fixer.js';
import { loadLexer } from '../../../src/lint/markdown/lexer.js';
import { shapeDifference } from '../../../src/lint/markdown/shape.js';
import { MINI, packFrom } from '../helpers.js';

const HEAD = '---\nid: basics\ntitle: 基础\nsummary: 概念。\n---\n\n## 概率 {#probability}\n\n给词序列分配概率\n\n## 词元 {#tokens}\n\n';

/** Chinese Markdown of our own, with every kind of thing a fix must not touch next to things it should fix. */
const CASES = [
  '空格&nbsp;数据库，反引号（&#96;）标识，&gt;中文和&copy;中文,对吗?',
  '中文行\n:::\n下一行中文,好\n::: warning 警告\n内容GPT\n:::',
  '文件[单例.md](a.md)和（.class 文件）.然后用 Vue.js 写',
  '转义 \\$(指令) 和 \\*? 以及 (\\\\()…\\) 还有在后面加 ? 可以',
  '代码 `a,b中文` 和`npm`安装,网址 https://example.com/a,b 和 <https://x.y/中文> 不改.',
  '行内 <code>.html,中</code> 和 <kbd>Ctrl</kbd>键，<a href="#x">链接</a>GPT',
  '公式 $x,y$ 和 {% raw %}模板,中{% endraw %} 与绑定运算符（::）和扩展运算符（...）',
  '**为什么？** 因为 *强调*English **粗体：** 后面 ~~删除~~中文',
  '> 引用GPT,中文\n> 第二行\n\n- 列表(中文)项\n- 2020 年 1 月 1 日，共 3 天',
  '| 表头GPT | 单元格,好 |\n| --- | --- |\n| `x`中 | 中文... |',
  '他说“Hello, world”。模型 GPT (Generative Pre-trained Transformer) 很大, f(x) 的值；１２３ＡＢＣ。',
];

const CONFIGS = ['', 'preset: copywriting\n', 'preset: zhlint\n', 'preset: zhlint\nconventions: { code-spacing: never }\nrules: { zh-cjk-space: warning }\n'];

describe('--fix keeps the Markdown shape: only text tokens change', () => {
  it.each(CONFIGS.map((c) => [c || '(no configuration)', c]))('under %s', async (_name, config) => {
    const lex = await loadLexer();
    const body = CASES.join('\n\n');
    const files: Record<string, string> = { 'content/basics.zh.md': `${HEAD}${body}\n` };
    if (config) files['.lm-lint.yaml'] = config;
    const root = packFrom(MINI, files);
    const { changes } = await fixPack(root);
    const after = changes.find((c) => c.file === join(root, 'content', 'basics.zh.md'))!.after;
    expect(after).not.toBe(`${HEAD}${body}\n`); // there was something to fix
    expect(shapeDifference(lex, `${HEAD}${body}\n`, after)).toBeUndefined();
    // The protected text is there, byte for byte.
    for (const kept of ['&nbsp;', '&#96;', '&gt;', '&copy;', '\n:::\n', '单例.md', '（.class', 'Vue.js', '\\$(指令)', '\\*?', '在后面加 ? 可以', '`a,b中文`', 'https://example.com/a,b', '<code>.html,中</code>', '$x,y$', "{% raw %}", '{% endraw %}', '（::）', '（...）', '**为什么？** 因为', 'f(x)', '“Hello, world”']) {
      expect(after).toContain(kept);
    }
    const again = await fixPack(root, { overlay: new Map([[join(root, 'content', 'basics.zh.md'), after]]) });
    expect(again.changes).toEqual([]);
  });
});

describe('shapeDifference', () => {
  it.each([
    ['&nbsp;数据库', '&nbsp；数据库'],
    ['（&#96;）', '（&#96；）'],
    ['[单例.md](a)', '[单例。md](a)'],
    ['运算符（::）', '运算符（：）'],
    ['运算符（...）', '运算符（……）'],
    ['用 `a,b` 做', '用 `a，b` 做'],
    ['[链接](https://a.b/c,d)', '[链接](https://a.b/c，d)'],
  ])('sees the damage in %s -> %s', async (before, after) => {
    expect(shapeDifference(await loadLexer(), before, after)).toBeDefined();
  });

  it.each([
    ['中文English', '中文 English'],
    ['你好,世界.', '你好，世界。'],
    ['然后...', '然后……'],
    ['**加粗**English', '**加粗** English'],
  ])('accepts a change of words: %s -> %s', async (before, after) => {
    expect(shapeDifference(await loadLexer(), before, after)).toBeUndefined();
  });
});
