/**
 * Chinese typography checks over a run's text: pure functions returning
 * issues as indices into the text, with the replacement that fixes each.
 * The rules turn them into findings and file edits.
 */
import { CODE } from './run.js';
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

/** A short quoted string with no space in it (`“𠮷a”`, `‘a中’`): a literal, quoted as it is. */
const QUOTED_LITERAL = /[“‘「『][^\s“”‘’「」『』]{1,4}[”’」』]/gu;

const SPACING = /\p{Script=Han}(?=[A-Za-z0-9])|[A-Za-z0-9](?=\p{Script=Han})/gu;

/** Han next to a Latin letter or digit with no space: `中文English`, `第3章` (but dates and times such as `2024年3月5日` are fine). */
export function spacingIssues(text: string): Issue[] {
  const issues: Issue[] = [];
  const literals = [...text.matchAll(QUOTED_LITERAL)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const match of text.matchAll(SPACING)) {
    if (literals.some(([from, to]) => match.index > from && match.index < to)) continue; // “𠮷a”: a quoted literal
    const next = match.index + match[0].length;
    const nextChar = String.fromCodePoint(text.codePointAt(next)!);
    if (/[0-9]/.test(match[0]) && ZH_UNITS.has(nextChar)) continue; // 2024年
    if (ZH_UNITS.has(match[0]) && /[0-9]/.test(nextChar)) continue; // 3月5日
    issues.push({ start: next, end: next, text: ' ', insert: true, found: match[0] + nextChar, span: [match.index, next + nextChar.length] });
  }
  return issues;
}

const MARKS = ',;:!?';

/**
 * Half-width `, . ; : ! ? ( )` in Chinese sentences: use the full-width forms. A mark is sentence
 * punctuation when it follows a Chinese character (or follows a Latin word and comes before Chinese);
 * one after a space or a symbol is a literal (`加 ? 可以`, `\*?`), and a dot before a letter or digit
 * is part of a name (`单例.md`, `.class`, `Vue.js`).
 */
export function punctuationIssues(text: string): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (MARKS.includes(c)) {
      let end = i;
      while (end < text.length && MARKS.includes(text[end]!)) end++;
      const prev = before(text, i);
      const marks = text.slice(i, end);
      if ((end - i === 1 || /^[!?]+$/.test(marks)) && sentenceMark(prev, text, end, c)) issues.push(widen(text, i, end, chinese(prev)));
      i = end - 1;
    } else if (c === '.') {
      let end = i;
      while (text[end] === '.') end++;
      const prev = before(text, i);
      const next = after(text, end);
      if (end - i >= 3 && isHan(prev) && !/[A-Za-z0-9]/.test(next ?? '')) issues.push({ start: i, end, text: '……', found: text.slice(i, end) });
      else if (end - i === 1 && (isHan(prev) || CLOSING.includes(prev ?? '')) && !/[A-Za-z0-9_]/.test(next ?? '')) issues.push(widen(text, i, end, true));
      i = end - 1;
    }
  }
  issues.push(...parenthesisIssues(text));
  return issues.sort((a, b) => a.start - b.start);
}

/** Full-width closing marks after which a `.` ends a Chinese sentence. */
const CLOSING = '）」』”’》】';

/** Whether the mark `c` before `end` is a Chinese sentence's punctuation, given the character before it. */
function sentenceMark(prev: string | undefined, text: string, end: number, c: string): boolean {
  if (chinese(prev)) return true;
  if (prev === undefined || !/[A-Za-z0-9]/.test(prev)) return false; // after a space, a symbol or code: a literal
  let j = end;
  while (text[j] === ' ' || text[j] === '\t' || text[j] === '\n') j++;
  return isHan(after(text, j));
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
      if (prev !== undefined && prev !== CODE && !/[\s\p{L}\p{N}]/u.test(prev) && !isCjkPunctuation(prev)) continue; // $(cmd), \$(cmd)
      issues.push(paren(text, o, true), paren(text, i, false));
    }
  }
  // A lone half-width parenthesis is fixed only when it pairs with a full-width one: `（视图)`, `(视图）`.
  for (const i of open) if ((isHan(before(text, i)) || isHan(after(text, i + 1))) && text.indexOf('）', i) !== -1) issues.push(paren(text, i, true));
  for (const i of lone) if ((isHan(before(text, i)) || isHan(after(text, i + 1))) && text.lastIndexOf('（', i) !== -1) issues.push(paren(text, i, false));
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
  while (text[stop] === ' ' || text[stop] === '\t') stop++;
  if (!hanBefore && !isHan(after(text, stop))) stop = end;
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
