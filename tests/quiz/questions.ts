/** Small questions for engine tests, one per type (two languages each). */
import type { Question, Quiz } from '../../src/course/schema.js';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const base = { ref: 'basics#probability', evidence: { en: 'x', zh: 'x' }, explain: { en: 'Because.', zh: '因为。' } };

export const single: Of<'single'> = {
  ...base,
  id: 'pick-one',
  type: 'single',
  prompt: { en: 'Pick one', zh: '选一个' },
  choices: [
    { text: { en: 'Wrong A', zh: '错甲' }, why: { en: 'A is wrong.', zh: '甲错。' } },
    { text: { en: 'Right', zh: '对' }, correct: true },
    { text: { en: 'Wrong B', zh: '错乙' } },
  ],
};

export const multiple: Of<'multiple'> = {
  ...base,
  id: 'pick-many',
  type: 'multiple',
  prompt: { en: 'Pick all', zh: '全选' },
  choices: [
    { text: { en: 'R1', zh: '对1' }, correct: true },
    { text: { en: 'W1', zh: '错1' }, why: { en: 'W1 is wrong.', zh: '错1不对。' } },
    { text: { en: 'R2', zh: '对2' }, correct: true },
    { text: { en: 'W2', zh: '错2' } },
  ],
};

export const truefalse: Of<'truefalse'> = { ...base, id: 'true-or-not', type: 'truefalse', prompt: { en: 'True?', zh: '真？' }, answer: true };

export const order: Of<'order'> = {
  ...base,
  id: 'in-order',
  type: 'order',
  prompt: { en: 'Order them', zh: '排序' },
  items: [
    { en: 'first', zh: '一' },
    { en: 'second', zh: '二' },
    { en: 'third', zh: '三' },
    { en: 'fourth', zh: '四' },
  ],
};

export const numeric: Of<'numeric'> = {
  ...base,
  id: 'how-many',
  type: 'numeric',
  prompt: { en: 'How many?', zh: '多少？' },
  answer: 175_000_000_000,
  tolerance: 0.05,
  unit: { en: 'parameters', zh: '个参数' },
};

export const match: Of<'match'> = {
  ...base,
  id: 'pair-up',
  type: 'match',
  prompt: { en: 'Match', zh: '配对' },
  pairs: [
    { left: { en: 'L1', zh: '左1' }, right: { en: 'R1', zh: '右1' } },
    { left: { en: 'L2', zh: '左2' }, right: { en: 'R2', zh: '右2' } },
    { left: { en: 'L3', zh: '左3' }, right: { en: 'R3', zh: '右3' } },
    { left: { en: 'L4', zh: '左4' }, right: { en: 'R4', zh: '右4' } },
  ],
};

export const ALL: Question[] = [single, multiple, truefalse, order, numeric, match];

export function quizOf(id: string, topic: string, questions: Question[], pass = 0.7): Quiz {
  return { id, title: { en: id, zh: id }, topic, pass, questions };
}
