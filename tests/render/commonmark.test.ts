/**
 * CommonMark 0.31.2 spec examples (and GFM task lists) that rendered wrongly
 * (issue 18 item 10): named entities beyond six, invalid numeric references,
 * raw tabs, task list boxes, and a quote holding nested lists at width 20.
 */
import { describe, expect, test } from 'vitest';
import { decodeHTMLStrict } from 'entities/decode';
import { markdownRenderer } from '../helpers/markdown.js';
import { createTheme } from '../../src/render/theme.js';
import { expandTabs } from '../../src/text/tabs.js';
import { displayWidth } from '../../src/text/width.js';

const render = (md: string, width = 80) => markdownRenderer({ width, theme: createTheme(0), hyperlinks: false, entities: decodeHTMLStrict })(md);

describe('entity references', () => {
  test('example 25: every HTML5 named entity is decoded', () => {
    const md = '&nbsp; &amp; &copy; &AElig; &Dcaron;\n&frac34; &HilbertSpace; &DifferentialD;\n&ClockwiseContourIntegral; &ngE;';
    expect(render(md)).toBe('\u00a0 & © Æ Ď ¾ ℋ ⅆ ∲ ≧̸\n');
    expect(render('&mdash; &hellip; &times; &ldquo;x&rdquo;')).toBe('— … × “x”\n');
  });

  test('example 26: numeric references; &#0; becomes U+FFFD', () => {
    expect(render('&#35; &#1234; &#992; &#0;')).toBe('# Ӓ Ϡ \ufffd\n');
    expect(render('&#X22; &#XD06; &#xcab;')).toBe('" ആ ಫ\n');
  });

  test('example 28: what is not an entity is kept as text, not deleted', () => {
    const md = '&nbsp &x; &#; &#x;\n&#87654321;\n&#abcdef0;\n&ThisIsNotDefined; &hi?;';
    expect(render(md)).toBe('&nbsp &x; &#; &#x; &#87654321; &#abcdef0; &ThisIsNotDefined; &hi?;\n');
  });

  test('never decoded into a control character', () => {
    expect(render('a &#x1b;[31m &#x9b;b &#7;c')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('tabs', () => {
  test('no TAB reaches the terminal: expanded to stops of four, in text, code spans and code blocks', () => {
    for (const md of ['a\tb\tc', '`x\ty`', '\tfoo\tbaz\t\tbim', '- foo\n\n\t\tbar', '#\tFoo', '> \tquoted']) {
      expect(render(md), JSON.stringify(md)).not.toContain('\t');
    }
    expect(render('a\tb\tc\n\nab\tc')).toBe('a   b   c\n\nab  c\n');
    expect(render('\tfoo\tbaz\t\tbim')).toBe('  foo baz     bim\n');
  });

  test('expandTabs counts wide characters as two columns', () => {
    expect(expandTabs('中\tx')).toBe('中  x');
    expect(expandTabs('ab\tc\nx\ty', 1)).toBe('ab c\nx   y');
  });
});

describe('lists', () => {
  test('GFM task lists: one box in the marker, the text on the same line', () => {
    expect(render('- [x] done\n- [ ] todo\n- [X] done too')).toBe('- [x] done\n- [ ] todo\n- [x] done too\n');
  });

  test('a quote holding a list holding an ordered list fits width 20, continuation lines hanging under the text', () => {
    const md = '> 1. one two three four five six\n>    - alpha beta gamma delta epsilon\n>      1. nested ordered item with long words';
    const lines = render(md, 20).trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(20);
    expect(lines).toEqual([
      '> 1. one two three',
      '>    four five six',
      '>    - alpha beta',
      '>      gamma delta',
      '>      epsilon',
      '>      1. nested',
      '>         ordered',
      '>         item with',
      '>         long words',
    ]);
  });

  test.each([20, 24, 30])('nothing nested deeper than the room allows overflows width %i', (width) => {
    const md = '> > - a list item with several words\n> >   1. and a nested ordered one with more words\n> >      - and deeper again with words';
    for (const line of render(md, width).split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });
});
