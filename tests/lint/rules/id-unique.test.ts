import { describe, expect, it } from 'vitest';
import { MINI, lint, miniQuiz, packFrom } from '../helpers.js';

const TF = (id: string) => `  - id: ${id}
    type: truefalse
    ref: basics#tokens
    evidence: { zh: 切分成词元, en: split into tokens }
    prompt: { zh: 问, en: Q }
    answer: true
    explain: { zh: 是, en: yes }
`;
const TERM = (id: string) => `  - id: ${id}\n    term: { zh: 词, en: word }\n    definition: { zh: 词。, en: A word. }\n    ref: basics\n`;

describe('id-unique', () => {
  it.each([
    ['chapters in the manifest', { 'content/course.yaml': 'id: mini\ntitle: { zh: 迷你, en: Mini }\nlanguages: [zh, en]\nchapters: [basics, basics]\ntopics:\n  basics: { zh: 基础, en: Basics }\n' }, 'content/course.yaml:4:20', "duplicate chapter id 'basics' (first at line 4)"],
    ['sections of a chapter', { 'content/basics.en.md': '---\nid: basics\ntitle: t\nsummary: s\n---\n\n## A {#probability}\n\nassigns a probability\n\n## B {#probability}\n\nsplit into tokens\n' }, 'content/basics.en.md:11:1', "duplicate section id 'probability' (first at line 7)"],
    ['questions in one quiz', { 'quizzes/basics.yaml': miniQuiz(TF('q') + TF('q')) }, 'quizzes/basics.yaml:13:9', "duplicate question id 'q' (first at line 6)"],
    ['questions across quizzes', { 'quizzes/basics.yaml': miniQuiz(TF('q')), 'quizzes/more.yaml': miniQuiz(TF('q'), 'id: more\ntitle: { zh: 更多, en: More }\ntopic: basics\npass: 0.5\n') }, 'quizzes/more.yaml:6:9', "duplicate question id 'q' (first at quizzes/basics.yaml:6)"],
    ['terms', { 'content/glossary.yaml': `terms:\n${TERM('word')}${TERM('word')}` }, 'content/glossary.yaml:6:9', "duplicate entry id 'word' (first at line 2)"],
  ])('reports duplicate %s at the second one', async (_name, files, at, message) => {
    expect(await lint(packFrom(MINI, files), ['id-unique'])).toMatchObject([{ at, message }]);
  });

  it('reports duplicate models', async () => {
    const model = (id: string) => `  - id: ${id}\n    name: X\n    org: { zh: 甲, en: A }\n    year: 2020\n    params: null\n    origin: china\n    ref: basics\n`;
    const root = packFrom(MINI, { 'content/models.yaml': `models:\n${model('x')}${model('y')}${model('x')}` });
    expect(await lint(root, ['id-unique'])).toMatchObject([{ at: 'content/models.yaml:16:9' }]);
  });

  it('is quiet when ids are unique', async () => {
    expect(await lint(packFrom(MINI, { 'content/glossary.yaml': `terms:\n${TERM('a')}${TERM('b')}` }), ['id-unique'])).toEqual([]);
  });
});
