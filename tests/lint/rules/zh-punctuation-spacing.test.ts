import { describe, expect, it } from 'vitest';
import { zhCase } from './zh-helpers.js';

describe('zh-punctuation-spacing', () => {
  it('removes spaces before and after full-width punctuation, not line breaks, not at emphasis', async () => {
    const r = await zhCase('zh-punctuation-spacing', '提供一个 setter ：然后， `x` 、 [链接](#a)\n第二行。**为什么？** 因为');
    expect(r.at).toEqual(['13:12', '13:17', '13:21', '13:23']);
    expect(r.messages[0]).toBe("remove the space in 'r ：' next to full-width punctuation");
    expect(r.fixed).toBe('提供一个 setter：然后，`x`、[链接](#a)\n第二行。**为什么？** 因为');
  });

  it('keeps the space after a bare URL: it ends the URL (found by tests/lint/fix-property.test.ts)', async () => {
    const r = await zhCase('zh-punctuation-spacing', '见 https://x.y/中 ，以及 [链接](https://a.b) ，完');
    expect(r.at).toHaveLength(1); // the space after the link's text, not the one after the bare URL
    expect(r.fixed).toBe('见 https://x.y/中 ，以及 [链接](https://a.b)，完');
  });
});
