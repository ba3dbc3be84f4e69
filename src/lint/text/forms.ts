/**
 * Chinese forms of marks and characters: the ellipsis `……` and the dash `——` (two characters each),
 * and half-width digits and Latin letters instead of full-width ones (`１０` → `10`).
 */
import { isCjkPunctuation, isHan } from './cjk.js';
import { after, before, type Issue } from './typography.js';

/** `等等...`, `等等…`, `等等。。。` → `等等……`; `中文 — 中文` → `中文——中文`. */
export function ellipsisDashIssues(text: string, afterMarkup: (index: number) => boolean = () => false): Issue[] {
  const issues: Issue[] = [];
  for (const m of text.matchAll(/\.{3,}|。{3,}|…+|—+/g)) {
    const found = m[0];
    const prev = before(text, m.index);
    const next = after(text, m.index + found.length);
    const chinese = (c: string | undefined) => isHan(c) || isCjkPunctuation(c);
    if (found[0] === '.') {
      // Right after Chinese (not across markup), and not before a Latin word (`中文...w` is code or a range).
      if (isHan(prev) && !afterMarkup(m.index) && !/[A-Za-z0-9]/.test(next ?? '')) issues.push({ start: m.index, end: m.index + found.length, text: '……', found });
    } else if (found[0] === '。') {
      issues.push({ start: m.index, end: m.index + found.length, text: '……', found });
    } else if (found[0] === '…') {
      if (found.length === 1 && (chinese(prev) || chinese(next))) issues.push({ start: m.index, end: m.index + 1, text: '……', found });
    } else if (found.length === 1) {
      // `中文 — 中文` is a dash written the English way; `预训练—微调` (no spaces) is a connector (连接号), kept.
      let s = m.index;
      let e = m.index + 1;
      while (text[s - 1] === ' ') s--;
      while (text[e] === ' ') e++;
      if ((s < m.index || e > m.index + 1) && isHan(before(text, s)) && isHan(after(text, e))) issues.push({ start: s, end: e, text: '——', found: text.slice(s, e) });
    }
  }
  return issues;
}

/** Full-width digits and Latin letters (`２０２４`, `ＧＰＴ`): the half-width forms. */
export function fullwidthAlnumIssues(text: string): Issue[] {
  return [...text.matchAll(/[０-９Ａ-Ｚａ-ｚ]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: [...m[0]].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join(''),
    found: m[0],
  }));
}
