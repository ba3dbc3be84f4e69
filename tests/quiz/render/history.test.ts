/** `lm-quiz history` as text: within the width, columns aligned, never a word or a cell cut across lines. */
import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { renderHistory, type AttemptLabel } from '../../../src/quiz/render/history.js';
import { plain } from '../../../src/quiz/render/paint.js';
import { displayWidth } from '../../../src/text/width.js';

function attempt(seed: string, title: string, points: number, max: number): AttemptLabel {
  return {
    title,
    record: {
      id: seed,
      startedAt: '2026-11-20T10:00:00Z',
      start: { mode: 'answers', seed, target: 'stages', lang: 'en', plan: [] },
      end: { status: 'finished', passed: false },
      status: 'finished',
      points,
      max,
      percent: Math.round((points / max) * 1000) / 10,
      answers: [],
    } as unknown as AttemptLabel['record'],
  };
}

const rows = [attempt('41', 'Stages of language modelling', 0, 18), attempt('254858', 'Language Models, Explained', 3, 3)];

describe('renderHistory', () => {
  it.each([120, 80, 40, 20])('fits %i columns', (width) => {
    for (const lang of ['en', 'zh']) {
      const text = renderHistory(rows, quizMessages(lang), plain, width);
      for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(text).toContain(lang === 'en' ? 'seed 254858' : '种子 254858');
    }
  });

  it('at 80 columns the seed column lines up', () => {
    const lines = renderHistory(rows, quizMessages('en'), plain, 80).split('\n').filter((l) => l.includes('seed'));
    expect(lines).toHaveLength(2);
    expect(new Set(lines.map((l) => l.indexOf('seed'))).size).toBe(1);
  });

  it('a title that does not fit goes on a line of its own, under the figures', () => {
    const text = renderHistory(rows, quizMessages('en'), plain, 60);
    expect(text).toMatch(/^ {2}\S+ \S+ {2}0\/18 {2,}0% {2}✗ finished {2}seed 41\n {4}Stages of language modelling \(--answers\)$/m);
  });
});
