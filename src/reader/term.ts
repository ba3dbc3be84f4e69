/**
 * `lm-explain term <word>` (alias `define`): the glossary entry for a term,
 * alias or id in any of the pack's languages, shown in the reader's
 * language with its "read more" reference. A near miss suggests terms.
 */
import { allTexts, localize, localizeList } from '../course/localized.js';
import type { Term } from '../course/schema.js';
import { UsageError } from '../errors.js';
import { hang } from '../render/layout.js';
import { closest } from '../text/closest.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';
import { command } from './format.js';

export interface TermOptions {
  term: string;
}

const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Every name a term answers to: its id, its term and aliases in every language. */
export function termNames(term: Term): string[] {
  const aliases = term.aliases === undefined ? [] : Array.isArray(term.aliases) ? term.aliases : Object.values(term.aliases).flat();
  return [term.id, ...allTexts(term.term), ...aliases];
}

export function findTerm(terms: Term[], word: string): Term | undefined {
  const wanted = normal(word);
  return terms.find((t) => termNames(t).some((n) => normal(n) === wanted));
}

/** Terms to suggest for a miss, named in the reader's language: those containing the word, then the closest. */
export function nearTerms(terms: Term[], word: string, lang: string, languages: readonly string[]): string[] {
  const wanted = normal(word);
  const display = (t: Term) => sanitize(localize(t.term, lang, languages));
  const containing = wanted.length >= 2 ? terms.filter((t) => termNames(t).some((n) => normal(n).includes(wanted))) : [];
  const byName = new Map(terms.flatMap((t) => termNames(t).map((n) => [n, t] as const)));
  const close = closest(wanted, byName.keys()).map((n) => byName.get(n)!);
  return [...new Set([...containing, ...close].map(display))].slice(0, 3);
}

export function termCommand(options: TermOptions, ctx: ReaderContext): string {
  const { course, lang, ui, theme, width } = ctx;
  const terms = course.glossary();
  if (terms.length === 0) throw new UsageError(ui.noGlossary);
  const term = findTerm(terms, options.term);
  if (!term) {
    throw new UsageError(ui.unknownTerm(sanitize(options.term.trim()), nearTerms(terms, options.term, lang, course.languages)));
  }
  const name = sanitize(localize(term.term, lang, course.languages));
  const others = [...new Set(allTexts(term.term).map(sanitize))].filter((t) => t !== name);
  const aliases = localizeList(term.aliases, lang, course.languages).map(sanitize);
  const sep = ctx.uiLang === 'zh' ? '：' : ': ';
  const also = others.length === 0 ? '' : ctx.uiLang === 'zh' ? `（${others.join('、')}）` : ` (${others.join(', ')})`;
  const out = [...hang(theme.title(`# ${name}${also}`), width, '', '  ')];
  if (aliases.length > 0) out.push(...hang(theme.dim(`${ui.aliases}${sep}${aliases.join(ctx.uiLang === 'zh' ? '、' : ', ')}`), width, '', '  '));
  out.push('', ...hang(sanitize(localize(term.definition, lang, course.languages)), width, '', ''), '');
  out.push(...hang(`${ui.readMore}${sep}${command(ctx, `show ${term.ref}`)}`, width, '', '  '));
  return `${out.join('\n')}\n`;
}
