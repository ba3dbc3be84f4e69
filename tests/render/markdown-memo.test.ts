/**
 * `lexMarkdown` keeps a text's tokens in the parse memo, by the text's
 * SHA-256: a page made from kept tokens is the page made from the text, byte
 * for byte, and kept tokens holding text `sanitize` would change are not
 * used. The renderer calls our renderers as marked's own Parser does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseMemo } from '../../src/course/yaml-source.js';
import { Marked, type RendererObject, type Tokens } from 'marked';
import { createMarkdownRenderer, lexMarkdown, tokenParser } from '../../src/render/markdown.js';
import { lex } from '../../src/render/markdown-lexer.js';
import { createTheme } from '../../src/render/theme.js';
import { sanitize } from '../../src/text/sanitize.js';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function jsonMemo(): ParseMemo & { kept: Map<string, string>; hits: number } {
  const kept = new Map<string, string>();
  const m = {
    kept,
    hits: 0,
    get: (ns: string, key: unknown) => {
      const text = kept.get(`${ns}:${JSON.stringify(key)}`);
      if (text !== undefined) m.hits++;
      return text === undefined ? undefined : JSON.parse(text);
    },
    set: (ns: string, key: unknown, value: unknown) => void kept.set(`${ns}:${JSON.stringify(key)}`, JSON.stringify(value)),
  };
  return m;
}

const chapters = readdirSync(CONTENT).filter((f) => f.endsWith('.md'));

describe('rendering from kept tokens', () => {
  it.each([
    [20, 0],
    [40, 3],
    [80, 0],
    [120, 3],
  ] as const)('gives every built-in chapter byte for byte, at width %i, colour level %i', async (width, level) => {
    const m = jsonMemo();
    const render = createMarkdownRenderer({ width, theme: createTheme(level), hyperlinks: level > 0 });
    for (const file of chapters) {
      const text = sanitize(readFileSync(join(CONTENT, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
      const plain = render(await lexMarkdown(text));
      expect(plain).not.toMatch(/<\/?(?:p|h2|strong|em|li)>/); // terminal text, not marked's HTML
      expect(render(await lexMarkdown(text, m))).toBe(plain);
      expect(render(await lexMarkdown(text, m))).toBe(plain);
    }
    expect(m.kept.size).toBe(chapters.length);
    expect(m.hits).toBe(chapters.length);
  });

  it('uses the kept tokens, not the text, once they are kept', async () => {
    const m = jsonMemo();
    const render = createMarkdownRenderer({ width: 40, theme: createTheme(0), hyperlinks: false });
    expect(render(await lexMarkdown('Hello **world**', m))).toBe('Hello *world*\n');
    const [key, json] = [...m.kept][0]!;
    m.kept.set(key, json.replaceAll('world', 'there'));
    expect(render(await lexMarkdown('Hello **world**', m))).toBe('Hello *there*\n');
  });

  it('does not use kept tokens that hold an escape sequence or a bidi override', async () => {
    const m = jsonMemo();
    const render = createMarkdownRenderer({ width: 40, theme: createTheme(0), hyperlinks: false });
    await lexMarkdown('Hello **world**', m);
    const [key, json] = [...m.kept][0]!;
    for (const bad of ['\\u001b]52;c;eA==\\u0007', '\\u202e']) {
      m.kept.set(key, json.replaceAll('world', `wor${bad}ld`));
      expect(render(await lexMarkdown('Hello **world**', m))).toBe('Hello *world*\n');
    }
  });
});

describe("the renderer's parser", () => {
  /** Renderers that show what they were called with and what they rendered inside, as marked's Parser and ours call them. */
  const recording = (): RendererObject => {
    const inside = (self: { parser: { parse(t: Tokens.Generic[]): string; parseInline(t: Tokens.Generic[]): string } }, t: Tokens.Generic): string => {
      if (t.type === 'list') return (t as Tokens.List).items.map((item) => `<li>${self.parser.parse(item.tokens)}</li>`).join('');
      if (t.type === 'table') return [...(t as Tokens.Table).header, ...(t as Tokens.Table).rows.flat()].map((c) => `<td>${self.parser.parseInline(c.tokens)}</td>`).join('');
      if (t.type === 'blockquote') return self.parser.parse(t.tokens ?? []);
      return t.tokens ? self.parser.parseInline(t.tokens) : JSON.stringify(t.text ?? t.raw);
    };
    const types = ['space', 'hr', 'heading', 'code', 'table', 'blockquote', 'list', 'checkbox', 'html', 'paragraph', 'text', 'link', 'image', 'strong', 'em', 'codespan', 'br', 'del'];
    return Object.fromEntries(types.map((type) => [type, function (this: never, t: Tokens.Generic) { return `<${type}>${inside(this, t)}</${type}>`; }])) as RendererObject;
  };

  const texts = [
    ...chapters.map((file) => readFileSync(join(CONTENT, file), 'utf8')),
    '# T\n\n> quote **b** _e_ ~~d~~ `c`\n\n- [x] task\n- item\n\n  loose\n\n1. one\n\n| a | b |\n| - | - |\n| \\| | ![i](u) |\n\n[ref]: /x\n\n<div>html</div>\n\nline  \nbreak \\* [l](/u) <b>i</b>\n\n***\n\n```js\nx\n```\n',
  ];

  it('calls the renderers as marked 18 Parser does, for every token of every built-in chapter', () => {
    for (const text of texts) {
      const tokens = lex(text);
      const theirs = new Marked({ gfm: true, async: false }).use({ renderer: recording() }).parser(tokens);
      expect(tokenParser(recording()).parse(tokens)).toBe(theirs);
    }
  });

  it('throws on a token type it does not know, as marked does', () => {
    expect(() => tokenParser(recording()).parse([{ type: 'strange', raw: '' }])).toThrow('Token with "strange" type was not found.');
    expect(() => tokenParser(recording()).parseInline([{ type: 'paragraph', raw: '' }])).toThrow('type was not found');
  });
});
