import { describe, expect, it } from 'vitest';
import { MINI, lint, miniQuiz, packFrom } from '../helpers.js';

const QUESTION = `  - id: text-split
    type: truefalse
    ref: basics#tokens
    evidence: { zh: 切分成词元, en: split into tokens }
    prompt: { zh: 问, en: Q }
    answer: true
    explain: { zh: 是, en: yes }
`;

describe('schema', () => {
  it.each([
    ['a wrong type', 'id: basics\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\npass: high\n', 'quizzes/basics.yaml:4:7', 'pass: expected number, received string'],
    ['an id that is not kebab-case', 'id: Basics_Quiz\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\npass: 0.5\n', 'quizzes/basics.yaml:1:5', 'kebab-case'],
    ['a localised value that is neither text nor a map', 'id: basics\ntitle: 42\ntopic: basics\npass: 0.5\n', 'quizzes/basics.yaml:2:8', 'expected text or a map'],
    ['a missing field', 'id: basics\ntopic: basics\npass: 0.5\n', 'quizzes/basics.yaml:1:1', 'missing required field'],
  ])('reports %s at the node', async (_name, header, at, message) => {
    const root = packFrom(MINI, { 'quizzes/basics.yaml': miniQuiz(QUESTION, header) });
    expect(await lint(root, ['schema'])).toMatchObject([{ at, message: expect.stringContaining(message), severity: 'error' }]);
  });

  it('points into a localised map at the language that is wrong', async () => {
    const root = packFrom(MINI, { 'quizzes/basics.yaml': miniQuiz(QUESTION.replace('prompt: { zh: 问, en: Q }', 'prompt: { zh: 问, en: 7 }')) });
    expect(await lint(root, ['schema'])).toMatchObject([{ at: 'quizzes/basics.yaml:10:26', message: 'questions[0].prompt.en: expected string, received number' }]);
  });

  it('is quiet on a valid pack', async () => {
    expect(await lint(MINI, ['schema'])).toEqual([]);
  });
});
