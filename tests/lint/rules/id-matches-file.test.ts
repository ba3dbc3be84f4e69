import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI, lint, packFrom } from '../helpers.js';

describe('id-matches-file', () => {
  it("reports a chapter whose front matter id is not its file's name, at the id", async () => {
    const root = packFrom(MINI, { 'content/basics.en.md': readFileSync(join(MINI, 'content/basics.en.md'), 'utf8').replace('id: basics', 'id: basic') });
    expect(await lint(root, ['id-matches-file'])).toMatchObject([{ at: 'content/basics.en.md:2:5', message: "id 'basic' does not match the file name 'basics'" }]);
  });

  it("reports a quiz whose id is not its file's name", async () => {
    const root = packFrom(MINI, { 'quizzes/basics.yaml': readFileSync(join(MINI, 'quizzes/basics.yaml'), 'utf8').replace('id: basics', 'id: basic-quiz') });
    expect(await lint(root, ['id-matches-file'])).toMatchObject([{ at: 'quizzes/basics.yaml:1:5' }]);
  });

  it('is quiet when ids match', async () => {
    expect(await lint(MINI, ['id-matches-file'])).toEqual([]);
  });
});
