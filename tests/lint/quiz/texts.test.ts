import { describe, expect, it } from 'vitest';
import { findWords } from '../../../src/lint/quiz/texts.js';

const EN = ['always', 'never', 'only', 'all', 'none'];
const EXCEPT = ['not always', 'not all', 'none of the above'];

describe('findWords', () => {
  it.each([
    ['The model always answers.', EN, { word: 'always', index: 10, length: 6 }],
    ['ALWAYS', EN, { word: 'always', index: 0, length: 6 }],
    // a Latin word inside another word does not count; a later whole one does
    ['it allows all of them', EN, { word: 'all', index: 10, length: 3 }],
    ['overall, install', EN, undefined],
    // digits and letters of any script are word characters, astral ones too
    ['all1 2all éall 𝐀all all𝐀 all', EN, { word: 'all', index: 27, length: 3 }],
    // where two start at the same place, the one listed first
    ['None of the above.', EXCEPT, { word: 'none of the above', index: 0, length: 17 }],
    ['none of the above', ['none', 'none of the above'], { word: 'none', index: 0, length: 4 }],
    // white space inside a phrase may be any run of it
    ['it is not \t always so', EXCEPT, { word: 'not always', index: 6, length: 12 }],
    // words of other scripts match anywhere; the leftmost first
    ['模型不一定正确', ['一定', '不一定'], { word: '不一定', index: 2, length: 3 }],
    ['nothing here', [], undefined],
  ] as const)('%j in %j', (text, words, expected) => {
    expect(findWords(text, words)).toEqual(expected);
  });
});
