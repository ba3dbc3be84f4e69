/**
 * Quotation marks in Chinese text, by convention: one style (curly “‘ or corner 「『), straight
 * quotes around Chinese made curly, and (zhlint's default) a space outside a quotation next to a
 * word. Apostrophes (`user's`, `users'`) are not quotes.
 */
import { HAN, isHan } from './cjk.js';
import { CODE } from './run.js';
import { after, before, type Issue } from './typography.js';

export type QuoteStyle = 'curly' | 'corner' | 'keep';
export type QuoteSpacing = 'outside' | 'keep';

const TO_CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const TO_CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const WORD = /[\p{L}\p{N}]/u;

/** Each quotation mark's index and the form it should have (opening or closing known). */
function marks(text: string, style: QuoteStyle): { at: number; form: string; opening: boolean }[] {
  const out: { at: number; form: string; opening: boolean }[] = [];
  const straightOpen: Record<string, number | undefined> = {};
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const prev = before(text, i);
      const next = after(text, i + 1);
      const open = straightOpen[c];
      const latinBefore = /[A-Za-z]/.test(prev ?? '');
      if (c === "'" && latinBefore && (/[A-Za-z]/.test(next ?? '') || (open === undefined && (next === undefined || /\s/.test(next))))) continue; // user's, users'
      if (open === undefined) straightOpen[c] = i;
      else {
        straightOpen[c] = undefined;
        if (!HAN.test(text) || !HAN.test(text.slice(Math.max(0, open - 8), i + 8))) continue; // English text
        const [o, cl] = c === '"' ? ['“', '”'] : ['‘', '’'];
        out.push({ at: open, form: style === 'corner' ? TO_CORNER[o]! : o, opening: true }, { at: i, form: style === 'corner' ? TO_CORNER[cl]! : cl, opening: false });
      }
    } else if ('“‘「『'.includes(c)) out.push({ at: i, form: style === 'curly' ? (TO_CURLY[c] ?? c) : style === 'corner' ? (TO_CORNER[c] ?? c) : c, opening: true });
    else if ('”’」』'.includes(c)) out.push({ at: i, form: style === 'curly' ? (TO_CURLY[c] ?? c) : style === 'corner' ? (TO_CORNER[c] ?? c) : c, opening: false });
  }
  return out.sort((a, b) => a.at - b.at);
}

export function quoteIssues(text: string, style: QuoteStyle, spacing: QuoteSpacing): Issue[] {
  if ((style === 'keep' && spacing === 'keep') || !HAN.test(text)) return [];
  const issues: Issue[] = [];
  for (const { at, form, opening } of marks(text, style)) {
    const found = text[at]!;
    const neighbour = opening ? before(text, at) : after(text, at + 1);
    const space = spacing === 'outside' && '“‘”’'.includes(form) && (WORD.test(neighbour ?? '') || neighbour === CODE);
    const replacement = space ? (opening ? ` ${form}` : `${form} `) : form;
    if (replacement !== found) issues.push({ start: at, end: at + 1, text: replacement, found });
  }
  return issues;
}
