import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stripAnsi } from '../../src/text/ansi.js';
import { isNoEnd, isNoStart } from '../../src/text/kinsoku.js';
import { displayWidth, graphemes } from '../../src/text/width.js';
import { joinSoftBreaks, lex, wrapText } from '../../src/text/wrap.js';

const chalk = new Chalk({ level: 1 });
const plain = (lines: string[]) => lines.map(stripAnsi);

describe('wrapText', () => {
  test('breaks between CJK characters to fill the width', () => {
    expect(wrapText('语言模型给词序列分配概率', 10)).toEqual(['语言模型给', '词序列分配', '概率']);
  });

  test('keeps Latin words and numbers whole and breaks at CJK/Latin boundaries', () => {
    const lines = wrapText('模型GPT-3拥有1750亿个参数和transformer结构', 12);
    expect(lines).toEqual(['模型GPT-3拥', '有1750亿个参', '数和', 'transformer', '结构']);
  });

  test('a kept phrase is never broken: on a line of its own, and whole when wider than the line', () => {
    const keep = ['lm-quiz --pack /tmp/my pack'];
    expect(wrapText('Test yourself with lm-quiz --pack /tmp/my pack now.', 30, 30, { keep })).toEqual(['Test yourself with', 'lm-quiz --pack /tmp/my pack', 'now.']);
    expect(wrapText('自测：lm-quiz --pack /tmp/my pack。', 12, 12, { keep })).toEqual(['自测：', 'lm-quiz --pack /tmp/my pack。']);
    // Without `keep`, the same text breaks at the phrase's spaces; a private-use character in the text is left alone.
    expect(wrapText('自测：lm-quiz --pack /tmp/my pack。', 12)).toEqual(['自测：', 'lm-quiz', '--pack', '/tmp/my', 'pack。']);
    expect(wrapText('a\ue000b lm-quiz --pack /tmp/my pack', 12, 12, { keep })).toEqual(['a\ue000b lm-quiz', '--pack', '/tmp/my pack']);
  });

  test('a kept phrase is not broken between its characters either: not inside <词>, nor after a space before CJK', () => {
    const keep = ['search <词>', '130 被中断', '课程包无效'];
    // Without `keep`, a line may break between `<` and `词`, and after `130 `.
    expect(wrapText('更多：search <词> · term', 14)).toEqual(['更多：search <', '词> · term']);
    expect(wrapText('更多：search <词> · term', 14, 14, { keep })).toEqual(['更多：', 'search <词> ·', 'term']);
    expect(wrapText('无法读取；130 被中断。', 16, 16, { keep })).toEqual(['无法读取；', '130 被中断。']);
    expect(wrapText('程序：课程包无效。', 12, 12, { keep })).toEqual(['程序：', '课程包无效。']);
    // Wider than the line, whole on a line of its own; and a private-use character in text is left alone.
    expect(wrapText('课程包无效', 6, 6, { keep })).toEqual(['课程包无效']);
    expect(wrapText('a\ue001b 课程包无效', 6, 6, { keep })).toEqual(['a\ue001b 课', '程包无', '效']);
  });

  test('English wraps at spaces', () => {
    expect(wrapText('A language model assigns a probability to word sequences.', 20)).toEqual([
      'A language model',
      'assigns a',
      'probability to word',
      'sequences.',
    ]);
  });

  test('no line starts with closing punctuation', () => {
    // At width 8 a plain cut would put '，' at the start of line 2.
    const lines = wrapText('一二三四，五六七八。九十', 8);
    expect(lines).toEqual(['一二三', '四，五六', '七八。九', '十']);
    for (const line of lines) expect(isNoStart([...line][0]!)).toBe(false);
  });

  test('a middle dot (· or ・) never starts a line: a separator stays at the end of the line before', () => {
    const keep = ['lm-explain list', 'search <词>', 'term <词>'];
    const hint = '更多：lm-explain list · search <词> · term <词> · models · timeline · --help';
    // Before, width 18 gave 'term <词> · models' then '· timeline ·'.
    expect(wrapText(hint, 18, 18, { keep })).toEqual(['更多：', 'lm-explain list ·', 'search <词> ·', 'term <词> ·', 'models ·', 'timeline · --help']);
    expect(wrapText('More: list · search · term · models', 14)).toEqual(['More: list ·', 'search ·', 'term · models']);
    // Between CJK characters (a transliterated name) the dot goes with the character before it.
    expect(wrapText('约翰·史密斯和玛丽・居里', 6)).toEqual(['约翰·', '史密斯', '和玛', '丽・居', '里']);
    // Only a word wider than the line less its ` ·` lets a dot start a line: the line breaks at the space before it rather than cut the word.
    expect(wrapText(hint, 9, 9, { keep }).slice(-3)).toEqual(['models ·', 'timeline', '· --help']);
    // Not ' · 9 道题', a line starting with the space the cut of an over-long box left there.
    expect(wrapText('(how-models-write) · 9 道题', 18)).toEqual(['(how-models-write)', '· 9 道题']);
    for (let width = 10; width <= 40; width++) {
      for (const text of [hint, 'a · b · c · d · e · f · g · h', '甲·乙·丙·丁・戊・己・庚']) {
        for (const line of wrapText(text, width, width, { keep })) expect(['·', '・']).not.toContain([...line][0]);
      }
    }
  });

  test('no line ends with opening punctuation', () => {
    const lines = wrapText('一二三「四五六」七八', 8);
    expect(lines).toEqual(['一二三', '「四五', '六」七八']);
  });

  test('full-width brackets stay with the Latin text they enclose', () => {
    expect(wrapText('统计语言模型（SLM）基于统计', 14)).toEqual(['统计语言模型', '（SLM）基于统', '计']);
  });

  test('—— and …… are never split', () => {
    const lines = wrapText('一二三——四五六……七', 8);
    for (const line of lines) {
      expect(line.startsWith('—')).toBe(false);
      expect(line.startsWith('…')).toBe(false);
    }
  });

  test('a token longer than the width is cut between grapheme clusters', () => {
    const lines = wrapText('https://example.org/a/very/long/path/that/never/ends', 16);
    expect(lines).toEqual(['https://example.', 'org/a/very/long/', 'path/that/never/', 'ends']);
  });

  test('emoji count two columns and are never split', () => {
    const lines = wrapText('😀😀😀😀😀👨‍👩‍👧👨‍👩‍👧', 5);
    expect(lines).toEqual(['😀😀', '😀😀', '😀👨‍👩‍👧', '👨‍👩‍👧']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(5);
  });

  test('hard breaks are kept', () => {
    expect(wrapText('第一行\n第二行', 20)).toEqual(['第一行', '第二行']);
  });

  test('styles open at a break are closed at the line end and reopened on the next line', () => {
    const lines = wrapText(`这是${chalk.bold('很长的一段加粗文字')}。`, 10);
    expect(plain(lines)).toEqual(['这是很长的', '一段加粗文', '字。']);
    expect(lines[0]).toBe('这是\u001b[1m很长的\u001b[0m');
    expect(lines[1]).toBe('\u001b[1m一段加粗文\u001b[0m');
    expect(lines[2]).toBe('\u001b[1m字\u001b[22m。');
  });

  test('a hyperlink is closed at the end of each line and reopened', () => {
    const link = '\u001b]8;;https://x.org\u001b\\一二三四五六\u001b]8;;\u001b\\';
    const lines = wrapText(link, 6);
    expect(lines).toEqual([
      '\u001b]8;;https://x.org\u001b\\一二三\u001b]8;;\u001b\\',
      '\u001b]8;;https://x.org\u001b\\四五六\u001b]8;;\u001b\\',
    ]);
  });
});

describe('painted spaces', () => {
  test('spaces under a background colour are cells, kept inside the colour and never a break', () => {
    const bar = `${chalk.bgCyan('     ')} 175B`;
    expect(wrapText(bar, 40)).toEqual([bar]);
    expect(wrapText(`label ${bar}`, 12)).toEqual([`label ${chalk.bgCyan('     ')}`, '175B']);
    expect(wrapText(`label ${bar}`, 10)).toEqual(['label', bar]);
  });
});

describe('joinSoftBreaks', () => {
  test('joins CJK lines without a space and other lines with one', () => {
    expect(joinSoftBreaks('第一行\n第二行 english\nword')).toBe('第一行第二行 english word');
    expect(joinSoftBreaks('中文\nEnglish')).toBe('中文 English');
  });
  test('looks through style sequences', () => {
    expect(joinSoftBreaks(`${chalk.bold('粗体')}\n中文`)).toBe(`${chalk.bold('粗体')}中文`);
  });
  test('\\r marks a hard break', () => {
    expect(joinSoftBreaks('一\r二')).toBe('一\n二');
  });
});

// Random mixed text: CJK runs, Latin words, numbers, emoji, with single punctuation marks.
const cjkChar = fc.constantFrom(...'语言模型的发展阶段统计神经预训练大参数数据词向量注意力机制中文测试');
const latinWord = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,14}$/);
const closing = fc.constantFrom(...'，。、；：！？）」』,.;:!?');
const opening = fc.constantFrom(...'（「『“([');
const atom = fc.oneof(
  fc.array(cjkChar, { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
  latinWord,
  fc.constant(' '),
  fc.constant('😀'),
  fc.tuple(cjkChar, closing).map(([a, b]) => a + b),
  fc.tuple(opening, cjkChar).map(([a, b]) => a + b),
  fc.tuple(latinWord, closing).map(([a, b]) => a + b),
);
const text = fc.array(atom, { minLength: 1, maxLength: 40 }).map((atoms) => atoms.join(''));

test('property: no line is wider than asked, none starts with closing or ends with opening punctuation, no text is lost', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 20, max: 160 }), fc.boolean(), (source, width, styled) => {
      const chars = [...source];
      const input = styled ? chalk.bold(chars.slice(0, 5).join('')) + chars.slice(5).join('') : source;
      const lines = wrapText(input, width);
      for (const line of lines) {
        const visible = stripAnsi(line);
        expect(displayWidth(visible)).toBeLessThanOrEqual(width);
        const clusters = graphemes(visible);
        if (clusters.length > 0) {
          expect(isNoStart(clusters[0]!)).toBe(false);
          expect(isNoEnd(clusters[clusters.length - 1]!)).toBe(false);
        }
      }
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      expect(squeeze(lines.map(stripAnsi).join(''))).toBe(squeeze(source));
    }),
    { numRuns: 400 },
  );
});

