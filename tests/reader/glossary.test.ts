/** The glossary list (issue 18 item 17): `lm-explain glossary`, or `term` with no word. */
import { expect, test } from 'vitest';
import { glossaryCommand } from '../../src/reader/glossary.js';
import { displayWidth } from '../../src/text/width.js';
import { runBin } from '../helpers/run-bin.js';
import { READER_PACK, reader } from './helpers.js';

test('every term in the pack’s order, its other-language name, its definition, then how to look one up', () => {
  const out = glossaryCommand({}, reader().ctx());
  expect(out.startsWith('# Glossary (3 terms)\n\n')).toBe(true);
  expect(out).toContain('\n\ntoken (词元)\n  The unit of text a model reads.\n');
  expect(out).toContain('\n\nMarkov assumption (马尔可夫假设)  markov-assumption\n');
  expect(out.indexOf('Markov assumption')).toBeLessThan(out.indexOf('token (词元)'));
  expect(out.trimEnd().split('\n').pop()).toBe('Look one up: lm-explain term <word>');
});

test('in Chinese, at width 20, nothing is wider than 20 columns', () => {
  const out = glossaryCommand({}, reader({ lang: 'zh', width: 20 }).ctx());
  expect(out).toContain('# 术语表（共 3 个）');
  expect(out).toContain('词元（token）');
  // The command to type is whole: it broke inside `<词>` (a CJK character beside `<`), and it is not indented past the width.
  expect(out.split('\n')).toContain('lm-explain term <词>');
  for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(20);
});

test('lm-explain term with no word, and lm-explain glossary, print it (exit 0)', () => {
  const term = runBin('lm-explain', ['--pack', READER_PACK, '--lang', 'en', 'term']);
  expect(term.code).toBe(0);
  expect(term.stdout).toMatch(/^# Glossary \(3 terms\)/);
  expect(runBin('lm-explain', ['--pack', READER_PACK, '--lang', 'en', 'glossary']).stdout).toBe(term.stdout);
});
