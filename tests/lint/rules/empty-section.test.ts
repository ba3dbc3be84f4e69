import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

const FM = '---\nid: basics\ntitle: t\nsummary: s\n---\n\n';

describe('empty-section', () => {
  it.each([
    ['nothing', `${FM}## Probability {#probability}\n\n## Tokens {#tokens}\n\ntext\n`, 'content/basics.en.md:7:1'],
    ['only a comment', `${FM}## Probability {#probability}\n\ntext\n\n## Tokens {#tokens}\n\n<!-- to do -->\n`, 'content/basics.en.md:11:1'],
  ])('reports a section holding %s', async (_name, text, at) => {
    expect(await lint(packFrom(MINI, { 'content/basics.en.md': text }), ['empty-section'])).toMatchObject([{ at, severity: 'error' }]);
  });

  it('is quiet on sections with text, including one whose text is in a subsection', async () => {
    const text = `${FM}## Probability {#probability}\n\n### Detail\n\ntext\n\n## Tokens {#tokens}\n\ntext\n`;
    expect(await lint(packFrom(MINI, { 'content/basics.en.md': text }), ['empty-section'])).toEqual([]);
    expect(await lint(MINI, ['empty-section'])).toEqual([]);
  });
});
