/**
 * commander's own messages in Chinese (issue 18 item 4), through the built
 * binaries: the error code decides the sentence; the option or argument at
 * fault and commander's suggestion are kept.
 */
import { describe, expect, test } from 'vitest';
import { commanderMessageZh } from '../../src/i18n/commander.js';
import { runBin } from '../helpers/run-bin.js';

describe('commanderMessageZh', () => {
  test('an unknown code, or a message of a shape it does not know, is kept as it was', () => {
    expect(commanderMessageZh('commander.somethingNew', 'error: something new')).toBe('something new');
    expect(commanderMessageZh('commander.unknownOption', 'error: a different wording')).toBe('a different wording');
  });
});

describe('lm-explain --lang zh', () => {
  test.each([
    [['show'], 'lm-explain: 缺少必需的参数 “chapter”\n'],
    [['--bogus'], 'lm-explain: 未知选项 “--bogus”\n'],
    [['--versio'], 'lm-explain: 未知选项 “--versio”\n你是不是想输入：--version？\n'],
    [['show', 'a', 'b'], 'lm-explain: 参数过多（命令 “show”）：应为 1 个，实际为 2 个\n'],
    [['--color', 'bad'], 'lm-explain: 选项 “--color <when>” 的取值 “bad” 无效。可选值：auto、always、never。\n'],
    [['--pack'], 'lm-explain: 选项 “--pack <dir>” 缺少取值\n'],
  ])('%j', (args, stderr) => {
    const r = runBin('lm-explain', ['--lang', 'zh', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
  });

  test('lm-quiz and lm-lint too, and English stays English', () => {
    expect(runBin('lm-quiz', ['--lang', 'zh', '--bogus']).stderr).toBe('lm-quiz: 未知选项 “--bogus”\n');
    expect(runBin('lm-lint', ['--lang', 'zh', '--bogus']).stderr).toBe('lm-lint: 未知选项 “--bogus”\n');
    expect(runBin('lm-explain', ['--lang', 'en', '--bogus']).stderr).toBe("lm-explain: unknown option '--bogus'\n");
  });

  test('with LANG=C.UTF-8 the course is Chinese, and so are --help and option errors', () => {
    const env = { LANG: 'C.UTF-8' };
    expect(runBin('lm-explain', ['--help'], { env }).stdout).toMatch(/^用法：/);
    expect(runBin('lm-explain', ['--bogus'], { env }).stderr).toBe('lm-explain: 未知选项 “--bogus”\n');
  });

  test('--lang zh-CN, zh_CN, en-US and en_US are accepted', () => {
    for (const lang of ['zh-CN', 'zh_CN']) expect(runBin('lm-explain', ['--lang', lang, 'list']).stdout).toContain('大语言模型');
    for (const lang of ['en-US', 'en_US']) {
      const r = runBin('lm-explain', ['--lang', lang, 'list']);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
