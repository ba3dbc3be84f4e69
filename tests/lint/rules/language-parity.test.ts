import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, MINI, lint, packFrom } from '../helpers.js';

const quiz = readFileSync(join(MINI, 'quizzes/basics.yaml'), 'utf8');
const model = (name: string) => `models:\n  - id: x\n    name: ${name}\n    org: { zh: 甲, en: A }\n    year: 2020\n    params: null\n    origin: china\n    ref: basics\n`;

describe('language-parity', () => {
  it.each([
    ['a missing language', { 'quizzes/basics.yaml': quiz.replace('title: { zh: 基础测验, en: Basics quiz }', 'title: { zh: 基础测验 }') }, 'quizzes/basics.yaml:2:8', 'missing en text'],
    ['an extra language, at its key', { 'quizzes/basics.yaml': quiz.replace('title: { zh: 基础测验, en: Basics quiz }', 'title: { zh: 基础测验, en: Basics quiz, fr: Quiz }') }, 'quizzes/basics.yaml:2:37', "'fr' is not a language of this pack (zh, en)"],
    ['an empty text', { 'quizzes/basics.yaml': quiz.replace('explain: { zh: 是的。, en: Yes. }', 'explain: { zh: 是的。, en: "" }') }, 'quizzes/basics.yaml:23:25', 'the en text is empty'],
    ['a plain string in a two-language pack', { 'quizzes/basics.yaml': quiz.replace('title: { zh: 基础测验, en: Basics quiz }', 'title: Basics quiz') }, 'quizzes/basics.yaml:2:8', 'a plain value in a pack with several languages; write a map with zh, en'],
    ['a list missing a language', { 'content/glossary.yaml': 'terms:\n  - id: w\n    term: { zh: 词, en: word }\n    aliases: { zh: [字] }\n    definition: { zh: 词。, en: A word. }\n    ref: basics\n' }, 'content/glossary.yaml:4:14', 'missing en text'],
    ['a topic name missing a language', { 'content/course.yaml': 'id: mini\ntitle: { zh: 迷你, en: Mini }\nlanguages: [zh, en]\nchapters: [basics]\ntopics:\n  basics: { en: Basics }\n' }, 'content/course.yaml:6:11', 'missing zh text'],
  ])('reports %s', async (_name, files, at, message) => {
    expect(await lint(packFrom(MINI, files), ['language-parity'])).toEqual([expect.objectContaining({ at, message })]);
  });

  it('lets a model name be one plain string for every language', async () => {
    expect(await lint(packFrom(MINI, { 'content/models.yaml': model('GPT-3') }), ['language-parity'])).toEqual([]);
    expect(await lint(packFrom(MINI, { 'content/models.yaml': model('{ zh: 文心一言, en: ERNIE Bot }') }), ['language-parity'])).toEqual([]);
  });

  it('lets a one-language pack use plain strings', async () => {
    expect(await lint(join(FIXTURES, 'lint-third-party'), ['language-parity'])).toEqual([]);
  });

  it('is quiet when every text has every language', async () => {
    expect(await lint(MINI, ['language-parity'])).toEqual([]);
  });
});
