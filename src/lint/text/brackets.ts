/**
 * Parentheses in Chinese text, by convention: full-width `（中文）`, or half-width with a space
 * outside `key (string 或者 Symbol)` (zhlint's default). Parentheses after a symbol (`$(cmd)`) or
 * around Latin text after a Latin word (`f(x)`, `GPT(…)`) are code or English, and left alone.
 */
import { FULL_WIDTH, HAN, isCjkPunctuation, isHan } from './cjk.js';
import { CODE } from './run.js';
import { after, before, type Issue } from './typography.js';

export type BracketWidth = 'full' | 'half' | 'any';

interface Pair {
  open: number;
  close: number;
}

/** Half-width pairs that belong to Chinese text, and lone half-width parentheses that pair with a full-width one. */
function halfPairs(text: string): { pairs: Pair[]; lone: { at: number; opening: boolean }[] } {
  const pairs: Pair[] = [];
  const lone: { at: number; opening: boolean }[] = [];
  const open: number[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') {
      const o = open.pop();
      if (o === undefined) unmatched.push(i);
      else pairs.push({ open: o, close: i });
    }
  }
  const chinesePairs = pairs.filter(({ open: o, close: c }) => {
    const inner = text.slice(o + 1, c);
    const prev = before(text, o);
    if (!(HAN.test(inner) || isHan(prev) || isHan(after(text, c + 1)))) return false;
    if (!HAN.test(inner) && /[A-Za-z0-9]/.test(prev ?? '')) return false; // f(x), GPT(...)
    return prev === undefined || prev === CODE || /[\s\p{L}\p{N}]/u.test(prev) || isCjkPunctuation(prev); // not $(cmd)
  });
  for (const i of open) if ((isHan(before(text, i)) || isHan(after(text, i + 1))) && text.indexOf('）', i) !== -1) lone.push({ at: i, opening: true });
  for (const i of unmatched) if ((isHan(before(text, i)) || isHan(after(text, i + 1))) && text.lastIndexOf('（', i) !== -1) lone.push({ at: i, opening: false });
  return { pairs: chinesePairs, lone };
}

/** A full-width parenthesis at `i`, swallowing the spaces between it and the Chinese text outside it. */
function widenParen(text: string, i: number, opening: boolean): Issue {
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

/** Content a half-width parenthesis needs a space from: a letter, digit or Chinese character. */
const WORD = /[\p{L}\p{N}]/u;

/** Half-width parentheses: `（…）` become `(…)`, and each gets a space on the outside next to a word. */
function halfIssues(text: string): Issue[] {
  const issues: Issue[] = [];
  const stack: number[] = [];
  const pairs: Pair[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（') stack.push(i);
    else if (text[i] === '）' && stack.length > 0) pairs.push({ open: stack.pop()!, close: i });
  }
  for (const { open, close } of pairs) {
    const prev = before(text, open) ?? '';
    issues.push({ start: open, end: open + 1, text: WORD.test(prev) || prev === CODE ? ' (' : '(', found: '（' });
    issues.push({ start: close, end: close + 1, text: WORD.test(after(text, close + 1) ?? '') ? ') ' : ')', found: '）' });
  }
  // Half-width pairs already in Chinese text: a space outside, next to a word.
  for (const { open, close } of halfPairs(text).pairs) {
    if (isHan(before(text, open)) ) issues.push({ start: open, end: open, text: ' ', insert: true, found: `${before(text, open)}(` });
    if (isHan(after(text, close + 1))) issues.push({ start: close + 1, end: close + 1, text: ' ', insert: true, found: `)${after(text, close + 1)}` });
  }
  return issues;
}

export function brackets(text: string, width: BracketWidth): Issue[] {
  if (width === 'any') return [];
  if (width === 'half') return halfIssues(text).sort((a, b) => a.start - b.start);
  const { pairs, lone } = halfPairs(text);
  const issues = pairs.flatMap(({ open, close }) => [widenParen(text, open, true), widenParen(text, close, false)]);
  for (const { at, opening } of lone) issues.push(widenParen(text, at, opening));
  return issues.sort((a, b) => a.start - b.start);
}
