import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

describe('heading-anchor', () => {
  it('reports a ## heading without {#id} at its line, not a ### heading or one in a code block', async () => {
    const root = packFrom(MINI, {
      'content/basics.en.md': '---\nid: basics\ntitle: t\nsummary: s\n---\n\n## Probability {#probability}\n\nassigns a probability\n\n### No anchor needed\n\n```md\n## In a code block\n```\n\n## Tokens\n\nsplit into tokens\n',
    });
    expect(await lint(root, ['heading-anchor'])).toMatchObject([{ at: 'content/basics.en.md:17:1', message: "## heading 'Tokens' has no {#section-id} anchor" }]);
  });

  it('is quiet when every ## heading has an anchor', async () => {
    expect(await lint(MINI, ['heading-anchor'])).toEqual([]);
  });
});
