/**
 * A writer process for the crash and concurrency tests: opens the log in
 * DIR and saves COUNT answer events of attempt ATTEMPT, printing `saved <id>`
 * after each one is saved (the same promise the quiz makes to the learner).
 */
import { QuizLog } from '../../../src/state/quiz-log.js';

const [dir, attempt, countText] = process.argv.slice(2);
const log = QuizLog.open(dir!, new Date());
for (let i = 0; i < Number(countText); i++) {
  const id = `${attempt}:a${i}`;
  const saved = log.append({
    v: 1,
    kind: 'answer',
    id,
    attempt: attempt!,
    at: new Date().toISOString(),
    index: i,
    key: `quiz/q-${i % 17}`,
    type: 'single',
    topic: 'basics',
    response: { type: 'single', choice: i % 3 },
    points: i % 2,
    verdict: i % 2 ? 'right' : 'wrong',
    ms: 1234,
    rating: i % 2 ? 3 : 1,
  });
  if (!saved) {
    process.stderr.write(`not saved: ${JSON.stringify(log.notices)}\n`);
    process.exit(3);
  }
  process.stdout.write(`saved ${id}\n`);
}
