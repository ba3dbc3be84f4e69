import { describe, expect, it } from 'vitest';
import { responseFromJson } from '../../../src/quiz/engine/answer-input.js';
import { match, multiple, numeric, order, single, truefalse } from '../questions.js';
import type { Question } from '../../../src/course/schema.js';

describe('responseFromJson', () => {
  it.each<[string, Question, unknown, unknown]>([
    ['single index', single, 1, { type: 'single', choice: 1 }],
    ['single text', single, 'Right', { type: 'single', choice: 1 }],
    ['single text in Chinese, any case and width', single, ' 对 ', { type: 'single', choice: 1 }],
    ['single text ignoring case', single, 'wrong a', { type: 'single', choice: 0 }],
    ['multiple', multiple, [0, 'R2'], { type: 'multiple', choices: [0, 2] }],
    ['multiple empty', multiple, [], { type: 'multiple', choices: [] }],
    ['truefalse', truefalse, false, { type: 'truefalse', value: false }],
    ['truefalse as a string', truefalse, 'true', { type: 'truefalse', value: true }],
    ['order indices', order, [1, 0, 2, 3], { type: 'order', order: [1, 0, 2, 3] }],
    ['order texts', order, ['second', '一', 'third', 'fourth'], { type: 'order', order: [1, 0, 2, 3] }],
    ['numeric number', numeric, 175e9, { type: 'numeric', value: 175e9 }],
    ['numeric string', numeric, '1750亿', { type: 'numeric', value: 175e9, text: '1750亿' }],
    ['numeric with unit', numeric, '175B parameters', { type: 'numeric', value: 175e9, text: '175B parameters' }],
    ['match array of indices', match, [0, 1, 3, 2], { type: 'match', pairs: [0, 1, 3, 2] }],
    ['match array of texts', match, ['R1', '右2', 'R3', null], { type: 'match', pairs: [0, 1, 2, -1] }],
    ['match object', match, { L1: 'R1', 左2: 1, L4: 'R3' }, { type: 'match', pairs: [0, 1, -1, 2] }],
    ['null is no answer', single, null, { type: 'none' }],
  ])('%s', (_, question, raw, response) => {
    expect(responseFromJson(question, raw)).toEqual({ ok: true, response });
  });

  it.each<[string, Question, unknown]>([
    ['single out of range', single, 3],
    ['single unknown text', single, 'Nope'],
    ['single boolean', single, true],
    ['multiple not an array', multiple, 0],
    ['multiple with an unknown text', multiple, ['R1', 'zz']],
    ['truefalse number', truefalse, 1],
    ['order missing an item', order, [0, 1, 2]],
    ['order repeated item', order, [0, 1, 1, 2]],
    ['numeric nonsense', numeric, 'lots'],
    ['numeric infinite', numeric, Number.POSITIVE_INFINITY],
    ['match too short', match, [0, 1]],
    ['match unknown left', match, { L9: 'R1' }],
    ['match string', match, 'R1'],
  ])('refuses %s', (_, question, raw) => {
    expect(responseFromJson(question, raw)).toEqual({ ok: false });
  });
});
