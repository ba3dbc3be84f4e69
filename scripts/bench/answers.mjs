// An `--answers` file for `lm-quiz`, written from a quiz bank: the right
// answer to every question, in the shapes of src/quiz/engine/answer-input.ts
// (original-order indices, so it works with any --seed).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The right answer to one question, as JSON for `--answers`. */
export function rightAnswer(question) {
  const indices = (list) => list.map((_, i) => i);
  switch (question.type) {
    case 'single':
      return question.choices.findIndex((c) => c.correct === true);
    case 'multiple':
      return question.choices.flatMap((c, i) => (c.correct === true ? [i] : []));
    case 'truefalse':
    case 'numeric':
      return question.answer;
    case 'order':
      return indices(question.items);
    case 'match':
      return indices(question.pairs);
    default:
      return null;
  }
}

/** Writes answers for every question of the bank at `quizFile` to `out`; returns how many. */
export function writeAnswers(quizFile, out) {
  const quiz = parse(readFileSync(quizFile, 'utf8'));
  const questions = Array.isArray(quiz?.questions) ? quiz.questions : [];
  const answers = Object.fromEntries(questions.map((q) => [q.id, rightAnswer(q)]));
  writeFileSync(out, `${JSON.stringify(answers, null, 2)}\n`);
  return questions.length;
}
