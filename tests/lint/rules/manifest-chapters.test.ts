import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI, lint, packFrom } from '../helpers.js';

const en = readFileSync(join(MINI, 'content/basics.en.md'), 'utf8');

describe('manifest-chapters', () => {
  it('reports a listed chapter without a file for one language, at the manifest entry', async () => {
    const root = packFrom(MINI, { 'content/basics.en.md': null });
    expect(await lint(root, ['manifest-chapters'])).toMatchObject([{ at: 'content/course.yaml:4:12', message: "chapter 'basics' has no en file (content/basics.en.md)" }]);
  });

  it('reports a chapter file the manifest does not list, suggesting a listed one', async () => {
    const root = packFrom(MINI, {
      'content/basic.en.md': en.replace('id: basics', 'id: basic'),
      'content/basics.en.md': null,
    });
    expect(await lint(root, ['manifest-chapters'])).toMatchObject([
      { at: 'content/basic.en.md:1:1', message: "chapter 'basic' is not listed in content/course.yaml chapters (did you mean 'basics'?)" },
      { at: 'content/course.yaml:4:12' },
    ]);
  });

  it('reports a chapter file in a language the pack does not have', async () => {
    const root = packFrom(MINI, { 'content/basics.fr.md': en });
    expect(await lint(root, ['manifest-chapters'])).toMatchObject([{ at: 'content/basics.fr.md:1:1', message: "language 'fr' is not one of the pack's languages (zh, en)" }]);
  });

  it('is quiet when manifest and files agree', async () => {
    expect(await lint(MINI, ['manifest-chapters'])).toEqual([]);
  });
});
