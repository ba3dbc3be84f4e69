import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI, lint, packFrom, where } from './helpers.js';

const ALIAS_BOMB = 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';

describe('bad input never stops the run', () => {
  it('reports each hostile file once and still lints the rest', async () => {
    const root = packFrom(MINI, {
      'content/glossary.yaml': ALIAS_BOMB,
      'content/models.yaml': Buffer.from([0xc3, 0x28, 0x0a]),
      'content/timeline.yaml': 'stages:\n  - id: [broken\n',
      // A planted defect elsewhere: it must still be found.
      'quizzes/basics.yaml': 'id: basics\ntitle: { zh: 测验, en: Quiz }\ntopic: nowhere\npass: 0.5\nquestions: []\n',
    });
    writeFileSync(join(root, 'content', 'huge.en.md'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    symlinkSync('/etc/hostname', join(root, 'content', 'outside.en.md'));
    const shown = await lint(root);
    expect(where(shown)).toEqual([
      'content/glossary.yaml:1:1 yaml-syntax',
      'content/huge.en.md:1:1 file',
      'content/models.yaml:1:1 file',
      'content/outside.en.md:1:1 file',
      'content/timeline.yaml:3:1 yaml-syntax',
      'quizzes/basics.yaml:3:8 quiz-topic',
    ]);
    const message = (file: string) => shown.find((s) => s.at.startsWith(file))!.message;
    expect(message('content/glossary.yaml')).toMatch(/alias/i);
    expect(message('content/huge.en.md')).toBe('is 50.0 MiB; files over 2 MiB are not read');
    expect(message('content/models.yaml')).toBe('is not valid UTF-8 text');
    expect(message('content/outside.en.md')).toBe('is a link to a file outside the pack; refusing to read it');
  });

  it('reports a directory where a file should be, and a file it may not read', async () => {
    const root = packFrom(MINI, { 'content/glossary.yaml': null });
    mkdirSync(join(root, 'content', 'glossary.yaml'));
    writeFileSync(join(root, 'content', 'models.yaml'), 'models: []\n');
    chmodSync(join(root, 'content', 'models.yaml'), 0o000);
    try {
      const shown = await lint(root);
      expect(shown).toContainEqual(expect.objectContaining({ at: 'content/glossary.yaml:1:1', rule: 'file', message: 'is not a regular file' }));
      // root reads anything; everyone else gets a finding, not a crash
      const unreadable = shown.filter((s) => s.at.startsWith('content/models.yaml'));
      if (process.getuid?.() === 0) expect(unreadable).toEqual([]);
      else expect(unreadable).toEqual([expect.objectContaining({ rule: 'file', message: 'cannot read: permission denied' })]);
    } finally {
      chmodSync(join(root, 'content', 'models.yaml'), 0o644);
    }
  });

  it('reports a broken symlink as a missing file', async () => {
    const root = packFrom(MINI, { 'content/glossary.yaml': null });
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'content', 'glossary.yaml'));
    // The glossary is optional, so a dangling link reads as absent; a dangling chapter is reported.
    rmSync(join(root, 'content', 'basics.en.md'));
    symlinkSync(join(root, 'gone.md'), join(root, 'content', 'basics.en.md'));
    expect(where(await lint(root))).toEqual(['content/basics.en.md:1:1 file']);
  });
});
