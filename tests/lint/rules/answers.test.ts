import { describe, expect, it } from 'vitest';
import { MINI, lint, miniQuiz, packFrom } from '../helpers.js';

const BASE = `  - id: q
    ref: basics#tokens
    evidence: { zh: 切分成词元, en: split into tokens }
    prompt: { zh: 问, en: Q }
    explain: { zh: 是, en: yes }
`;
// `type` is on line 11 (after the header's 5 lines and the 5 base lines); a list's first item on line 13.
const q = (type: string, fields: string) => miniQuiz(`${BASE}    type: ${type}\n${fields}`);
const choice = (zh: string, en: string, correct = false) => `      - text: { zh: ${zh}, en: ${en} }\n${correct ? '        correct: true\n' : ''}`;

describe('answers', () => {
  it.each([
    ['single with two correct choices', q('single', `    choices:\n${choice('甲', 'A', true)}${choice('乙', 'B', true)}`), 'quizzes/basics.yaml:13:7', '2 correct choices; a single-choice question needs exactly one'],
    ['single with no correct choice', q('single', `    choices:\n${choice('甲', 'A')}${choice('乙', 'B')}`), 'quizzes/basics.yaml:13:7', '0 correct choices; a single-choice question needs exactly one'],
    ['single with one choice', q('single', `    choices:\n${choice('甲', 'A', true)}`), 'quizzes/basics.yaml:13:7', '1 choices; this question type needs 2 or more'],
    ['multiple with two choices', q('multiple', `    choices:\n${choice('甲', 'A', true)}${choice('乙', 'B')}`), 'quizzes/basics.yaml:13:7', '2 choices; this question type needs 3 or more'],
    ['multiple with no correct choice', q('multiple', `    choices:\n${choice('甲', 'A')}${choice('乙', 'B')}${choice('丙', 'C')}`), 'quizzes/basics.yaml:13:7', 'no correct choice; a multiple-choice question needs at least one'],
    ['duplicate choice texts (one language)', q('single', `    choices:\n${choice('甲', 'A', true)}${choice('乙', 'a')}`), 'quizzes/basics.yaml:15:28', "duplicate choice 'a' (en)"],
    ['order with two items', q('order', '    items:\n      - { zh: 一, en: one }\n      - { zh: 二, en: two }\n'), 'quizzes/basics.yaml:13:7', '2 items; this question type needs 3 or more'],
    ['order with a repeated item', q('order', '    items:\n      - { zh: 一, en: one }\n      - { zh: 二, en: two }\n      - { zh: 一, en: three }\n'), 'quizzes/basics.yaml:15:15', "duplicate item '一' (zh)"],
    ['match with two pairs', q('match', '    pairs:\n      - { left: { zh: 一, en: one }, right: { zh: 甲, en: a } }\n      - { left: { zh: 二, en: two }, right: { zh: 乙, en: b } }\n'), 'quizzes/basics.yaml:13:7', '2 pairs; this question type needs 3 or more'],
    ['match with a repeated right side', q('match', '    pairs:\n      - { left: { zh: 一, en: one }, right: { zh: 甲, en: a } }\n      - { left: { zh: 二, en: two }, right: { zh: 乙, en: b } }\n      - { left: { zh: 三, en: three }, right: { zh: 丙, en: b } }\n'), 'quizzes/basics.yaml:15:59', "duplicate right side 'b' (en)"],
  ])('reports %s', async (_name, yaml, at, message) => {
    expect(await lint(packFrom(MINI, { 'quizzes/basics.yaml': yaml }), ['answers'])).toEqual([expect.objectContaining({ at, message, severity: 'error' })]);
  });

  it.each([
    ['0', 'pass is 0; it must be more than 0 and at most 1'],
    ['1.01', 'pass is 1.01; it must be more than 0 and at most 1'],
    ['-0.5', 'pass is -0.5; it must be more than 0 and at most 1'],
  ])('reports pass: %s at the pass', async (pass, message) => {
    const yaml = miniQuiz(`${BASE}    type: truefalse\n    answer: true\n`, `id: basics\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\npass: ${pass}\n`);
    expect(await lint(packFrom(MINI, { 'quizzes/basics.yaml': yaml }), ['answers'])).toEqual([expect.objectContaining({ at: 'quizzes/basics.yaml:4:7', message })]);
  });

  it.each([
    ['single', `    choices:\n${choice('甲', 'A', true)}${choice('乙', 'B')}`],
    ['multiple', `    choices:\n${choice('甲', 'A', true)}${choice('乙', 'B', true)}${choice('丙', 'C')}`],
    ['order', '    items:\n      - { zh: 一, en: one }\n      - { zh: 二, en: two }\n      - { zh: 三, en: three }\n'],
    ['numeric', '    answer: 175000000000\n    tolerance: 0.05\n    unit: { zh: 个, en: parameters }\n'],
    ['match', '    pairs:\n      - { left: { zh: 一, en: one }, right: { zh: 甲, en: a } }\n      - { left: { zh: 二, en: two }, right: { zh: 乙, en: b } }\n      - { left: { zh: 三, en: three }, right: { zh: 丙, en: c } }\n'],
    ['truefalse', '    answer: false\n'],
  ])('is quiet on a sound %s question, and pass: 1', async (type, fields) => {
    const yaml = miniQuiz(`${BASE}    type: ${type}\n${fields}`, 'id: basics\ntitle: { zh: 测验, en: Quiz }\ntopic: basics\npass: 1\n');
    expect(await lint(packFrom(MINI, { 'quizzes/basics.yaml': yaml }), ['answers', 'schema'])).toEqual([]);
  });
});
