import { describe, expect, test } from 'vitest';
import { decodeHTMLStrict } from 'entities/decode';
import { entityDecoder } from '../../src/render/markdown.js';
import { markdownRenderer } from '../helpers/markdown.js';
import { createTheme } from '../../src/render/theme.js';
import { stripAnsi } from '../../src/text/ansi.js';
import { displayWidth } from '../../src/text/width.js';

const render = (md: string, width = 40, level: 0 | 1 = 0, hyperlinks = false) =>
  markdownRenderer({ width, theme: createTheme(level), hyperlinks, entities: decodeHTMLStrict })(md);

describe('markdown rendering', () => {
  test('keeps inline formatting inside tight list items (marked-terminal #304, #371)', () => {
    const out = render('- **粗体** and *em* and `code`\n- two', 40, 1);
    expect(out).toContain('\u001b[1m粗体\u001b[22m');
    expect(out).toContain('\u001b[3mem\u001b[23m');
    expect(out).toContain('\u001b[33mcode\u001b[39m');
    expect(stripAnsi(out)).toBe('- 粗体 and em and code\n- two\n');
  });

  test('emphasis works around CJK text and full-width quotes and brackets', () => {
    const out = render('这是**“重点”**内容，注意**（重要）**事项，**Softmax函数：**用于归一化', 80, 1);
    expect(out).not.toContain('**');
    expect(out).toContain('\u001b[1m“重点”\u001b[22m');
    expect(out).toContain('\u001b[1m（重要）\u001b[22m');
    expect(out).toContain('\u001b[1mSoftmax函数：\u001b[22m');
  });

  test('soft line breaks join CJK without a space, Latin with one', () => {
    expect(render('第一行\n第二行\nand English\nwords')).toBe('第一行第二行 and English words\n');
  });

  test('list items keep a hanging indent when they wrap', () => {
    const out = render('- 一个很长的列表项需要在窄屏幕上折行并且保持悬挂缩进\n  - 嵌套', 20);
    expect(out).toBe('- 一个很长的列表项需\n  要在窄屏幕上折行并\n  且保持悬挂缩进\n  - 嵌套\n');
  });

  test('ordered lists number their items and align continuation lines', () => {
    const out = render('1. first item that wraps around\n2. second', 20);
    expect(out).toBe('1. first item that\n   wraps around\n2. second\n');
  });

  test('headings keep their markers without colour and lose their {#anchor}', () => {
    expect(render('## 统计语言模型（SLM） {#slm}')).toBe('## 统计语言模型（SLM）\n');
  });

  test('block quotes keep a > marker on every line', () => {
    expect(render('> 引用里的长句也要折行并保留引用标记。', 20)).toBe('> 引用里的长句也要折\n> 行并保留引用标记。\n');
  });

  test('code blocks are not re-wrapped, only cut when wider than the width', () => {
    const out = render('```\nshort line\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```', 20);
    expect(out).toBe('  short line\n  xxxxxxxxxxxxxxxxxx\n    xxxxxxxxxxxx\n');
  });

  test('links show their URL without hyperlink support, OSC 8 with it', () => {
    expect(render('see [the docs](https://x.org/a)')).toBe('see the docs (https://x.org/a)\n');
    expect(render('<https://x.org/a>')).toBe('https://x.org/a\n');
    const linked = render('see [the docs](https://x.org/a)', 40, 1, true);
    expect(linked).toContain('\u001b]8;;https://x.org/a\u001b\\');
    expect(stripAnsi(linked)).toBe('see the docs\n');
  });

  test('tables fit the width with CJK cells aligned', () => {
    const md = '| 单位 | 说明 |\n| --- | --- |\n| 字 | 中文里常见的切分粒度，一个汉字就是一个词元 |\n| subword | English |';
    const lines = render(md, 30).trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    const bar = lines.map((l) => displayWidth(l.slice(0, l.indexOf('|'))));
    expect(new Set(bar.filter((_, i) => !lines[i]!.startsWith('-'))).size).toBe(1);
  });

  test('entities are decoded, but never into control characters', () => {
    expect(render('a &amp; b &lt;c&gt; &#x1b;[31m &#x202e;x')).toBe('a & b <c>  x\n');
  });

  test('the entity decoder is imported only for a text with a named reference; without it, the escapes marked writes still decode', async () => {
    expect(await entityDecoder('a & b < c > d " e, &#38; &#x26; & ;')).toBeUndefined();
    expect((await entityDecoder('x &copy; y'))?.('&copy;')).toBe('©');
    const bare = markdownRenderer({ width: 60, theme: createTheme(0), hyperlinks: false });
    expect(bare('a & b < c > d " e \' f &#38; g')).toBe('a & b < c > d " e \' f & g\n');
    expect(bare('&amp; &lt;x&gt; &quot;q&quot;')).toBe('& <x> "q"\n');
    expect(bare('&copy; stays as written without a decoder')).toBe('&copy; stays as written without a decoder\n');
  });

  test('no escape sequence at colour level 0', () => {
    const out = render('# T\n\n**b** *i* `c` ~~d~~\n\n> q\n\n| a | b |\n|---|---|\n| 1 | 2 |', 40, 0);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('# T');
  });
});
