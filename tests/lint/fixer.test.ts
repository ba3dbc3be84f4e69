import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, fixPack } from '../../src/lint/fixer.js';
import { MINI, packFrom } from './helpers.js';

describe('applyEdits', () => {
  it.each([
    ['replacements and an insertion', 'abcdef', [{ start: 1, end: 2, text: 'B' }, { start: 4, end: 4, text: ' ' }], 'aBcd ef'],
    ['edits given in any order', 'abc', [{ start: 2, end: 3, text: 'C' }, { start: 0, end: 1, text: 'A' }], 'AbC'],
    ['an edit overlapping an earlier one is skipped', 'abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 3, text: 'Y' }], 'aXef'],
    ['a second insertion at the same place is skipped', 'ab', [{ start: 1, end: 1, text: ' ' }, { start: 1, end: 1, text: ' ' }], 'a b'],
    ['an edit out of range is skipped', 'ab', [{ start: 1, end: 9, text: 'X' }], 'ab'],
  ])('%s', (_name, text, edits, want) => {
    expect(applyEdits(text, edits)).toBe(want);
  });
});

describe('fixPack', () => {
  it('is idempotent: fixing the fixed text changes nothing', async () => {
    const zh = readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8').replace('导言。', '导言:GPT模型(大)很强!!真的吗?');
    const root = packFrom(MINI, { 'content/basics.zh.md': zh });
    const first = await fixPack(root);
    expect(first.changes).toHaveLength(1);
    expect(first.changes[0]!.after).toContain('导言：GPT 模型（大）很强！真的吗？');
    const again = packFrom(root, { 'content/basics.zh.md': first.changes[0]!.after });
    expect((await fixPack(again)).changes).toEqual([]);
  });

  it('writes nothing itself', async () => {
    const zh = readFileSync(join(MINI, 'content/basics.zh.md'), 'utf8').replace('导言。', '导言GPT。');
    const root = packFrom(MINI, { 'content/basics.zh.md': zh });
    await fixPack(root);
    expect(readFileSync(join(root, 'content/basics.zh.md'), 'utf8')).toBe(zh);
  });

  it('edits plain, quoted and block YAML scalars inside their values only', async () => {
    const glossary = [
      'terms:',
      '  - id: gpt',
      '    term: { zh: GPT模型, en: GPT model }',
      '    aliases: { zh: ["生成式GPT", \'预训练GPT\'], en: [gpt] }',
      '    definition:',
      '      zh: |',
      '        第一行GPT,',
      '        第二行。',
      '      en: GPT,a model.',
      '    ref: basics',
      '',
    ].join('\n');
    const root = packFrom(MINI, { 'content/glossary.yaml': glossary });
    const { changes } = await fixPack(root);
    expect(changes[0]!.after).toBe(
      glossary.replace('GPT模型, en', 'GPT 模型, en').replace('"生成式GPT"', '"生成式 GPT"').replace("'预训练GPT'", "'预训练 GPT'").replace('第一行GPT,', '第一行 GPT，'),
    );
  });
});
