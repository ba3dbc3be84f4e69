import { describe, expect, test } from 'vitest';
import type { Course } from '../../src/course/course.js';
import { UsageError } from '../../src/errors.js';
import { readerMessages } from '../../src/i18n/reader.js';
import { homeCommand } from '../../src/reader/home.js';
import { listCommand } from '../../src/reader/list.js';
import { resolveChapter } from '../../src/reader/resolve.js';
import { moveCommand, showCommand } from '../../src/reader/show.js';
import { reader, text } from './helpers.js';

const ui = readerMessages('en');

describe('resolveChapter', () => {
  const course = { chapterIds: ['what-is-lm', 'stages', 'stats', 'llm'] } as unknown as Course;
  test.each([
    ['stages', 'stages'],
    ['2', 'stages'],
    ['4', 'llm'],
    ['wha', 'what-is-lm'],
    ['LLM', 'llm'],
  ])('%s is %s', (input, id) => {
    expect(resolveChapter(course, input, ui)).toBe(id);
  });
  test('an ambiguous prefix names the chapters it matches', async () => {
    expect(() => resolveChapter(course, 'sta', ui)).toThrow("'sta' matches several chapters: stages, stats");
  });
  test('an unknown chapter suggests the closest', async () => {
    expect(() => resolveChapter(course, 'stagse', ui)).toThrow("unknown chapter 'stagse'; did you mean 'stages' or 'stats'?");
    expect(() => resolveChapter(course, 'llx', ui)).toThrow("unknown chapter 'llx'; did you mean 'llm'?");
    expect(() => resolveChapter(course, '9', ui)).toThrow(UsageError);
  });
});

describe('show', () => {
  test('renders a chapter with its title, number and a footer naming the next chapter', async () => {
    const out = await showCommand({ target: 'basics' }, reader().ctx());
    expect(out.startsWith('# What is a language model?\nChapter 1 of 3 · basics\n')).toBe(true);
    expect(out).toContain('## Probability\n');
    expect(out.trimEnd().split('\n').pop()).toBe('Next: 2. Four stages   lm-explain next');
  });

  test('a section alone, with the next section in the footer', async () => {
    const out = await showCommand({ target: 'stages#slm' }, reader().ctx());
    expect(out).toContain('## Statistical language models');
    expect(out).not.toContain('## Neural language models');
    expect(out.trimEnd().split('\n').pop()).toBe('Next section: Neural language models   lm-explain show stages#nlm');
  });

  test('the last chapter says so in its footer', async () => {
    const out = await showCommand({ target: '3' }, reader().ctx());
    expect(out.trimEnd().split('\n').pop()).toBe('This is the last chapter. Test yourself with lm-quiz.');
  });

  test('an unknown section names the closest ones', async () => {
    await expect(showCommand({ target: 'stages#slmm' }, reader().ctx())).rejects.toThrow("chapter 'stages' has no section 'slmm'; did you mean 'stages#slm'?");
    try {
      await showCommand({ target: 'stages#zzz' }, reader().ctx());
      expect.unreachable();
    } catch (error) {
      expect((error as UsageError).hints).toEqual(["sections of 'stages': slm, nlm, llm"]);
    }
  });

  test('--raw prints the Markdown source', async () => {
    const out = await showCommand({ target: 'basics#tokens', raw: true }, reader().ctx());
    expect(out.startsWith('## Tokens {#tokens}\n')).toBe(true);
    expect(out).toContain('```python');
  });

  test('in Chinese, with Chinese interface text', async () => {
    const out = await showCommand({ target: 'stages' }, reader({ lang: 'zh' }).ctx());
    expect(out.startsWith('# 四个阶段\n第 2 章，共 3 章 · stages\n')).toBe(true);
    expect(out.trimEnd().split('\n').pop()).toBe('下一章：3. 代表模型   lm-explain next');
  });
});

describe('progress: next, prev, resume and home', () => {
  test('next starts at the first chapter and moves on; prev and resume follow the last shown', async () => {
    const r = reader();
    const next = moveCommand(1);
    expect(text(await next({}, r.ctx()))).toContain('# What is a language model?');
    expect(text(await next({}, r.ctx()))).toContain('# Four stages');
    expect(text(await moveCommand(0)({}, r.ctx()))).toContain('# Four stages');
    expect(text(await moveCommand(-1)({}, r.ctx()))).toContain('# What is a language model?');
    expect(text(await moveCommand(-1)({}, r.ctx()))).toBe(`${ui.atFirst}\n`);
    await showCommand({ target: 'models' }, r.ctx());
    expect(text(await next({}, r.ctx()))).toBe(`${ui.atLast}\n`);
  });

  test('home shows read, current and unread chapters and the next command', async () => {
    const r = reader();
    expect(homeCommand({}, r.ctx())).toContain('Start reading: lm-explain show basics');
    await showCommand({ target: 'basics' }, r.ctx());
    await showCommand({ target: 'stages#slm' }, r.ctx());
    const home = homeCommand({}, r.ctx());
    expect(home).toContain('Progress: 1 of 3 chapters read');
    expect(home).toMatch(/^✓ 1\. What is a language model\?  basics$/m);
    expect(home).toMatch(/^▸ 2\. Four stages  stages$/m);
    expect(home).toMatch(/^ {2}3\. Named models  models$/m);
    expect(home).toContain('Continue with Neural language models: lm-explain next');
  });

  test('next after a section goes on to the section its footer names, then on to the next chapter', async () => {
    // Issue 18 item 6: `next` after `show stages#slm` (footer: `show stages#nlm`) jumped to chapter 3.
    const r = reader();
    const next = moveCommand(1);
    await showCommand({ target: 'stages#slm' }, r.ctx());
    const nlm = text(await next({}, r.ctx()));
    expect(nlm.split('\n')[0]).toBe('Four stages · stages#nlm');
    expect(text(await moveCommand(0)({}, r.ctx())).split('\n')[0]).toBe('Four stages · stages#nlm');
    expect(text(await moveCommand(-1)({}, r.ctx())).split('\n')[0]).toBe('Four stages · stages#slm');
    await showCommand({ target: 'stages#llm' }, r.ctx());
    expect(text(await next({}, r.ctx()))).toMatch(/^# Named models\n/);
  });
});

describe('list', () => {
  test('chapters with their sections', async () => {
    const out = listCommand({}, reader().ctx());
    expect(out).toContain('1. What is a language model?  basics\n   - Probability  basics#probability\n   - Tokens  basics#tokens\n');
  });
  test('--json', async () => {
    const data = JSON.parse(listCommand({ json: true }, reader({ lang: 'zh' }).ctx()));
    expect(data.course).toEqual({ id: 'reader-fixture', title: '阅读器测试课程', lang: 'zh' });
    expect(data.chapters.map((c: { id: string }) => c.id)).toEqual(['basics', 'stages', 'models']);
    expect(data.chapters[1].sections[0]).toEqual({ id: 'slm', title: '统计语言模型', ref: 'stages#slm' });
    expect(data.chapters[0].status).toBe('unread');
  });
});

test('a chapter piped (into head, a file) moves next on but does not count as read (issue 18 item 7)', async () => {
  const r = reader({ tty: false });
  await showCommand({ target: 'basics' }, r.ctx());
  expect(homeCommand({}, r.ctx())).toContain('Progress: 0 of 3 chapters read');
  expect(text(await moveCommand(1)({}, r.ctx()))).toMatch(/^# Four stages\n/);
  const t = reader();
  await showCommand({ target: 'basics' }, t.ctx());
  expect(homeCommand({}, t.ctx())).toContain('Progress: 1 of 3 chapters read');
});