describe('a huge paragraph (issue #20, item 10)', () => {
  // Two million items made for a 2 MB paragraph kept the garbage collector busy a third of a show.
  test('one-unit clusters share their items: a paragraph of 24,000 characters makes a handful of objects', () => {
    const items = lex('word 語言 '.repeat(3000));
    expect(items).toHaveLength(24_000);
    expect(new Set(items).size).toBeLessThanOrEqual(8);
  });

  test('painted and plain spaces stay apart, and the text is the same', () => {
    const text = 'a b \u001b[41m  \u001b[49m c';
    const items = lex(text);
    expect(items.map((i) => i.text).join('')).toBe(text);
    expect(items.filter((i) => i.text === ' ').map((i) => i.kind)).toEqual(['space', 'space', 'char', 'char', 'space']);
  });

  // A 2 MB chapter of links, as show prints it in colour with OSC 8 links: six escapes a link. Each escape
  // was parsed again (isClosing, paints, StyleState) and every box of the paragraph held until the end.
  test('140,000 coloured links wrap in well under 1.5 s of CPU (2.6 s before; 0.85 s now), each line within the width', () => {
    const link = '\u001b]8;;http://x\u001b\\\u001b[34ma\u001b[39m\u001b]8;;\u001b\\ (\u001b[34m\u001b[4mhttp://x\u001b[24m\u001b[39m) ';
    const before = process.cpuUsage();
    const lines = wrapText(link.repeat(140_000), 80);
    const used = process.cpuUsage(before);
    expect(lines).toHaveLength(Math.ceil(140_000 / 6));
    expect(lines.every((line) => displayWidth(stripAnsi(line)) <= 80)).toBe(true);
    expect((used.user + used.system) / 1000).toBeLessThan(1500);
  });
});
