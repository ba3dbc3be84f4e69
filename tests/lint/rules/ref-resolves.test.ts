import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI, lint, packFrom } from '../helpers.js';

const quiz = readFileSync(join(MINI, 'quizzes/basics.yaml'), 'utf8');
const TERM = (ref: string) => `terms:\n  - id: word\n    term: { zh: 词, en: word }\n    definition: { zh: 词。, en: A word. }\n    ref: ${ref}\n`;
const STAGE = (ref: string) => `stages:\n  - id: one\n    name: { zh: 一, en: One }\n    period: { zh: 早期, en: Early }\n    idea: { zh: 想法, en: Idea }\n    ref: ${ref}\n`;

describe('ref-resolves', () => {
  it.each([
    ['a question ref to an unknown chapter', { 'quizzes/basics.yaml': quiz.replace('ref: basics#probability', 'ref: basic#probability') }, 'quizzes/basics.yaml:8:10', "ref 'basic#probability': there is no chapter 'basic' (did you mean 'basics'?)"],
    ['a question ref to an unknown section', { 'quizzes/basics.yaml': quiz.replace('ref: basics#tokens', 'ref: basics#token') }, 'quizzes/basics.yaml:19:10', "ref 'basics#token': chapter 'basics' has no section 'token' (zh, en) (did you mean 'tokens'?)"],
    ['a term ref', { 'content/glossary.yaml': TERM('nowhere') }, 'content/glossary.yaml:5:10', "ref 'nowhere': there is no chapter 'nowhere'"],
    ['a timeline stage ref', { 'content/timeline.yaml': STAGE('basics#nothing') }, 'content/timeline.yaml:6:10', "ref 'basics#nothing': chapter 'basics' has no section 'nothing' (zh, en)"],
  ])('reports %s at the ref', async (_name, files, at, message) => {
    expect(await lint(packFrom(MINI, files), ['ref-resolves'])).toEqual([expect.objectContaining({ at, message })]);
  });

  it('names only the languages whose file lacks the section', async () => {
    const en = readFileSync(join(MINI, 'content/basics.en.md'), 'utf8').replace('{#tokens}', '{#words}');
    const [finding] = await lint(packFrom(MINI, { 'content/basics.en.md': en }), ['ref-resolves']);
    expect(finding!.message).toContain("has no section 'tokens' (en)");
  });

  it('is quiet on refs to chapters and sections that exist', async () => {
    expect(await lint(packFrom(MINI, { 'content/glossary.yaml': TERM('basics'), 'content/timeline.yaml': STAGE('basics#tokens') }), ['ref-resolves'])).toEqual([]);
  });
});
