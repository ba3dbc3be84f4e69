import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

describe('unknown-key', () => {
  it('warns at the misspelt key and suggests the right one', async () => {
    const root = packFrom(MINI, { 'content/course.yaml': 'id: mini\ntitle: { zh: 迷你课程, en: Mini course }\nlanguages: [zh, en]\nchapters: [basics]\ntopcs: {}\ntopics:\n  basics: { zh: 基础, en: Basics }\n' });
    expect(await lint(root, ['unknown-key'])).toMatchObject([
      { at: 'content/course.yaml:5:1', severity: 'warning', message: "unknown key 'topcs' (did you mean 'topics'?)" },
    ]);
  });

  it('is quiet when every key is known', async () => {
    expect(await lint(MINI, ['unknown-key'])).toEqual([]);
  });
});
