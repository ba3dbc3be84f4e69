import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

describe('yaml-syntax', () => {
  it.each([
    ['a key indented under a scalar', 'id: basics\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\n  pass: 0.5\n', 'quizzes/basics.yaml:3:8'],
    ['a duplicate key', 'id: basics\ntitle: { zh: 测验, en: Quiz }\nid: again\n', 'quizzes/basics.yaml:3:1'],
    ['an unclosed flow map', 'id: basics\ntitle: { zh: 测验, en: Quiz\ntopic: basics\n', 'quizzes/basics.yaml:3:1'],
    ['a tab used for indentation', 'id: basics\nquestions:\n\t- id: x\n', 'quizzes/basics.yaml:3:1'],
  ])('reports %s at its line', async (_name, text, at) => {
    const findings = await lint(packFrom(MINI, { 'quizzes/basics.yaml': text }), ['yaml-syntax']);
    expect(findings[0]).toMatchObject({ at, severity: 'error' });
  });

  it('reports a front matter syntax error at its line in the chapter file', async () => {
    const root = packFrom(MINI, { 'content/basics.en.md': '---\nid: basics\ntitle: [Basics\nsummary: s\n---\n\n## Probability {#probability}\n\nassigns a probability\n' });
    // The flow sequence opened on file line 3 is found unclosed on line 4: the front matter's offset is added.
    expect(await lint(root, ['yaml-syntax'])).toMatchObject([{ at: 'content/basics.en.md:4:1' }]);
  });

  it('is quiet on valid YAML', async () => {
    expect(await lint(MINI, ['yaml-syntax'])).toEqual([]);
  });
});
