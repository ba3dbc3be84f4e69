/**
 * OSC 8 links carry only printable ASCII: a link target with CJK, spaces,
 * bidi controls or lone surrogates is percent-encoded, so no terminal can
 * read part of it as text or as the end of the sequence.
 */
import { describe, expect, it } from 'vitest';
import { markdownRenderer } from '../helpers/markdown.js';
import { createTheme } from '../../src/render/theme.js';
import { rawSequences } from './raw.js';

const render = markdownRenderer({ width: 80, theme: createTheme(2), hyperlinks: true });

describe('hyperlink targets', () => {
  it.each([
    ['an autolink running into CJK text (found by the fuzzer)', 'see https://example.com/成。 now', 'https://example.com/%E6%88%90%E3%80%82'],
    ['a link with a bidi override (removed) and a lone surrogate (U+FFFD)', '[x](https://example.com/a\u202eb\ud800c)', 'https://example.com/ab%EF%BF%BDc'],
  ])('%s', (_, markdown, target) => {
    const out = render(markdown);
    expect(out).toContain(`\u001b]8;;${target}\u001b\\`);
    expect(rawSequences(out, { colour: true, hyperlinks: true })).toEqual([]);
  });

  it('leaves a plain ASCII target as it is', () => {
    expect(render('[x](https://example.com/a?b=c#d)')).toContain('\u001b]8;;https://example.com/a?b=c#d\u001b\\');
  });
});
