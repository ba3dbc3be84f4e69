import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

describe('front-matter', () => {
  it.each([
    ['missing', '## Probability {#probability}\n\nText.\n', 'missing front matter'],
    ['not closed', '---\nid: basics\ntitle: Basics\n\n## Probability {#probability}\n', 'not closed'],
  ])('reports front matter that is %s', async (_name, text, message) => {
    const root = packFrom(MINI, { 'content/basics.en.md': text });
    expect(await lint(root, ['front-matter'])).toMatchObject([{ at: 'content/basics.en.md:1:1', message: expect.stringContaining(message) }]);
  });

  it('is quiet on closed front matter', async () => {
    expect(await lint(MINI, ['front-matter'])).toEqual([]);
  });
});
