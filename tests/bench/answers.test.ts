import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAnswers } from '../../scripts/bench/answers.mjs';
import { generatePack, writePack } from '../../scripts/gen-pack.mjs';
import { readPack } from '../../src/course/pack-model.js';
import { QUESTION_TYPES } from '../../src/course/schema.js';
import { responseFromJson } from '../../src/quiz/engine/answer-input.js';
import { grade } from '../../src/quiz/engine/grade.js';

describe('bench answers file', () => {
  it('answers every question of a bank right, in the shapes lm-quiz --answers reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-bench-answers-'));
    writePack(dir, generatePack({ chapters: 3, seed: 'answers' }).files);
    const quiz = readPack(dir).quizzes[0]!;
    const out = join(dir, 'answers.json');
    expect(writeAnswers(quiz.file, out)).toBe(quiz.entries.length);
    const answers = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    const questions = quiz.entries.map((e) => e.value);
    rmSync(dir, { recursive: true, force: true });
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    for (const question of questions) {
      const input = responseFromJson(question, answers[question.id]);
      expect(input.ok, question.id).toBe(true);
      if (input.ok) expect(grade(question, input.response).points, question.id).toBe(1);
    }
  });
});
