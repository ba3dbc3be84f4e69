/** The reader's language: `--lang`, else the locale variables, else the pack's first language. */
import { UsageError } from '../errors.js';

/** The interface languages: every message, help page and report exists in both. */
export type Lang = 'zh' | 'en';

export function detectLang(flag: string | undefined, env: Record<string, string | undefined>, languages: readonly string[]): string {
  if (flag !== undefined) {
    if (!languages.includes(flag)) {
      throw new UsageError(`unknown language '${flag}' (this pack has: ${languages.join(', ')})`);
    }
    return flag;
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    const code = value.toLowerCase().split(/[._@]/)[0]!.replace('_', '-');
    const match = languages.find((l) => code === l.toLowerCase() || code.startsWith(`${l.toLowerCase()}-`) || code.split('-')[0] === l.toLowerCase());
    if (match) return match;
    break; // the first locale variable that is set decides, as in POSIX
  }
  return languages[0]!;
}

/** The interface language for messages before a pack is loaded (zh or en). */
export function interfaceLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  return detectLang(undefined, env, ['en', 'zh']) === 'zh' ? 'zh' : 'en';
}
