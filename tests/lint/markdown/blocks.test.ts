import { describe, expect, it } from 'vitest';
import { markdownBlocks, type Block } from '../../../src/lint/markdown/blocks.js';
import { loadLexer } from '../../../src/lint/markdown/lexer.js';
import { runFromPieces } from '../../../src/lint/text/run.js';

/** Every located character of the prose blocks, as the file text at its offset: each must equal the character. */
function located(text: string, blocks: Block[]): { char: string; atOffset: string }[] {
  const out: { char: string; atOffset: string }[] = [];
  for (const block of blocks) {
    if (block.kind !== 'prose') continue;
    const run = runFromPieces(block.pieces);
    for (let i = 0; i < run.text.length; i++) {
      const offset = run.offset(i);
      if (offset !== -1 && run.text[i] !== '\uFFFC') out.push({ char: run.text[i]!, atOffset: text[offset]! }); // masked text (&amp;) is located, as a placeholder
    }
  }
  return out;
}

const DOC = `---
id: x
title: t
summary: s
---

## 标题 {#title}

第一段**加粗**和[链接](https://example.com)，\`代码\`。
第二行 &amp; 实体\\*转义。

> 引用第一行
> 引用**第二行**

- 列表一
  续行
- 列表二

| 甲 | 乙 |
| --- | --- |
| 丙 | 丁 |
`;

describe('markdownBlocks', () => {
  it.each([
    ['LF', DOC],
    ['CRLF', DOC.replace(/\n/g, '\r\n')],
  ])('maps every located character back to itself in the file (%s)', async (_name, text) => {
    const lex = await loadLexer();
    const bodyStart = text.indexOf('##');
    const blocks = markdownBlocks(lex, text, bodyStart);
    const pairs = located(text, blocks);
    expect(pairs.length).toBe(44); // every prose character is located, in quotes, lists and tables too (not the escaped `*` or `&amp;`: not prose)
    expect(pairs.filter((p) => p.char !== p.atOffset)).toEqual([]);
  });

  it('keeps reader text and drops the anchor, code, entities, escapes and URL from prose', async () => {
    const lex = await loadLexer();
    const blocks = markdownBlocks(lex, DOC, DOC.indexOf('##'));
    const texts = blocks.filter((b) => b.kind === 'prose').map((b) => runFromPieces(b.pieces).text);
    expect(texts[0]).toBe('标题');
    expect(texts[1]).toBe('第一段加粗和链接，\uE000。\n第二行 \uFFFC\uFFFC\uFFFC\uFFFC\uFFFC 实体\uFFFC转义。');
    expect(texts).toContain('引用第一行\n引用第二行');
    expect(texts).toContain('丁');
  });
});
