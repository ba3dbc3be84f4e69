/** Reading localised text: a map from language to text, or a plain string in a one-language pack. */
import type { Localized, LocalizedList } from './schema.js';

/** The text in `lang`, else in the first of `fallbacks` that has it, else any. */
export function localize(value: Localized, lang: string, fallbacks: readonly string[] = []): string {
  if (typeof value === 'string') return value;
  for (const l of [lang, ...fallbacks]) {
    const text = value[l];
    if (text !== undefined) return text;
  }
  return Object.values(value)[0] ?? '';
}

export function localizeList(value: LocalizedList | undefined, lang: string, fallbacks: readonly string[] = []): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  for (const l of [lang, ...fallbacks]) {
    const list = value[l];
    if (list !== undefined) return list;
  }
  return Object.values(value)[0] ?? [];
}

/** Every text of a localised value, whatever its language (for searching across languages). */
export function allTexts(value: Localized | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : Object.values(value);
}
