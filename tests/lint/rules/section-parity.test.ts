import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

const chapter = (...sections: string[]) => `---\nid: basics\ntitle: t\nsummary: s\n---\n\n${sections.map((id) => `## ${id} {#${id}}\n\ntext\n`).join('\n')}`;
// Section n (0-based) of `chapter` starts on line 7 + 4n.

describe('section-parity', () => {
  it.each([
    ['an extra section', chapter('probability', 'tokens', 'extra'), 'content/basics.en.md:15:1', "section 'extra' is not in the zh file"],
    ['a missing section, where it should be', chapter('tokens'), 'content/basics.en.md:7:1', "section 'probability' of the zh file is missing here"],
    ['sections out of order', chapter('tokens', 'probability'), 'content/basics.en.md:7:1', "section 'tokens' is out of order: the zh file has 'probability' here"],
  ])('reports %s in the other language', async (_name, text, at, message) => {
    expect(await lint(packFrom(MINI, { 'content/basics.en.md': text }), ['section-parity'])).toEqual([expect.objectContaining({ at, message })]);
  });

  it('is quiet when sections agree', async () => {
    expect(await lint(MINI, ['section-parity'])).toEqual([]);
  });
});
