/** The plain front matter read without the YAML parser (issue #20, item 11) is exactly what the parser reads, or nothing. */
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseChapter } from '../../src/course/chapter.js';
import { plainFrontMatter } from '../../src/course/plain-front-matter.js';

describe('plainFrontMatter', () => {
  test.each([
    ['id: basics\ntitle: What is a language model?\nsummary: Scores text.\n', { id: 'basics', title: 'What is a language model?', summary: 'Scores text.' }],
    ['id: c1\r\ntitle: 第 1 章\r\nsummary: 一个想法，编号 1。\r\n', { id: 'c1', title: '第 1 章', summary: '一个想法，编号 1。' }],
    ['title:   Spaces  inside [kept], "quotes" too\n', { title: 'Spaces  inside [kept], "quotes" too' }],
  ])('reads %j', (yaml, value) => {
    expect(plainFrontMatter(yaml)).toEqual(value);
  });

  test.each([
    'id: basics\ntitle: "Quoted"\n',
    'title: Tokens: the units\n',
    'title: C# in a title\n',
    'title: 2024\n',
    'title: true\n',
    'title: ~\n',
    'title: trailing \n',
    'id: a\nid: b\n',
    'author: someone\n',
    'id: a\n\ntitle: b\n',
    '# a comment\nid: a\n',
    'title: |\n  block\n',
    '',
  ])('leaves %j to the YAML parser', (yaml) => {
    expect(plainFrontMatter(yaml)).toBeUndefined();
  });

  test('whatever it reads, the YAML parser reads the same, without an error', () => {
    const piece = fc.constantFrom('a', 'Z', '第', 'é', ' ', '  ', '\t', '#', ':', ': ', "'", '"', '-', '- ', '?', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '~', '1', '0x1', '.', 'e3', 'null', 'true', 'False', '\r', '\u0085', '\u2028', '\ufeff', '\u00a0', '\u3000', '\\', '...', '---');
    // Mostly a letter first (the case it reads), sometimes anything.
    const first = fc.oneof({ arbitrary: fc.constantFrom('a', 'Z', '第', 'é', 'n', 't', 'F'), weight: 4 }, { arbitrary: piece, weight: 1 });
    const value = fc.tuple(first, fc.array(piece, { maxLength: 8 })).map(([f, p]) => f + p.join(''));
    const keys = fc.oneof({ arbitrary: fc.shuffledSubarray(['id', 'title', 'summary'], { minLength: 1 }), weight: 4 }, { arbitrary: fc.array(fc.constantFrom('id', 'title', 'Title', 'other'), { minLength: 1, maxLength: 4 }), weight: 1 });
    const separator = fc.oneof({ arbitrary: fc.constant(': '), weight: 4 }, { arbitrary: fc.constantFrom(':  ', ':', ':\t'), weight: 1 });
    const lines = keys.chain((ks) => fc.tuple(...ks.map((k) => fc.tuple(separator, value).map(([sep, v]) => `${k}${sep}${v}`))));
    const yaml = fc.tuple(lines, fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => `${ls.join(eol)}${eol}`);
    let read = 0;
    fc.assert(
      fc.property(yaml, (text) => {
        const plain = plainFrontMatter(text);
        if (plain === undefined) return;
        read++;
        const doc = parseDocument(text, { uniqueKeys: true, strict: true });
        expect(doc.errors).toEqual([]);
        expect(doc.toJS()).toEqual(plain);
      }),
      { numRuns: 5000 },
    );
    // The property is about the texts it reads: enough of them must be read.
    expect(read).toBeGreaterThan(500);
  });

  test('a chapter read either way has the same front matter and findings', () => {
    for (const text of ['---\nid: a\ntitle: A\nsummary: S\n---\n\n## X {#x}\n', '---\nid: a\ntitle: "A"\nsummary: 2\n---\n', '---\nid: a\ntitle: A\n---\n']) {
      const full = parseChapter('/x/a.en.md', text, 'a', 'en');
      const quick = parseChapter('/x/a.en.md', text, 'a', 'en', { frontMatterTree: false });
      expect(quick.frontMatter).toEqual(full.frontMatter);
      expect(quick.findings).toEqual(full.findings);
      expect(quick.sections).toEqual(full.sections);
    }
  });
});
