/** Reading localised text: a map from language to text, or a plain string in a one-language pack. */
import type { Localized, LocalizedList } from './schema.js';

/** The text in `lang`, else in the first of `fallbacks` that has it, else any. */
export function localize(value: Localized, lang: string, fallbacks: readonly string[] = []): string {
  return typeof value === 'string' ? value : (inFirstOf(value, [lang, ...fallbacks]) ?? '');
}

export function localizeList(value: LocalizedList | undefined, lang: string, fallbacks: readonly string[] = []): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : (inFirstOf(value, [lang, ...fallbacks]) ?? []);
}

function inFirstOf<T>(byLang: Record<string, T>, langs: readonly string[]): T | undefined {
  for (const lang of langs) if (byLang[lang] !== undefined) return byLang[lang];
  return Object.values(byLang)[0];
}

/** Every text of a localised value, whatever its language (for searching across languages). */
export function allTexts(value: Localized | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}
