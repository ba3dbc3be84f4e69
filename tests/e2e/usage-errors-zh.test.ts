/**
 * A usage error speaks the interface language, like every other message:
 * a pack that is not there, a directory that is not a pack and a language
 * the pack does not have are one line, exit 2, in Chinese under a Chinese
 * locale or `--lang zh`, in English otherwise, from each binary.
 */
import { expect, test } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const cases = [
  ['lm-explain', ['--pack', '/nonexistent', 'list'], '找不到课程包目录：/nonexistent', 'pack directory not found: /nonexistent'],
  ['lm-quiz', ['--pack', '/nonexistent', 'list'], '找不到课程包目录：/nonexistent', 'pack directory not found: /nonexistent'],
  ['lm-lint', ['--pack', '/nonexistent'], '找不到课程包目录：/nonexistent', 'pack directory not found: /nonexistent'],
  ['lm-explain', ['--pack', '/', 'list'], '无法使用 /：没有 content/course.yaml（这是课程包吗？）', 'cannot use /: no content/course.yaml (is this a course pack?)'],
  ['lm-explain', ['--lang', 'fr', 'list'], "未知的语言 'fr'（这个课程包有：zh, en）", "unknown language 'fr' (this pack has: zh, en)"],
  ['lm-quiz', ['--lang', 'fr', 'list'], "未知的语言 'fr'（这个课程包有：zh, en）", "unknown language 'fr' (this pack has: zh, en)"],
] as const;

test.each(cases)('%s %j: one line in the interface language, exit 2', (bin, args, zh, en) => {
  const inZh = runBin(bin, [...args], { env: { LANG: 'zh_CN.UTF-8' } });
  expect(inZh.code).toBe(2);
  expect(inZh.stderr).toBe(`${bin}: ${zh}\n`);
  const inEn = runBin(bin, [...args], { env: { LANG: 'en_US.UTF-8' } });
  expect(inEn.code).toBe(2);
  expect(inEn.stderr).toBe(`${bin}: ${en}\n`);
});

test('--lang zh decides the language of a pack error, whatever the locale', () => {
  const r = runBin('lm-explain', ['--lang', 'zh', '--pack', '/nonexistent', 'list'], { env: { LANG: 'en_US.UTF-8' } });
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('lm-explain: 找不到课程包目录：/nonexistent\n');
});
