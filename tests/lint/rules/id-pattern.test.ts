import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

const EN = '---\nid: basics\ntitle: Basics\nsummary: s\n---\n\n## Probability {#probability}\n\nassigns a probability\n\n### Detail {#Some_Detail}\n\nText.\n\n## Tokens {#tokens}\n\nsplit into tokens\n';

describe('id-pattern', () => {
  it('reports a section anchor that is not kebab-case at its column', async () => {
    const root = packFrom(MINI, { 'content/basics.en.md': EN });
    expect(await lint(root, ['id-pattern'])).toMatchObject([{ at: 'content/basics.en.md:11:12', message: "anchor '{#Some_Detail}' is not a lowercase kebab-case id" }]);
  });

  it.each([
    ['a chapter file', 'content/Basics.en.md', '---\nid: basics\ntitle: t\nsummary: s\n---\n'],
    ['a quiz file', 'quizzes/Bad_Quiz.yaml', 'id: bad-quiz\n'],
  ])('reports %s whose name is not an id', async (_name, path, text) => {
    const root = packFrom(MINI, { [path]: text });
    expect(await lint(root, ['id-pattern'])).toMatchObject([{ at: `${path}:1:1`, severity: 'error' }]);
  });

  it('is quiet when every name and anchor is an id', async () => {
    expect(await lint(MINI, ['id-pattern'])).toEqual([]);
  });
});
