/**
 * The Markdown renderer keeps a text's lexed tokens in the parse memo, by the
 * text's SHA-256: a page made from kept tokens is the page made from the text,
 * byte for byte, and kept tokens holding text `sanitize` would change are
 * not used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParseMemo } from '../../src/course/yaml-source.js';
import { createMarkdownRenderer } from '../../src/render/markdown.js';
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
  ] as const)('gives every built-in chapter byte for byte, at width %i, colour level %i', (width, level) => {
    const m = jsonMemo();
    const options = { width, theme: createTheme(level), hyperlinks: level > 0 };
    for (const file of chapters) {
      const text = sanitize(readFileSync(join(CONTENT, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
      const plain = createMarkdownRenderer(options)(text);
      expect(plain).not.toMatch(/<\/?(?:p|h2|strong|em|li)>/); // terminal text, not marked's HTML
      expect(createMarkdownRenderer({ ...options, memo: m })(text)).toBe(plain);
      expect(createMarkdownRenderer({ ...options, memo: m })(text)).toBe(plain);
    }
    expect(m.kept.size).toBe(chapters.length);
    expect(m.hits).toBe(chapters.length);
  });

  it('uses the kept tokens, not the text, once they are kept', () => {
    const m = jsonMemo();
    const render = createMarkdownRenderer({ width: 40, theme: createTheme(0), hyperlinks: false, memo: m });
    expect(render('Hello **world**')).toBe('Hello *world*\n');
    const [key, json] = [...m.kept][0]!;
    m.kept.set(key, json.replaceAll('world', 'there'));
    expect(render('Hello **world**')).toBe('Hello *there*\n');
  });

  it('does not use kept tokens that hold an escape sequence or a bidi override', () => {
    const m = jsonMemo();
    const render = createMarkdownRenderer({ width: 40, theme: createTheme(0), hyperlinks: false, memo: m });
    render('Hello **world**');
    const [key, json] = [...m.kept][0]!;
    for (const bad of ['\\u001b]52;c;eA==\\u0007', '\\u202e']) {
      m.kept.set(key, json.replaceAll('world', `wor${bad}ld`));
      const out = render('Hello **world**');
      expect(out).toBe('Hello *world*\n');
    }
  });
});
