/** The reader's language: `--lang`, else the locale variables, else the pack's first language. */
import { UsageError } from '../errors.js';

/** The interface languages: every message, help page and report exists in both. */
export type Lang = 'zh' | 'en';

/** The built-in course is written in Chinese first: with no locale, its interface is Chinese too. */
export const BUILTIN_FIRST_LANG = 'zh';

/**
 * The pack language a tag names, in BCP 47 (`zh-CN`, `zh-Hans-CN`, `en-US`) or
 * POSIX locale form (`zh_CN.UTF-8`, `en_US@euro`), case-insensitively: the
 * language itself, one it begins with (`zh-CN` → `zh`), or one of the same
 * primary language (`zh` → `zh-TW` when that is all the pack has).
 */
export function matchLang(tag: string, languages: readonly string[]): string | undefined {
  const code = tag.trim().toLowerCase().split(/[.@]/)[0]!.replace(/_/g, '-');
  if (code === '') return undefined;
  const lower = languages.map((l) => l.toLowerCase());
  const primary = code.split('-')[0];
  const at =
    [lower.indexOf(code), lower.findIndex((l) => code.startsWith(`${l}-`)), lower.findIndex((l) => l.split('-')[0] === primary)].find((i) => i >= 0) ?? -1;
  return at >= 0 ? languages[at] : undefined;
}

export function detectLang(flag: string | undefined, env: Record<string, string | undefined>, languages: readonly string[]): string {
  if (flag !== undefined) {
    const match = matchLang(flag, languages);
    if (match === undefined) {
      const has = languages.join(', ');
      throw new UsageError(interfaceLang(undefined, env) === 'zh' ? `未知的语言 '${flag}'（这个课程包有：${has}）` : `unknown language '${flag}' (this pack has: ${has})`);
    }
    return match;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    const match = matchLang(value, languages);
    if (match) return match;
    break; // the first locale variable that is set decides, as in POSIX
  }
  return languages[0]!;
}

/**
 * The interface language for messages before a pack is loaded (zh or en):
 * `--lang`, else the locale, else `fallback` (for the reader and the quiz,
 * the built-in course's first language, so --help matches the course).
 */
export function interfaceLang(flag: string | undefined, env: Record<string, string | undefined>, fallback: Lang = 'en'): Lang {
  const fromFlag = flag === undefined ? undefined : matchLang(flag, ['zh', 'en']);
  if (fromFlag === 'zh' || fromFlag === 'en') return fromFlag;
  const order = fallback === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  return detectLang(undefined, env, order) === 'zh' ? 'zh' : 'en';
}
