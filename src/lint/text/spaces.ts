/**
 * Spaces that Chinese typography removes or adds: around full-width punctuation, between two
 * Chinese characters, around inline code, and between a number and its unit. Line breaks are never
 * touched: only spaces and tabs inside a line.
 */
import { isHan } from './cjk.js';
import { CODE, OPAQUE } from './run.js';
import { after, before, type Issue } from './typography.js';

/** Full-width punctuation that takes no space on either side (quotes, dashes and ellipses are left alone). */
export const FULL_WIDTH_PUNCTUATION = '，。、；：！？（）【】《》「」『』〔〕';

/** The stretches of spaces and tabs in `text`, with what is before and after each. */
function gaps(text: string): { start: number; end: number; prev: string | undefined; next: string | undefined }[] {
  return [...text.matchAll(/[ \t\u3000]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, prev: before(text, m.index), next: after(text, m.index + m[0].length) }));
}

const inline = (c: string | undefined) => c !== undefined && c !== '\n';

/**
 * `setter ：`, `、 [链接]`: no space before or after full-width punctuation. A space that touches
 * markup (`**为什么？** 因为`) stays: without it, the emphasis would not close. So does a space
 * after a bare URL or other opaque piece (`https://x.y/中 ，`): it ends the URL, and without it
 * the link would take the punctuation in.
 */
export function punctuationSpaceIssues(text: string, touchesMarkup: (index: number) => boolean = () => false): Issue[] {
  return gaps(text)
    .filter(({ start, end }) => !touchesMarkup(start) && !touchesMarkup(end))
    .filter(({ prev }) => prev !== OPAQUE)
    .filter(({ prev, next }) => inline(prev) && inline(next) && (FULL_WIDTH_PUNCTUATION.includes(prev!) || FULL_WIDTH_PUNCTUATION.includes(next!)))
    .map(({ start, end, prev, next }) => ({ start, end, text: '', found: `${prev}${text.slice(start, end)}${next}` }));
}

/** `中文 中文`: no space between two Chinese characters (also before or after a link; not where emphasis needs it). */
export function cjkSpaceIssues(text: string, touchesMarkup: (index: number) => boolean = () => false): Issue[] {
  return gaps(text)
    .filter(({ start, end }) => !touchesMarkup(start) && !touchesMarkup(end))
    .filter(({ prev, next }) => isHan(prev) && isHan(next))
    .map(({ start, end, prev, next }) => ({ start, end, text: '', found: `${prev}${text.slice(start, end)}${next}` }));
}

export type CodeSpacing = 'always' | 'never' | 'keep';

/** A space between inline code and a Chinese character (always), or none (never). */
export function codeSpaceIssues(text: string, mode: CodeSpacing): Issue[] {
  if (mode === 'keep' || !text.includes(CODE)) return [];
  const issues: Issue[] = [];
  if (mode === 'always') {
    for (let i = text.indexOf(CODE); i !== -1; i = text.indexOf(CODE, i + 1)) {
      const prev = before(text, i);
      if (isHan(prev)) issues.push({ start: i, end: i, text: ' ', insert: true, found: `${prev}\`…\``, span: [i - prev!.length, i + 1] });
      const next = after(text, i + 1);
      if (isHan(next)) issues.push({ start: i + 1, end: i + 1, text: ' ', insert: true, found: `\`…\`${next}`, span: [i, i + 1 + next!.length] });
    }
    return issues;
  }
  for (const { start, end, prev, next } of gaps(text)) {
    if ((prev === CODE && isHan(next)) || (isHan(prev) && next === CODE)) {
      issues.push({ start, end, text: '', found: `${prev === CODE ? '`…`' : prev} ${next === CODE ? '`…`' : next}` });
    }
  }
  return issues;
}

export type UnitSpacing = 'always' | 'never' | 'any';

/** `2020 年` → `2020年` when the convention is `never` (with `always`, zh-spacing adds the spaces). */
export function unitSpaceIssues(text: string, mode: UnitSpacing, units: string): Issue[] {
  if (mode !== 'never') return [];
  const issues: Issue[] = [];
  for (const m of text.matchAll(/[0-9]+(?:\.[0-9]+)?/g)) {
    const end = m.index + m[0].length;
    let j = end;
    while (text[j] === ' ' || text[j] === '\t') j++;
    const unit = text[j];
    if (unit === undefined || !units.includes(unit)) continue;
    if (j > end) issues.push({ start: end, end: j, text: '', found: `${m[0]}${text.slice(end, j)}${unit}` });
    // `2020年 1月`: a date is one word.
    let s = m.index;
    while (text[s - 1] === ' ' || text[s - 1] === '\t') s--;
    if (s < m.index && units.includes(text[s - 1] ?? '\0')) issues.push({ start: s, end: m.index, text: '', found: `${text[s - 1]}${text.slice(s, m.index)}${m[0]}` });
  }
  return issues.sort((a, b) => a.start - b.start);
}
