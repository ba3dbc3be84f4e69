/**
 * Headings and the Markdown nesting limit skip fenced code the same way, and
 * the way marked does: a fence closes only on a line of the same character,
 * at least as long, with nothing else on it (so "```js" inside a fence is code).
 */
import { describe, expect, it } from 'vitest';
import { parseChapter } from '../../src/course/chapter.js';
import { proseLines } from '../../src/course/lines.js';
import { markdownTooDeep } from '../../src/course/nesting.js';

const deep = `${'['.repeat(100)}x`;

describe('proseLines', () => {
  it('skips fenced code and its fences, with offsets into the text', () => {
    const text = 'a\r\n```\n# not a heading\n```js\nstill code\n~~~~\n````\nb\n';
    expect([...proseLines(text)]).toEqual([
      { line: 'a', offset: 0 },
      { line: 'b', offset: text.indexOf('b\n') },
    ]);
  });

  it('counts a deep line after "```js" inside a fence as code, not as nesting', () => {
    expect(markdownTooDeep(`\`\`\`\n\`\`\`js\n${deep}\n\`\`\`\n`)).toBeUndefined();
    expect(markdownTooDeep(`\`\`\`\n\`\`\`\n${deep}\n`)?.offset).toBe(8);
  });

  it('finds the same headings around fences as the nesting limit skips', () => {
    const text = '---\nid: c\ntitle: T\nsummary: S\n---\n## One {#one}\n```\n## Code\n```js\n## Code too\n```\n## Two {#two}\n';
    expect(parseChapter('/p/c.en.md', text, 'c', 'en').headings.map((h) => h.title)).toEqual(['One', 'Two']);
  });
});
