/**
 * The one shape of every message table (the reader's, the quiz's, item
 * analysis, the labs, lm-lint's rules and report, the help pages and their
 * examples): a `Catalog` holds the same messages once per interface
 * language, and `inLang` picks the table for a language. A pack language
 * we have no interface for (ja, pt-BR) gets English.
 */
import type { Lang } from '../io/lang.js';

export type Catalog<M> = { readonly [L in Lang]: M };

export function inLang<M>(catalog: Catalog<M>, lang: string): M {
  return lang === 'zh' ? catalog.zh : catalog.en;
}
