import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token, Tokens } from 'marked';
import { fixPack } from '../../src/lint/fixer.js';
import { loadLexer } from '../../src/lint/markdown/lexer.js';
import { shapeDifference } from '../../src/lint/markdown/shape.js';
import { lintPack } from '../../src/lint/runner.js';
import { MINI } from './helpers.js';

const FILE = join(MINI, 'content', 'basics.zh.md');
const HEAD = '---\nid: basics\ntitle: 基础\nsummary: 概念。\n---\n\n## 概率 {#probability}\n\n给词序列分配概率\n\n## 词元 {#tokens}\n\n切分成词元\n\n';

/** Tricky Chinese-and-Markdown text: Han, Latin, digits, half- and full-width marks, emphasis, code, links, URLs, line breaks. */
const piece = fc.constantFrom('中文', '模型', 'GPT', 'x', '3', '2024', '年', ',', '.', '...', '!', '?', ':', ';', '(', ')', '（', '）', '！', '。', '，', ' ', '\n', '**', '*', '`', '`a,b中`', '[链接](https://a.b/c,d)', 'https://x.y/中', '> ', '- ', '|', '\\*', '&amp;', '😀', '&nbsp;', ':::', '\\$(', '单例.md', '::', '…', ' — ', '２０', '“', '”', "'", '<a href="#">', '</a>', '<code>', '</code>');
const body = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** The code (spans and blocks) as marked reads it. */
async function code(text: string): Promise<string[]> {
  const lex = await loadLexer();
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'codespan' || token.type === 'code') out.push((token as Tokens.Codespan).text);
      for (const key of ['tokens', 'items'] as const) {
        const children = (token as unknown as Record<string, Token[] | undefined>)[key];
        if (children) walk(children);
      }
    }
  };
  walk(lex(text));
  return out;
}
const count = (text: string, part: string) => text.split(part).length - 1;

describe('--fix on arbitrary Chinese Markdown', () => {
  it('never throws, is idempotent, and leaves code spans and URLs as they were', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const source = HEAD + text + '\n';
        const first = await fixPack(MINI, { overlay: new Map([[FILE, source]]) });
        const after = first.changes[0]?.after ?? source;
        const second = await fixPack(MINI, { overlay: new Map([[FILE, after]]) });
        expect(second.changes).toEqual([]);
        expect(await code(after)).toEqual(await code(source));
        expect(shapeDifference(await loadLexer(), source, after)).toBeUndefined(); // only text tokens changed
        for (const url of ['https://a.b/c,d', 'https://x.y/']) expect(count(after, url)).toBe(count(source, url));
        const relint = await lintPack(MINI, { overlay: new Map([[FILE, after]]) });
        expect(relint.findings.filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: Number(process.env.FIX_RUNS ?? 60) },
    );
  });
});

describe('--fix on arbitrary Chinese YAML values', () => {
  const QUIZ = join(MINI, 'quizzes', 'basics.yaml');
  const value = fc.array(fc.constantFrom('中文', 'GPT', '3', ',', '.', '!', '?', ':', '(', ')', '！', '。', ' ', '\\"', "'", '#', '😀', 'https://a.b/c'), { maxLength: 20 }).map((p) => p.join(''));

  it('changes only zh values, and the YAML still parses to the same keys', async () => {
    const { parse } = await import('yaml');
    await fc.assert(
      fc.asyncProperty(value, value, async (zh, en) => {
        const text = `id: basics\ntitle: { zh: "${zh}", en: "${en}" }\ntopic: basics\npass: 0.5\nquestions: []\n`;
        let before: { title?: { zh?: unknown; en?: unknown } };
        try {
          before = parse(text);
        } catch {
          return; // not YAML to begin with
        }
        const { changes } = await fixPack(MINI, { overlay: new Map([[QUIZ, text]]) });
        if (changes.length === 0) return;
        const after = parse(changes[0]!.after);
        expect(Object.keys(after)).toEqual(Object.keys(before));
        expect(after.title.en).toBe(before.title!.en);
        expect(after.title.zh).not.toBe(before.title!.zh);
      }),
      { numRuns: 60 },
    );
  });
});
