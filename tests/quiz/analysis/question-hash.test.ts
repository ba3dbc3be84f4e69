import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/course/schema.js';
import { questionHash } from '../../../src/quiz/analysis/question-hash.js';

const base: Question = {
  id: 'q',
  type: 'single',
  ref: 'basics#tokens',
  evidence: { zh: '词元', en: 'tokens' },
  prompt: { zh: '问？', en: 'Q?' },
  explain: { zh: '因为。', en: 'Because.' },
  choices: [{ text: { zh: '甲', en: 'A' }, correct: true }, { text: { zh: '乙', en: 'B' } }],
};

describe('questionHash', () => {
  it('is 12 hex digits, the same for the same question whatever its key order', () => {
    const h = questionHash(base);
    expect(h).toMatch(/^[0-9a-f]{12}$/);
    const reordered = JSON.parse(JSON.stringify({ choices: base.type === 'single' ? base.choices : [], prompt: { en: 'Q?', zh: '问？' }, type: 'single', id: 'q', ref: base.ref, evidence: base.evidence, explain: base.explain })) as Question;
    expect(questionHash(reordered)).toBe(h);
  });

  it('changes with what is asked or how it is graded, not with feedback', () => {
    const h = questionHash(base);
    const edit = (patch: object) => questionHash({ ...base, ...patch } as Question);
    expect(edit({ prompt: { zh: '问？', en: 'Q, reworded?' } })).not.toBe(h);
    expect(edit({ choices: [{ text: { zh: '甲', en: 'A' } }, { text: { zh: '乙', en: 'B' }, correct: true }] })).not.toBe(h);
    expect(edit({ explain: { zh: '另一个解释。', en: 'Another explanation.' }, ref: 'basics#probability', difficulty: 2 })).toBe(h);
  });
});
