// A quiz history log (quiz-log.jsonl) of a given size, in the format of
// src/state/quiz-events.ts: attempts of ten questions of the built-in
// course's topics, one minute apart, answered right about two times in
// three. Deterministic (a fixed LCG), so every run benchmarks the same log.
import { closeSync, openSync, writeSync } from 'node:fs';

const TOPICS = ['what-is-lm', 'stages', 'emergent-abilities', 'named-models', 'tokens', 'training'];
const TYPES = ['single', 'multiple', 'truefalse', 'numeric', 'order', 'match'];

/** Writes attempts to `file` until it holds at least `bytes` bytes; returns how many attempts. */
export function writeHistoryLog(file, bytes, start = Date.parse('2024-01-01T00:00:00Z')) {
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const fd = openSync(file, 'w', 0o600);
  let written = 0;
  let attempts = 0;
  try {
    while (written < bytes) {
      const at = start + attempts * 60_000;
      const attempt = `${new Date(at).toISOString().replace(/[-:.]/g, '')}-${(attempts % 0xffffff).toString(16).padStart(6, '0')}`;
      const iso = (ms) => new Date(at + ms).toISOString();
      const plan = Array.from({ length: 10 }, () => {
        const topic = TOPICS[rand(TOPICS.length)];
        const type = TYPES[rand(TYPES.length)];
        return { key: `${topic}/question-${rand(12)}`, type, topic, shown: [2, 0, 3, 1] };
      });
      const lines = [{ v: 1, id: `${attempt}:start`, attempt, at: iso(0), kind: 'start', mode: 'quiz', target: 'all', lang: 'en', seed: attempt.slice(-6), plan }];
      let points = 0;
      plan.forEach((p, index) => {
        const right = rand(3) > 0;
        points += right ? 1 : 0;
        lines.push({
          v: 1,
          id: `${attempt}:a${index}`,
          attempt,
          at: iso(1000 * (index + 1)),
          kind: 'answer',
          index,
          key: p.key,
          type: p.type,
          topic: p.topic,
          response: p.type === 'numeric' ? { type: 'numeric', value: 175e9, text: '175B' } : { type: 'single', choice: rand(4) },
          points: right ? 1 : 0,
          verdict: right ? 'right' : 'wrong',
          ms: 1000 + rand(9000),
          rating: right ? 3 : 1,
        });
      });
      lines.push({ v: 1, id: `${attempt}:end`, attempt, at: iso(11_000), kind: 'end', status: 'finished', points, max: 10, passed: points >= 7 });
      const text = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
      written += writeSync(fd, text);
      attempts++;
    }
  } finally {
    closeSync(fd);
  }
  return attempts;
}
