import { describe, expect, test } from 'vitest';
import { BUILTIN_FIRST_LANG, detectLang, interfaceLang, matchLang } from '../../src/io/lang.js';

describe('language tags (issue 18 item 4)', () => {
  test.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_CN', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['zh_CN.UTF-8', 'zh'],
    ['ZH-cn', 'zh'],
    ['en-US', 'en'],
    ['en_US', 'en'],
    ['en_GB@euro', 'en'],
    ['fr', undefined],
    ['', undefined],
  ])('%s names %s', (tag, lang) => {
    expect(matchLang(tag, ['zh', 'en'])).toBe(lang);
  });

  test('a region the pack has is preferred, and a bare language finds its only region', () => {
    expect(matchLang('zh-TW', ['zh', 'zh-TW', 'en'])).toBe('zh-TW');
    expect(matchLang('zh', ['zh-TW', 'en'])).toBe('zh-TW');
  });

  test('--lang in BCP 47 or POSIX form is accepted; an unknown one is a usage error', () => {
    expect(detectLang('zh_CN', {}, ['zh', 'en'])).toBe('zh');
    expect(detectLang('en-US', {}, ['zh', 'en'])).toBe('en');
    expect(() => detectLang('fr-FR', {}, ['zh', 'en'])).toThrow(/unknown language 'fr-FR'/);
  });

  test('with a C locale the interface follows the fallback (the built-in course is Chinese first)', () => {
    expect(interfaceLang(undefined, { LANG: 'C.UTF-8' }, 'zh')).toBe('zh');
    expect(interfaceLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(interfaceLang(undefined, { LANG: 'en_US.UTF-8' }, 'zh')).toBe('en');
    expect(interfaceLang('en_US', { LANG: 'zh_CN.UTF-8' }, 'zh')).toBe('en');
  });
});

test('BUILTIN_FIRST_LANG is the built-in course’s first language', async () => {
  const { readFileSync } = await import('node:fs');
  const manifest = readFileSync(new URL('../../content/course.yaml', import.meta.url), 'utf8');
  expect(/^languages: \[(\w+)/m.exec(manifest)?.[1]).toBe(BUILTIN_FIRST_LANG);
});
