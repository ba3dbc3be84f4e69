/**
 * Narrow widths must not break content (issue 18 item 3): tokens listed in a
 * table cell or a code block stay whole, header labels are not split, the
 * Chinese models table turns into records as the English one does, and the
 * ids `list` prints are never cut.
 */
import { describe, expect, test } from 'vitest';
import { listCommand } from '../../src/reader/list.js';
import { modelsCommand } from '../../src/reader/models.js';
import { markdownRenderer } from '../helpers/markdown.js';
import { renderTable } from '../../src/render/table.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/text/width.js';
import { reader } from '../reader/helpers.js';

const theme = createTheme(0);
const render = (md: string, width: number) => markdownRenderer({ width, theme, hyperlinks: false })(md);

describe('tables', () => {
  test('a cell of space-separated tokens wraps between tokens, never inside one', () => {
    const lines = renderTable({ header: ['切分方式', '结果', 'token 数'], rows: [['子词', '我 / 喜欢 / 大 / 语言模型', '4']] }, 30, theme);
    const text = lines.join('\n');
    expect(text).toContain('语言模型');
    expect(text).not.toMatch(/语言模\s*\|?\s*\n/);
  });

  test('header labels stay whole when the table can afford them', () => {
    const lines = renderTable({ header: ['模型', '首次公开发布', '大致时间'], rows: [['GPT-3', '2020 年 5 月，论文与 API 一同发布', '2020']] }, 40, theme);
    expect(lines[0]).toContain('首次公开发布');
    expect(lines[0]).toContain('大致时间');
  });

  test('records in Chinese use a full-width colon', () => {
    const lines = renderTable({ header: ['模型', '机构'], rows: [['GPT-3', 'OpenAI 与很多很多合作者一起完成的工作']] }, 20, theme);
    expect(lines[1]).toMatch(/^ {2}机构：OpenAI/);
  });

  test('records of a table with Chinese headers: a label without Chinese takes the full-width colon too, and an empty cell no line', () => {
    const zh = renderTable({ header: ['题目', '人次', '27%', '标记'], rows: [['lm-core-job', '2', '–', '']] }, 20, theme);
    expect(zh).toEqual(['lm-core-job', '  人次：2', '  27%：–']);
    const en = renderTable({ header: ['question', 'n', '27%', 'flags'], rows: [['lm-core-job', '2', '–', '']] }, 16, theme);
    expect(en).toEqual(['lm-core-job', '  n: 2', '  27%: –']);
  });
});

test('the built-in models at width 40: records in Chinese too, as in English (not a cramped grid)', () => {
  const builtin = { env: { LM_PACK: '' } };
  for (const lang of ['en', 'zh']) {
    const out = modelsCommand({}, reader({ lang, width: 40, ...builtin }).ctx());
    expect(out, lang).not.toMatch(/^-+\+-+\+/m);
  }
  expect(modelsCommand({}, reader({ lang: 'zh', width: 40, ...builtin }).ctx())).toMatch(/^ {2}机构：/m);
});

test('list at width 20 never cuts an id', () => {
  const out = listCommand({}, reader({ width: 20 }).ctx());
  for (const id of ['basics', 'basics#probability', 'stages#slm']) expect(out).toMatch(new RegExp(`(^|\\s)${id}$`, 'm'));
});

test('list of the built-in course at 20 and 30 columns: an id on its own line is indented only while it fits', () => {
  for (const width of [20, 30]) {
    const out = listCommand({}, reader({ width, env: { LM_PACK: '' } }).ctx());
    for (const line of out.split('\n')) {
      // Wider than the line only when the id alone is: then it starts the line.
      if (displayWidth(line) > width) expect(line, `${width}: ${line}`).toMatch(/^[a-z0-9-]+#[a-z0-9-]+$/);
    }
    if (width === 20) expect(out).toMatch(/^ {2}what-is-lm#tokens$/m);
  }
});

test('a preformatted block wider than the room: tokens stay whole, continuation lines hang under their row', () => {
  const md = '```\nby character   我 | 喜 | 欢 | 大 | 语 | 言 | 模 | 型   8 tokens\nsub-word       我 | 喜欢 | 大 | 语言模型              4 tokens\n```';
  const lines = render(md, 40).trimEnd().split('\n');
  expect(lines.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['by character', 'sub-word']);
  expect(lines.filter((l) => /^ {4}\S/.test(l)).length).toBeGreaterThan(0);
  expect(lines.join('\n')).toContain('语言模型');
});
