import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI, lint, packFrom } from '../helpers.js';

describe('quiz-topic', () => {
  it('reports a topic the manifest does not offer, at the topic, with a suggestion', async () => {
    const root = packFrom(MINI, { 'quizzes/basics.yaml': readFileSync(join(MINI, 'quizzes/basics.yaml'), 'utf8').replace('topic: basics', 'topic: basic') });
    expect(await lint(root, ['quiz-topic'])).toMatchObject([{ at: 'quizzes/basics.yaml:3:8', message: "topic 'basic' is not in content/course.yaml topics (did you mean 'basics'?)" }]);
  });

  it('is quiet when the topic exists', async () => {
    expect(await lint(MINI, ['quiz-topic'])).toEqual([]);
  });
});
