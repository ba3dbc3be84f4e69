/**
 * Chinese typography checks over a run's text: pure functions returning
 * issues as indices into the text, with the replacement that fixes each.
 * The rules turn them into findings and file edits.
 */
import { FULL_WIDTH, HAN, REPEATABLE_NOT, ZH_UNITS, isCjkPunctuation, isHan } from './cjk.js';

export interface Issue {
  /** `[start, end)` in the run's text: what is reported and replaced. */
  start: number;
  end: number;
  /** The replacement text; with `insert`, text inserted before `start` instead. */
  text: string;
  insert?: boolean;
  /** What the message quotes. */
  found: string;
  /** The reported range, when it differs from `[start, end)`. */
  span?: [number, number];
}

const SPACING = /\p{Script=Han}(?=[A-Za-z0-9])|[A-Za-z0-9](?=\p{Script=Han})/gu;

/** Han next to a Latin letter or digit with no space: `中文English`, `第3章` (but dates and times such as `2024年3月5日` are fine). */
export function spacingIssues(text: string): Issue[] {
  const issues: Issue[] = [];
  for (const match of text.matchAll(SPACING)) {
    const next = match.index + match[0].length;
    const nextChar = String.fromCodePoint(text.codePointAt(next)!);
    if (/[0-9]/.test(match[0]) && ZH_UNITS.has(nextChar)) continue; // 2024年
    if (ZH_UNITS.has(match[0]) && /[0-9]/.test(nextChar)) continue; // 3月5日
    issues.push({ start: next, end: next, text: ' ', insert: true, found: match[0] + nextChar, span: [match.index, next + nextChar.length] });
  }
  return issues;
}

const MARKS = ',;:!?';

/** Half-width `, . ; : ! ? ( )` next to Chinese characters: use the full-width forms. */
export function punctuationIssues(text: string): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (MARKS.includes(c)) {
      let end = i;
      while (end < text.length && MARKS.includes(text[end]!)) end++;
      if (chinese(before(text, i)) || chinese(afterBreaks(text, end))) {
        issues.push(widen(text, i, end, chinese(before(text, i))));
      }
      i = end - 1;
    } else if (c === '.') {
      let end = i;
      while (text[end] === '.') end++;
      const prev = before(text, i);
      const next = afterBreaks(text, end);
      const nearChinese = chinese(prev) || chinese(next);
      if (end - i >= 3 && nearChinese) issues.push({ start: i, end, text: '……', found: text.slice(i, end) });
      else if (end - i === 1 && nearChinese && !(/[0-9]/.test(prev ?? '') && /[0-9]/.test(next ?? ''))) issues.push(widen(text, i, end, chinese(prev)));
      i = end - 1;
    }
  }
  issues.push(...parenthesisIssues(text));
  return issues.sort((a, b) => a.start - b.start);
}

/** `(...)` whose content or surroundings are Chinese: both parentheses become full-width. */
function parenthesisIssues(text: string): Issue[] {
  const issues: Issue[] = [];
  const open: number[] = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') {
      const o = open.pop();
      if (o === undefined) {
        lone.push(i);
        continue;
      }
      const inner = text.slice(o + 1, i);
      const prev = before(text, o);
      const chinese = HAN.test(inner) || isHan(prev) || isHan(after(text, i + 1));
      if (!chinese || (!HAN.test(inner) && /[A-Za-z0-9]/.test(prev ?? ''))) continue; // f(x), GPT(...)
      issues.push(paren(text, o, true), paren(text, i, false));
    }
  }
  for (const i of [...open, ...lone]) {
    if (isHan(before(text, i)) || isHan(after(text, i + 1))) issues.push(paren(text, i, text[i] === '('));
  }
  return issues;
}

/** A full-width parenthesis, swallowing the spaces between it and the Chinese text outside it. */
function paren(text: string, i: number, opening: boolean): Issue {
  let start = i;
  let end = i + 1;
  if (opening) {
    let s = i;
    while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
    if (s < i && isHan(before(text, s))) start = s;
  } else {
    let e = end;
    while (text[e] === ' ' || text[e] === '\t') e++;
    if (e > end && isHan(after(text, e))) end = e;
  }
  return { start, end, text: FULL_WIDTH[text[i]!]!, found: text[i]! };
}

/** Full-width forms of `[start, end)`, swallowing the spaces after them when Chinese comes before. */
function widen(text: string, start: number, end: number, hanBefore: boolean): Issue {
  const marks = text.slice(start, end);
  let stop = end;
  if (hanBefore) while (text[stop] === ' ' || text[stop] === '\t') stop++;
  return { start, end: stop, text: [...marks].map((m) => FULL_WIDTH[m] ?? m).join(''), found: marks };
}

const REPEATED = new RegExp(`([${REPEATABLE_NOT}])\\1+`, 'g');

/** `！！`, `。。`, `？？`: one mark is enough (`……` and `——` are not affected). */
export function repeatedIssues(text: string): Issue[] {
  return [...text.matchAll(REPEATED)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1]!, found: m[0] }));
}

/** A Chinese character or full-width punctuation: a half-width mark next to one is in a Chinese sentence. */
function chinese(char: string | undefined): boolean {
  return isHan(char) || isCjkPunctuation(char);
}

/** The character at `i`, past line breaks: Chinese lines join without a space, so `GPT,⏎第二行` is in a Chinese sentence. */
function afterBreaks(text: string, i: number): string | undefined {
  while (text[i] === '\n') i++;
  return after(text, i);
}

function before(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1];
}

function after(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(i)!);
}
