import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom } from '../helpers.js';

describe('file', () => {
  it('reports a file that is not UTF-8 at 1:1 of that file', async () => {
    const root = packFrom(MINI, { 'content/glossary.yaml': Buffer.from([0x74, 0x65, 0x72, 0x6d, 0xe9, 0x0a]) });
    expect(await lint(root, ['file'])).toMatchObject([{ at: 'content/glossary.yaml:1:1', message: 'is not valid UTF-8 text', severity: 'error' }]);
  });

  it('reports a binary file', async () => {
    const root = packFrom(MINI, { 'quizzes/basics.yaml': Buffer.from('id: basics\n\0\0\0') });
    expect(await lint(root, ['file'])).toMatchObject([{ at: 'quizzes/basics.yaml:1:1', message: expect.stringContaining('NUL') }]);
  });

  it('is quiet on readable files', async () => {
    expect(await lint(MINI, ['file'])).toEqual([]);
  });
});
