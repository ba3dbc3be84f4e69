/**
 * `lm-explain glossary` (and `term` with no word): every glossary term in the
 * reader's language, its name in the pack's other languages, and its
 * definition, in the pack's order; then how to look one up.
 */
import { allTexts, localize } from '../course/localized.js';
import { UsageError } from '../errors.js';
import { hang } from '../render/layout.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';
import { command, withCommand } from './format.js';

export function glossaryCommand(_options: object, ctx: ReaderContext): string {
  const { course, lang, ui, theme, width } = ctx;
  const terms = course.glossary();
  if (terms.length === 0) throw new UsageError(ui.noGlossary);
  const zh = ctx.uiLang === 'zh';
  const out = [...hang(theme.title(`# ${ui.glossaryTitle(terms.length)}`), width, '', '  '), ''];
  for (const [i, term] of terms.entries()) {
    if (i > 0) out.push('');
    const name = sanitize(localize(term.term, lang, course.languages));
    const others = [...new Set(allTexts(term.term).map(sanitize))].filter((t) => t !== name);
    const also = others.length === 0 ? '' : theme.dim(zh ? `（${others.join('、')}）` : ` (${others.join(', ')})`);
    const id = term.id.toLowerCase() === name.toLowerCase() ? '' : `  ${theme.dim(term.id)}`;
    out.push(...hang(`${theme.strong(name)}${also}${id}`, width, '', '  '));
    out.push(...hang(sanitize(localize(term.definition, lang, course.languages)), width, '  ', '  '));
  }
  out.push('', ...withCommand(ui.glossaryLookUp, command(ctx, zh ? 'term <词>' : 'term <word>'), width));
  return `${out.join('\n')}\n`;
}
