import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_CORPUS_BYTES, plainProse, readCorpusFile } from '../../../src/lab/corpus/source.js';

const dir = mkdtempSync(join(tmpdir(), 'lm-lab-corpus-'));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};

describe('reading a corpus file', () => {
  test('UTF-8 text, with its byte order mark dropped', () => {
    expect(readCorpusFile(file('ok.txt', '\uFEFF语言 model'), dir)).toEqual({ ok: true, text: '语言 model' });
  });

  test.each([
    ['missing', () => 'missing.txt', { kind: 'unreadable', reason: 'ENOENT' }],
    ['a directory', () => (mkdirSync(join(dir, 'sub'), { recursive: true }), 'sub'), { kind: 'not-a-file' }],
    ['a NUL byte on line 3', () => file('bin.dat', Buffer.from('a\nb\nc\u0000d')), { kind: 'binary', line: 3 }],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), { kind: 'not-utf8' }],
    ['over the size limit', () => (truncateSync(join(dir, file('big.txt', '')), MAX_CORPUS_BYTES + 1), 'big.txt'), { kind: 'too-large', bytes: MAX_CORPUS_BYTES + 1 }],
  ])('%s is a problem, not text', (_, make, problem) => {
    const name = make();
    expect(readCorpusFile(name, dir)).toEqual({ ok: false, problem: { file: name, ...problem } });
  });
});

describe('plain prose from Markdown', () => {
  test('code, links, anchors, emphasis and table rules go; the words stay', () => {
    const md = '## Stages {#stages}\n\nA **bold** [link](https://x.example) and `code`.\n\n```js\nlet x = 1;\n```\n\n| a | b |\n| --- | --- |\n| c | d |\n';
    const prose = plainProse(md);
    expect(prose).toContain('Stages');
    expect(prose).toContain('A bold link and code.');
    expect(prose).not.toMatch(/let x|https|\{#|\*\*|---/);
    expect(prose.replace(/\s+/g, ' ')).toContain(' a b ');
  });
});
