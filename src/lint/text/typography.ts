/**
 * Chinese typography checks over a run's text: pure functions returning
 * issues as indices into the text, with the replacement that fixes each.
 * The rules turn them into findings and file edits.
 */
import { CODE } from './run.js';
import { FULL_WIDTH, HAN, REPEATABLE_NOT, isCjkPunctuation, isHan } from './cjk.js';

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

export interface SpacingOptions {
  /** Chinese units a number may touch (`2024年`): their spacing is zh-unit-spacing's. Empty: none. */
  units: string;
  /** Whether a pair at `index` (the second character) is across link or emphasis markup. */
  acrossMarkup?: (index: number) => boolean;
}

/**
 * Han next to a Latin letter or digit with no space: `中文English`, `第3章`. A number written with a
 * unit from `units` (`在2024年`, `3月5日`) is one word here: its spacing is zh-unit-spacing's.
 */
export function spacingIssues(text: string, opts: SpacingOptions = { units: '' }): Issue[] {
  const issues: Issue[] = [];
  const literals = [...text.matchAll(QUOTED_LITERAL)].map((m) => [m.index, m.index + m[0].length] as const);
  const unitNumbers = opts.units ? [...text.matchAll(/[0-9]+(?:\.[0-9]+)?/g)].filter((m) => opts.units.includes(text[m.index + m[0].length] ?? '\0')) : [];
  for (const match of text.matchAll(SPACING)) {
    if (literals.some(([from, to]) => match.index > from && match.index < to)) continue; // “𠮷a”: a quoted literal
    const next = match.index + match[0].length;
    const nextChar = String.fromCodePoint(text.codePointAt(next)!);
    if (unitNumbers.some((m) => next === m.index || next === m.index + m[0].length)) continue; // 在2024年
    if (opts.units.includes(match[0]) && /[0-9]/.test(nextChar)) continue; // 3月5日
    if (opts.acrossMarkup?.(next)) continue;
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
      if (end - i === 1 && (isHan(prev) || CLOSING.includes(prev ?? '')) && !/[A-Za-z0-9_]/.test(next ?? '')) issues.push(widen(text, i, end, true));
      i = end - 1;
    }
  }
  return issues;
}

/** Full-width closing marks after which a `.` ends a Chinese sentence. */
const CLOSING = '）」』”’》】';

/** Whether the mark `c` before `end` is a Chinese sentence's punctuation, given the character before it. */
function sentenceMark(prev: string | undefined, text: string, end: number, c: string): boolean {
  if (chinese(prev)) return true;
  if (prev === undefined || !/[A-Za-z0-9]/.test(prev)) return false; // after a space, a symbol or code: a literal
  // After a Latin word, only inside a Chinese sentence: `Author, [Title](url): 描述` is an English lead-in.
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (!HAN.test(text.slice(lineStart, end))) return false;
  let j = end;
  while (text[j] === ' ' || text[j] === '\t' || text[j] === '\n') j++;
  return isHan(after(text, j));
}

/** Full-width forms of `[start, end)`, swallowing the spaces after them when Chinese comes before. */
export function widen(text: string, start: number, end: number, hanBefore: boolean): Issue {
  const marks = text.slice(start, end);
  let stop = end;
  while (text[stop] === ' ' || text[stop] === '\t') stop++;
  if (!hanBefore && !isHan(after(text, stop))) stop = end;
  return { start, end: stop, text: [...marks].map((m) => FULL_WIDTH[m] ?? m).join(''), found: marks };
}

const REPEATED = new RegExp(`([${REPEATABLE_NOT}])\\1+`, 'g');

/** `！！`, `。。`, `？？`: one mark is enough (`……` and `——` are not affected). */
export function repeatedIssues(text: string): Issue[] {
  // Three or more `。` are an ellipsis written wrong: zh-ellipsis-dash's.
  return [...text.matchAll(REPEATED)].filter((m) => !/^。{3,}$/.test(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1]!, found: m[0] }));
}

/** A Chinese character or full-width punctuation: a half-width mark next to one is in a Chinese sentence. */
export function chinese(char: string | undefined): boolean {
  return isHan(char) || isCjkPunctuation(char);
}

/** The character at `i`, past line breaks: Chinese lines join without a space, so `GPT,⏎第二行` is in a Chinese sentence. */
export function afterBreaks(text: string, i: number): string | undefined {
  while (text[i] === '\n') i++;
  return after(text, i);
}

export function before(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) return text.slice(i - 2, i);
  return text[i - 1];
}

export function after(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(i)!);
}
